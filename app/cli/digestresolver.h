// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reference/imagereference.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class ManifestJob;
class RegistryClient;

// Resolves many tags of one repository to digests with HEAD manifest requests, at most
// `parallel` in flight (HEAD does not count as a pull on Docker Hub; ManifestJob falls back to
// GET where a registry omits the digest). Every tag gets a digest or an Error; one failing tag
// does not stop the others. finished() is emitted exactly once, never inside start(); also
// after cancel(). Main thread.
class DigestResolver : public QObject
{
    Q_OBJECT
public:
    DigestResolver(RegistryClient *client,
                   ImageReference repository,
                   QStringList tags,
                   int parallel = 8,
                   QObject *parent = nullptr);
    ~DigestResolver() override;

    void start();
    void cancel();

    // tag -> digest or the Error for that tag (complete after finished()).
    const QHash<QString, Result<Digest>> &results() const { return m_results; }

    // The first Error in tag order, or a null Error when every tag resolved.
    Error firstError() const;

    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    // One tag done; done is the count so far.
    void tagResolved(const QString &tag, int done);
    void finished(QPrivateSignal);

private:
    void launchMore();
    void finish();

    RegistryClient *m_client;
    ImageReference m_repository;
    QStringList m_tags;
    int m_parallel;
    qsizetype m_next = 0;
    QSet<ManifestJob *> m_running;
    QHash<QString, Result<Digest>> m_results;
    bool m_done = false;
    bool m_cancelled = false;
};
