// SPDX-License-Identifier: GPL-3.0-or-later
// The content store on its own: verified, atomic blobs; resume; index.json; GC.
#include "model/cache/contentstore.h"
#include "model/cache/storelease.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestContentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initializeMakesALayout();
    void initializeRefusesAForeignIndex();
    void writerVerifiesBeforeCommit();
    void wrongBytesNeverReachBlobs();
    void incompleteIsNotCommittedAndResumes();
    void moreThanDeclaredIsRefused();
    void secondWriterIsLockedOut();
    void imagesAddReplaceRemove();
    void garbageCollection();
    void leaseProtectsARunningPull();

private:
    static QJsonObject json(const QString &path);
};

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
