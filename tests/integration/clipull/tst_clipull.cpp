// SPDX-License-Identifier: GPL-3.0-or-later
// pullscope-cli pull/images/rmi/gc as a user runs them: the real binary against the lab,
// killed in the middle of a pull and run again, with skopeo reading the result.
#include "model/cache/contentstore.h"
#include "tests/support/faultyproxy.h"
#include "tests/support/lab.h"
#include "tests/support/labseeder.h"
#include "tests/support/ocilayoutwriter.h"
#include "tests/support/skopeo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliPull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pullImagesRmiGc();
    void killedPullResumes();
    void badInput_data();
    void badInput();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs the CLI while this thread's event loop keeps turning (the proxy lives on it).
    Run cli(const QStringList &args, int timeoutMs = 120'000);
    QString storeProblems(const QString &root);

    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<FaultyProxy> m_proxy;
    QTemporaryDir m_layout;
    ImageInfo m_image;
};

void TestCliPull::initTestCase()
{
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Anonymous);
    const auto started = m_lab->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    // One 8 MiB random layer: large enough for a pull to be caught in the middle.
    OciLayoutWriter writer(m_layout.path());
    QVERIFY(writer.create());
    ImageSpec spec;
    LayerSpec layer;
    layer.seed = 77;
    layer.randomBytes = 8 * 1024 * 1024;
    layer.gzipLevel = 1;
    spec.layers << layer;
    const auto image = writer.writeImage(spec);
    QVERIFY(image);
    m_image = *image;
    QVERIFY(writer.addReference(m_image.manifest, QStringLiteral("big")));
    LabSeeder seeder(m_lab->registry());
    const auto pushed = seeder.copy(writer.path(),
                                    QStringLiteral("big"),
                                    QStringLiteral("demo/big"),
                                    QStringLiteral("1.0"));
    QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().message));
    m_proxy = std::make_unique<FaultyProxy>(m_lab->registry().url());
    QVERIFY(m_proxy->start());
}

TestCliPull::Run TestCliPull::cli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI), args);
    Run r;
    if (!p.waitForStarted(10'000))
        return r;
    QElapsedTimer timer;
    timer.start();
    while (p.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCliPull::storeProblems(const QString &root)
{
    QStringList problems;
    const QDir blobs(root + QStringLiteral("/blobs/sha256"));
    for (const QString &name : blobs.entryList(QDir::Files)) {
        QFile f(blobs.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        if (QString::fromLatin1(hash.result().toHex()) != name)
            problems << QStringLiteral("blob %1 does not match its name").arg(name);
    }
    QFile index(root + QStringLiteral("/index.json"));
    if (index.open(QIODevice::ReadOnly) && !QJsonDocument::fromJson(index.readAll()).isObject())
        problems << QStringLiteral("index.json does not parse");
    return problems.join(QLatin1Char('\n'));
}

void TestCliPull::pullImagesRmiGc()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store"));
    const QString ref = m_lab->registry().hostPort() + QStringLiteral("/demo/multiarch:1.0");
    const Run pulled = cli({QStringLiteral("pull"),
                            QStringLiteral("--store"),
                            store,
                            QStringLiteral("--all-platforms"),
                            QStringLiteral("--json"),
                            ref});
    QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
    const QJsonObject result = QJsonDocument::fromJson(pulled.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("digest")).toString(),
             m_lab->images().multiarch.index.digest);
    QCOMPARE(result.value(QStringLiteral("platforms")).toArray().size(), 3);
    QCOMPARE(result.value(QStringLiteral("reference")).toString(), ref);

    // Plain output (not a terminal): one line per blob, then the summary.
    const Run again = cli({QStringLiteral("pull"), QStringLiteral("--store"), store, ref});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("already present")), qPrintable(again.out));
    QVERIFY(
        again.out.contains(QStringLiteral("Digest: ") + m_lab->images().multiarch.index.digest));

    const Run listed =
        cli({QStringLiteral("images"), QStringLiteral("--store"), store, QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray images = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.first().toObject().value(QStringLiteral("reference")).toString(), ref);
    QVERIFY(images.first().toObject().value(QStringLiteral("size")).toDouble() > 0);
    const Run table = cli({QStringLiteral("images"), QStringLiteral("--store"), store});
    QVERIFY(table.out.startsWith(QLatin1String("REFERENCE")));
    QVERIFY(table.out.contains(ref));

    // skopeo reads the store as an OCI layout.
    Skopeo skopeo;
    const auto copied =
        skopeo.run({QStringLiteral("copy"),
                    QStringLiteral("--all"),
                    QStringLiteral("oci:%1:%2").arg(store, ref),
                    QStringLiteral("oci:%1:x").arg(dir.filePath(QStringLiteral("out")))});
    QVERIFY2(copied.ok(), qPrintable(copied.describe()));

    const Run removed = cli({QStringLiteral("rmi"), QStringLiteral("--store"), store, ref});
    QCOMPARE(removed.exitCode, 0);
    const Run gone = cli({QStringLiteral("rmi"), QStringLiteral("--store"), store, ref});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.err.contains(QLatin1String("no image")));
    const Run collected =
        cli({QStringLiteral("gc"), QStringLiteral("--store"), store, QStringLiteral("--json")});
    QCOMPARE(collected.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(collected.out.toUtf8())
                .object()
                .value(QStringLiteral("removedBlobs"))
                .toInt()
            >= 7);
    QVERIFY(QDir(store + QStringLiteral("/blobs/sha256")).entryList(QDir::Files).isEmpty());
}

