// SPDX-License-Identifier: GPL-3.0-or-later
// The pull engine (PullJob, BlobFetchJob, ContentStore) against a real token-mode registry behind
// FaultyProxy (issue 4): cut, truncated and corrupted bodies, 5xx, 429, stalls, 404, a job
// destroyed mid-transfer, two pulls of one image at once, and a 64 MiB layer. Every case checks
// the outcome and that the store is clean: every file under blobs/ hashes to its name,
// index.json parses, and it names the image only when the pull succeeded. Every wait is bounded.
#include "cannedhttpserver.h"
#include "faultyproxy.h"
#include "lab.h"
#include "labseeder.h"
#include "model/cache/contentstore.h"
#include "model/core/realclock.h"
#include "model/pull/blobfetchjob.h"
#include "model/pull/pulljob.h"
#include "model/registry/registryclient.h"
#include "ocilayoutwriter.h"
#include "skopeo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {
constexpr int kPullTimeoutMs = 60'000;
constexpr qint64 kLayerSize = 4 * 1024 * 1024; // random bytes; gzip leaves them about as big
constexpr qint64 kBigLayerSize = 64 * 1024 * 1024;
constexpr int kMaxAttempts = 3;

// Short delays so retries cost milliseconds, not seconds.
RetryPolicy fastRetry()
{
    RetryPolicy p;
    p.maxAttempts = kMaxAttempts;
    p.initialDelayMs = 50;
    p.maxDelayMs = 200;
    return p;
}

// A kB figure from a /proc/self/status line ("VmHWM:   12345 kB"); -1 when absent.
qint64 procStatusKb(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
} // namespace

class TestPullFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void cutMidBlobResumesWithRange();
    void registryIgnoresRange();
    void flippedByte_data();
    void flippedByte();
    void truncatedBody_data();
    void truncatedBody();
    void serverErrors_data();
    void serverErrors();
    void tooManyRequestsWaitsRetryAfter();
    void stallBeyondTransferTimeout();
    void missingBlobFailsAtOnce();
    void completePartialIsCommittedWithoutARequest();
    void cancelWhileTheServerIsSilent();
    void destroyedMidTransferResumesFromPartial();
    void twoPullsOfOneImageDownloadEachBlobOnce();
    void memoryStaysBounded();

private:
    struct Outcome
    {
        Result<PullResult> result = PullResult();
        QList<BlobProgress> blobs;
        QStringList layerRetryNotes; // every retry reason the fault layer went through
    };

    std::unique_ptr<RegistryClient> makeClient() const;
    // The retry policy of these tests, and the global row's way of reading blobs.
    static PullOptions pullOptions();
    // Pulls ref (a "demo/..." path) through the proxy into store and waits (bounded).
    Outcome pull(ContentStore &store,
                 const QString &repositoryAndTag,
                 RegistryClient *client = nullptr) const;

    QString proxied(const QString &repositoryAndTag) const
    {
        return m_proxy->hostPort() + QLatin1Char('/') + repositoryAndTag;
    }

    // The request-target regex of GET /v2/.../blobs/<digest>.
    static QString blobTarget(const QString &digest)
    {
        return QStringLiteral("/blobs/") + QRegularExpression::escape(digest) + QLatin1Char('$');
    }

    QList<FaultyProxy::Record> layerGets() const
    {
        return m_proxy->requestsMatching(blobTarget(m_layer.digest), "GET");
    }

    // Problems with the store: blobs whose content does not hash to their name, an index.json
    // that does not parse, entries other than expectedRefs, partials left after a success.
    QStringList storeProblems(const ContentStore &store,
                              const QStringList &expectedRefs,
                              bool expectNoPartials) const;
    // skopeo reads the image back out of the store (it verifies every blob's digest).
    QString skopeoCopyProblem(const ContentStore &store, const QString &ref) const;

    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<FaultyProxy> m_proxy;
    QTemporaryDir m_layoutDir;
    QTemporaryDir m_storeDir;
    QByteArray m_layerBytes;
    ImageInfo m_image; // demo/faults:1.0 and :2.0
    LayerInfo m_layer; // its one big layer
    ImageInfo m_big; // demo/big:1.0
    QNetworkAccessManager m_network;
    RealClock m_clock;
    int m_storeNumber = 0;
};

// Every case twice: blobs of 1 MiB and more on connections of their own (BlobStream, the
// default) and everything through QNetworkAccessManager (RegistryRequest's body sink).
void TestPullFaults::initTestCase_data()
{
    QTest::addColumn<bool>("directStreams");
    QTest::newRow("own connections") << true;
    QTest::newRow("qt network") << false;
}

