// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacedocuments.h"

#include "ui/workspace/workspacedocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
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
    if (!m_restoring)
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

WorkspaceDocument *WorkspaceDocuments::load(const QString &path, bool quiet)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const int existing = indexOfKey(absolute); existing >= 0)
        return m_documents.at(existing);
    auto *document = new WorkspaceDocument(QString(), m_dark, this);
    if (const Result<void> loaded = document->load(absolute); !loaded) {
        delete document;
        if (!quiet) {
            Q_EMIT openFailed(absolute, loaded.error().message);
            Q_EMIT statusMessageRequested(loaded.error().message);
        }
        return nullptr;
    }
    return adopt(document);
}

void WorkspaceDocuments::open(const QStringList &paths)
{
    // Read every file first and report them at once: the findings of one file depend on the
    // others (a pull secret defined elsewhere), and a folder should not be linted once per file.
    QList<WorkspaceDocument *> documents;
    for (const QString &p : paths) {
        if (WorkspaceDocument *document = load(p, m_restoring))
            documents.append(document);
    }
    if (documents.isEmpty())
        return;
    rememberOpenFiles();
    Q_EMIT documentsChanged();
    Q_EMIT filesChanged();
    Q_EMIT opened(documents);
}

void WorkspaceDocuments::openFolder(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir,
                    {QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                    QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && found.size() < kMaxFolderFiles)
        found.append(it.next());
    found.sort();
    rememberDirectory(dir);
    const int count = int(found.size());
    const QString where = QDir::toNativeSeparators(dir);
    Q_EMIT statusMessageRequested(
        count == 0 ? tr("No YAML files (*.yaml, *.yml) in %1.").arg(where)
                   : tr("Added %n YAML file(s) from %1.", nullptr, count).arg(where));
    Q_EMIT folderOpened(dir, count);
    if (!found.isEmpty())
        open(found);
}

void WorkspaceDocuments::restore()
{
    m_restoring = true;
    QStringList previous;
    for (const QString &path : m_settings->value(kOpenFilesKey).toStringList()) {
        if (QFileInfo(path).isFile())
            previous.append(path);
    }
    open(previous);
    m_restoring = false;
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
