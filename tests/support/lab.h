// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ocilayoutwriter.h"
#include "registryprocess.h"

#include <QTemporaryDir>

#include <memory>

class LabSeeder;

// The standard images a Lab seeds, with what the writer returned for each (digests, sizes,
// platforms) so tests can compare with what a registry serves.
struct LabStandardImages
{
    ImageInfo busybox; // library/busybox:latest and :1.36, OCI, linux/amd64
    IndexInfo multiarch; // demo/multiarch:1.0 and :latest, OCI index: amd64, arm64, arm/v7
    IndexInfo dockerList; // demo/dockerlist:1.0, Docker manifest list: amd64, arm64, arm/v7
    ImageInfo privateApp; // private/app:1.0, Docker schema 2, only user demo may pull (Token)

    // repository:tag of every seeded image, in a stable order.
    static QStringList repositoryTags();
};

// A registry in a mode plus the standard content: starts a RegistryProcess, adds the demo user
// (and in Token mode the grants: anonymous pull on demo/* and library/*, demo may pull
// private/app), writes the standard OCI layout and pushes it with skopeo. Main thread; the
// destructor stops everything.
class Lab
{
public:
    struct Options
    {
        RegistryProcess::Modes modes = RegistryProcess::Mode::Anonymous;
        QString storageDir; // see RegistryProcess::Options
        QString workDir;
        quint16 port = 0;
        QString demoUser = QStringLiteral("demo");
        QString demoPassword; // random when empty
        bool seed = true; // push the standard set in start()
        QString layoutDir; // where the OCI layout is written; temporary when empty
    };

    explicit Lab(Options options);
    // Same as Lab(Options{modes}).
    explicit Lab(RegistryProcess::Modes modes = RegistryProcess::Mode::Anonymous);
    ~Lab();

    // Starts the registry and, when options.seed, writes and pushes the standard set.
    Result<void> start();
    // Writes the standard layout (if not yet written) and pushes it into the registry.
    Result<void> seedStandardSet();

    RegistryProcess &registry() { return *m_registry; }

    // What the writer returned for the standard set (valid after the layout was written).
    const LabStandardImages &images() const { return m_images; }

    // The demo login (user "demo" unless changed).
    RegistryProcess::Credentials demoCredentials() const
    {
        return {m_options.demoUser, m_demoPassword};
    }

    // "HOST:PORT/repository:tag" for each seeded image.
    QStringList imageReferences() const;

    // The OCI layout folder of the standard set and its ref names (busybox, multiarch,
    // dockerlist, private-app).
    QString layoutPath() const { return m_layoutDir; }

    // Writes the standard set into an OCI layout at dir (deterministic: same digests on every
    // run and machine with the same zlib).
    static Result<LabStandardImages> writeStandardLayout(const QString &dir);

private:
    Options m_options;
    QString m_demoPassword;
    std::unique_ptr<RegistryProcess> m_registry;
    std::unique_ptr<QTemporaryDir> m_tempLayout;
    QString m_layoutDir;
    bool m_layoutWritten = false;
    LabStandardImages m_images;
};
