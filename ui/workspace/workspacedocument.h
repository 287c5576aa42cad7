// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/kube/finding.h"
#include "model/kube/kubefile.h"

#include <QObject>
#include <QString>

class QTextDocument;
class YamlHighlighter;

// One open file of the Workspace: its text (a QTextDocument with its own undo stack and YAML
// highlighting), where it is saved, and the last read of it. Files without a path are
// "Untitled-N.yaml" until saved. Writes are atomic (QSaveFile) and keep the file's CRLF endings.
class WorkspaceDocument : public QObject
{
    Q_OBJECT
public:
    // name: the display name of a new, unsaved document; dark: highlighting for a dark base.
    WorkspaceDocument(const QString &name, bool dark, QObject *parent = nullptr);

    // Reads path into the document (UTF-8, a BOM dropped); an Io error when it cannot.
    Result<void> load(const QString &path);
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

    // The last read of the text (KubeReader), refreshed by reread().
    const KubeFile &kubeFile() const { return m_file; }

    // The edit that appends yaml to the text as a new YAML document (after a "---" separator).
    TextEdit appendEdit(const QByteArray &yaml) const;

    // Reads the current text again; returns the new read.
    const KubeFile &reread();

    // Whether kubeFile() is a read of the text as it is now (false after typing, until reread).
    bool isReadCurrent() const { return m_readRevision == m_revision; }

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