PullOptions TestPullFaults::pullOptions()
{
    QFETCH_GLOBAL(bool, directStreams);
    PullOptions options;
    options.retry = fastRetry();
    options.directStreams = directStreams;
    return options;
}

void TestPullFaults::initTestCase()
{
    QVERIFY(m_layoutDir.isValid());
    QVERIFY(m_storeDir.isValid());
    m_lab = std::make_unique<Lab>(RegistryProcess::Mode::Token);
    const Result<void> started = m_lab->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));

    // demo/faults: one 4 MiB layer, large enough that a cut lands mid-body; demo/big: 64 MiB.
    OciLayoutWriter writer(m_layoutDir.path());
    QVERIFY(writer.create());
    ImageSpec spec;
    LayerSpec layer;
    layer.seed = 4242;
    layer.randomBytes = kLayerSize;
    layer.gzipLevel = 1;
    spec.layers << layer;
    spec.cmd = {QStringLiteral("sh")};
    const Result<ImageInfo> image = writer.writeImage(spec);
    QVERIFY2(image, qPrintable(image ? QString() : image.error().message));
    m_image = *image;
    m_layer = m_image.layers.first();
    QVERIFY(writer.addReference(m_image.manifest, QStringLiteral("faults")));

    ImageSpec bigSpec;
    LayerSpec bigLayer;
    bigLayer.seed = 6464;
    bigLayer.randomBytes = kBigLayerSize;
    bigLayer.gzipLevel = 1;
    bigSpec.layers << bigLayer;
    const Result<ImageInfo> big = writer.writeImage(bigSpec);
    QVERIFY2(big, qPrintable(big ? QString() : big.error().message));
    m_big = *big;
    QVERIFY(writer.addReference(m_big.manifest, QStringLiteral("big")));

    LabSeeder seeder(m_lab->registry());
    for (const QString &tag : {QStringLiteral("1.0"), QStringLiteral("2.0")}) {
        const Result<void> pushed = seeder.copy(writer.path(),
                                                QStringLiteral("faults"),
                                                QStringLiteral("demo/faults"),
                                                tag);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
    }
    const Result<void> pushedBig = seeder.copy(writer.path(),
                                               QStringLiteral("big"),
                                               QStringLiteral("demo/big"),
                                               QStringLiteral("1.0"));
    QVERIFY2(pushedBig, qPrintable(pushedBig ? QString() : pushedBig.error().message));

    QFile layerFile(writer.blobPath(m_layer.digest));
    QVERIFY(layerFile.open(QIODevice::ReadOnly));
    m_layerBytes = layerFile.readAll();
    QCOMPARE(m_layerBytes.size(), m_layer.size);
    QVERIFY(m_layer.size > 3 * 1024 * 1024);

    m_proxy = std::make_unique<FaultyProxy>(m_lab->registry().url());
    const Result<void> listening = m_proxy->start();
    QVERIFY2(listening, qPrintable(listening ? QString() : listening.error().message));
}

void TestPullFaults::init()
{
    ++m_storeNumber;
}

void TestPullFaults::cleanup()
{
    m_proxy->clearRules();
    m_proxy->clearRequests();
    m_network.clearConnectionCache();
}

std::unique_ptr<RegistryClient> TestPullFaults::makeClient() const
{
    auto client = std::make_unique<RegistryClient>(const_cast<QNetworkAccessManager *>(&m_network),
                                                   const_cast<RealClock *>(&m_clock));
    client->setCredentialSources(CredentialSources()); // demo/* is anonymous in the lab
    return client;
}

TestPullFaults::Outcome TestPullFaults::pull(ContentStore &store,
                                             const QString &repositoryAndTag,
                                             RegistryClient *client) const
{
    Outcome out;
    std::unique_ptr<RegistryClient> own;
    if (!client) {
        own = makeClient();
        client = own.get();
    }
    auto reference = ImageReference::parseNormalized(proxied(repositoryAndTag));
    if (!reference) {
        out.result = reference.error();
        return out;
    }
    const PullOptions options = pullOptions();
    PullJob job(client, &store, *reference, options);
    connect(&job, &PullJob::blobChanged, &job, [&](int index) {
        const BlobProgress &b = job.blobs().at(index);
        if (b.descriptor.digest.toString() == m_layer.digest
            && b.state == BlobProgress::State::Retrying)
            out.layerRetryNotes << b.note;
    });
    QSignalSpy finished(&job, &PullJob::finished);
    job.start();
    if (!finished.wait(kPullTimeoutMs) && finished.isEmpty()) {
        out.result = Error(ErrorCode::Timeout, QStringLiteral("the pull did not finish in time"));
        return out;
    }
    out.result = job.result();
    out.blobs = job.blobs();
    if (!out.result)
        qInfo().noquote() << Error::codeName(out.result.error().code) << out.result.error().message;
    return out;
}

