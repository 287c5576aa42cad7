// SPDX-License-Identifier: GPL-3.0-or-later
// The OCI layout writer: real tar archives (checked with the system's tar), digests that match
// the bytes on disk, deterministic output, configs and index.json as the image-spec says.
#include "layerstream.h"
#include "ocilayoutwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sha256File(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QStringLiteral("sha256:") + QString::fromLatin1(h.result().toHex());
}

QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString shell(const QString &command)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestLabWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ustarHeader_data();
    void ustarHeader();
    void layerIsARealTar_data();
    void layerIsARealTar();
    void largeRandomLayerStreams();
    void imageConfigAndManifest_data();
    void imageConfigAndManifest();
    void indexAndManifestList_data();
    void indexAndManifestList();
    void deterministic();
};

void TestLabWriter::ustarHeader_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<char>("type");
    QTest::addColumn<QByteArray>("expectedName");
    QTest::addColumn<QByteArray>("expectedPrefix");
    QTest::newRow("file") << QStringLiteral("etc/passwd") << '0' << QByteArray("etc/passwd")
                          << QByteArray();
    QTest::newRow("dir") << QStringLiteral("usr/lib") << '5' << QByteArray("usr/lib/")
                         << QByteArray();
    const QString deep =
        QStringLiteral("a").repeated(80) + QLatin1Char('/') + QStringLiteral("b").repeated(60);
    QTest::newRow("long") << deep << '0' << QByteArray(60, 'b') << QByteArray(80, 'a');
}

void TestLabWriter::ustarHeader()
{
    QFETCH(QString, path);
    QFETCH(char, type);
    QFETCH(QByteArray, expectedName);
    QFETCH(QByteArray, expectedPrefix);
    Result<QByteArray> h = LayerStream::ustarHeader(path, 1234, 0644, type);
    QVERIFY(h.has_value());
    QCOMPARE(h->size(), 512);
    QCOMPARE(QByteArray(h->constData()), expectedName);
    QCOMPARE(QByteArray(h->constData() + 345), expectedPrefix);
    QCOMPARE(h->at(156), type);
    QCOMPARE(h->mid(257, 6), QByteArray("ustar\0", 6));
    QCOMPARE(h->mid(124, 11), QByteArray("00000002322")); // 1234 in octal
    // The checksum: sum of all bytes with the checksum field read as spaces.
    QByteArray copy = *h;
    const unsigned stored = QByteArray(copy.constData() + 148, 6).toUInt(nullptr, 8);
    std::memset(copy.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : std::as_const(copy))
        sum += static_cast<unsigned char>(c);
    QCOMPARE(stored, sum);
}

void TestLabWriter::layerIsARealTar_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("tar") << false;
    QTest::newRow("tar+gzip") << true;
}

void TestLabWriter::layerIsARealTar()
{
    QFETCH(bool, gzip);
    QTemporaryDir dir;
    OciLayoutWriter writer(dir.path());
    QVERIFY(writer.create().has_value());
    LayerSpec spec;
    spec.gzip = gzip;
    spec.directories = {QStringLiteral("etc")};
    spec.files = {{QStringLiteral("etc/hello.txt"), "hello lab\n"}};
    spec.randomBytes = 3000;
    spec.seed = 42;
    Result<LayerInfo> layer = writer.writeLayer(spec, ManifestFlavor::Oci);
    QVERIFY2(layer.has_value(), layer ? "" : qPrintable(layer.error().toString()));
    const QString blob = writer.blobPath(layer->digest);
    QCOMPARE(sha256File(blob), layer->digest);
    QCOMPARE(QFileInfo(blob).size(), layer->size);
    QCOMPARE(layer->mediaType,
             gzip ? QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip")
                  : QStringLiteral("application/vnd.oci.image.layer.v1.tar"));
    // GNU tar reads it, lists the entries with sizes, and extracts the file content.
    const QString listing = shell(QStringLiteral("tar -tvf '%1'").arg(blob));
    QVERIFY2(listing.contains(QLatin1String("etc/hello.txt")), qPrintable(listing));
    QVERIFY2(listing.contains(QLatin1String("3000")), qPrintable(listing));
    QCOMPARE(shell(QStringLiteral("tar -xOf '%1' etc/hello.txt").arg(blob)),
             QStringLiteral("hello lab"));
    const QString uncompressed = gzip ? QStringLiteral("gzip -dc '%1' | sha256sum").arg(blob)
                                      : QStringLiteral("sha256sum < '%1'").arg(blob);
    QCOMPARE(QStringLiteral("sha256:") + shell(uncompressed).section(QLatin1Char(' '), 0, 0),
             layer->diffId);
}

