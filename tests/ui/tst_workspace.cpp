// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspace page, offscreen: problems at the right line, quick fixes as one undo step, the
// form view editing and following the text, templates that lint clean, syntax errors with line
// and column, atomic saves and the unsaved-changes question.
#include "model/core/threadcheck.h"
#include "model/items/containertablemodel.h"
#include "model/items/findingmodel.h"
#include "model/kube/kubelinter.h"
#include "model/kube/kubereader.h"
#include "model/kube/kubeworkspace.h"
#include "ui/common/emptystate.h"
#include "ui/workspace/containerform.h"
#include "ui/workspace/problemspanel.h"
#include "ui/workspace/workspacedocument.h"
#include "ui/workspace/workspacepage.h"
#include "ui/workspace/workspacetemplates.h"
#include "ui/workspace/yamleditor.h"
#include "ui/workspace/yamlhighlighter.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
// Line 8 holds the image, at column 14; its comment must survive every edit.
const QByteArray kPod = "apiVersion: v1\n"
                        "kind: Pod\n"
                        "metadata:\n"
                        "  name: web\n"
                        "spec:\n"
                        "  containers:\n"
                        "    - name: web\n"
                        "      image: nginx # the team's web server\n"
                        "      ports:\n"
                        "        - containerPort: 80\n";

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(data), data.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Opens path and waits until it is read and the workspace linted (both off the GUI thread);
// the document, or nullptr when it could not be read.
WorkspaceDocument *openAndWait(WorkspacePage &page, const QString &path)
{
    page.openFile(path);
    if (!QTest::qWaitFor(
            [&page] {
                return !page.isBusy();
            },
            30000))
        return nullptr;
    for (WorkspaceDocument *d : page.documents()) {
        if (d->path() == QFileInfo(path).absoluteFilePath())
            return d;
    }
    return nullptr;
}

int rowOf(const FindingModel *model, const QString &rule)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(FindingModel::RuleRole).toString() == rule)
            return row;
    }
    return -1;
}

quint64 inodeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void emptyStateUntilSomethingIsOpen();
    void problemAtTheRightPlace_data();
    void problemAtTheRightPlace();
    void problemActivationMovesTheCursor();
    void hoverShowsMessageAndRule();
    void nextProblemKey();
    void lintTimeOnALargeFile();
    void quickFixIsOneUndoStep();
    void quickFixFromTheKeyboard();
    void quickFixAfterTypingUsesTheNewText();
    void editsMoveOntoTheTypedText_data();
    void editsMoveOntoTheTypedText();
    void formEditsTheText();
    void formFollowsTheText();
    void formAddsAPullSecret();
    void templatesLintClean_data();
    void templatesLintClean();
    void highlighterAndGutterDoNotTouchTheText();
    void highlighting_data();
    void highlighting();
    void saveIsAtomicAndKeepsLineEndings();
    void saveFailureKeepsTheOldFile();
    void untitledSaveAs();
    void unsavedChangesQuestion();
    void reopensLastSession();

