// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/kube/finding.h"
#include "model/kube/kubefile.h"

#include <QObject>
#include <QString>

#include <optional>

class QTextDocument;
class YamlHighlighter;

// One open file of the Workspace: its text (a QTextDocument with its own undo stack and YAML
// highlighting), where it is saved, and the last read of it (made off the GUI thread by
// WorkspaceLinter). Files without a path are "Untitled-N.yaml" until saved. Writes are atomic
// (QSaveFile) and keep the file's CRLF endings. GUI thread, except readFile().
class WorkspaceDocument : public QObject
{
    Q_OBJECT
public:
    // name: the display name of a new, unsaved document; dark: highlighting for a dark base.
    WorkspaceDocument(const QString &name, bool dark, QObject *parent = nullptr);

    // A file's text as read from disk: UTF-8, a BOM dropped, CRLF turned into "\n".
    struct Loaded
    {
        QString path; // absolute
        QString text;
        bool crlf = false;
    };

    // Reads path (a blocking file read: any thread but the GUI thread); an Io error when it
    // cannot.
    static Result<Loaded> readFile(const QString &path);
    // Takes a file read by readFile() as this document's text and path, unmodified.
    void setLoaded(const Loaded &loaded);
    // Writes the text to path atomically (the old file stays whole if anything fails), then
    // takes path as this document's path and marks it unmodified.
    Result<void> saveAs(const QString &path);
    // saveAs(path()); an error when there is no path yet.
    Result<void> save();

    QTextDocument *document() const { return m_document; }

    // The absolute path, empty until saved.
    const QString &path() const { return m_path; }

    // The file name, or the untitled name.
    QString displayName() const;
    // What findings and edits call this file: the path, or the untitled name.
    QString key() const;
    bool isModified() const;
    // The text as UTF-8 bytes, line endings as in the document ("\n").
    QByteArray text() const;

    // The last read of the text (KubeReader), made by the linter (setRead()).
    const KubeFile &kubeFile() const { return m_file; }

    // Counts changes of the text (and of the path a read names).
    quint64 revision() const { return m_revision; }

    // Takes file, a read of the text at revision, as the last read; dropped when the text
    // changed since.
    void setRead(const KubeFile &file, quint64 revision);

    // Whether kubeFile() is a read of the text as it is now (false after typing, until read).
    bool isReadCurrent() const { return m_readRevision == m_revision; }

    // Edits computed from kubeFile(), moved onto the text as it is now: edits before the part
    // changed since the read stay, edits after it move with it; none when one falls in it.
    std::optional<QList<TextEdit>> rebase(const QList<TextEdit> &edits) const;

    // The edit that appends yaml to the text as it is now, as a new YAML document (after a
    // "---" separator).
    TextEdit appendEdit(const QByteArray &yaml) const;

Q_SIGNALS:
    // The path or the modified flag changed: titles need refreshing.
    void stateChanged();

private:
    QTextDocument *m_document;
    YamlHighlighter *m_highlighter;
    QString m_path;
    QString m_untitled;
    bool m_crlf = false;
    KubeFile m_file;
    // Counts text changes; a new document's text has never been read.
    quint64 m_revision = 1;
    quint64 m_readRevision = 0;
};