void TestLabWriter::largeRandomLayerStreams()
{
    // 24 MiB through the streaming path; the same code makes 128 MiB layers for later tests.
    QTemporaryDir dir;
    OciLayoutWriter writer(dir.path());
    QVERIFY(writer.create().has_value());
    LayerSpec spec;
    spec.randomBytes = 24 * 1024 * 1024;
    spec.gzipLevel = 1;
    spec.seed = 7;
    Result<LayerInfo> layer = writer.writeLayer(spec, ManifestFlavor::Docker);
    QVERIFY(layer.has_value());
    const QString blob = writer.blobPath(layer->digest);
    QCOMPARE(sha256File(blob), layer->digest);
    QCOMPARE(QStringLiteral("sha256:")
                 + shell(QStringLiteral("gzip -dc '%1' | sha256sum").arg(blob)).left(64),
             layer->diffId);
    QCOMPARE(shell(QStringLiteral("tar -tvzf '%1'").arg(blob)).contains(QLatin1String("25165824")),
             true);
    QCOMPARE(layer->mediaType, QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip"));
    // Another seed gives other bytes.
    spec.seed = 8;
    spec.randomBytes = 1024 * 1024;
    Result<LayerInfo> other = writer.writeLayer(spec, ManifestFlavor::Docker);
    QVERIFY(other.has_value());
    QVERIFY(other->diffId != layer->diffId);
}

void TestLabWriter::imageConfigAndManifest_data()
{
    QTest::addColumn<ManifestFlavor>("flavor");
    QTest::addColumn<QString>("manifestType");
    QTest::addColumn<QString>("configType");
    QTest::newRow("oci") << ManifestFlavor::Oci
                         << QStringLiteral("application/vnd.oci.image.manifest.v1+json")
                         << QStringLiteral("application/vnd.oci.image.config.v1+json");
    QTest::newRow("docker") << ManifestFlavor::Docker
                            << QStringLiteral(
                                   "application/vnd.docker.distribution.manifest.v2+json")
                            << QStringLiteral("application/vnd.docker.container.image.v1+json");
}

void TestLabWriter::imageConfigAndManifest()
{
    QFETCH(ManifestFlavor, flavor);
    QFETCH(QString, manifestType);
    QFETCH(QString, configType);
    QTemporaryDir dir;
    OciLayoutWriter writer(dir.path());
    QVERIFY(writer.create().has_value());
    ImageSpec spec;
    spec.flavor = flavor;
    spec.architecture = QStringLiteral("arm");
    spec.variant = QStringLiteral("v7");
    spec.env = {QStringLiteral("A=1")};
    spec.entrypoint = {QStringLiteral("/bin/app")};
    spec.cmd = {QStringLiteral("--serve")};
    spec.user = QStringLiteral("1000");
    spec.exposedPorts = {QStringLiteral("8080/tcp")};
    spec.labels = {{QStringLiteral("k"), QStringLiteral("v")}};
    spec.layers = {LayerSpec{}, LayerSpec{}};
    spec.layers[1].seed = 2;
    spec.layers[1].randomBytes = 10;
    spec.emptyLayerHistory = {QStringLiteral("CMD [\"--serve\"]")};
    Result<ImageInfo> image = writer.writeImage(spec);
    QVERIFY(image.has_value());
    QCOMPARE(image->platform(), QStringLiteral("linux/arm/v7"));
    QCOMPARE(image->manifest.mediaType, manifestType);
    QCOMPARE(sha256File(writer.blobPath(image->manifest.digest)), image->manifest.digest);

    const QJsonObject manifest = readJsonFile(writer.blobPath(image->manifest.digest));
    QCOMPARE(manifest.value(QStringLiteral("schemaVersion")).toInt(), 2);
    QCOMPARE(manifest.value(QStringLiteral("mediaType")).toString(), manifestType);
    QCOMPARE(manifest.value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("mediaType"))
                 .toString(),
             configType);
    QCOMPARE(manifest.value(QStringLiteral("layers")).toArray().size(), 2);

    const QJsonObject config = readJsonFile(writer.blobPath(image->config.digest));
    QCOMPARE(config.value(QStringLiteral("architecture")).toString(), QStringLiteral("arm"));
    QCOMPARE(config.value(QStringLiteral("variant")).toString(), QStringLiteral("v7"));
    const QJsonObject c = config.value(QStringLiteral("config")).toObject();
    QCOMPARE(c.value(QStringLiteral("Env")).toArray().first().toString(), QStringLiteral("A=1"));
    QCOMPARE(c.value(QStringLiteral("Entrypoint")).toArray().first().toString(),
             QStringLiteral("/bin/app"));
    QCOMPARE(c.value(QStringLiteral("User")).toString(), QStringLiteral("1000"));
    QVERIFY(
        c.value(QStringLiteral("ExposedPorts")).toObject().contains(QStringLiteral("8080/tcp")));
    QCOMPARE(c.value(QStringLiteral("Labels")).toObject().value(QStringLiteral("k")).toString(),
             QStringLiteral("v"));
    const QJsonArray diffIds = config.value(QStringLiteral("rootfs"))
                                   .toObject()
                                   .value(QStringLiteral("diff_ids"))
                                   .toArray();
    QCOMPARE(diffIds.size(), 2);
    QCOMPARE(diffIds.at(1).toString(), image->layers.at(1).diffId);
    const QJsonArray history = config.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 3); // one per layer plus the empty_layer line
    QCOMPARE(history.at(2).toObject().value(QStringLiteral("empty_layer")).toBool(), true);
    QVERIFY(!history.at(0).toObject().contains(QStringLiteral("empty_layer")));
}

