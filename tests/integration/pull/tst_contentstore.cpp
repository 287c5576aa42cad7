// SPDX-License-Identifier: GPL-3.0-or-later
// The content store on its own: verified, atomic blobs; resume; index.json; GC.
#include "model/cache/blobwriter.h"
#include "model/cache/contentstore.h"
#include "model/cache/storelease.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>

class TestContentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initializeMakesALayout();
    void initializeRefusesAForeignIndex();
    void writerVerifiesBeforeCommit();
    void wrongBytesNeverReachBlobs();
    void incompleteIsNotCommittedAndResumes();
    void bigBlobsKeepEveryByte_data();
    void bigBlobsKeepEveryByte();
    void bigBlobResumesAtAnyOffset_data();
    void bigBlobResumesAtAnyOffset();
    void bigBlobGoesOnAfterAnInterruption_data();
    void bigBlobGoesOnAfterAnInterruption();
    void moreThanDeclaredIsRefused();
    void secondWriterIsLockedOut();
    void imagesAddReplaceRemove();
    void garbageCollection();
    void leaseProtectsARunningPull();

private:
    static QJsonObject json(const QString &path);
    static QByteArray pattern(qint64 size);
    static QByteArray fileBytes(const QString &path);
    // Commits and reads the stored blob back: empty when it is data, byte for byte.
    static QString commitProblem(ContentStore &store, BlobWriter &writer, const QByteArray &data);
    // How pieces reach the writer: queued for its pool thread (write), hashed and written on
    // the calling thread (writeHere, as a BlobStream does), or alternately.
    enum class Way { Queued, Here, Mixed };
    // Writes data[from, to) in pieces of the given size.
    static bool writeRange(BlobWriter &writer,
                           const QByteArray &data,
                           qint64 from,
                           qint64 to,
                           qint64 piece,
                           Way way = Way::Queued);
    // Whether the file system of dir takes O_DIRECT (so big blobs must be written with it).
    static bool takesDirectIo(const QString &dir);
};

QByteArray TestContentStore::pattern(qint64 size)
{
    // Not periodic in 4 KiB or 1 MiB, so a block written at the wrong offset shows.
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x);
    }
    return out;
}

QByteArray TestContentStore::fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString
TestContentStore::commitProblem(ContentStore &store, BlobWriter &writer, const QByteArray &data)
{
    if (const auto committed = writer.commit(); !committed)
        return committed.error().message;
    const Digest digest = Digest::sha256Of(data);
    if (store.blobSize(digest) != data.size())
        return QStringLiteral("stored %1 bytes, not %2")
            .arg(store.blobSize(digest))
            .arg(data.size());
    const QByteArray stored = fileBytes(store.blobPath(digest));
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (stored.at(i) != data.at(i))
            return QStringLiteral("the stored blob differs first at byte %1").arg(i);
    }
    return {};
}

bool TestContentStore::writeRange(BlobWriter &writer,
                                  const QByteArray &data,
                                  qint64 from,
                                  qint64 to,
                                  qint64 piece,
                                  Way way)
{
    bool here = way == Way::Here;
    for (qint64 at = from; at < to; at += piece) {
        const qint64 n = std::min(piece, to - at);
        if (!(here ? writer.writeHere(data.constData() + at, n)
                   : writer.write(data.constData() + at, n)))
            return false;
        if (way == Way::Mixed)
            here = !here;
    }
    return true;
}

bool TestContentStore::takesDirectIo(const QString &dir)
{
#if defined(__linux__) && defined(O_DIRECT)
    QFile probe(dir + QStringLiteral("/direct-probe"));
    if (!probe.open(QIODevice::ReadWrite))
        return false;
    const int flags = ::fcntl(probe.handle(), F_GETFL);
    const bool ok = ::fcntl(probe.handle(), F_SETFL, flags | O_DIRECT) == 0;
    probe.remove();
    return ok;
#else
    Q_UNUSED(dir)
    return false;
#endif
}

QJsonObject TestContentStore::json(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void TestContentStore::initializeMakesALayout()
{
    QTemporaryDir dir;
    ContentStore store(dir.filePath(QStringLiteral("store")));
    QVERIFY(store.initialize());
    QCOMPARE(json(store.root() + QStringLiteral("/oci-layout"))
                 .value(QStringLiteral("imageLayoutVersion"))
                 .toString(),
             QStringLiteral("1.0.0"));
    const QJsonObject index = json(store.root() + QStringLiteral("/index.json"));
    QCOMPARE(index.value(QStringLiteral("schemaVersion")).toInt(), 2);
    QVERIFY(index.value(QStringLiteral("manifests")).isArray());
    QVERIFY(QDir(store.root() + QStringLiteral("/blobs/sha256")).exists());
    QVERIFY(store.initialize()); // idempotent
}

void TestContentStore::initializeRefusesAForeignIndex()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("index.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not json at all");
    f.close();
    ContentStore store(dir.path());
    const auto r = store.initialize();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("index.json")),
             qPrintable(r.error().message));
}

