// SPDX-License-Identifier: GPL-3.0-or-later
// The Inspector, offscreen, fed canned results: every tab filled, attestations marked, inline
// errors, and the copy buttons' clipboard text.
#include "model/registry/imageconfig.h"
#include "model/registry/inspectjob.h"
#include "model/registry/manifest.h"
#include "ui/inspector/inspectorwidget.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

namespace {
QString hex(char c)
{
    return QString(64, QLatin1Char(c));
}

QByteArray imageManifestJson()
{
    return QStringLiteral(
               R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",)"
               R"("config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%1","size":500},)"
               R"("layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:%2","size":1000},)"
               R"({"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:%3","size":2000}]})")
        .arg(hex('c'), hex('1'), hex('2'))
        .toUtf8();
}

QByteArray indexJson()
{
    return QStringLiteral(
               R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[)"
               R"({"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%1","size":400,)"
               R"("platform":{"os":"linux","architecture":"amd64"}},)"
               R"({"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%2","size":401,)"
               R"("platform":{"os":"linux","architecture":"arm64"}},)"
               R"({"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%3","size":402,)"
               R"("platform":{"os":"unknown","architecture":"unknown"},)"
               R"("annotations":{"vnd.docker.reference.type":"attestation-manifest","vnd.docker.reference.digest":"sha256:%1"}}]})")
        .arg(hex('a'), hex('b'), hex('d'))
        .toUtf8();
}

QByteArray configJson()
{
    return R"({"architecture":"amd64","os":"linux","created":"2024-03-01T10:00:00Z",
              "config":{"User":"app","Env":["PATH=/usr/bin","MODE=prod"],"Entrypoint":["/bin/app"],
              "Cmd":["--port","8080"],"ExposedPorts":{"8080/tcp":{}},"Labels":{"team":"infra"}},
              "rootfs":{"type":"layers","diff_ids":["sha256:aa","sha256:bb"]},
              "history":[{"created_by":"ADD rootfs.tar /"},{"created_by":"ENV MODE=prod","empty_layer":true},
                         {"created_by":"COPY app /bin/app"}]})";
}

InspectResult cannedResult()
{
    InspectResult r;
    r.reference = *ImageReference::parse(QStringLiteral("registry.example:5000/team/app:1.2"));
    r.top = *Manifest::parse(indexJson(),
                             QStringLiteral("application/vnd.oci.image.index.v1+json"),
                             QStringLiteral("t"));
    r.manifest = *Manifest::parse(imageManifestJson(),
                                  QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
                                  QStringLiteral("t"));
    for (const Descriptor &d : r.top.manifests())
        r.platforms.append({d.platform, d.digest, d.size, d.mediaType, d.isAttestation()});
    r.chosenPlatform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
    r.configRaw = configJson();
    r.config = *ImageConfig::parse(r.configRaw, QStringLiteral("t"));
    return r;
}
} // namespace

class TestInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholderUntilSomethingIsShown();
    void everyTabFilled();
    void copyButtonsPutReferencesOnTheClipboard();
    void knownDigestShownBeforeTheInspection();
    void errorsInline();
    void referrers();
};

void TestInspector::placeholderUntilSomethingIsShown()
{
    InspectorWidget w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("inspectorPlaceholder"))->isVisible());
    QVERIFY(!w.tabs()->isVisible());
    QVERIFY(!w.isBusy());
}