void TestLabWriter::indexAndManifestList_data()
{
    QTest::addColumn<ManifestFlavor>("flavor");
    QTest::addColumn<QString>("indexType");
    QTest::newRow("oci index") << ManifestFlavor::Oci
                               << QStringLiteral("application/vnd.oci.image.index.v1+json");
    QTest::newRow("docker list")
        << ManifestFlavor::Docker
        << QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
}

void TestLabWriter::indexAndManifestList()
{
    QFETCH(ManifestFlavor, flavor);
    QFETCH(QString, indexType);
    QTemporaryDir dir;
    OciLayoutWriter writer(dir.path());
    QVERIFY(writer.create().has_value());
    QList<ImageInfo> images;
    const QStringList platforms{QStringLiteral("amd64/"),
                                QStringLiteral("arm64/"),
                                QStringLiteral("arm/v7")};
    quint64 seed = 1;
    for (const QString &p : platforms) {
        ImageSpec spec;
        spec.flavor = flavor;
        spec.architecture = p.section(QLatin1Char('/'), 0, 0);
        spec.variant = p.section(QLatin1Char('/'), 1);
        spec.layers = {LayerSpec{}};
        spec.layers[0].seed = seed++;
        spec.layers[0].randomBytes = 100;
        Result<ImageInfo> image = writer.writeImage(spec);
        QVERIFY(image.has_value());
        images << *image;
    }
    Result<IndexInfo> index = writer.writeIndex(images, flavor);
    QVERIFY(index.has_value());
    QCOMPARE(index->index.mediaType, indexType);
    QVERIFY(writer.addReference(index->index, QStringLiteral("multi")).has_value());
    QVERIFY(writer.addReference(images[0].manifest, QStringLiteral("single")).has_value());

    const QJsonObject json = readJsonFile(writer.blobPath(index->index.digest));
    QCOMPARE(json.value(QStringLiteral("mediaType")).toString(), indexType);
    const QJsonArray manifests = json.value(QStringLiteral("manifests")).toArray();
    QCOMPARE(manifests.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject m = manifests.at(i).toObject();
        QCOMPARE(m.value(QStringLiteral("digest")).toString(), images[i].manifest.digest);
        const QJsonObject platform = m.value(QStringLiteral("platform")).toObject();
        QCOMPARE(platform.value(QStringLiteral("architecture")).toString(), images[i].architecture);
        QCOMPARE(platform.value(QStringLiteral("variant")).toString(), images[i].variant);
    }
    // index.json names both entries; the oci-layout marker is there.
    const QJsonArray refs = readJsonFile(dir.path() + QStringLiteral("/index.json"))
                                .value(QStringLiteral("manifests"))
                                .toArray();
    QCOMPARE(refs.size(), 2);
    QCOMPARE(refs.at(0)
                 .toObject()
                 .value(QStringLiteral("annotations"))
                 .toObject()
                 .value(QStringLiteral("org.opencontainers.image.ref.name"))
                 .toString(),
             QStringLiteral("multi"));
    QCOMPARE(refs.at(0).toObject().value(QStringLiteral("digest")).toString(), index->index.digest);
    QCOMPARE(readJsonFile(dir.path() + QStringLiteral("/oci-layout"))
                 .value(QStringLiteral("imageLayoutVersion"))
                 .toString(),
             QStringLiteral("1.0.0"));
}

void TestLabWriter::deterministic()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QStringList digests;
    for (const QString &path : {a.path(), b.path()}) {
        OciLayoutWriter writer(path);
        QVERIFY(writer.create().has_value());
        ImageSpec spec;
        spec.layers = {LayerSpec{}};
        spec.layers[0].randomBytes = 5000;
        spec.layers[0].files = {{QStringLiteral("x"), "y"}};
        Result<ImageInfo> image = writer.writeImage(spec);
        QVERIFY(image.has_value());
        digests << image->manifest.digest;
    }
    QCOMPARE(digests[0], digests[1]);
}

QTEST_GUILESS_MAIN(TestLabWriter)
#include "tst_labwriter.moc"
