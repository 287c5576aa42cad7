// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab.h"

#include "labseeder.h"
#include "tokenissuer.h"

#include <QRandomGenerator>

namespace {

QString randomPassword()
{
    QByteArray raw(15, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
}

QByteArray osRelease()
{
    return "NAME=\"Pullscope Lab Linux\"\nID=pullscope-lab\nVERSION_ID=1.0\n"
           "PRETTY_NAME=\"Pullscope Lab Linux 1.0\"\n";
}

LayerSpec baseLayer(quint64 seed, const QString &arch)
{
    LayerSpec l;
    l.directories = {QStringLiteral("bin"),
                     QStringLiteral("etc"),
                     QStringLiteral("tmp"),
                     QStringLiteral("usr"),
                     QStringLiteral("usr/lib")};
    l.files = {{QStringLiteral("etc/os-release"), osRelease()},
               {QStringLiteral("etc/passwd"),
                "root:x:0:0:root:/root:/bin/sh\nlab:x:1000:1000::/home/lab:/bin/sh\n"},
               {QStringLiteral("etc/group"), "root:x:0:\nlab:x:1000:\n"},
               {QStringLiteral("etc/hostname"), "lab\n"},
               {QStringLiteral("usr/lib/arch"), arch.toUtf8() + '\n'}};
    l.seed = seed;
    l.randomBytes = 96 * 1024;
    l.randomPath = QStringLiteral("bin/busybox");
    l.createdBy = QStringLiteral("/bin/sh -c #(nop) ADD file:lab-rootfs-%1.tar in / ").arg(arch);
    return l;
}

ImageSpec appImage(ManifestFlavor flavor,
                   const QString &arch,
                   const QString &variant,
                   quint64 seed,
                   const QString &title)
{
    ImageSpec s;
    s.flavor = flavor;
    s.architecture = arch;
    s.variant = variant;
    const QString platform = arch + (variant.isEmpty() ? QString() : QLatin1Char('/') + variant);
    s.layers << baseLayer(seed, platform);
    LayerSpec app;
    app.directories = {QStringLiteral("app")};
    app.files = {{QStringLiteral("app/config.yaml"), "listen: :8080\nlog: info\n"},
                 {QStringLiteral("app/VERSION"), "1.0.0\n"}};
    app.seed = seed + 1000;
    app.randomBytes = 48 * 1024;
    app.randomPath = QStringLiteral("app/server");
    app.createdBy = QStringLiteral("COPY server config.yaml VERSION /app/ # buildkit");
    s.layers << app;
    s.env = {QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
             QStringLiteral("APP_PORT=8080")};
    s.entrypoint = {QStringLiteral("/app/server")};
    s.cmd = {QStringLiteral("--config"), QStringLiteral("/app/config.yaml")};
    s.user = QStringLiteral("1000:1000");
    s.workingDir = QStringLiteral("/app");
    s.exposedPorts = {QStringLiteral("8080/tcp")};
    s.labels = {
        {QStringLiteral("org.opencontainers.image.title"), title},
        {QStringLiteral("org.opencontainers.image.version"), QStringLiteral("1.0.0")},
        {QStringLiteral("org.opencontainers.image.vendor"), QStringLiteral("Pullscope lab")}};
    s.emptyLayerHistory = {QStringLiteral("ENV APP_PORT=8080"),
                           QStringLiteral("WORKDIR /app"),
                           QStringLiteral("USER 1000:1000"),
                           QStringLiteral("EXPOSE map[8080/tcp:{}]"),
                           QStringLiteral("ENTRYPOINT [\"/app/server\"]"),
                           QStringLiteral("CMD [\"--config\" \"/app/config.yaml\"]")};
    return s;
}

struct Platform
{
    QString arch;
    QString variant;
};

const QList<Platform> standardPlatforms = {{QStringLiteral("amd64"), {}},
                                           {QStringLiteral("arm64"), {}},
                                           {QStringLiteral("arm"), QStringLiteral("v7")}};

} // namespace

QStringList LabStandardImages::repositoryTags()
{
    return {QStringLiteral("library/busybox:latest"),
            QStringLiteral("library/busybox:1.36"),
            QStringLiteral("demo/multiarch:1.0"),
            QStringLiteral("demo/multiarch:latest"),
            QStringLiteral("demo/dockerlist:1.0"),
            QStringLiteral("private/app:1.0")};
}

Result<LabStandardImages> Lab::writeStandardLayout(const QString &dir)
{
    OciLayoutWriter writer(dir);
    if (Result<void> r = writer.create(); !r)
        return r.error();
    LabStandardImages out;

    ImageSpec busybox;
    busybox.layers << baseLayer(7, QStringLiteral("amd64"));
    busybox.env = {
        QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")};
    busybox.cmd = {QStringLiteral("sh")};
    busybox.labels = {
        {QStringLiteral("org.opencontainers.image.title"), QStringLiteral("busybox (lab)")}};
    busybox.emptyLayerHistory = {QStringLiteral("/bin/sh -c #(nop)  CMD [\"sh\"]")};
    Result<ImageInfo> bb = writer.writeImage(busybox);
    if (!bb)
        return bb.error();
    out.busybox = *bb;

    for (const ManifestFlavor flavor : {ManifestFlavor::Oci, ManifestFlavor::Docker}) {
        QList<ImageInfo> images;
        quint64 seed = flavor == ManifestFlavor::Oci ? 100 : 200;
        for (const Platform &p : standardPlatforms) {
            Result<ImageInfo> image = writer.writeImage(
                appImage(flavor,
                         p.arch,
                         p.variant,
                         seed++,
                         flavor == ManifestFlavor::Oci ? QStringLiteral("multiarch")
                                                       : QStringLiteral("dockerlist")));
            if (!image)
                return image.error();
            images << *image;
        }
        Result<IndexInfo> index = writer.writeIndex(images, flavor);
        if (!index)
            return index.error();
        (flavor == ManifestFlavor::Oci ? out.multiarch : out.dockerList) = *index;
    }

    ImageSpec app = appImage(ManifestFlavor::Docker,
                             QStringLiteral("amd64"),
                             {},
                             300,
                             QStringLiteral("private app"));
    app.labels.insert(QStringLiteral("org.opencontainers.image.description"),
                      QStringLiteral("Only user demo may pull this image"));
    Result<ImageInfo> privateApp = writer.writeImage(app);
    if (!privateApp)
        return privateApp.error();
    out.privateApp = *privateApp;

    for (const auto &[descriptor, name] :
         {std::pair{out.busybox.manifest, QStringLiteral("busybox")},
          std::pair{out.multiarch.index, QStringLiteral("multiarch")},
          std::pair{out.dockerList.index, QStringLiteral("dockerlist")},
          std::pair{out.privateApp.manifest, QStringLiteral("private-app")}}) {
        if (Result<void> r = writer.addReference(descriptor, name); !r)
            return r.error();
    }
    return out;
}

Lab::Lab(Options options)
    : m_options(std::move(options))
{
    m_demoPassword = m_options.demoPassword.isEmpty() ? randomPassword() : m_options.demoPassword;
    RegistryProcess::Options r;
    r.modes = m_options.modes;
    r.storageDir = m_options.storageDir;
    r.workDir = m_options.workDir;
    r.port = m_options.port;
    m_registry = std::make_unique<RegistryProcess>(r);
    if (m_options.modes.testFlag(RegistryProcess::Mode::Basic))
        m_registry->addBasicUser(m_options.demoUser, m_demoPassword);
    if (TokenIssuer *issuer = m_registry->tokenIssuer()) {
        issuer->addUser(m_options.demoUser, m_demoPassword);
        issuer->allowAnonymousPull(QStringLiteral("demo/*"));
        issuer->allowAnonymousPull(QStringLiteral("library/*"));
        issuer->grant(m_options.demoUser, QStringLiteral("private/app"), {QStringLiteral("pull")});
    }
    if (m_options.layoutDir.isEmpty()) {
        m_tempLayout = std::make_unique<QTemporaryDir>();
        m_layoutDir = m_tempLayout->path() + QStringLiteral("/standard");
    } else {
        m_layoutDir = m_options.layoutDir;
    }
}

Lab::Lab(RegistryProcess::Modes modes)
    : Lab(Options{modes, {}, {}, 0, QStringLiteral("demo"), {}, true, {}})
{}

Lab::~Lab() = default;

QStringList Lab::imageReferences() const
{
    QStringList refs;
    for (const QString &rt : LabStandardImages::repositoryTags())
        refs << m_registry->hostPort() + QLatin1Char('/') + rt;
    return refs;
}

Result<void> Lab::start()
{
    if (Result<void> r = m_registry->start(); !r)
        return r;
    return m_options.seed ? seedStandardSet() : Result<void>();
}

Result<void> Lab::seedStandardSet()
{
    if (!m_layoutWritten) {
        Result<LabStandardImages> images = writeStandardLayout(m_layoutDir);
        if (!images)
            return images.error();
        m_images = *images;
        m_layoutWritten = true;
    }
    LabSeeder seeder(*m_registry);
    LabSeeder::CopyOptions all;
    all.all = true;

    const struct
    {
        QString ref, repository, tag;
        bool all;
    } copies[] = {
        {QStringLiteral("busybox"),
         QStringLiteral("library/busybox"),
         QStringLiteral("latest"),
         false},
        {QStringLiteral("multiarch"),
         QStringLiteral("demo/multiarch"),
         QStringLiteral("1.0"),
         true},
    };

    for (const auto &c : copies) {
        if (Result<void> r = seeder.copy(m_layoutDir,
                                         c.ref,
                                         c.repository,
                                         c.tag,
                                         c.all ? all : LabSeeder::CopyOptions());
            !r)
            return r;
    }
    // Docker media types: skopeo 1.9's oci: transport only reads OCI entries of index.json,
    // so these go through the registry API byte for byte.
    if (Result<void> r = seeder.pushDirect(m_layoutDir,
                                           m_images.dockerList.index,
                                           QStringLiteral("demo/dockerlist"),
                                           QStringLiteral("1.0"));
        !r)
        return r;
    if (Result<void> r = seeder.pushDirect(m_layoutDir,
                                           m_images.privateApp.manifest,
                                           QStringLiteral("private/app"),
                                           QStringLiteral("1.0"));
        !r)
        return r;
    if (Result<void> r = seeder.tagMany(QStringLiteral("library/busybox"),
                                        QStringLiteral("latest"),
                                        {QStringLiteral("1.36")});
        !r)
        return r;
    return seeder.tagMany(QStringLiteral("demo/multiarch"),
                          QStringLiteral("1.0"),
                          {QStringLiteral("latest")});
}
