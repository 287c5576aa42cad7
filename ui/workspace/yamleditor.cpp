// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/yamleditor.h"

#include "model/core/redaction.h"
#include "ui/workspace/editorgutter.h"
#include "ui/workspace/severitystyle.h"
#include "ui/workspace/yamlhighlighter.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace {
constexpr int kIndent = 2; // YAML 1.2 §6.1: no tabs in indentation; Kubernetes uses two spaces

} // namespace

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new EditorGutter(this))
{
    setObjectName(QStringLiteral("yamlEditor"));
    //: Accessible name of the YAML text editor on the Workspace page
    setAccessibleName(tr("YAML editor"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * kIndent);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &YamlEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateSelections();
        m_gutter->update();
    });
    updateGutterWidth();
    updateSelections();
}

bool YamlEditor::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void YamlEditor::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    m_ranges.clear();
    const int end = document()->characterCount() - 1;
    for (const Finding &f : std::as_const(m_findings)) {
        int start = -1;
        if (f.at.offset >= 0 && f.at.offset <= end) {
            start = f.at.offset;
        } else if (f.at.line > 0) {
            const QTextBlock block = document()->findBlockByNumber(f.at.line - 1);
            if (block.isValid())
                start = block.position() + qBound(0, f.at.column - 1, block.length() - 1);
        }
        QTextCursor c(document());
        if (start < 0) {
            m_ranges.append(c); // no place: listed in Problems, not drawn
            continue;
        }
        // Underline the scalar that starts there: a quoted string to its closing quote, else up
        // to a comment or the end of the line; a place at the end of a line marks the line.
        const QTextBlock block = document()->findBlock(start);
        const QString line = block.text();
        const int col = start - block.position();
        int stop = col;
        if (col < line.size()
            && (line.at(col) == QLatin1Char('"') || line.at(col) == QLatin1Char('\''))) {
            const int close = int(line.indexOf(line.at(col), col + 1));
            stop = close > 0 ? close + 1 : int(line.size());
        } else {
            stop = YamlHighlighter::commentStart(line, col);
            while (stop > col && line.at(stop - 1).isSpace())
                --stop;
        }
        int first = col;
        if (stop <= col) {
            first = 0;
            while (first < line.size() && line.at(first).isSpace())
                ++first;
            stop = YamlHighlighter::commentStart(line, first);
            while (stop > first && line.at(stop - 1).isSpace())
                --stop;
            if (stop <= first)
                stop = first + 1;
        }
        c.setPosition(block.position() + first);
        c.setPosition(qMin(block.position() + stop, end), QTextCursor::KeepAnchor);
        m_ranges.append(c);
    }
    updateSelections();
    m_gutter->update();
}

QPair<int, int> YamlEditor::rangeOf(int findingIndex) const
{
    if (findingIndex < 0 || findingIndex >= m_ranges.size() || m_ranges.at(findingIndex).isNull())
        return {-1, -1};
    const QTextCursor &c = m_ranges.at(findingIndex);
    return {c.selectionStart(), c.selectionEnd()};
}

QList<Finding> YamlEditor::findingsAt(int position) const
{
    QList<Finding> inside;
    QList<Finding> onLine;
    const int block = document()->findBlock(position).blockNumber();
    for (int i = 0; i < m_findings.size(); ++i) {
        const QTextCursor &c = m_ranges.at(i);
        if (c.isNull() || !c.hasSelection())
            continue;
        if (position >= c.selectionStart() && position <= c.selectionEnd())
            inside.append(m_findings.at(i));
        else if (document()->findBlock(c.selectionStart()).blockNumber() == block)
            onLine.append(m_findings.at(i));
    }
    QList<Finding> result = inside.isEmpty() ? onLine : inside;
    std::stable_sort(result.begin(), result.end(), [](const Finding &a, const Finding &b) {
        return SeverityStyle::rank(a.severity) < SeverityStyle::rank(b.severity);
    });
    return result;
}

QList<QPair<Finding, QuickFix>> YamlEditor::fixesAtCursor() const
{
    QList<QPair<Finding, QuickFix>> result;
    for (const Finding &f : findingsAt(textCursor().position())) {
        for (const QuickFix &fix : f.fixes)
            result.append({f, fix});
    }
    return result;
}

