// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QSettings;
class WorkspaceDocument;

// The Workspace's open documents and where they are kept: opening files and folders (every
// *.yaml / *.yml under a folder, up to a limit; the walk and the reads run on a worker thread),
// new untitled documents, closing, atomic saves, and the session in settings
// ("workspace/openFiles", "workspace/lastDirectory"). The one door through which other pages
// change a workspace document (applyOutsideEdit()). Owns the documents. GUI thread.
class WorkspaceDocuments : public QObject
{
    Q_OBJECT
public:
    // settings: not owned, must outlive this.
    explicit WorkspaceDocuments(QSettings *settings, QObject *parent = nullptr);
    ~WorkspaceDocuments() override;

    // Highlighting for a dark base colour, for documents opened from now on.
    void setDark(bool dark) { m_dark = dark; }

    const QList<WorkspaceDocument *> &documents() const { return m_documents; }

    // The saved files, absolute paths, in the order they were opened.
    QStringList files() const;
    // The index of the document findings call key (WorkspaceDocument::key()); -1 when none.
    int indexOfKey(const QString &key) const;

    // Opens these files in the background (those already open are found, not read again);
    // opened() lists them, in the order given, and a file that cannot be read is reported by
    // openFailed().
    void open(const QStringList &paths);
    // Opens every *.yaml / *.yml file under dir in the background (recursively, sorted, up to
    // a limit); folderOpened() says how many were found, then opened() lists them.
    void openFolder(const QString &dir);
    // Reopens the files open last time in the background; files that have gone are dropped
    // quietly.
    void restore();

    // Files are being read.
    bool isBusy() const { return m_reading > 0; }

    // A new unsaved document "Untitled-N.yaml" holding text (modified when not empty).
    WorkspaceDocument *create(const QByteArray &text = {});
    // Removes document from the workspace and deletes it later (no question asked).
    void close(WorkspaceDocument *document);

    // Saves document under its path, or under path (taking it as its new path).
    Result<void> save(WorkspaceDocument *document);
    Result<void> saveAs(WorkspaceDocument *document, const QString &path);

    // Replaces the text of the open copy of the saved file path with text, as one undo step,
    // for edits made elsewhere (a Node page fix); a copy with unsaved edits is left alone.
    // False when no unmodified copy is open.
    bool applyOutsideEdit(const QString &path, const QString &text);

    // The directory file dialogs start in: the last one used, else the home directory.
    QString lastDirectory() const;
    void rememberDirectory(const QString &dir);

Q_SIGNALS:
    // Documents were opened (or found open); the first is the one to show.
    void opened(const QList<WorkspaceDocument *> &documents);
    void openFailed(const QString &path, const QString &message);
    // A folder was searched: count YAML files found (0: none, opened() does not follow).
    void folderOpened(const QString &dir, int count);
    // A document was added or removed, or saved under another name.
    void documentsChanged();
    // The saved files (files()) changed: opened, closed or saved under a new name.
    void filesChanged();
    // A document's text changed.
    void textChanged(WorkspaceDocument *document);
    // A document's path or modified flag changed.
    void stateChanged(WorkspaceDocument *document);
    // Translated, for the status bar: what an open found (or could not read).
    void statusMessageRequested(const QString &message);
    // isBusy() changed.
    void busyChanged(bool busy);

private:
    struct Read;
    void read(const QStringList &paths, const QString &folder, bool quiet);
    void readDone(const Read &read, bool quiet);
    WorkspaceDocument *adopt(WorkspaceDocument *document);
    void rememberOpenFiles();

    QSettings *m_settings;
    QList<WorkspaceDocument *> m_documents;
    int m_untitled = 0;
    bool m_dark = false;
    int m_reading = 0;
};