private:
    QString settingsPath() const { return m_dir->filePath(u"settings.ini"_s); }

    QString podPath() const { return m_dir->filePath(u"pod.yaml"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestWorkspace::init()
{
    m_settings.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    writeFile(podPath(), kPod);
}

void TestWorkspace::emptyStateUntilSomethingIsOpen()
{
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.emptyState()->isVisible());
    QVERIFY(!page.editor()->isVisible());
    QVERIFY(openAndWait(page, podPath()));
    QVERIFY(!page.emptyState()->isVisible());
    QVERIFY(page.editor()->isVisible());
    QCOMPARE(page.files(), QStringList{podPath()});
    // Fits beside the sidebar on an 800-pixel-wide screen (MainWindow's smallest default).
    QVERIFY2(page.minimumSizeHint().width() <= 560,
             qPrintable(QString::number(page.minimumSizeHint().width())));
    QVERIFY(page.closeDocument(0));
    QVERIFY(page.emptyState()->isVisible());
    QVERIFY(!openAndWait(page, m_dir->filePath(u"missing.yaml"_s)));
    QVERIFY(page.documents().isEmpty());
}

void TestWorkspace::problemAtTheRightPlace_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("underlined");

    QTest::newRow("no tag means Always") << kPod << u"latest-always"_s << 8 << 14 << u"nginx"_s;
    QTest::newRow("pull policy not in the enum")
        << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n"
                      "  - name: a\n    image: busybox:1.36\n    imagePullPolicy: always\n")
        << u"pull-policy-enum"_s << 9 << 22 << u"always"_s;
    QTest::newRow("name the kubelet rejects")
        << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n"
                      "  - name: a\n    image: \"Busybox:1.36\"\n")
        << u"invalid-image-name"_s << 8 << 12 << u"\"Busybox:1.36\""_s;
    // A syntax error: the place yaml-cpp reports, and the rest of the file is not guessed at.
    QTest::newRow("bad YAML") << QByteArray(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [a\nspec: {}\n")
                              << u"yaml-syntax"_s << 5 << 0 << QString();
}

void TestWorkspace::problemAtTheRightPlace()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, underlined);
    writeFile(podPath(), yaml);
    WorkspacePage page(m_settings.get());
    page.resize(1000, 700);
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    const int row = rowOf(page.findingModel(), rule);
    QVERIFY2(row >= 0, qPrintable(rule));
    const QModelIndex index = page.findingModel()->index(row, 0);
    QCOMPARE(index.data(FindingModel::FileRole).toString(), podPath());
    if (column == 0) {
        // yaml-cpp's place for a syntax error: a line and column somewhere in the broken
        // construct; the problem names both.
        QVERIFY(index.data(FindingModel::LineRole).toInt() >= 4);
        QVERIFY(index.data(FindingModel::ColumnRole).toInt() >= 1);
        QVERIFY(index.siblingAtColumn(FindingModel::LocationColumn)
                    .data()
                    .toString()
                    .contains(u"pod.yaml:%1:"_s.arg(index.data(FindingModel::LineRole).toInt())));
        QCOMPARE(index.data(FindingModel::SeverityRole).toInt(), int(Finding::Severity::Error));
        QVERIFY(!page.editor()->findings().isEmpty());
        return;
    }
    QCOMPARE(index.data(FindingModel::LineRole).toInt(), line);
    QCOMPARE(index.data(FindingModel::ColumnRole).toInt(), column);
    // The editor underlines the value the finding is about.
    int mine = -1;
    for (int i = 0; i < page.editor()->findings().size(); ++i) {
        if (page.editor()->findings().at(i).rule == rule)
            mine = i;
    }
    QVERIFY(mine >= 0);
    const auto [from, to] = page.editor()->rangeOf(mine);
    QCOMPARE(page.editor()->toPlainText().mid(from, to - from), underlined);
    QCOMPARE(page.editor()->document()->findBlock(from).blockNumber() + 1, line);
    bool wavy = false;
    for (const QTextEdit::ExtraSelection &s : page.editor()->extraSelections())
        wavy = wavy || s.format.underlineStyle() == QTextCharFormat::WaveUnderline;
    QVERIFY(wavy);
}

void TestWorkspace::problemActivationMovesTheCursor()
{
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    const int row = rowOf(page.findingModel(), u"latest-always"_s);
    QVERIFY(row >= 0);
    QTreeView *view = page.problemsPanel()->view();
    view->setCurrentIndex(page.findingModel()->index(row, 0));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(page.editor()->textCursor().blockNumber() + 1, 8);
    QCOMPARE(page.editor()->textCursor().positionInBlock() + 1, 14);
}

