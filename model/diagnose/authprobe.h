// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/diagnose/diagnosisstep.h"
#include "model/diagnose/pullcredential.h"
#include "model/reference/imagereference.h"
#include "model/registry/pingjob.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ManifestJob;
class ProbeClients;
class RegistryClient;

// Step 6, "the registry lets this pod pull": tries each credential the kubelet would try, in
// keyring order, exactly as the runtime would (a manifest HEAD with that credential alone, the
// registry's challenge answered, the token exchanged), and stops at the first that is let in.
// With no credential it tries anonymously; when every credential is refused it also tries
// anonymously, only to say whether the missing fallback is what breaks the pull. Reads the
// granted scope from each token without showing it. finished() is emitted exactly once.
class AuthProbe : public QObject
{
    Q_OBJECT
public:
    // One credential tried and how it went.
    struct Attempt
    {
        QString who; // PullCredential::describe(), or "anonymous"
        bool accepted = false;
        QString outcome;
    };

    // reference: the image as the kubelet pulls it (default tag applied); ping: step 5's
    // answer (for the token realm); candidates: in keyring order. clients must outlive this.
    AuthProbe(ProbeClients *clients,
              ImageReference reference,
              PingResult ping,
              QList<PullCredential> candidates,
              QObject *parent = nullptr);
    void start();

    const DiagnosisStep &step() const { return m_step; }

    // The client that was let in (null when none): the next steps go through it.
    RegistryClient *grantedClient() const { return m_granted; }

    // The credential that was let in (null when none or anonymous).
    const PullCredential *grantedCredential() const;

    // Every attempt, in order.
    const QList<Attempt> &attempts() const { return m_attempts; }

    // When every credential was refused: whether an anonymous pull would have worked.
    bool anonymousWouldWork() const { return m_anonymousWorks; }

Q_SIGNALS:
    void finished(QPrivateSignal);

private:
    void tryNext();
    void tryAnonymousFallback();
    void onTried(ManifestJob *job, RegistryClient *client, const QString &who, bool fallbackOnly);
    QString grantedScope(RegistryClient *client) const;
    void conclude();
    void finish();

    ProbeClients *m_clients;
    ImageReference m_reference;
    PingResult m_ping;
    QList<PullCredential> m_candidates;
    int m_next = 0;
    int m_grantedIndex = -1;
    RegistryClient *m_granted = nullptr;
    bool m_anonymousWorks = false;
    QList<Attempt> m_attempts;
    DiagnosisStep m_step;
};
