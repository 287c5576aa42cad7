// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosisstep.h"
#include "model/reference/imagereference.h"
#include "model/registry/manifest.h"

#include <QList>
#include <QObject>
#include <QPointer>

class RegistryClient;
class RegistryRequest;

// Step 9, "the blobs can be fetched": fetches the first byte of the config and of every layer of
// the image the node would run, one after the other, and reports each one's size; the first
// blob that cannot be fetched fails the step. finished() is emitted exactly once, never inside
// start().
class BlobProbe : public QObject
{
    Q_OBJECT
public:
    // client: the one the auth step let in; must outlive the probe.
    BlobProbe(RegistryClient *client,
              ImageReference reference,
              Manifest image,
              QObject *parent = nullptr);
    void start();

    const DiagnosisStep &step() const { return m_step; }

Q_SIGNALS:
    void finished(QPrivateSignal);

private:
    void fetchNext();
    void finish();

    RegistryClient *m_client;
    ImageReference m_reference;
    QList<Descriptor> m_blobs; // config first, then the layers
    int m_next = 0;
    qint64 m_total = 0;
    DiagnosisStep m_step;
};