void TestWorkspace::hoverShowsMessageAndRule()
{
    WorkspacePage page(m_settings.get());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openAndWait(page, podPath()));
    YamlEditor *editor = page.editor();
    const auto tipAt = [editor](int line, int column) {
        QTextCursor c(editor->document()->findBlockByNumber(line - 1));
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column - 1);
        const QPoint pos = editor->cursorRect(c).center() + QPoint(2, 0);
        QHelpEvent help(QEvent::ToolTip, pos, editor->viewport()->mapToGlobal(pos));
        QToolTip::hideText();
        if (!QTest::qWaitFor(
                [] {
                    return !QToolTip::isVisible();
                },
                3000))
            return u"(an old tooltip did not hide)"_s;
        QCoreApplication::sendEvent(editor->viewport(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    const QString tip = tipAt(8, 15);
    QVERIFY2(tip.contains(u"[latest-always]"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"Warning"_s));
    QVERIFY(tip.contains(u"Ctrl+."_s));
    QCOMPARE(tipAt(1, 2), QString()); // no finding there, no tooltip
}

void TestWorkspace::nextProblemKey()
{
    writeFile(podPath(),
              "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n"
              "  - name: a\n    image: nginx\n  - name: b\n    image: redis\n");
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openAndWait(page, podPath()));
    page.editor()->setFocus();
    QTest::keyClick(page.editor(), Qt::Key_F8);
    const int first = page.editor()->textCursor().blockNumber() + 1;
    QTest::keyClick(page.editor(), Qt::Key_F8);
    const int second = page.editor()->textCursor().blockNumber() + 1;
    QCOMPARE(QSet<int>({first, second}), QSet<int>({8, 10}));
    QTest::keyClick(page.editor(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(page.editor()->textCursor().blockNumber() + 1, first);
}

void TestWorkspace::lintTimeOnALargeFile()
{
    // 1,000 Pods in one file: read and linted on a worker thread when opened; typing then waits
    // for a longer pause before the next lint.
    QByteArray big;
    for (int i = 0; i < 1000; ++i) {
        big += "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p" + QByteArray::number(i)
            + "\nspec:\n  containers:\n  - name: c\n    image: nginx\n";
    }
    writeFile(podPath(), big);
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    qInfo("1,000 pods: read and linted in %lld ms", page.lastLintMs());
    QCOMPARE(page.findingModel()->count(Finding::Severity::Warning), 1000);
    QCOMPARE(page.containerForm()->model()->rowCount(), 1000);
    QTextCursor(page.editor()->document()).insertText(u"# x\n"_s);
    // Not linted on the keystroke: the old findings (and their line numbers) stand until the pause.
    QCOMPARE(page.findingModel()->finding(0).at.line, 9);
    QTRY_COMPARE_WITH_TIMEOUT(page.findingModel()->finding(0).at.line, 10, 30000);
}

void TestWorkspace::quickFixIsOneUndoStep()
{
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    const Finding finding =
        page.findingModel()->finding(rowOf(page.findingModel(), u"latest-always"_s));
    QuickFix ifNotPresent;
    for (const QuickFix &fix : finding.fixes) {
        if (fix.id == u"set-pull-policy"_s && fix.title.contains(u"IfNotPresent"_s))
            ifNotPresent = fix;
    }
    QVERIFY(!ifNotPresent.edits.isEmpty());
    page.applyFix(finding, ifNotPresent);
    const QByteArray fixed = page.currentDocument()->text();
    QVERIFY2(fixed.contains("      image: nginx # the team's web server\n"
                            "      imagePullPolicy: IfNotPresent\n"),
             fixed.constData());
    QTRY_COMPARE(rowOf(page.findingModel(), u"latest-always"_s), -1);
    QVERIFY(page.currentDocument()->isModified());
    // One undo restores the bytes that were read; there is nothing further to undo.
    page.editor()->undo();
    QCOMPARE(page.currentDocument()->text(), kPod);
    QVERIFY(!page.editor()->document()->isUndoAvailable());
    page.lintNow();
    QTRY_VERIFY(rowOf(page.findingModel(), u"latest-always"_s) >= 0);
    page.editor()->redo();
    QCOMPARE(page.currentDocument()->text(), fixed);
}

void TestWorkspace::quickFixFromTheKeyboard()
{
    WorkspacePage page(m_settings.get());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openAndWait(page, podPath()));
    page.editor()->goTo(8, 15);
    QVERIFY(!page.editor()->fixesAtCursor().isEmpty());
    QTest::keyClick(page.editor(), Qt::Key_Period, Qt::ControlModifier);
    QMenu *menu = page.editor()->findChild<QMenu *>(u"quickFixMenu"_s);
    QVERIFY(menu);
    QAction *always = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text().contains(u"Always"_s))
            always = a;
    }
    QVERIFY(always);
    always->trigger();
    menu->close();
    QVERIFY(page.currentDocument()->text().contains("      imagePullPolicy: Always\n"));
    // On a line without findings there is nothing to offer.
    page.editor()->goTo(1, 1);
    QVERIFY(page.editor()->fixesAtCursor().isEmpty());
}