QStringList TestPullFaults::storeProblems(const ContentStore &store,
                                          const QStringList &expectedRefs,
                                          bool expectNoPartials) const
{
    QStringList problems;
    QDirIterator blobs(store.root() + QStringLiteral("/blobs"),
                       QDir::Files,
                       QDirIterator::Subdirectories);
    while (blobs.hasNext()) {
        const QString path = blobs.next();
        const QFileInfo info(path);
        const QString algorithm = info.dir().dirName();
        if (algorithm != QLatin1String("sha256")) {
            problems << QStringLiteral("unexpected algorithm folder: ") + path;
            continue;
        }
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)) {
            problems << QStringLiteral("unreadable blob: ") + path;
            continue;
        }
        if (QString::fromLatin1(hash.result().toHex()) != info.fileName())
            problems << QStringLiteral("blob does not hash to its name: ") + path;
    }
    QFile indexFile(store.root() + QStringLiteral("/index.json"));
    if (!indexFile.open(QIODevice::ReadOnly)) {
        problems << QStringLiteral("no index.json");
        return problems;
    }
    QJsonParseError error;
    const QJsonDocument index = QJsonDocument::fromJson(indexFile.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !index.isObject()) {
        problems << QStringLiteral("index.json does not parse: ") + error.errorString();
        return problems;
    }
    QStringList refs;
    for (const QJsonValue &entry : index.object().value(QStringLiteral("manifests")).toArray()) {
        const QJsonObject o = entry.toObject();
        refs << o.value(QStringLiteral("annotations"))
                    .toObject()
                    .value(QStringLiteral("org.opencontainers.image.ref.name"))
                    .toString();
        const auto digest = Digest::parse(o.value(QStringLiteral("digest")).toString());
        if (!digest || !store.hasBlob(*digest))
            problems << QStringLiteral("index.json names a manifest the store lacks: ")
                    + o.value(QStringLiteral("digest")).toString();
    }
    QStringList expected = expectedRefs;
    expected.sort();
    refs.sort();
    if (refs != expected)
        problems << QStringLiteral("index.json names [%1], expected [%2]")
                        .arg(refs.join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")));
    if (expectNoPartials) {
        const QStringList partials = QDir(store.root() + QStringLiteral("/ingest"))
                                         .entryList({QStringLiteral("*.partial")}, QDir::Files);
        if (!partials.isEmpty())
            problems << QStringLiteral("partials left after a success: ")
                    + partials.join(QStringLiteral(", "));
    }
    return problems;
}

QString TestPullFaults::skopeoCopyProblem(const ContentStore &store, const QString &ref) const
{
    QTemporaryDir out;
    Skopeo skopeo;
    const Skopeo::Run copied = skopeo.run({QStringLiteral("copy"),
                                           QStringLiteral("oci:%1:%2").arg(store.root(), ref),
                                           QStringLiteral("oci:%1:copy").arg(out.path())});
    return copied.ok() ? QString() : copied.describe();
}

