// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacedocument.h"

#include "model/core/tr.h"
#include "model/kube/kubereader.h"
#include "ui/workspace/yamlhighlighter.h"

#include <QFile>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QSaveFile>
#include <QTextDocument>

namespace {
// A file larger than this is not a manifest someone edits by hand.
constexpr qint64 kMaxFileSize = 32 * 1024 * 1024;
} // namespace

WorkspaceDocument::WorkspaceDocument(const QString &name, bool dark, QObject *parent)
    : QObject(parent)
    , m_document(new QTextDocument(this))
    , m_untitled(name)
{
    m_document->setDocumentLayout(new QPlainTextDocumentLayout(m_document));
    m_highlighter = new YamlHighlighter(m_document, dark);
    connect(m_document, &QTextDocument::contentsChanged, this, [this] {
        ++m_revision;
    });
    connect(m_document,
            &QTextDocument::modificationChanged,
            this,
            &WorkspaceDocument::stateChanged);
}

Result<void> WorkspaceDocument::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
                     //: %1 is a file path, %2 the system's reason
                     Tr::tr("Cannot open %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxFileSize) {
        return Error(ErrorCode::Io,
                     //: %1 is a file path
                     Tr::tr("%1 is too large to edit (more than 32 MiB).").arg(path));
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    m_crlf = bytes.contains("\r\n");
    QString text = QString::fromUtf8(bytes);
    if (m_crlf)
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    m_document->setPlainText(text);
    m_document->setModified(false);
    m_path = QFileInfo(path).absoluteFilePath();
    reread();
    Q_EMIT stateChanged();
    return {};
}

Result<void> WorkspaceDocument::saveAs(const QString &path)
{
    QByteArray bytes = text();
    if (m_crlf)
        bytes.replace("\n", "\r\n");
    // QSaveFile writes a temporary file and renames it over the target on commit(), so a full
    // disk or a crash never leaves a half-written manifest behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(ErrorCode::Io,
                     //: %1 is a file path, %2 the system's reason
                     Tr::tr("Cannot save %1: %2").arg(path, file.errorString()));
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool moved = absolute != m_path;
    m_path = absolute;
    m_document->setModified(false);
    if (moved)
        reread();
    Q_EMIT stateChanged();
    return {};
}

Result<void> WorkspaceDocument::save()
{
    if (m_path.isEmpty())
        return Error(ErrorCode::InvalidArgument, Tr::tr("The document has no file name yet."));
    return saveAs(m_path);
}

QString WorkspaceDocument::displayName() const
{
    return m_path.isEmpty() ? m_untitled : QFileInfo(m_path).fileName();
}

QString WorkspaceDocument::key() const
{
    return m_path.isEmpty() ? m_untitled : m_path;
}

bool WorkspaceDocument::isModified() const
{
    return m_document->isModified();
}

QByteArray WorkspaceDocument::text() const
{
    // toRawText(), not toPlainText(): the latter turns no-break spaces into spaces, and the
    // bytes must round-trip. Blocks are separated by U+2029 in the raw text.
    QString raw = m_document->toRawText();
    raw.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return raw.toUtf8();
}

TextEdit WorkspaceDocument::appendEdit(const QByteArray &yaml) const
{
    const QString text = m_document->toPlainText();
    QString insert;
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        insert += QLatin1Char('\n');
    if (!text.trimmed().isEmpty())
        insert += QStringLiteral("---\n");
    insert += QString::fromUtf8(yaml);
    return TextEdit{key(), int(text.size()), 0, insert};
}

const KubeFile &WorkspaceDocument::reread()
{
    m_file = KubeReader::read(text(), key());
    m_readRevision = m_revision;
    return m_file;
}