void TestWorkspace::quickFixAfterTypingUsesTheNewText()
{
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    const Finding finding =
        page.findingModel()->finding(rowOf(page.findingModel(), u"latest-always"_s));
    QVERIFY(!finding.fixes.isEmpty());
    // Typing before the lint has run: the fix's offsets are out of date.
    QTextCursor(page.editor()->document()).insertText(u"# reviewed\n"_s);
    page.applyFix(finding, finding.fixes.first());
    const QByteArray text = page.currentDocument()->text();
    QVERIFY2(text.startsWith("# reviewed\napiVersion: v1\n"), text.constData());
    QVERIFY2(text.contains("      image: nginx # the team's web server\n      imagePullPolicy: "),
             text.constData());
}

void TestWorkspace::editsMoveOntoTheTypedText_data()
{
    QTest::addColumn<QString>("typed"); // the text after typing; the read was of "image: nginx\n"
    QTest::addColumn<int>("offset"); // an edit of the read: replace 5 characters at offset
    QTest::addColumn<QString>("expected"); // empty: the edit no longer fits
    QTest::newRow("typed after it") << u"image: nginx\n# x\n"_s << 7 << u"image: redis\n# x\n"_s;
    QTest::newRow("typed before it") << u"# x\nimage: nginx\n"_s << 7 << u"# x\nimage: redis\n"_s;
    QTest::newRow("typed in it") << u"image: nginy\n"_s << 7 << QString();
    QTest::newRow("typed right after it") << u"image: nginx:1\n"_s << 7 << u"image: redis:1\n"_s;
    QTest::newRow("nothing typed") << u"image: nginx\n"_s << 7 << u"image: redis\n"_s;
}

void TestWorkspace::editsMoveOntoTheTypedText()
{
    QFETCH(QString, typed);
    QFETCH(int, offset);
    QFETCH(QString, expected);
    WorkspaceDocument document(u"a.yaml"_s, false);
    document.document()->setPlainText(u"image: nginx\n"_s);
    KubeFile read;
    read.path = u"a.yaml"_s;
    read.text = "image: nginx\n";
    document.setRead(read, document.revision());
    QVERIFY(document.isReadCurrent());
    if (typed != document.document()->toPlainText())
        document.document()->setPlainText(typed);
    const auto moved = document.rebase({TextEdit{u"a.yaml"_s, offset, 5, u"redis"_s}});
    QCOMPARE(moved.has_value(), !expected.isEmpty());
    if (!moved)
        return;
    QVERIFY(YamlEditor::applyEdits(document.document(), *moved));
    QCOMPARE(document.document()->toPlainText(), expected);
}

void TestWorkspace::formEditsTheText()
{
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    ContainerTableModel *model = page.containerForm()->model();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->setData(model->index(0, ContainerTableModel::ImageColumn), u"nginx:1.27.3"_s));
    QVERIFY(model->setData(model->index(0, ContainerTableModel::PullPolicyColumn), u"Never"_s));
    const QByteArray text = page.currentDocument()->text();
    QVERIFY2(text.contains("      image: nginx:1.27.3 # the team's web server\n"
                           "      imagePullPolicy: Never\n"),
             text.constData());
    QTRY_COMPARE(model->index(0, ContainerTableModel::PullPolicyColumn).data().toString(),
                 u"Never"_s);
    // Two form edits, two undo steps, back to the file's bytes.
    page.editor()->undo();
    page.editor()->undo();
    QCOMPARE(page.currentDocument()->text(), kPod);
    // The form shows the text as it is again once it is read.
    page.lintNow();
    QTRY_VERIFY(!page.isBusy());

    // The combo box in the table writes the policy too.
    QTableView *table = page.containerForm()->table();
    const QModelIndex policy = model->index(0, ContainerTableModel::PullPolicyColumn);
    table->setCurrentIndex(policy);
    table->edit(policy);
    auto *combo = table->findChild<QComboBox *>(u"pullPolicyCombo"_s);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findText(u"IfNotPresent"_s));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(page.currentDocument()->text().contains("      imagePullPolicy: IfNotPresent\n"));
}