// The connection is cut after 60% of the layer: the second request resumes with Range from
// where the bytes stopped, so well under 1.5x the layer crosses the wire (a restart from zero
// would cost 1.6x).
void TestPullFaults::cutMidBlobResumesWithRange()
{
    const qint64 cut = m_layer.size * 6 / 10;
    m_proxy->addRule(FaultyProxy::Rule::nth(1,
                                            "GET",
                                            blobTarget(m_layer.digest),
                                            FaultyProxy::Fault::cutAfter(cut)));
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    const Outcome o = pull(store, QStringLiteral("demo/faults:1.0"));
    QVERIFY2(o.result, qPrintable(o.result ? QString() : o.result.error().message));
    QCOMPARE(o.layerRetryNotes.size(), 1);

    const QList<FaultyProxy::Record> gets = layerGets();
    QCOMPARE(gets.size(), 2);
    // The row's path took the layer: a BlobStream asks to close its connection after the blob.
    QFETCH_GLOBAL(bool, directStreams);
    QCOMPARE(gets.at(0).headers.value("connection").toLower() == "close", directStreams);
    QCOMPARE(gets.at(1).headers.value("connection").toLower() == "close", directStreams);
    QVERIFY(!gets.at(0).headers.contains("range"));
    QCOMPARE(gets.at(0).bodyBytesSent, cut);
    const QByteArray range = gets.at(1).headers.value("range");
    QVERIFY2(range.startsWith("bytes=") && range.endsWith('-'), range.constData());
    const qint64 from = range.mid(6, range.size() - 7).toLongLong();
    QVERIFY2(from > 0 && from <= cut, range.constData());
    QCOMPARE(gets.at(1).status, 206);
    const qint64 onTheWire = gets.at(0).bodyBytesSent + gets.at(1).bodyBytesSent;
    QVERIFY2(onTheWire < m_layer.size * 3 / 2,
             qPrintable(
                 QStringLiteral("%1 bytes for a %2-byte layer").arg(onTheWire).arg(m_layer.size)));
    QVERIFY(o.result->downloadedBytes < o.result->totalBytes * 3 / 2);

    const QString ref = proxied(QStringLiteral("demo/faults:1.0"));
    const QStringList problems = storeProblems(store, {ref}, true);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString copy = skopeoCopyProblem(store, ref);
    QVERIFY2(copy.isEmpty(), qPrintable(copy));
}

// The resume gets a 200 with the whole blob (a registry or CDN that ignores Range): the writer
// must start over rather than append the whole blob to the partial.
void TestPullFaults::registryIgnoresRange()
{
    m_proxy->addRule(FaultyProxy::Rule::nth(1,
                                            "GET",
                                            blobTarget(m_layer.digest),
                                            FaultyProxy::Fault::cutAfter(m_layer.size / 2)));
    m_proxy->addRule(FaultyProxy::Rule::nth(
        1,
        "GET",
        blobTarget(m_layer.digest),
        FaultyProxy::Fault::answer(200, m_layerBytes, "application/octet-stream")));
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    const Outcome o = pull(store, QStringLiteral("demo/faults:1.0"));
    QVERIFY2(o.result, qPrintable(o.result ? QString() : o.result.error().message));

    const QList<FaultyProxy::Record> gets = layerGets();
    QCOMPARE(gets.size(), 2);
    QVERIFY2(gets.at(1).headers.value("range").startsWith("bytes="),
             "the second request should have asked for a range");
    QCOMPARE(gets.at(1).status, 200);
    QCOMPARE(store.blobSize(*Digest::parse(m_layer.digest)), m_layer.size);

    const QString ref = proxied(QStringLiteral("demo/faults:1.0"));
    const QStringList problems = storeProblems(store, {ref}, true);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString copy = skopeoCopyProblem(store, ref);
    QVERIFY2(copy.isEmpty(), qPrintable(copy));
}

void TestPullFaults::flippedByte_data()
{
    QTest::addColumn<bool>("everyAttempt");
    QTest::newRow("first attempt only") << false;
    QTest::newRow("every attempt") << true;
}

