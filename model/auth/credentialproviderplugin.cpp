// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/credentialproviderplugin.h"

#include "model/core/clock.h"
#include "model/core/logging.h"
#include "model/core/processreaper.h"
#include "model/core/redaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
const QString kRequestKind = QStringLiteral("CredentialProviderRequest");
const QString kResponseKind = QStringLiteral("CredentialProviderResponse");
const QString kGlobalCacheKey = QStringLiteral("<global>");
// The kubelet does not wrap decode errors "since it may contain credentials in the response"
// (k/k plugin/plugin.go, execPlugin.ExecPlugin).
const QString kDecodeError =
    QStringLiteral("error decoding credential provider plugin response from stdout");
constexpr qsizetype kMaxStderr = 2048;
} // namespace

// One process in flight.
struct CredentialProviderPlugin::Run
{
    QProcess *process = nullptr;
    Clock::TimerId timer = 0;
    bool timedOut = false;
};

CredentialProviderPlugin::CredentialProviderPlugin(CredentialProviderConfig::Provider provider,
                                                   QString binDir,
                                                   Clock *clock,
                                                   QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_binDir(std::move(binDir))
    , m_clock(clock)
    , m_baseEnvironment(QProcessEnvironment::systemEnvironment())
{}

CredentialProviderPlugin::~CredentialProviderPlugin()
{
    for (Run *run : std::as_const(m_running)) {
        m_clock->cancel(run->timer);
        ProcessReaper::killAndRelease(run->process);
        delete run;
    }
}

QString CredentialProviderPlugin::executablePath() const
{
    return QDir(m_binDir).filePath(m_provider.name);
}

QString CredentialProviderPlugin::sourceFor(const QString &providerName)
{
    return QStringLiteral("provider \"%1\"").arg(providerName);
}

// parseRegistry (k/k plugin/plugin.go): strings.Split(image, "/")[0].
QString CredentialProviderPlugin::registryOf(const QString &image)
{
    return image.section(u'/', 0, 0);
}

// The kubelet encodes the request with its runtime encoder: TypeMeta first (kind, apiVersion),
// then image; serviceAccountToken and serviceAccountAnnotations are omitempty (k/kubelet
// pkg/apis/credentialprovider/v1/types.go).
QByteArray CredentialProviderPlugin::requestJson(const QString &image, const QString &apiVersion)
{
    auto quote = [](const QString &s) {
        // QJsonDocument sorts keys; build the object by hand to keep the kubelet's order and
        // use QJsonDocument only to escape the strings.
        const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    return "{\"kind\":" + quote(kRequestKind) + ",\"apiVersion\":" + quote(apiVersion)
        + ",\"image\":" + quote(image) + "}\n";
}

int CredentialProviderPlugin::cachedResponses()
{
    const qint64 now = m_clock->nowMs();
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (now > it->expiresAtMs)
            it = m_cache.erase(it);
        else
            ++it;
    }
    return int(m_cache.size());
}

// getCachedCredentials (plugin.go): image, then registry, then "<global>"; an entry is valid
// until Now().After(expiresAt), and an expired one is deleted when it is read.
bool CredentialProviderPlugin::lookupCache(const QString &image,
                                           QList<DockerKeyring::Entry> *entries)
{
    const qint64 now = m_clock->nowMs();
    for (const QString &key : {image, registryOf(image), kGlobalCacheKey}) {
        const auto it = m_cache.find(key);
        if (it == m_cache.end())
            continue;
        if (now > it->expiresAtMs) {
            m_cache.erase(it);
            continue;
        }
        *entries = it->entries;
        return true;
    }
    return false;
}

void CredentialProviderPlugin::provide(const QString &image,
                                       QObject *context,
                                       std::function<void(const Outcome &)> done)
{
    Waiter waiter{context, context != nullptr, std::move(done)};
    Outcome outcome;
    outcome.image = image;
    // pluginProvider.provide: a plugin whose matchImages do not match is not run at all.
    if (!CredentialProviderConfig::isImageAllowed(m_provider, image)) {
        outcome.skipped = true;
        deliver({waiter}, outcome);
        return;
    }
    if (lookupCache(image, &outcome.entries)) {
        outcome.fromCache = true;
        deliver({waiter}, outcome);
        return;
    }
    m_waiting[image].append(waiter);
    if (!m_running.contains(image))
        start(image);
}

// execPlugin.ExecPlugin (plugin.go, v1.34+): <binDir>/<name> args..., the kubelet's environment
// with the provider's env appended (later names win, as exec dedups), the request on stdin, a
// one-minute context timeout.
void CredentialProviderPlugin::start(const QString &image)
{
    Run *run = new Run;
    run->process = new QProcess;
    m_running.insert(image, run);
    QProcessEnvironment env = m_baseEnvironment;
    for (const auto &[name, value] : std::as_const(m_provider.env))
        env.insert(name, value);
    run->process->setProcessEnvironment(env);
    run->process->setProgram(executablePath());
    run->process->setArguments(m_provider.args);

    const QString name = m_provider.name;
    auto execError = [name, image](const QString &cause) {
        return QStringLiteral("error execing credential provider plugin %1 for image %2: %3")
            .arg(name, image, cause);
    };
    connect(run->process,
            &QProcess::errorOccurred,
            this,
            [this, run, image, execError](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return; // a crash or kill is reported by finished()
                Outcome outcome;
                outcome.image = image;
                outcome.failure =
                    execError(QStringLiteral("fork/exec %1: %2")
                                  .arg(executablePath(), run->process->errorString()));
                finish(image, outcome);
            });
    connect(run->process,
            &QProcess::finished,
            this,
            [this, run, image, execError](int exitCode, QProcess::ExitStatus status) {
                Outcome outcome;
                outcome.image = image;
                const QByteArray err = run->process->readAllStandardError().left(kMaxStderr);
                const QString stderrText = err.trimmed().isEmpty()
                    ? QString()
                    : QStringLiteral(" (stderr: %1)")
                          .arg(Redaction::redact(QString::fromUtf8(err.trimmed())));
                if (run->timedOut) {
                    outcome.failure = execError(QStringLiteral("context deadline exceeded"));
                } else if (status == QProcess::CrashExit) {
                    outcome.failure = execError(QStringLiteral("signal: killed")) + stderrText;
                } else if (exitCode != 0) {
                    outcome.failure =
                        execError(QStringLiteral("exit status %1").arg(exitCode)) + stderrText;
                } else {
                    outcome = handleResponse(image, run->process->readAllStandardOutput());
                }
                finish(image, outcome);
            });
    run->timer = m_clock->callAfter(m_timeoutMs, run->process, [run] {
        run->timedOut = true;
        run->process->kill();
    });
    run->process->start(QIODevice::ReadWrite);
    run->process->write(requestJson(image, m_provider.apiVersion));
    run->process->closeWriteChannel();
}

// The response checks of ExecPlugin / decodeResponse and the cache rules of pluginProvider.provide
// (plugin.go): apiVersion must equal the configured one, kind CredentialProviderResponse,
// cacheKeyType one of Image / Registry / Global (else the response is discarded); cacheDuration
// 0 means "do not cache", absent means defaultCacheDuration (0 again: do not cache).
CredentialProviderPlugin::Outcome
CredentialProviderPlugin::handleResponse(const QString &image, const QByteArray &stdoutBytes)
{
    Outcome outcome;
    outcome.image = image;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(stdoutBytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        // DefaultMetaFactory.Interpret fails before anything else is looked at.
        outcome.failure =
            QStringLiteral("error reading GVK from response: %1")
                .arg(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                          : QStringLiteral("not a JSON object"));
        return outcome;
    }
    const QJsonObject obj = doc.object();
    const QString apiVersion = obj.value(QStringLiteral("apiVersion")).toString();
    if (apiVersion != m_provider.apiVersion) {
        outcome.failure = QStringLiteral("apiVersion from credential plugin response did not match "
                                         "expected apiVersion:%1, actual apiVersion:%2")
                              .arg(m_provider.apiVersion, apiVersion);
        return outcome;
    }
    if (obj.value(QStringLiteral("kind")).toString() != kResponseKind) {
        outcome.failure = kDecodeError;
        return outcome;
    }
    const QJsonValue authValue = obj.value(QStringLiteral("auth"));
    const QJsonValue durationValue = obj.value(QStringLiteral("cacheDuration"));
    const QJsonValue keyTypeValue = obj.value(QStringLiteral("cacheKeyType"));
    if ((!authValue.isUndefined() && !authValue.isNull() && !authValue.isObject())
        || (!durationValue.isUndefined() && !durationValue.isNull() && !durationValue.isString())
        || (!keyTypeValue.isUndefined() && !keyTypeValue.isNull() && !keyTypeValue.isString())) {
        outcome.failure = kDecodeError;
        return outcome;
    }
    bool hasDuration = durationValue.isString();
    qint64 durationMs = 0;
    if (hasDuration) {
        bool ok = false;
        durationMs = CredentialProviderConfig::parseGoDuration(durationValue.toString(), &ok);
        if (!ok) {
            outcome.failure = kDecodeError;
            return outcome;
        }
    }
    const QJsonObject auth = authValue.toObject();
    for (auto it = auth.constBegin(); it != auth.constEnd(); ++it) {
        if (it->isNull())
            continue;
        const QJsonObject cred = it->toObject();
        const QJsonValue user = cred.value(QStringLiteral("username"));
        const QJsonValue pass = cred.value(QStringLiteral("password"));
        if (!it->isObject() || (!user.isUndefined() && !user.isNull() && !user.isString())
            || (!pass.isUndefined() && !pass.isNull() && !pass.isString())) {
            outcome.entries.clear();
            outcome.failure = kDecodeError;
            return outcome;
        }
        DockerKeyring::Entry e;
        e.writtenKey = it.key();
        bool ok = false;
        const QString key = DockerKeyring::normalizeKey(it.key(), &ok);
        if (ok)
            e.key = key;
        e.username = user.toString();
        e.password = pass.toString();
        e.source = sourceFor(m_provider.name);
        outcome.entries.append(e);
    }

    const QString keyType = keyTypeValue.toString();
    QString cacheKey;
    if (keyType == QLatin1String("Image")) {
        cacheKey = image;
    } else if (keyType == QLatin1String("Registry")) {
        cacheKey = registryOf(image);
    } else if (keyType == QLatin1String("Global")) {
        cacheKey = kGlobalCacheKey;
    } else {
        outcome.entries.clear();
        outcome.failure = QStringLiteral("credential provider plugin did not return a valid "
                                         "cacheKeyType: \"%1\"")
                              .arg(keyType);
        return outcome;
    }
    if (hasDuration && durationMs == 0)
        return outcome;
    if (!hasDuration) {
        if (m_provider.defaultCacheDurationMs <= 0)
            return outcome;
        durationMs = m_provider.defaultCacheDurationMs;
    }
    m_cache.insert(cacheKey, CacheEntry{outcome.entries, m_clock->nowMs() + durationMs});
    return outcome;
}

void CredentialProviderPlugin::finish(const QString &image, Outcome outcome)
{
    Run *run = m_running.take(image);
    if (run) {
        m_clock->cancel(run->timer);
        run->process->disconnect(this);
        run->process->deleteLater();
        delete run;
    }
    if (!outcome.failure.isEmpty()) {
        outcome.entries.clear();
        outcome.failure = Redaction::redact(outcome.failure);
        // The kubelet's own log line; all plugin failures are swallowed (plugin.go, provide).
        qCWarning(lcAuth).noquote()
            << QStringLiteral("Failed getting credential from external registry credential "
                              "provider: %1")
                   .arg(outcome.failure);
        Q_EMIT failed(image, outcome.failure);
    }
    deliver(m_waiting.take(image), outcome);
}

void CredentialProviderPlugin::deliver(const QList<Waiter> &waiters, const Outcome &outcome)
{
    for (const Waiter &w : waiters) {
        QMetaObject::invokeMethod(
            this,
            [w, outcome] {
                if (w.hadContext && w.context.isNull())
                    return;
                w.done(outcome);
            },
            Qt::QueuedConnection);
    }
}