void TestWorkspace::formFollowsTheText()
{
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    ContainerTableModel *model = page.containerForm()->model();
    const int at = int(page.editor()->toPlainText().indexOf(u"nginx"_s));
    QTextCursor c(page.editor()->document());
    c.setPosition(at);
    c.setPosition(at + 5, QTextCursor::KeepAnchor);
    c.insertText(u"redis:7.2"_s);
    // The read waits for a pause in typing, then the form shows the new value.
    QTRY_COMPARE(model->index(0, ContainerTableModel::ImageColumn).data().toString(),
                 u"redis:7.2"_s);
    QCOMPARE(model->index(0, ContainerTableModel::PullPolicyColumn).data(Qt::EditRole).toString(),
             u"IfNotPresent"_s);
    // A second container appears as a row.
    QTextCursor end(page.editor()->document());
    end.movePosition(QTextCursor::End);
    end.insertText(u"    - name: sidecar\n      image: envoyproxy/envoy:v1.30.1\n"_s);
    QTRY_COMPARE(model->rowCount(), 2);
    QVERIFY(page.lastLintMs() < 1000);
}

void TestWorkspace::formAddsAPullSecret()
{
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    QVERIFY(page.containerForm()->addPullSecret(u"regcred"_s));
    QVERIFY2(page.currentDocument()->text().contains("imagePullSecrets:\n    - name: regcred\n"),
             page.currentDocument()->text().constData());
    QListWidget *secrets = page.containerForm()->pullSecrets();
    QTRY_COMPARE(secrets->item(0)->text(), u"regcred"_s); // once the text is read again
    QCOMPARE(secrets->count(), 1);
    // Already listed: nothing to add.
    QVERIFY(!page.containerForm()->addPullSecret(u"regcred"_s));
    QVERIFY(page.containerForm()->addPullSecret(u"second"_s));
    QTRY_COMPARE(secrets->count(), 2);
    // The missing Secrets are findings now.
    QTRY_VERIFY(page.findingModel()->rowCount() > 0);
}

void TestWorkspace::templatesLintClean_data()
{
    QTest::addColumn<QString>("id");
    const auto all = WorkspaceTemplates::all();
    QCOMPARE(all.size(), 5);
    for (const WorkspaceTemplates::Template &t : all)
        QTest::newRow(qPrintable(t.id)) << t.id;
    QTest::newRow("unknown id") << u"../etc/passwd"_s;
}

void TestWorkspace::templatesLintClean()
{
    QFETCH(QString, id);
    const QByteArray text = WorkspaceTemplates::text(id);
    if (id.contains(u'/')) {
        QVERIFY(text.isEmpty());
        return;
    }
    QVERIFY(!text.isEmpty());
    // A fixture, not the event loop: it may block the test's GUI thread.
    const ThreadCheck::AllowBlocking fixture;
    KubeWorkspace ws;
    ws.addFile(KubeReader::read(text, id + u".yaml"_s));
    QVERIFY(ws.files().first().errors.isEmpty());
    QVERIFY(!ws.podObjects().isEmpty());
    // Only infos (a tag that could be pinned) are expected.
    for (const Finding &f : KubeLinter::lint(ws)) {
        QVERIFY2(f.severity == Finding::Severity::Info,
                 qPrintable(u"%1: %2 [%3]"_s.arg(f.at.toString(), f.message, f.rule)));
    }
    // And the page opens it as a new, unsaved document.
    WorkspacePage page(m_settings.get());
    QVERIFY(page.newFromTemplate(id));
    QCOMPARE(page.currentDocument()->text(), text);
    QVERIFY(page.currentDocument()->path().isEmpty());
    QTRY_VERIFY(!page.isBusy());
    QCOMPARE(page.findingModel()->count(Finding::Severity::Error), 0);
}