bool YamlEditor::applyEdits(const QList<TextEdit> &edits)
{
    return applyEdits(document(), edits);
}

bool YamlEditor::applyEdits(QTextDocument *document, const QList<TextEdit> &edits)
{
    QList<TextEdit> sorted = edits;
    // Back to front, so earlier offsets stay valid while later text changes.
    std::stable_sort(sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.offset > b.offset;
    });
    int limit = document->characterCount() - 1;
    for (const TextEdit &e : std::as_const(sorted)) {
        if (e.offset < 0 || e.length < 0 || e.offset + e.length > limit)
            return false;
        limit = e.offset;
    }
    QTextCursor c(document);
    c.beginEditBlock();
    for (const TextEdit &e : std::as_const(sorted)) {
        c.setPosition(e.offset);
        c.setPosition(e.offset + e.length, QTextCursor::KeepAnchor);
        c.insertText(e.replacement);
    }
    c.endEditBlock();
    return true;
}

void YamlEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor c(block);
    c.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    setTextCursor(c);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int YamlEditor::addFixActions(QMenu *menu)
{
    const QList<QPair<Finding, QuickFix>> fixes = fixesAtCursor();
    for (const auto &[finding, fix] : fixes) {
        QAction *a = menu->addAction(SeverityStyle::icon(finding.severity), fix.title);
        a->setObjectName(QStringLiteral("quickFix_") + fix.id);
        if (fix.needsDigest) {
            //: Status tip of a quick fix that first asks the registry for the image's digest
            a->setStatusTip(tr("Asks the registry for the digest, then edits the file."));
        }
        const Finding f = finding;
        const QuickFix q = fix;
        connect(a, &QAction::triggered, this, [this, f, q] {
            Q_EMIT quickFixChosen(f, q);
        });
    }
    return int(fixes.size());
}

void YamlEditor::showQuickFixes()
{
    const QRect rect = cursorRect();
    const QPoint at = viewport()->mapToGlobal(rect.bottomLeft());
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("quickFixMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (addFixActions(menu) == 0) {
        delete menu;
        //: Tooltip when Ctrl+. finds nothing to fix at the cursor
        QToolTip::showText(at, tr("No quick fixes here."), this);
        return;
    }
    menu->popup(at);
}

void YamlEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Fixes for the place that was clicked, as in VS Code: move the cursor there first unless
    // the click fell inside the selection.
    const QTextCursor clicked = cursorForPosition(event->pos());
    if (!textCursor().hasSelection())
        setTextCursor(clicked);
    QMenu fixes;
    if (addFixActions(&fixes) > 0) {
        QAction *first = menu->actions().value(0);
        QAction *title = new QAction(tr("Quick Fixes"), menu);
        title->setEnabled(false);
        menu->insertAction(first, title);
        menu->insertActions(first, fixes.actions());
        for (QAction *a : fixes.actions())
            a->setParent(menu);
        menu->insertSeparator(first);
    }
    menu->popup(event->globalPos());
}

void YamlEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::ControlModifier && event->key() == Qt::Key_Period) {
        showQuickFixes();
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        // Spaces, never a tab character: YAML does not allow tabs in indentation.
        const int column = textCursor().positionInBlock();
        insertPlainText(QString(kIndent - column % kIndent, QLatin1Char(' ')));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier) {
        // Keep the line's indentation, one level deeper after "key:" or "- key:".
        const QString line = textCursor().block().text().left(textCursor().positionInBlock());
        int indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        if (line.trimmed().endsWith(QLatin1Char(':')))
            indent += kIndent;
        textCursor().insertText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool YamlEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor c = cursorForPosition(help->pos());
        QList<Finding> here;
        for (int i = 0; i < m_findings.size(); ++i) {
            const QTextCursor &r = m_ranges.at(i);
            if (!r.isNull() && r.hasSelection() && c.position() >= r.selectionStart()
                && c.position() <= r.selectionEnd())
                here.append(m_findings.at(i));
        }
        if (here.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QStringList parts;
        bool fixable = false;
        for (const Finding &f : std::as_const(here)) {
            // Messages may quote the file; never let a secret reach a tooltip.
            parts.append(QStringLiteral("<p><b>%1</b> %2 <span style='color:gray'>[%3]</span></p>")
                             .arg(SeverityStyle::name(f.severity).toHtmlEscaped(),
                                  Redaction::redact(f.message).toHtmlEscaped(),
                                  f.rule.toHtmlEscaped()));
            fixable = fixable || !f.fixes.isEmpty();
        }
        if (fixable) {
            //: Tooltip hint under a problem that has quick fixes
            parts.append(QStringLiteral("<p><i>%1</i></p>")
                             .arg(tr("Quick fixes: Ctrl+. or the light bulb").toHtmlEscaped()));
        }
        QToolTip::showText(help->globalPos(), parts.join(QString()), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void YamlEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!isReadOnly()) {
        QTextEdit::ExtraSelection line;
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlpha(isDark() ? 40 : 22);
        line.format.setBackground(tint);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
    }
    // Infos first, errors last, so the worst underline is drawn on top.
    QList<int> order;
    for (int i = 0; i < m_findings.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return SeverityStyle::rank(m_findings.at(a).severity)
            > SeverityStyle::rank(m_findings.at(b).severity);
    });
    for (const int i : std::as_const(order)) {
        if (m_ranges.at(i).isNull() || !m_ranges.at(i).hasSelection())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = m_ranges.at(i);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(SeverityStyle::color(m_findings.at(i).severity, isDark()));
        selections.append(s);
    }
    setExtraSelections(selections);
}

int YamlEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    // Room for the severity mark / light bulb on the left, the number, and a gap.
    return 22 + digit * qMax(3, digits) + 10;
}

void YamlEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void YamlEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void YamlEditor::paintGutter(QWidget *gutter, QPaintEvent *event)
{
    QPainter p(gutter);
    const QPalette pal = palette();
    p.fillRect(event->rect(), pal.color(QPalette::Base));
    // The worst severity per line, for the marks.
    QHash<int, Finding::Severity> marks;
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_ranges.at(i).isNull() || !m_ranges.at(i).hasSelection())
            continue;
        const int line = document()->findBlock(m_ranges.at(i).selectionStart()).blockNumber();
        const auto it = marks.constFind(line);
        if (it == marks.cend()
            || SeverityStyle::rank(m_findings.at(i).severity) < SeverityStyle::rank(*it))
            marks.insert(line, m_findings.at(i).severity);
    }
    const int current = textCursor().blockNumber();
    const bool bulb = !fixesAtCursor().isEmpty();
    const int lineHeight = fontMetrics().height();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    p.setFont(font());
    QColor dim = pal.color(QPalette::PlaceholderText);
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int n = block.blockNumber();
            p.setPen(n == current ? pal.color(QPalette::Text) : dim);
            p.drawText(0,
                       top,
                       gutter->width() - 8,
                       lineHeight,
                       Qt::AlignRight,
                       QString::number(n + 1));
            const QRect markRect(4, top + (lineHeight - 12) / 2, 12, 12);
            if (n == current && bulb) {
                // A light bulb: a yellow glass and a grey base, as editors draw it.
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0xff, 0xcc, 0x00));
                p.drawEllipse(QRectF(markRect.left() + 1, markRect.top(), 10, 9));
                p.setBrush(QColor(0x80, 0x80, 0x80));
                p.drawRect(QRectF(markRect.left() + 3.5, markRect.top() + 9, 5, 3));
            } else if (const auto it = marks.constFind(n); it != marks.cend()) {
                p.drawPixmap(markRect, SeverityStyle::icon(*it).pixmap(12, 12));
            }
        }
        block = block.next();
        top += height;
    }
}

void YamlEditor::gutterClicked(const QPoint &pos)
{
    // A click on the line's mark puts the cursor there and offers its fixes.
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (pos.y() >= top && pos.y() < top + height) {
            setTextCursor(QTextCursor(block));
            if (pos.x() < 20)
                showQuickFixes();
            return;
        }
        block = block.next();
        top += height;
    }
}
