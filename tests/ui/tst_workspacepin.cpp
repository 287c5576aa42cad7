// SPDX-License-Identifier: GPL-3.0-or-later
// Pin to digest against a real registry (the lab on 127.0.0.1): the quick fix asks the registry
// with a manifest HEAD, then edits the text in one undo step; a missing tag edits nothing.
#include "lab.h"
#include "model/core/realclock.h"
#include "model/items/findingmodel.h"
#include "model/registry/registryclient.h"
#include "tests/support/requiretool.h"
#include "ui/workspace/digestpinner.h"
#include "ui/workspace/workspacedocument.h"
#include "ui/workspace/workspacepage.h"
#include "ui/workspace/yamleditor.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class TestWorkspacePin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pinsToTheServedDigest_data();
    void pinsToTheServedDigest();

private:
    std::unique_ptr<Lab> m_lab;
};

void TestWorkspacePin::initTestCase()
{
    qRegisterMetaType<WorkspaceDocument *>();
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Anonymous);
    const Result<void> started = m_lab->start();
    PULLSCOPE_REQUIRE_TOOL(
        started.has_value(),
        qPrintable(u"lab not available: "_s + (started ? QString() : started.error().message)));
}

void TestWorkspacePin::pinsToTheServedDigest_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<bool>("exists");
    QTest::newRow("tag that exists") << u"library/busybox:1.36"_s << true;
    QTest::newRow("tag that does not") << u"library/busybox:9.99"_s << false;
}

void TestWorkspacePin::pinsToTheServedDigest()
{
    QFETCH(QString, repository);
    QFETCH(bool, exists);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    QNetworkAccessManager network;
    RealClock clock;
    RegistryClient client(&network, &clock);
    WorkspacePage page(&settings);
    page.setRegistryClient(&client);
    const QString image = m_lab->registry().hostPort() + u'/' + repository;
    const QByteArray yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n"
                            "  containers:\n  - name: c\n    image: \""
        + image.toUtf8() + "\" # keep me\n";
    page.newDocument(yaml);
    QTRY_VERIFY(!page.isBusy()); // linted off the GUI thread
    Finding pin;
    QuickFix fix;
    for (const Finding &f : page.findingModel()->findings()) {
        for (const QuickFix &q : f.fixes) {
            if (q.needsDigest) {
                pin = f;
                fix = q;
            }
        }
    }
    QVERIFY2(fix.needsDigest, "no pin-to-digest fix offered");
    QSignalSpy pinned(page.digestPinner(), &DigestPinner::pinned);
    QSignalSpy failed(page.digestPinner(), &DigestPinner::failed);
    page.applyFix(pin, fix);
    QVERIFY(page.digestPinner()->isBusy()); // the GUI thread did not wait
    QTRY_VERIFY_WITH_TIMEOUT(!page.digestPinner()->isBusy(), 20000);
    const QByteArray text = page.currentDocument()->text();
    if (!exists) {
        QCOMPARE(failed.size(), 1);
        QCOMPARE(pinned.size(), 0);
        QCOMPARE(text, yaml);
        return;
    }
    QCOMPARE(pinned.size(), 1);
    const QString digest = m_lab->images().busybox.manifest.digest;
    const QByteArray expected =
        "image: \"" + image.toUtf8() + "@" + digest.toUtf8() + "\" # keep me\n";
    QVERIFY2(text.contains(expected), text.constData());
    page.editor()->undo();
    QCOMPARE(page.currentDocument()->text(), yaml);
}

QTEST_MAIN(TestWorkspacePin)
#include "tst_workspacepin.moc"
