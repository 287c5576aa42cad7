// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacedocuments.h"

#include "model/core/background.h"
#include "ui/workspace/workspacedocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QTextCursor>
#include <QTextDocument>

namespace {
const QString kLastDirectoryKey = QStringLiteral("workspace/lastDirectory");
const QString kOpenFilesKey = QStringLiteral("workspace/openFiles");
// A folder with more YAML files than this is probably not one project.
constexpr int kMaxFolderFiles = 2000;
} // namespace

WorkspaceDocuments::WorkspaceDocuments(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

WorkspaceDocuments::~WorkspaceDocuments() = default;

QStringList WorkspaceDocuments::files() const
{
    QStringList files;
    for (const WorkspaceDocument *d : m_documents) {
        if (!d->path().isEmpty())
            files.append(d->path());
    }
    return files;
}

int WorkspaceDocuments::indexOfKey(const QString &key) const
{
    for (int i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i)->key() == key)
            return i;
    }
    return -1;
}

QString WorkspaceDocuments::lastDirectory() const
{
    const QString dir = m_settings->value(kLastDirectoryKey).toString();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return dir;
    return QDir::homePath();
}

void WorkspaceDocuments::rememberDirectory(const QString &dir)
{
    m_settings->setValue(kLastDirectoryKey, QDir::cleanPath(dir));
}

void WorkspaceDocuments::rememberOpenFiles()
{
    m_settings->setValue(kOpenFilesKey, files());
}

WorkspaceDocument *WorkspaceDocuments::adopt(WorkspaceDocument *document)
{
    m_documents.append(document);
    connect(document->document(), &QTextDocument::contentsChanged, this, [this, document] {
        Q_EMIT textChanged(document);
    });
    connect(document, &WorkspaceDocument::stateChanged, this, [this, document] {
        Q_EMIT stateChanged(document);
    });
    return document;
}

// What a worker read: the folder's YAML files when one was searched, and every file it read.
struct WorkspaceDocuments::Read
{
    QString folder;
    QStringList paths; // absolute, in the order asked (or the folder's, sorted)
    QList<std::optional<WorkspaceDocument::Loaded>> files; // one per path; none when skipped
    QStringList errors; // one per path: why it could not be read
};

void WorkspaceDocuments::open(const QStringList &paths)
{
    read(paths, {}, false);
}

void WorkspaceDocuments::openFolder(const QString &dir)
{
    rememberDirectory(dir);
    read({}, dir, false);
}

void WorkspaceDocuments::restore()
{
    read(m_settings->value(kOpenFilesKey).toStringList(), {}, true);
}

void WorkspaceDocuments::read(const QStringList &paths, const QString &folder, bool quiet)
{
    if (paths.isEmpty() && folder.isEmpty())
        return;
    QSet<QString> open;
    for (const WorkspaceDocument *d : std::as_const(m_documents))
        open.insert(d->key());
    if (m_reading++ == 0)
        Q_EMIT busyChanged(true);
    Background::run(
        this,
        [paths, folder, open, quiet] {
            Read read;
            read.folder = folder;
            if (!folder.isEmpty()) {
                QDirIterator it(folder,
                                {QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                QDir::Files | QDir::Readable,
                                QDirIterator::Subdirectories);
                while (it.hasNext() && read.paths.size() < kMaxFolderFiles)
                    read.paths.append(it.next());
                read.paths.sort();
            } else {
                for (const QString &p : paths)
                    read.paths.append(QFileInfo(p).absoluteFilePath());
            }
            for (const QString &path : std::as_const(read.paths)) {
                // Open ones are not read again; in a restored session, gone ones are skipped.
                if (open.contains(path) || (quiet && !QFileInfo(path).isFile())) {
                    read.files.append(std::nullopt);
                    read.errors.append(QString());
                    continue;
                }
                Result<WorkspaceDocument::Loaded> loaded = WorkspaceDocument::readFile(path);
                read.files.append(loaded ? std::optional(*loaded) : std::nullopt);
                read.errors.append(loaded ? QString() : loaded.error().message);
            }
            return read;
        },
        [this, quiet](const Read &read) {
            readDone(read, quiet);
        });
}

void WorkspaceDocuments::readDone(const Read &read, bool quiet)
{
    if (!read.folder.isEmpty()) {
        const int count = int(read.paths.size());
        const QString where = QDir::toNativeSeparators(read.folder);
        Q_EMIT statusMessageRequested(
            count == 0 ? tr("No YAML files (*.yaml, *.yml) in %1.").arg(where)
                       : tr("Added %n YAML file(s) from %1.", nullptr, count).arg(where));
        Q_EMIT folderOpened(read.folder, count);
    }
    // Every file at once: the findings of one file depend on the others (a pull secret defined
    // elsewhere), and a folder should not be linted once per file.
    QList<WorkspaceDocument *> documents;
    for (int i = 0; i < read.paths.size(); ++i) {
        const QString &path = read.paths.at(i);
        if (const int existing = indexOfKey(path); existing >= 0) {
            documents.append(m_documents.at(existing)); // open already, or opened meanwhile
        } else if (const auto &loaded = read.files.at(i)) {
            auto *document = new WorkspaceDocument(QString(), m_dark, this);
            document->setLoaded(*loaded);
            documents.append(adopt(document));
        } else if (!quiet && !read.errors.at(i).isEmpty()) {
            Q_EMIT openFailed(path, read.errors.at(i));
            Q_EMIT statusMessageRequested(read.errors.at(i));
        }
    }
    if (!documents.isEmpty()) {
        rememberOpenFiles();
        Q_EMIT documentsChanged();
        Q_EMIT filesChanged();
        Q_EMIT opened(documents);
    }
    if (--m_reading == 0)
        Q_EMIT busyChanged(false);
}

WorkspaceDocument *WorkspaceDocuments::create(const QByteArray &text)
{
    //: Name of a new document not saved yet; %1 is a number
    auto *document = new WorkspaceDocument(tr("Untitled-%1.yaml").arg(++m_untitled), m_dark, this);
    document->document()->setPlainText(QString::fromUtf8(text));
    document->document()->setModified(!text.isEmpty());
    adopt(document);
    Q_EMIT documentsChanged();
    return document;
}

void WorkspaceDocuments::close(WorkspaceDocument *document)
{
    if (!m_documents.removeOne(document))
        return;
    document->disconnect(this);
    document->document()->disconnect(this);
    document->deleteLater();
    const bool saved = !document->path().isEmpty();
    rememberOpenFiles();
    Q_EMIT documentsChanged();
    if (saved)
        Q_EMIT filesChanged();
}

Result<void> WorkspaceDocuments::save(WorkspaceDocument *document)
{
    return document->save();
}

Result<void> WorkspaceDocuments::saveAs(WorkspaceDocument *document, const QString &path)
{
    const QString oldKey = document->key();
    if (Result<void> saved = document->saveAs(path); !saved)
        return saved;
    rememberDirectory(QFileInfo(path).absolutePath());
    rememberOpenFiles();
    if (oldKey != document->key())
        Q_EMIT documentsChanged(); // findings now name the new path
    Q_EMIT filesChanged();
    return {};
}

bool WorkspaceDocuments::applyOutsideEdit(const QString &path, const QString &text)
{
    bool applied = false;
    for (WorkspaceDocument *document : std::as_const(m_documents)) {
        if (document->path() != path || document->isModified())
            continue;
        QTextCursor cursor(document->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
        applied = true;
    }
    return applied;
}
