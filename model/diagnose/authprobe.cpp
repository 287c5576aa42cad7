// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/authprobe.h"

#include "model/core/tr.h"
#include "model/diagnose/diagnosis.h"
#include "model/diagnose/probeclients.h"
#include "model/diagnose/tokenclaims.h"
#include "model/registry/manifestjob.h"
#include "model/registry/registryclient.h"
#include "model/registry/tokencache.h"

AuthProbe::AuthProbe(ProbeClients *clients,
                     ImageReference reference,
                     PingResult ping,
                     QList<PullCredential> candidates,
                     QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_reference(std::move(reference))
    , m_ping(std::move(ping))
    , m_candidates(std::move(candidates))
{
    m_step = DiagnosisStep::make(QStringLiteral("auth"),
                                 Diagnosis::stepTitle(QStringLiteral("auth")),
                                 DiagnosisStep::Status::Skipped);
}

const PullCredential *AuthProbe::grantedCredential() const
{
    return m_grantedIndex >= 0 ? &m_candidates.at(m_grantedIndex) : nullptr;
}

void AuthProbe::start()
{
    // kuberuntime_image.go PullImage (docs/reference/kubelet-image-pull.md §4.7): no credential
    // means one anonymous pull; otherwise each credential in keyring order until one succeeds.
    if (m_candidates.isEmpty()) {
        RegistryClient *client = m_clients->anonymous();
        auto *job = new ManifestJob(client, m_reference, ManifestJob::Method::Head, this);
        connect(job, &ManifestJob::finished, this, [this, job, client] {
            onTried(job, client, Tr::tr("anonymous"), false);
        });
        job->start();
        return;
    }
    tryNext();
}

void AuthProbe::tryNext()
{
    if (m_next >= m_candidates.size()) {
        tryAnonymousFallback();
        return;
    }
    const PullCredential &credential = m_candidates.at(m_next);
    RegistryClient *client = m_clients->with(credential);
    auto *job = new ManifestJob(client, m_reference, ManifestJob::Method::Head, this);
    const QString who = credential.describe();
    connect(job, &ManifestJob::finished, this, [this, job, client, who] {
        onTried(job, client, who, false);
    });
    job->start();
}

void AuthProbe::tryAnonymousFallback()
{
    // The kubelet does not do this (no anonymous fallback once a credential matched, §4.7);
    // asking tells the user whether that rule is what breaks the pull.
    RegistryClient *client = m_clients->anonymous();
    auto *job = new ManifestJob(client, m_reference, ManifestJob::Method::Head, this);
    connect(job, &ManifestJob::finished, this, [this, job, client] {
        onTried(job, client, Tr::tr("anonymous"), true);
    });
    job->start();
}

QString AuthProbe::grantedScope(RegistryClient *client) const
{
    if (m_ping.authScheme != QLatin1String("bearer"))
        return QString();
    // ManifestJob asks for exactly this scope, so the token it got is cached under this key.
    const QString scope = QStringLiteral("repository:%1:pull").arg(m_reference.path());
    const QString token =
        client->tokens().token(TokenCache::key(m_ping.realm, m_ping.service, {scope}));
    if (token.isEmpty())
        return QString();
    const TokenClaims claims = TokenClaims::fromToken(token);
    if (!claims.readable)
        return Tr::tr("the token is opaque (not a JWT); its scope cannot be read");
    if (claims.access.isEmpty())
        //: %1 the scope asked for
        return Tr::tr("asked for %1, the token grants nothing").arg(scope);
    return Tr::tr("asked for %1, the token grants %2")
        .arg(scope, claims.access.join(QStringLiteral(", ")));
}

void AuthProbe::onTried(ManifestJob *job,
                        RegistryClient *client,
                        const QString &who,
                        bool fallbackOnly)
{
    job->deleteLater();
    const Result<ManifestResult> &result = job->result();
    // A missing tag is the next step's business: the registry let this credential ask.
    const bool accepted = result || result.error().code == ErrorCode::NotFound;
    Attempt attempt;
    attempt.who = who;
    attempt.accepted = accepted;
    attempt.outcome = accepted ? Tr::tr("let in") : result.error().message;
    if (!accepted && result.error().code == ErrorCode::Unauthorized && who == Tr::tr("anonymous"))
        // The engine's own text advises a desktop login, which is not how a node gets in.
        attempt.outcome = Tr::tr("refused: the registry answered %1 Unauthorized to a request "
                                 "without credentials")
                              .arg(result.error().httpStatus ? result.error().httpStatus : 401);
    const QString scope = grantedScope(client);
    if (!scope.isEmpty())
        attempt.outcome += QStringLiteral("; ") + scope;
    m_attempts.append(attempt);

    if (fallbackOnly) {
        m_anonymousWorks = accepted;
        conclude();
        return;
    }
    if (accepted) {
        m_granted = client;
        m_grantedIndex = m_candidates.isEmpty() ? -1 : m_next;
        conclude();
        return;
    }
    if (m_candidates.isEmpty()) {
        conclude();
        return;
    }
    ++m_next;
    tryNext();
}

void AuthProbe::conclude()
{
    for (const Attempt &a : m_attempts) {
        //: %1 who was tried, %2 what happened
        m_step.evidence.append(
            QStringLiteral("%1 %2: %3")
                .arg(a.accepted ? QStringLiteral("✓") : QStringLiteral("✗"), a.who, a.outcome));
    }
    const QString repository = m_reference.name();
    if (m_granted) {
        m_step.status = DiagnosisStep::Status::Passed;
        const PullCredential *c = grantedCredential();
        m_step.summary = c ? Tr::tr("%1 may pull %2").arg(c->describe(), repository)
                           : Tr::tr("anonymous pulls of %1 are allowed").arg(repository);
        if (m_grantedIndex > 0)
            m_step.evidence.append(Tr::tr("the kubelet tries the refused credentials first on "
                                          "every pull"));
    } else {
        m_step.status = DiagnosisStep::Status::Failed;
        if (m_candidates.isEmpty())
            m_step.summary = Tr::tr("the registry refuses anonymous pulls of %1 and no pull "
                                    "secret applies")
                                 .arg(repository);
        else if (m_anonymousWorks)
            m_step.summary = Tr::tr("every credential the kubelet tries is refused; an anonymous "
                                    "pull would work, but the kubelet never falls back to one");
        else
            m_step.summary =
                Tr::tr("every credential the kubelet tries for %1 is refused").arg(repository);
        if (!m_candidates.isEmpty())
            m_step.evidence.append(Tr::tr("no anonymous fallback once a credential matched "
                                          "(kuberuntime_image.go PullImage)"));
    }
    finish();
}

void AuthProbe::finish()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}