void TestInspector::everyTabFilled()
{
    InspectorWidget w;
    w.resize(900, 600);
    w.show();
    const InspectResult r = cannedResult();
    w.showResult(r);
    QVERIFY(w.tabs()->isVisible());
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("inspectorTitle"))->text(),
             QStringLiteral("registry.example:5000/team/app:1.2"));
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("overviewDigest"))->text(),
             r.top.digest().toString());
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("overviewMediaType"))->text(),
             QStringLiteral("application/vnd.oci.image.index.v1+json"));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("overviewPlatform"))
                ->text()
                .contains(QStringLiteral("linux/amd64")));
    QVERIFY(!w.findChild<QLabel *>(QStringLiteral("overviewRateLimit"))->text().isEmpty());

    // Every platform with its own digest, the attestation marked as such.
    auto *platforms = w.findChild<QTreeWidget *>(QStringLiteral("platformsTree"));
    QCOMPARE(platforms->topLevelItemCount(), 3);
    QCOMPARE(platforms->topLevelItem(0)->text(0), QStringLiteral("linux/amd64"));
    QCOMPARE(platforms->topLevelItem(1)->text(0), QStringLiteral("linux/arm64"));
    QCOMPARE(platforms->topLevelItem(1)->data(1, Qt::UserRole).toString(),
             QStringLiteral("sha256:") + hex('b'));
    QCOMPARE(platforms->topLevelItem(2)->text(0), QStringLiteral("attestation"));
    QVERIFY(platforms->topLevelItem(2)->font(0).italic());

    // Layers with the history line that made each (empty_layer entries skipped).
    auto *layers = w.findChild<QTreeWidget *>(QStringLiteral("layersTree"));
    QCOMPARE(layers->topLevelItemCount(), 2);
    QCOMPARE(layers->topLevelItem(0)->text(4), QStringLiteral("ADD rootfs.tar /"));
    QCOMPARE(layers->topLevelItem(1)->text(4), QStringLiteral("COPY app /bin/app"));

    auto *config = w.findChild<QTreeWidget *>(QStringLiteral("configTree"));
    const auto find = [config](const QString &key) -> QTreeWidgetItem * {
        const auto items = config->findItems(key, Qt::MatchExactly, 0);
        return items.isEmpty() ? nullptr : items.first();
    };
    QVERIFY(find(QStringLiteral("User")));
    QCOMPARE(find(QStringLiteral("User"))->text(1), QStringLiteral("app"));
    QCOMPARE(find(QStringLiteral("Entrypoint"))->text(1), QStringLiteral("/bin/app"));
    QCOMPARE(find(QStringLiteral("Command"))->text(1), QStringLiteral("--port 8080"));
    QCOMPARE(find(QStringLiteral("Environment"))->childCount(), 2);
    QCOMPARE(find(QStringLiteral("Exposed ports"))->child(0)->text(1), QStringLiteral("8080/tcp"));
    QCOMPARE(find(QStringLiteral("Labels"))->child(0)->text(1), QStringLiteral("team=infra"));

    // Raw JSON: the index, the chosen manifest and the config.
    auto *raw = w.findChild<QPlainTextEdit *>(QStringLiteral("rawJson"));
    QVERIFY(raw->toPlainText().contains(QStringLiteral("\"manifests\"")));
    auto *choice = w.findChild<QComboBox *>(QStringLiteral("rawChoice"));
    QCOMPARE(choice->count(), 3);
    choice->setCurrentIndex(2);
    QVERIFY(raw->toPlainText().contains(QStringLiteral("\"Entrypoint\"")));
}

void TestInspector::copyButtonsPutReferencesOnTheClipboard()
{
    InspectorWidget w;
    w.show();
    QSignalSpy copied(&w, &InspectorWidget::copied);
    const InspectResult r = cannedResult();
    w.showResult(r);
    QApplication::clipboard()->clear();
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("copyReferenceButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("registry.example:5000/team/app:1.2"));
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("copyPinnedButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("registry.example:5000/team/app@") + r.top.digest().toString());
    QCOMPARE(copied.count(), 2);
}

void TestInspector::knownDigestShownBeforeTheInspection()
{
    InspectorWidget w; // no client: the inspection itself fails, inline
    w.show();
    const Digest digest = *Digest::parse(QStringLiteral("sha256:") + hex('e'));
    w.inspect(*ImageReference::parse(QStringLiteral("registry.example/app:2")), digest);
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("overviewDigest"))->text(), digest.toString());
    auto *pinned = w.findChild<QPushButton *>(QStringLiteral("copyPinnedButton"));
    QVERIFY(pinned->isEnabled());
    QTest::mouseClick(pinned, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("registry.example/app@") + digest.toString());
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("inspectorError"))->isVisible());

    // Without a digest, pinning is not offered.
    w.inspect(*ImageReference::parse(QStringLiteral("registry.example/app:3")));
    QVERIFY(!pinned->isEnabled());
}

void TestInspector::errorsInline()
{
    InspectorWidget w;
    w.show();
    w.inspect(*ImageReference::parse(QStringLiteral("registry.example/app:1")));
    w.showError(Error(ErrorCode::NotFound,
                      QStringLiteral("manifest unknown: app:1 is not in registry.example")));
    auto *error = w.findChild<QLabel *>(QStringLiteral("inspectorError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("manifest unknown: app:1 is not in registry.example"));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // A result afterwards hides it.
    w.showResult(cannedResult());
    QVERIFY(!error->isVisible());
    w.clear();
    QVERIFY(w.reference().isEmpty());
    QVERIFY(w.pinnedReference().isEmpty());
}

void TestInspector::referrers()
{
    InspectorWidget w;
    w.show();
    w.showResult(cannedResult());
    Descriptor sbom;
    sbom.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    sbom.artifactType = QStringLiteral("application/spdx+json");
    sbom.digest = *Digest::parse(QStringLiteral("sha256:") + hex('f'));
    sbom.size = 321;
    w.showReferrers(QList<Descriptor>{sbom}, true);
    auto *tree = w.findChild<QTreeWidget *>(QStringLiteral("referrersTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("application/spdx+json"));
    auto *note = w.findChild<QLabel *>(QStringLiteral("referrersNote"));
    QVERIFY(note->text().contains(QStringLiteral("tag")));
    w.showReferrers(Error(ErrorCode::Denied, QStringLiteral("denied: no pull access")), false);
    QCOMPARE(tree->topLevelItemCount(), 0);
    QCOMPARE(note->text(), QStringLiteral("denied: no pull access"));
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