void TestWorkspace::highlighterAndGutterDoNotTouchTheText()
{
    // Highlighting, underlines and the gutter are decoration: the bytes stay the file's own,
    // including no-break spaces that QTextDocument::toPlainText() would turn into spaces.
    const QByteArray odd =
        "# caf\xc3\xa9\xc2\xa0x\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n"
        "  annotations:\n    note: |\n      # not a comment\n      text\n"
        "spec:\n  containers:\n  - name: a\n    image: nginx\n";
    writeFile(podPath(), odd);
    WorkspacePage page(m_settings.get());
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openAndWait(page, podPath()));
    QCOMPARE(page.currentDocument()->text(), odd);
    QVERIFY(!page.currentDocument()->isModified());
    QVERIFY(page.editor()->grab().width() > 0);
}

void TestWorkspace::highlighting_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("kind"); // key, string, literal, comment, anchor, marker, none

    QTest::newRow("key") << u"  image: nginx"_s << u"image"_s << u"key"_s;
    QTest::newRow("key in a sequence") << u"  - name: web"_s << u"name"_s << u"key"_s;
    QTest::newRow("quoted value") << u"  image: \"nginx:1.27\""_s << u"\"nginx:1.27\""_s
                                  << u"string"_s;
    QTest::newRow("number") << u"  replicas: 3"_s << u"3"_s << u"literal"_s;
    QTest::newRow("bool") << u"  hostNetwork: true"_s << u"true"_s << u"literal"_s;
    QTest::newRow("comment") << u"  image: nginx # pinned later"_s << u"# pinned later"_s
                             << u"comment"_s;
    QTest::newRow("hash inside quotes is no comment")
        << u"  note: \"a # b\""_s << u"# b"_s << u"string"_s;
    QTest::newRow("hash inside a word is no comment") << u"  tag: a#b"_s << u"#b"_s << u"none"_s;
    QTest::newRow("anchor") << u"  base: &defaults"_s << u"&defaults"_s << u"anchor"_s;
    QTest::newRow("alias") << u"  <<: *defaults"_s << u"*defaults"_s << u"anchor"_s;
    QTest::newRow("document marker") << u"---"_s << u"---"_s << u"marker"_s;
    QTest::newRow("block scalar body")
        << u"    # not a comment"_s << u"# not a comment"_s << u"string"_s;
}

void TestWorkspace::highlighting()
{
    QFETCH(QString, line);
    QFETCH(QString, token);
    QFETCH(QString, kind);
    QTextDocument document;
    // The line under test follows an opening block scalar only in the "body" row.
    const bool body = QString::fromLatin1(QTest::currentDataTag()).contains(u"body"_s);
    document.setPlainText((body ? u"  script: |\n"_s : u"kind: Pod\n"_s) + line);
    QTextDocument reference;
    reference.setPlainText(u"key: \"s\" 1 # c\n---\nx: &a\n"_s);
    (new YamlHighlighter(&reference, false))->rehighlight();
    (new YamlHighlighter(&document, false))->rehighlight();
    const auto formatAt = [](const QTextBlock &block, int column) {
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (column >= r.start && column < r.start + r.length)
                return r.format;
        }
        return QTextCharFormat();
    };
    // The colours each kind gets, read from a reference document.
    const QTextBlock ref = reference.firstBlock();
    const QHash<QString, QTextCharFormat> kinds{
        {u"key"_s, formatAt(ref, 0)},
        {u"string"_s, formatAt(ref, 5)},
        {u"literal"_s, formatAt(ref, 9)},
        {u"comment"_s, formatAt(ref, 11)},
        {u"marker"_s, formatAt(ref.next(), 0)},
        {u"anchor"_s, formatAt(ref.next().next(), 3)},
        {u"none"_s, QTextCharFormat()},
    };
    QVERIFY(kinds.value(u"key"_s).foreground() != kinds.value(u"string"_s).foreground());
    const QTextBlock block = document.lastBlock();
    const int column = int(line.indexOf(token));
    QVERIFY(column >= 0);
    for (int i = column; i < column + token.size(); ++i) {
        QCOMPARE(formatAt(block, i).foreground().color().name(),
                 kinds.value(kind).foreground().color().name());
    }
}

