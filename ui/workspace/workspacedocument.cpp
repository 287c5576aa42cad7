// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacedocument.h"

#include "model/core/threadcheck.h"
#include "model/core/tr.h"
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

Result<WorkspaceDocument::Loaded> WorkspaceDocument::readFile(const QString &path)
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
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
    Loaded loaded;
    loaded.crlf = bytes.contains("\r\n");
    loaded.text = QString::fromUtf8(bytes);
    if (loaded.crlf)
        loaded.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    loaded.path = QFileInfo(path).absoluteFilePath();
    return loaded;
}

void WorkspaceDocument::setLoaded(const Loaded &loaded)
{
    m_crlf = loaded.crlf;
    m_document->setPlainText(loaded.text);
    m_document->setModified(false);
    m_path = loaded.path;
    ++m_revision; // the path the next read names changed
    Q_EMIT stateChanged();
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
        ++m_revision; // the last read names the old path: read again
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

void WorkspaceDocument::setRead(const KubeFile &file, quint64 revision)
{
    if (revision != m_revision)
        return;
    m_file = file;
    m_readRevision = revision;
}

std::optional<QList<TextEdit>> WorkspaceDocument::rebase(const QList<TextEdit> &edits) const
{
    if (isReadCurrent())
        return edits;
    // The part that differs between the read and the text now: everything between their
    // common beginning and their common end (typing in two places makes it span both).
    const QString before = QString::fromUtf8(m_file.text);
    const QString now = QString::fromUtf8(text());
    const qsizetype shorter = qMin(before.size(), now.size());
    qsizetype head = 0;
    while (head < shorter && before.at(head) == now.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < shorter - head
           && before.at(before.size() - 1 - tail) == now.at(now.size() - 1 - tail))
        ++tail;
    const qsizetype changedEnd = before.size() - tail;
    const qsizetype shift = now.size() - before.size();
    QList<TextEdit> moved;
    for (TextEdit e : edits) {
        if (e.offset < head && e.offset + e.length <= head) {
            // Before the change: where it was.
        } else if (e.offset >= changedEnd) {
            e.offset += int(shift);
        } else {
            return std::nullopt; // the text it replaces was edited since
        }
        moved.append(e);
    }
    return moved;
}