void TestContentStore::writerVerifiesBeforeCommit()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    const QByteArray data(3 * 1024 * 1024 + 17, 'x');
    const Digest digest = Digest::sha256Of(data);
    auto writer = store.openWriter(digest, data.size());
    QVERIFY(writer);
    for (qint64 off = 0; off < data.size(); off += 100'000)
        QVERIFY((*writer)->write(data.constData() + off, qMin<qint64>(100'000, data.size() - off)));
    QVERIFY(!store.hasBlob(digest)); // not before commit
    QVERIFY((*writer)->commit());
    QVERIFY(store.hasBlob(digest));
    QCOMPARE(store.blobSize(digest), data.size());
    QCOMPARE(*store.readBlob(digest, 16 * 1024 * 1024), data);
    QVERIFY(QDir(store.root() + QStringLiteral("/ingest"))
                .entryList({QStringLiteral("*.partial")})
                .isEmpty());
}

void TestContentStore::wrongBytesNeverReachBlobs()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    QByteArray data(4096, 'a');
    const Digest digest = Digest::sha256Of(data);
    data[100] = 'b'; // one flipped byte
    auto writer = store.openWriter(digest, data.size());
    QVERIFY(writer);
    QVERIFY((*writer)->write(data.constData(), data.size()));
    const auto committed = (*writer)->commit();
    QVERIFY(!committed);
    QCOMPARE(committed.error().code, ErrorCode::DigestMismatch);
    QVERIFY(committed.error().message.contains(digest.toString()));
    QVERIFY(!store.hasBlob(digest));
    QVERIFY(QDir(store.root() + QStringLiteral("/ingest"))
                .entryList({QStringLiteral("*.partial")})
                .isEmpty());
    // writeBlob refuses the same way.
    QVERIFY(!store.writeBlob(data, digest));
    QVERIFY(!store.hasBlob(digest));
}

void TestContentStore::incompleteIsNotCommittedAndResumes()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    const QByteArray data(1'000'000, 'r');
    const Digest digest = Digest::sha256Of(data);
    {
        auto writer = store.openWriter(digest, data.size());
        QVERIFY(writer);
        QVERIFY((*writer)->write(data.constData(), 400'000));
        const auto early = (*writer)->commit();
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QLatin1String("400000 of 1000000")));
        // The writer goes away as a killed process would: the partial stays.
    }
    QVERIFY(!store.hasBlob(digest));
    auto resumed = store.openWriter(digest, data.size());
    QVERIFY(resumed);
    QCOMPARE((*resumed)->offset(), 400'000);
    QVERIFY((*resumed)->write(data.constData() + 400'000, data.size() - 400'000));
    QVERIFY((*resumed)->commit());
    QVERIFY(store.hasBlob(digest));
}

// Blobs of 1 MiB and more go to disk in aligned 1 MiB blocks (O_DIRECT where the file system
// has it) with the tail through the page cache: whatever the sizes of the pieces that arrive,
// the stored file is the blob, byte for byte.
void TestContentStore::bigBlobsKeepEveryByte_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("piece");
    QTest::addColumn<Way>("way");
    const qint64 mib = 1024 * 1024;
    QTest::newRow("below the direct threshold") << mib - 1 << qint64(65537) << Way::Queued;
    QTest::newRow("exactly one block run") << mib << qint64(4096) << Way::Queued;
    QTest::newRow("one byte past a block run") << mib + 1 << qint64(65536) << Way::Queued;
    QTest::newRow("odd pieces") << 3 * mib + 4095 << qint64(7919) << Way::Queued;
    QTest::newRow("pieces larger than a block run") << 3 * mib + 17 << mib + 3 << Way::Queued;
    QTest::newRow("aligned size, whole pieces") << 4 * mib << mib << Way::Queued;
    QTest::newRow("on the calling thread") << 3 * mib + 4095 << qint64(262144) << Way::Here;
    QTest::newRow("queued and here in turn") << 3 * mib + 17 << qint64(100'003) << Way::Mixed;
}

void TestContentStore::bigBlobsKeepEveryByte()
{
    QFETCH(qint64, size);
    QFETCH(qint64, piece);
    QFETCH(Way, way);
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    const QByteArray data = pattern(size);
    const Digest digest = Digest::sha256Of(data);
    auto writer = store.openWriter(digest, size);
    QVERIFY(writer);
    // Big blobs bypass the page cache wherever the file system allows it.
    QCOMPARE((*writer)->writesDirect(), size >= 1024 * 1024 && takesDirectIo(dir.path()));
    QVERIFY(writeRange(**writer, data, 0, size, piece, way));
    const QString problem = commitProblem(store, **writer, data);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(QDir(dir.filePath(QStringLiteral("ingest")))
                .entryList({QStringLiteral("*.partial")}, QDir::Files)
                .isEmpty());
}

// A partial left by a killed pull resumes exactly where it stopped, also mid-block: the bytes
// after the last whole block are staged again, not asked for twice.
void TestContentStore::bigBlobResumesAtAnyOffset_data()
{
    QTest::addColumn<qint64>("cut");
    QTest::newRow("a few bytes") << qint64(100);
    QTest::newRow("on a block boundary") << qint64(4096 * 300);
    QTest::newRow("mid-block") << qint64(1'500'001);
    QTest::newRow("one byte short") << qint64(3 * 1024 * 1024 - 1);
}

void TestContentStore::bigBlobResumesAtAnyOffset()
{
    QFETCH(qint64, cut);
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    const QByteArray data = pattern(3 * 1024 * 1024);
    const Digest digest = Digest::sha256Of(data);
    {
        auto writer = store.openWriter(digest, data.size());
        QVERIFY(writer);
        QVERIFY(writeRange(**writer, data, 0, cut, 65536));
        // The writer goes away as a killed process would: what it accepted is on disk.
    }
    QVERIFY(!store.hasBlob(digest));
    auto resumed = store.openWriter(digest, data.size());
    QVERIFY(resumed);
    QCOMPARE((*resumed)->offset(), cut);
    QVERIFY(writeRange(**resumed, data, cut, data.size(), 100'003));
    const QString problem = commitProblem(store, **resumed, data);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The same writer after an interruption. A connection cut mid-blob: commit() says incomplete
// and the retry's Range request brings the rest. A registry that ignores Range: restart() drops
// what was written and the whole blob comes again.
void TestContentStore::bigBlobGoesOnAfterAnInterruption_data()
{
    QTest::addColumn<bool>("rangeIgnored");
    QTest::newRow("cut, then the rest") << false;
    QTest::newRow("cut, then all again") << true;
}

void TestContentStore::bigBlobGoesOnAfterAnInterruption()
{
    QFETCH(bool, rangeIgnored);
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    const QByteArray data = pattern(3 * 1024 * 1024 + 333);
    auto writer = store.openWriter(Digest::sha256Of(data), data.size());
    QVERIFY(writer);
    const qint64 cut = 2'000'003;
    QVERIFY(writeRange(**writer, data, 0, cut, 65536));
    const auto early = (*writer)->commit();
    QVERIFY(!early);
    QVERIFY(early.error().retryable);
    QCOMPARE((*writer)->offset(), cut);
    if (rangeIgnored) {
        QVERIFY((*writer)->restart());
        QCOMPARE((*writer)->offset(), 0);
    }
    QVERIFY(writeRange(**writer, data, (*writer)->offset(), data.size(), 65536));
    const QString problem = commitProblem(store, **writer, data);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestContentStore::moreThanDeclaredIsRefused()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    const QByteArray data(100, 'm');
    auto writer = store.openWriter(Digest::sha256Of(data), 50);
    QVERIFY(writer);
    const auto w = (*writer)->write(data.constData(), data.size());
    QVERIFY(!w);
    QCOMPARE(w.error().code, ErrorCode::DigestMismatch);
}

void TestContentStore::secondWriterIsLockedOut()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    const Digest digest = Digest::sha256Of("abc");
    auto first = store.openWriter(digest, 3);
    QVERIFY(first);
    auto second = store.openWriter(digest, 3);
    QVERIFY(!second);
    QVERIFY(second.error().retryable);
    (*first)->discard();
    QVERIFY(store.openWriter(digest, 3));
}

void TestContentStore::imagesAddReplaceRemove()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    const QByteArray config = R"({"architecture":"amd64","os":"linux"})";
    const QByteArray layer(1000, 'L');
    QVERIFY(store.writeBlob(config, Digest::sha256Of(config)));
    QVERIFY(store.writeBlob(layer, Digest::sha256Of(layer)));
    const QByteArray manifest =
        QStringLiteral(
            R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%1","size":%2},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"%3","size":1000}]})")
            .arg(Digest::sha256Of(config).toString())
            .arg(config.size())
            .arg(Digest::sha256Of(layer).toString())
            .toUtf8();
    const Digest md = Digest::sha256Of(manifest);
    QVERIFY(store.writeBlob(manifest, md));
    const QString ref = QStringLiteral("127.0.0.1:5000/demo/app:1.0");
    QVERIFY(store.addImage(ref,
                           QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
                           md,
                           manifest.size(),
                           {QStringLiteral("linux/amd64")}));
    QVERIFY(store.addImage(ref,
                           QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
                           md,
                           manifest.size(),
                           {QStringLiteral("linux/amd64")}));
    auto images = store.images();
    QVERIFY(images);
    QCOMPARE(images->size(), 1); // replaced, not duplicated
    QCOMPARE(images->first().reference, ref);
    QCOMPARE(images->first().digest, md);
    QCOMPARE(images->first().size, manifest.size() + config.size() + layer.size());
    QCOMPARE(images->first().platforms, QStringList{QStringLiteral("linux/amd64")});
    QVERIFY(images->first().pulledAt.isValid());
    const QJsonArray entries = json(store.root() + QStringLiteral("/index.json"))
                                   .value(QStringLiteral("manifests"))
                                   .toArray();
    QCOMPARE(entries.first()
                 .toObject()
                 .value(QStringLiteral("annotations"))
                 .toObject()
                 .value(QStringLiteral("org.opencontainers.image.ref.name"))
                 .toString(),
             ref);
    QCOMPARE(*store.removeImage(QStringLiteral("nothing")), 0);
    QCOMPARE(*store.removeImage(ref), 1);
    QCOMPARE(store.images()->size(), 0);
}

void TestContentStore::garbageCollection()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    const QByteArray kept =
        R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"x","digest":"sha256:0000000000000000000000000000000000000000000000000000000000000000","size":1},"layers":[]})";
    const QByteArray orphan(5000, 'o');
    QVERIFY(store.writeBlob(kept, Digest::sha256Of(kept)));
    QVERIFY(store.writeBlob(orphan, Digest::sha256Of(orphan)));
    QVERIFY(store.addImage(QStringLiteral("r/a:1"),
                           QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
                           Digest::sha256Of(kept),
                           kept.size(),
                           {}));
    // A partial nobody is writing, and one that is being written.
    const QByteArray p1(10, 'p');
    {
        auto stale = store.openWriter(Digest::sha256Of(p1), 10);
        QVERIFY(stale);
        QVERIFY((*stale)->write(p1.constData(), 5));
    }
    const QByteArray p2(10, 'q');
    auto active = store.openWriter(Digest::sha256Of(p2), 10);
    QVERIFY(active);
    QVERIFY((*active)->write(p2.constData(), 5));
    const auto report = store.garbageCollect();
    QVERIFY(report);
    QCOMPARE(report->removedBlobs, 1);
    QCOMPARE(report->removedPartials, 1);
    QCOMPARE(report->freedBytes, 5000 + 5);
    QVERIFY(store.hasBlob(Digest::sha256Of(kept)));
    QVERIFY(!store.hasBlob(Digest::sha256Of(orphan)));
    QVERIFY((*active)->write(p2.constData() + 5, 5));
    QVERIFY((*active)->commit()); // the active download survived GC
}

void TestContentStore::leaseProtectsARunningPull()
{
    QTemporaryDir dir;
    ContentStore store(dir.path());
    QVERIFY(store.initialize());
    const QByteArray pulled(3000, 'p');
    const QByteArray orphan(4000, 'o');
    QVERIFY(store.writeBlob(pulled, Digest::sha256Of(pulled)));
    QVERIFY(store.writeBlob(orphan, Digest::sha256Of(orphan)));
    {
        // A pull in progress has stored a blob but not yet recorded its image.
        StoreLease lease(store.root());
        lease.add(Digest::sha256Of(pulled));
        const auto report = store.garbageCollect();
        QVERIFY(report);
        QCOMPARE(report->removedBlobs, 1);
        QVERIFY(store.hasBlob(Digest::sha256Of(pulled)));
        QVERIFY(!store.hasBlob(Digest::sha256Of(orphan)));
    }
    // The pull ended without recording it: the next collection may take it.
    QVERIFY(StoreLease::protectedDigests(store.root()).isEmpty());
    QCOMPARE(store.garbageCollect()->removedBlobs, 1);
    QVERIFY(!store.hasBlob(Digest::sha256Of(pulled)));
}

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