void TestWorkspace::saveIsAtomicAndKeepsLineEndings()
{
    QByteArray crlf = kPod;
    crlf.replace("\n", "\r\n");
    writeFile(podPath(), crlf);
    const quint64 before = inodeOf(podPath());
    QVERIFY(before != 0);
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    page.containerForm()->model()->setData(
        page.containerForm()->model()->index(0, ContainerTableModel::ImageColumn),
        u"nginx:1.27"_s);
    QVERIFY(page.currentDocument()->isModified());
    QVERIFY(page.saveCurrent());
    QVERIFY(!page.currentDocument()->isModified());
    QByteArray expected = crlf;
    expected.replace("image: nginx #", "image: nginx:1.27 #");
    QCOMPARE(readFile(podPath()), expected);
    // Written beside and renamed over the old file (QSaveFile), never rewritten in place.
    QVERIFY(inodeOf(podPath()) != before);
    // And no temporary file is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList({u"pod*"_s, u".pod*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"pod.yaml"_s});
}

void TestWorkspace::saveFailureKeepsTheOldFile()
{
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    page.editor()->appendPlainText(u"# more"_s);
    // A path whose directory does not exist cannot be written; the document stays modified.
    const QString impossible = m_dir->filePath(u"no/such/dir/pod.yaml"_s);
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    QVERIFY(!page.saveCurrentAs(impossible));
    QVERIFY(page.currentDocument()->isModified());
    QCOMPARE(page.currentDocument()->path(), podPath());
    QCOMPARE(readFile(podPath()), kPod);
    QVERIFY(!QFile::exists(impossible));
}

void TestWorkspace::untitledSaveAs()
{
    WorkspacePage page(m_settings.get());
    page.show();
    WorkspaceDocument *document = page.newFromTemplate(u"pod-always"_s);
    QVERIFY(document);
    QVERIFY(document->displayName().startsWith(u"Untitled-"_s));
    QVERIFY(page.files().isEmpty());
    const QString target = m_dir->filePath(u"worker.yaml"_s);
    QVERIFY(page.saveCurrentAs(target));
    QCOMPARE(readFile(target), WorkspaceTemplates::text(u"pod-always"_s));
    QCOMPARE(page.files(), QStringList{target});
    QCOMPARE(document->displayName(), u"worker.yaml"_s);
    // Findings now name the saved file (once linted again).
    QTRY_VERIFY(!page.isBusy());
    for (const Finding &f : page.findingModel()->findings())
        QCOMPARE(f.at.file, target);
}

void TestWorkspace::unsavedChangesQuestion()
{
    WorkspacePage page(m_settings.get());
    page.show();
    QVERIFY(openAndWait(page, podPath()));
    page.editor()->appendPlainText(u"# edited"_s);
    int asked = 0;
    int answer = QMessageBox::Cancel;
    page.setSavePrompt([&](WorkspaceDocument *) {
        ++asked;
        return answer;
    });
    QVERIFY(!page.closeDocument(0));
    QVERIFY(!page.confirmClose());
    QCOMPARE(page.documents().size(), 1);
    answer = QMessageBox::Save;
    QVERIFY(page.confirmClose());
    QVERIFY(readFile(podPath()).endsWith("# edited\n") || readFile(podPath()).endsWith("# edited"));
    page.editor()->appendPlainText(u"# again"_s);
    answer = QMessageBox::Discard;
    QVERIFY(page.closeDocument(0));
    QCOMPARE(asked, 4);
    QVERIFY(!readFile(podPath()).contains("# again"));
    QVERIFY(page.documents().isEmpty());
}

void TestWorkspace::reopensLastSession()
{
    const QString second = m_dir->filePath(u"second.yaml"_s);
    writeFile(second, "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n");
    {
        WorkspacePage page(m_settings.get());
        page.addFiles({podPath(), second});
        QTRY_COMPARE(page.documents().size(), 2);
        page.newDocument("kind: Pod\n"); // unsaved documents are not remembered
    }
    QFile::remove(second);
    WorkspacePage again(m_settings.get());
    QTRY_COMPARE(again.files(), QStringList{podPath()}); // files that have gone are dropped
    auto *list = again.findChild<QListWidget *>(u"workspaceFiles"_s);
    QTRY_COMPARE(list->count(), 1);
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