void TestPullFaults::flippedByte()
{
    QFETCH(bool, everyAttempt);
    const FaultyProxy::Fault flip = FaultyProxy::Fault::flipByte(m_layer.size / 3);
    m_proxy->addRule(everyAttempt
                         ? FaultyProxy::Rule::always("GET", blobTarget(m_layer.digest), flip)
                         : FaultyProxy::Rule::nth(1, "GET", blobTarget(m_layer.digest), flip));
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    const Outcome o = pull(store, QStringLiteral("demo/faults:1.0"));
    const QString ref = proxied(QStringLiteral("demo/faults:1.0"));
    const int gets = layerGets().size();
    if (!everyAttempt) {
        QVERIFY2(o.result, qPrintable(o.result ? QString() : o.result.error().message));
        QCOMPARE(gets, 2);
        // Wrong bytes are not resumed: the second request starts from zero.
        QVERIFY(!layerGets().at(1).headers.contains("range"));
        const QStringList problems = storeProblems(store, {ref}, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QString copy = skopeoCopyProblem(store, ref);
        QVERIFY2(copy.isEmpty(), qPrintable(copy));
        return;
    }
    QVERIFY(!o.result);
    QCOMPARE(o.result.error().code, ErrorCode::DigestMismatch);
    QVERIFY2(o.result.error().message.contains(m_layer.digest),
             qPrintable(o.result.error().message));
    QVERIFY2(gets >= 2 && gets <= kMaxAttempts, qPrintable(QString::number(gets)));
    QVERIFY(!store.hasBlob(*Digest::parse(m_layer.digest)));
    const QStringList problems = storeProblems(store, {}, false);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestPullFaults::truncatedBody_data()
{
    QTest::addColumn<bool>("everyAttempt");
    QTest::newRow("first attempt only") << false;
    QTest::newRow("every attempt") << true;
}

// The server announces and sends fewer bytes than the manifest's size: a complete-looking 200.
void TestPullFaults::truncatedBody()
{
    QFETCH(bool, everyAttempt);
    const FaultyProxy::Fault truncate = FaultyProxy::Fault::truncateWithLength(m_layer.size / 2);
    m_proxy->addRule(everyAttempt
                         ? FaultyProxy::Rule::always("GET", blobTarget(m_layer.digest), truncate)
                         : FaultyProxy::Rule::nth(1, "GET", blobTarget(m_layer.digest), truncate));
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    const Outcome o = pull(store, QStringLiteral("demo/faults:1.0"));
    const QString ref = proxied(QStringLiteral("demo/faults:1.0"));
    const int gets = layerGets().size();
    if (!everyAttempt) {
        QVERIFY2(o.result, qPrintable(o.result ? QString() : o.result.error().message));
        QCOMPARE(gets, 2);
        QCOMPARE(o.layerRetryNotes.size(), 1);
        const QStringList problems = storeProblems(store, {ref}, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QString copy = skopeoCopyProblem(store, ref);
        QVERIFY2(copy.isEmpty(), qPrintable(copy));
        return;
    }
    QVERIFY(!o.result);
    const QString message = o.result.error().message;
    QVERIFY2(message.contains(m_layer.digest), qPrintable(message));
    // Ended early every time: the message says how much of the blob arrived.
    QVERIFY2(message.contains(QStringLiteral("of %1 bytes").arg(m_layer.size)),
             qPrintable(message));
    QVERIFY2(gets >= 2 && gets <= kMaxAttempts, qPrintable(QString::number(gets)));
    QVERIFY(!store.hasBlob(*Digest::parse(m_layer.digest)));
    const QStringList problems = storeProblems(store, {}, false);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestPullFaults::serverErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("everyAttempt");
    QTest::newRow("500 once") << 500 << false;
    QTest::newRow("503 once") << 503 << false;
    QTest::newRow("500 always") << 500 << true;
    QTest::newRow("503 always") << 503 << true;
}

void TestPullFaults::serverErrors()
{
    QFETCH(int, status);
    QFETCH(bool, everyAttempt);
    const FaultyProxy::Fault fault = FaultyProxy::Fault::serverError(status);
    m_proxy->addRule(everyAttempt
                         ? FaultyProxy::Rule::always("GET", blobTarget(m_layer.digest), fault)
                         : FaultyProxy::Rule::nth(1, "GET", blobTarget(m_layer.digest), fault));
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    const Outcome o = pull(store, QStringLiteral("demo/faults:1.0"));
    const QString ref = proxied(QStringLiteral("demo/faults:1.0"));
    const int gets = layerGets().size();
    if (!everyAttempt) {
        QVERIFY2(o.result, qPrintable(o.result ? QString() : o.result.error().message));
        QCOMPARE(gets, 2);
        const QStringList problems = storeProblems(store, {ref}, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QString copy = skopeoCopyProblem(store, ref);
        QVERIFY2(copy.isEmpty(), qPrintable(copy));
        return;
    }
    QVERIFY(!o.result);
    QCOMPARE(o.result.error().code, ErrorCode::Server);
    QCOMPARE(o.result.error().httpStatus, status);
    QCOMPARE(gets, kMaxAttempts);
    // The English source text is "attempt(s)"; the en catalogue makes it "attempts".
    const QString message = o.result.error().message;
    QVERIFY2(message.contains(QStringLiteral("gave up after %1 attempt").arg(kMaxAttempts)),
             qPrintable(message));
    QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
    const QStringList problems = storeProblems(store, {}, false);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// 429 with Retry-After: 1 - the retry waits about a second (not the 50 ms of the policy).
// Arrival times are taken by polling the proxy's records every 2 ms.
void TestPullFaults::tooManyRequestsWaitsRetryAfter()
{
    m_proxy->addRule(FaultyProxy::Rule::nth(1,
                                            "GET",
                                            blobTarget(m_layer.digest),
                                            FaultyProxy::Fault::tooManyRequests(1)));
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    QTimer poll;
    poll.setInterval(2);
    connect(&poll, &QTimer::timeout, this, [&] {
        while (arrivals.size() < layerGets().size())
            arrivals << clock.elapsed();
    });
    poll.start();
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    const Outcome o = pull(store, QStringLiteral("demo/faults:1.0"));
    poll.stop();
    QVERIFY2(o.result, qPrintable(o.result ? QString() : o.result.error().message));
    QCOMPARE(layerGets().size(), 2);
    QCOMPARE(layerGets().at(0).status, 429);
    QCOMPARE(arrivals.size(), 2);
    const qint64 gap = arrivals.at(1) - arrivals.at(0);
    qInfo() << "second request" << gap << "ms after the 429";
    QVERIFY2(gap >= 950 && gap < 5000, qPrintable(QString::number(gap)));

    const QString ref = proxied(QStringLiteral("demo/faults:1.0"));
    const QStringList problems = storeProblems(store, {ref}, true);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The first transfer stops sending for longer than the transfer timeout after 512 KiB: the
// attempt times out, the retry resumes from there and succeeds without waiting out the stall.
void TestPullFaults::stallBeyondTransferTimeout()
{
    constexpr qint64 kBefore = 512 * 1024;
    constexpr int kStallMs = 8000;
    m_proxy->addRule(FaultyProxy::Rule::nth(1,
                                            "GET",
                                            blobTarget(m_layer.digest),
                                            FaultyProxy::Fault::stall(kStallMs, kBefore)));
    auto client = makeClient();
    client->setTransferTimeoutMs(1500);
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    QElapsedTimer elapsed;
    elapsed.start();
    const Outcome o = pull(store, QStringLiteral("demo/faults:1.0"), client.get());
    const qint64 ms = elapsed.elapsed();
    QVERIFY2(o.result, qPrintable(o.result ? QString() : o.result.error().message));
    QCOMPARE(o.layerRetryNotes.size(), 1);
    QVERIFY2(o.layerRetryNotes.first().contains(QLatin1String("did not answer within")),
             qPrintable(o.layerRetryNotes.first()));
    QVERIFY2(ms >= 1400 && ms < kStallMs, qPrintable(QString::number(ms)));
    const QList<FaultyProxy::Record> gets = layerGets();
    QCOMPARE(gets.size(), 2);
    QCOMPARE(gets.at(1).headers.value("range"),
             QByteArray("bytes=" + QByteArray::number(kBefore) + '-'));

    const QString ref = proxied(QStringLiteral("demo/faults:1.0"));
    const QStringList problems = storeProblems(store, {ref}, true);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString copy = skopeoCopyProblem(store, ref);
    QVERIFY2(copy.isEmpty(), qPrintable(copy));
}

// 404 BLOB_UNKNOWN is permanent: one request, no retries, a message naming blob and repository.
// A pull killed after the last byte was written and before the rename left a complete partial:
// the next pull verifies and commits it without asking (bytes=SIZE- would get 416).
void TestPullFaults::completePartialIsCommittedWithoutARequest()
{
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    QVERIFY(store.initialize());
    {
        auto writer = store.openWriter(*Digest::parse(m_layer.digest), m_layer.size);
        QVERIFY(writer);
        QVERIFY((*writer)->write(m_layerBytes.constData(), m_layerBytes.size()));
    } // gone without commit(), as a killed process
    QVERIFY(!store.hasBlob(*Digest::parse(m_layer.digest)));
    const Outcome o = pull(store, QStringLiteral("demo/faults:1.0"));
    QVERIFY2(o.result, qPrintable(o.result ? QString() : o.result.error().message));
    QCOMPARE(layerGets().size(), 0);
    QVERIFY(store.hasBlob(*Digest::parse(m_layer.digest)));
    const QString ref = proxied(QStringLiteral("demo/faults:1.0"));
    const QStringList problems = storeProblems(store, {ref}, true);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// A blob job cancelled while the server has taken the request and says nothing: finished()
// comes at once with Cancelled, not after the transfer timeout (a minute here), and the GUI
// thread is not held (the stream's worker is abandoned, not waited for, before the body).
void TestPullFaults::cancelWhileTheServerIsSilent()
{
    QFETCH_GLOBAL(bool, directStreams);
    CannedHttpServer silent;
    QVERIFY(silent.start());
    auto client = makeClient();
    client->setTransferTimeoutMs(60'000);
    client->rememberScheme(silent.hostPort(), QStringLiteral("http"));
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    QVERIFY(store.initialize());
    Descriptor blob;
    blob.digest = *Digest::parse(m_layer.digest);
    blob.size = m_layer.size;
    BlobFetchJob job(client.get(), &store, silent.hostPort(), QStringLiteral("demo/faults"), blob);
    job.setDirectStreams(directStreams);
    QSignalSpy finished(&job, &BlobFetchJob::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(silent.received().contains("GET /v2/demo/faults/blobs/"), 10'000);
    QElapsedTimer held;
    held.start();
    job.cancel();
    QVERIFY2(held.elapsed() < 5'000, "cancel() held the calling thread");
    QVERIFY(finished.wait(5'000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!job.result());
    QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
}

void TestPullFaults::missingBlobFailsAtOnce()
{
    m_proxy->addRule(FaultyProxy::Rule::always(
        "GET",
        blobTarget(m_layer.digest),
        FaultyProxy::Fault::answer(
            404,
            R"({"errors":[{"code":"BLOB_UNKNOWN","message":"blob unknown to registry"}]})")));
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    const Outcome o = pull(store, QStringLiteral("demo/faults:1.0"));
    QVERIFY(!o.result);
    QCOMPARE(o.result.error().code, ErrorCode::NotFound);
    QCOMPARE(layerGets().size(), 1);
    QVERIFY(o.layerRetryNotes.isEmpty());
    const QString message = o.result.error().message;
    QVERIFY2(message.contains(m_layer.digest.left(19)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("demo/faults")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("gave up")), qPrintable(message));
    const QStringList problems = storeProblems(store, {}, false);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// A kill in the middle, simulated: the job and its client are destroyed while the layer is
// half there (the proxy stalls after 1 MiB). A new job on the same store resumes from the
// partial file with Range and finishes verified.
void TestPullFaults::destroyedMidTransferResumesFromPartial()
{
    constexpr qint64 kBefore = 1024 * 1024;
    m_proxy->addRule(FaultyProxy::Rule::nth(1,
                                            "GET",
                                            blobTarget(m_layer.digest),
                                            FaultyProxy::Fault::stall(30'000, kBefore)));
    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    const QString ref = proxied(QStringLiteral("demo/faults:1.0"));
    {
        auto client = makeClient();
        const PullOptions options = pullOptions();
        auto job = std::make_unique<PullJob>(client.get(),
                                             &store,
                                             *ImageReference::parseNormalized(ref),
                                             options);
        QSignalSpy finished(job.get(), &PullJob::finished);
        job->start();
        const auto layerReceived = [&]() -> qint64 {
            for (const BlobProgress &b : job->blobs()) {
                if (b.descriptor.digest.toString() == m_layer.digest)
                    return b.received;
            }
            return 0;
        };
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return layerReceived() >= kBefore;
                     },
                     20'000),
                 qPrintable(QString::number(layerReceived())));
        QCOMPARE(layerReceived(), kBefore);
        QVERIFY(finished.isEmpty());
        job.reset(); // the "kill": nothing is finished, nothing is cleaned up
        client.reset();
    }
    const QString partial = store.root() + QStringLiteral("/ingest/sha256-") + m_layer.digest.mid(7)
        + QStringLiteral(".partial");
    QVERIFY2(QFileInfo::exists(partial), qPrintable(partial));
    QCOMPARE(QFileInfo(partial).size(), kBefore);
    QVERIFY(!store.hasBlob(*Digest::parse(m_layer.digest)));
    QVERIFY(store.images()->isEmpty());

    const Outcome o = pull(store, QStringLiteral("demo/faults:1.0"));
    QVERIFY2(o.result, qPrintable(o.result ? QString() : o.result.error().message));
    const QList<FaultyProxy::Record> gets = layerGets();
    QCOMPARE(gets.size(), 2);
    QCOMPARE(gets.at(1).headers.value("range"),
             QByteArray("bytes=" + QByteArray::number(kBefore) + '-'));
    QCOMPARE(gets.at(1).bodyBytesSent, m_layer.size - kBefore);
    // The config came whole in the first job and is reused; only the layer's rest is new.
    QCOMPARE(o.result->downloadedBytes, m_layer.size - kBefore);

    const QStringList problems = storeProblems(store, {ref}, true);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString copy = skopeoCopyProblem(store, ref);
    QVERIFY2(copy.isEmpty(), qPrintable(copy));
}

// Two jobs pull :1.0 and :2.0 (same image) into one store at once. The first layer download
// stalls 2 s after 256 KiB, far beyond the retry policy's total delays, so the other job meets
// a download in progress for longer than its retries last: it must wait for it, not download
// the blob a second time, and not fail.
void TestPullFaults::twoPullsOfOneImageDownloadEachBlobOnce()
{
    m_proxy->addRule(FaultyProxy::Rule::nth(1,
                                            "GET",
                                            blobTarget(m_layer.digest),
                                            FaultyProxy::Fault::stall(2000, 256 * 1024)));
    const QString root = m_storeDir.filePath(QString::number(m_storeNumber));
    ContentStore storeA(root);
    ContentStore storeB(root);
    auto clientA = makeClient();
    auto clientB = makeClient();
    const PullOptions options = pullOptions();
    const QString refA = proxied(QStringLiteral("demo/faults:1.0"));
    const QString refB = proxied(QStringLiteral("demo/faults:2.0"));
    PullJob jobA(clientA.get(), &storeA, *ImageReference::parseNormalized(refA), options);
    PullJob jobB(clientB.get(), &storeB, *ImageReference::parseNormalized(refB), options);
    QSignalSpy finishedA(&jobA, &PullJob::finished);
    QSignalSpy finishedB(&jobB, &PullJob::finished);
    jobA.start();
    jobB.start();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !finishedA.isEmpty() && !finishedB.isEmpty();
        },
        kPullTimeoutMs));
    QVERIFY2(jobA.result(), qPrintable(jobA.result() ? QString() : jobA.result().error().message));
    QVERIFY2(jobB.result(), qPrintable(jobB.result() ? QString() : jobB.result().error().message));

    QStringList blobDigests{m_image.config.digest, m_layer.digest};
    for (const QString &digest : std::as_const(blobDigests)) {
        const int gets = m_proxy->requestsMatching(blobTarget(digest), "GET").size();
        QVERIFY2(gets == 1, qPrintable(QStringLiteral("%1 GETs of %2").arg(gets).arg(digest)));
    }
    QCOMPARE(jobA.result()->downloadedBytes + jobB.result()->downloadedBytes,
             m_image.config.size + m_layer.size);

    const QStringList problems = storeProblems(storeA, {refA, refB}, true);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    for (const QString &ref : {refA, refB}) {
        const QString copy = skopeoCopyProblem(storeA, ref);
        QVERIFY2(copy.isEmpty(), qPrintable(copy));
    }
}

// A 64 MiB layer streams through bounded buffers: the peak resident size of this process (the
// proxy, Qt's network buffers, the writer) grows by well under the layer's size.
void TestPullFaults::memoryStaysBounded()
{
    // Linux >= 4.0: writing 5 to clear_refs resets VmHWM to the current RSS, so the peak is
    // this pull's and not one an earlier test left.
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    const bool reset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
    clear.close();
    const qint64 rssBefore = procStatusKb("VmRSS");
    const qint64 hwmBefore = procStatusKb("VmHWM");
    QVERIFY(rssBefore > 0 && hwmBefore > 0);
    const qint64 baseline = reset ? rssBefore : hwmBefore;

    ContentStore store(m_storeDir.filePath(QString::number(m_storeNumber)));
    const Outcome o = pull(store, QStringLiteral("demo/big:1.0"));
    QVERIFY2(o.result, qPrintable(o.result ? QString() : o.result.error().message));
    QCOMPARE(store.blobSize(*Digest::parse(m_big.layers.first().digest)),
             m_big.layers.first().size);
    const qint64 hwmAfter = procStatusKb("VmHWM");
    const qint64 growthKb = hwmAfter - baseline;
    qInfo().noquote() << QStringLiteral(
                             "memory: VmRSS before %1 kB, VmHWM before %2 kB (reset: %3), after %4 "
                             "kB, growth %5 kB for a %6-byte layer")
                             .arg(rssBefore)
                             .arg(hwmBefore)
                             .arg(reset ? QStringLiteral("yes") : QStringLiteral("no"))
                             .arg(hwmAfter)
                             .arg(growthKb)
                             .arg(m_big.layers.first().size);
    QVERIFY2(growthKb < 48 * 1024,
             qPrintable(QStringLiteral("peak RSS grew by %1 kB").arg(growthKb)));

    const QString ref = proxied(QStringLiteral("demo/big:1.0"));
    const QStringList problems = storeProblems(store, {ref}, true);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestPullFaults)
#include "tst_pullfaults.moc"
