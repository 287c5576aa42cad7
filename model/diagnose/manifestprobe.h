// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosisstep.h"
#include "model/reference/imagereference.h"
#include "model/reference/platform.h"
#include "model/registry/manifest.h"

#include <QObject>
#include <QStringList>

#include <optional>

class RegistryClient;

// Steps 7 and 8, "the tag exists" and "the node's platform is in the image": GETs the manifest
// as the runtime resolves it; for a missing tag lists the repository's tags and ranks the
// nearest; then chooses the node's image from an index as containerd does
// (Manifest::choosePlatform) or checks a single image's config platform. finished() is emitted
// exactly once, never inside start().
class ManifestProbe : public QObject
{
    Q_OBJECT
public:
    // client: the one the auth step let in; must outlive the probe.
    ManifestProbe(RegistryClient *client,
                  ImageReference reference,
                  Platform nodePlatform,
                  QObject *parent = nullptr);
    void start();

    const DiagnosisStep &tagStep() const { return m_tagStep; }

    const DiagnosisStep &platformStep() const { return m_platformStep; }

    // The nearest existing tags when the tag is missing, best first.
    const QStringList &nearestTags() const { return m_nearest; }

    // The platforms the index offers (when the platform step failed on an index).
    const QStringList &offeredPlatforms() const { return m_offered; }

    // The image manifest the node would run (when both steps passed).
    const std::optional<Manifest> &imageManifest() const { return m_image; }

Q_SIGNALS:
    void finished(QPrivateSignal);

private:
    void onManifest();
    void listTags();
    void chooseFromIndex(const Manifest &index);
    void checkConfigPlatform(const Manifest &image);
    void failPlatform(const QString &summary);
    void finish();

    RegistryClient *m_client;
    ImageReference m_reference;
    Platform m_platform;
    DiagnosisStep m_tagStep;
    DiagnosisStep m_platformStep;
    QStringList m_nearest;
    QStringList m_offered;
    std::optional<Manifest> m_image;
};