void TestCliPull::killedPullResumes()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store"));
    const QString ref = m_proxy->hostPort() + QStringLiteral("/demo/big:1.0");
    const LayerInfo layer = m_image.layers.first();
    // The registry (through the proxy) stops sending after 3 MiB of the layer: the CLI waits
    // there with a partial file, and is killed as a user's Ctrl-\ or a crash would.
    m_proxy->clearRules();
    m_proxy->clearRequests();
    const qint64 cut = 3 * 1024 * 1024;
    m_proxy->addRule(FaultyProxy::Rule::nth(1,
                                            "GET",
                                            QStringLiteral("/blobs/") + layer.digest,
                                            FaultyProxy::Fault::stall(60'000, cut)));
    QProcess p;
    p.start(QStringLiteral(PULLSCOPE_CLI),
            {QStringLiteral("pull"), QStringLiteral("--store"), store, ref});
    QVERIFY(p.waitForStarted());
    const QString partial =
        QStringLiteral("%1/ingest/sha256-%2.partial").arg(store, layer.digest.mid(7));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(partial).size() >= cut, 30'000);
    p.kill();
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(QFileInfo(partial).size(), cut);
    QVERIFY(!QFile::exists(QStringLiteral("%1/blobs/sha256/%2").arg(store, layer.digest.mid(7))));
    QCOMPARE(storeProblems(store), QString());

    m_proxy->clearRules();
    const Run resumed = cli(
        {QStringLiteral("pull"), QStringLiteral("--store"), store, QStringLiteral("--json"), ref});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    // The second run asked only for the rest.
    const auto gets = m_proxy->requestsMatching(QStringLiteral("/blobs/") + layer.digest, "GET");
    QVERIFY(gets.size() >= 2);
    QCOMPARE(gets.last().headers.value("range"),
             QByteArray("bytes=") + QByteArray::number(cut) + '-');
    const QJsonObject result = QJsonDocument::fromJson(resumed.out.toUtf8()).object();
    QVERIFY(result.value(QStringLiteral("downloadedBytes")).toDouble()
            < layer.size - cut + 64 * 1024);
    QCOMPARE(storeProblems(store), QString());
    QVERIFY(QFile::exists(QStringLiteral("%1/blobs/sha256/%2").arg(store, layer.digest.mid(7))));
    Skopeo skopeo;
    const auto copied =
        skopeo.run({QStringLiteral("copy"),
                    QStringLiteral("oci:%1:%2").arg(store, ref),
                    QStringLiteral("dir:%1").arg(dir.filePath(QStringLiteral("out")))});
    QVERIFY2(copied.ok(), qPrintable(copied.describe()));
}

void TestCliPull::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no reference") << QStringList{QStringLiteral("pull")} << 2
                                  << QStringLiteral("missing REFERENCE");
    QTest::newRow("invalid reference")
        << QStringList{QStringLiteral("pull"), QStringLiteral("Busy Box")} << 2
        << QStringLiteral("invalid reference format");
    QTest::newRow("bad platform") << QStringList{QStringLiteral("pull"),
                                                 QStringLiteral("--platform"),
                                                 QStringLiteral("linux/"),
                                                 QStringLiteral("busybox")}
                                  << 2 << QStringLiteral("--platform");
    QTest::newRow("platform and all") << QStringList{QStringLiteral("pull"),
                                                     QStringLiteral("--platform"),
                                                     QStringLiteral("linux/arm64"),
                                                     QStringLiteral("--all-platforms"),
                                                     QStringLiteral("busybox")}
                                      << 2 << QStringLiteral("exclude each other");
    QTest::newRow("bad jobs") << QStringList{QStringLiteral("pull"),
                                             QStringLiteral("--jobs"),
                                             QStringLiteral("0"),
                                             QStringLiteral("busybox")}
                              << 2 << QStringLiteral("--jobs");
    QTest::newRow("rmi without name")
        << QStringList{QStringLiteral("rmi")} << 2 << QStringLiteral("missing REFERENCE");
    QTest::newRow("images extra") << QStringList{QStringLiteral("images"), QStringLiteral("x")} << 2
                                  << QStringLiteral("unexpected argument");
}

void TestCliPull::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    args << QStringLiteral("--store") << dir.path();
    const Run r = cli(args, 30'000);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(mention), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliPull)
#include "tst_clipull.moc"
