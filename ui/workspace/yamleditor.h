// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"

#include <QList>
#include <QPlainTextEdit>
#include <QTextCursor>

class EditorGutter;
class QMenu;

// The Workspace's YAML editor: line numbers, the findings of its document drawn as wavy
// underlines coloured by severity with the message on hover, and quick fixes from a light bulb,
// the context menu or Ctrl+. Fixes are applied by the owner (a pin to a digest asks a registry
// first) through applyEdits(), which makes one undo step of them.
class YamlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit YamlEditor(QWidget *parent = nullptr);

    // Shows these findings (already filtered to this document). Their places follow later edits
    // until the next call.
    void setFindings(const QList<Finding> &findings);

    const QList<Finding> &findings() const { return m_findings; }

    // The findings whose underline covers position, else those on its line; worst first.
    QList<Finding> findingsAt(int position) const;
    // The text range a finding underlines: [first, second) as document positions.
    QPair<int, int> rangeOf(int findingIndex) const;

    // Applies edits (QChar offsets into the current text; any order, non-overlapping) as one
    // undo step. Returns false, changing nothing, when one falls outside the text.
    bool applyEdits(const QList<TextEdit> &edits);
    // The same on any document (one that is not shown, too).
    static bool applyEdits(QTextDocument *document, const QList<TextEdit> &edits);
    // Puts the cursor at a 1-based line and column and shows it.
    void goTo(int line, int column);
    // The quick fixes offered at the cursor, with the findings they belong to.
    QList<QPair<Finding, QuickFix>> fixesAtCursor() const;

    // For EditorGutter.
    int gutterWidth() const;
    void paintGutter(QWidget *gutter, QPaintEvent *event);
    void gutterClicked(const QPoint &pos);

public Q_SLOTS:
    // Opens the quick-fix menu at the cursor (Ctrl+.); says so in a tooltip when there is none.
    void showQuickFixes();

Q_SIGNALS:
    // The user picked a fix; the owner applies it.
    void quickFixChosen(const Finding &finding, const QuickFix &fix);

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();
    // Adds the fixes at the cursor to menu; returns how many.
    int addFixActions(QMenu *menu);
    bool isDark() const;

    EditorGutter *m_gutter;
    QList<Finding> m_findings;
    QList<QTextCursor> m_ranges; // one selection per finding, kept current by the document
};
