// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/keychainstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {
const QString kIndexKey = QStringLiteral("index");
} // namespace

KeychainStore::KeychainStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
    m_checkTimer.setSingleShot(true);
    connect(&m_checkTimer, &QTimer::timeout, this, [this] {
        finishCheck(State::Unavailable,
                    tr("The desktop keyring did not answer (no secret service running?)."));
    });
}

KeychainStore::~KeychainStore() = default;

QString KeychainStore::keyFor(const QString &host)
{
    return QStringLiteral("registry/") + host;
}

Error KeychainStore::jobError(QKeychain::Job *job) const
{
    // QtKeychain's errorString names the backend's problem, never the secret.
    return Error(ErrorCode::Io,
                 tr("The desktop keyring refused the request: %1").arg(job->errorString()));
}

void KeychainStore::checkAvailability(int timeoutMs)
{
    if (m_state == State::Available || m_state == State::Unavailable) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT availabilityChecked();
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_state == State::Checking)
        return;
    m_state = State::Checking;
    if (qEnvironmentVariable("PULLSCOPE_KEYRING") == QLatin1String("off")) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finishCheck(State::Unavailable,
                            tr("The desktop keyring is turned off (PULLSCOPE_KEYRING=off)."));
            },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(kIndexKey);
    // Never the plain-text QSettings fallback: a secret must not land in an INI file.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (m_state != State::Checking)
            return;
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            m_logins.clear();
            const QJsonObject index = QJsonDocument::fromJson(read->textData().toUtf8()).object();
            for (auto it = index.begin(); it != index.end(); ++it)
                m_logins.insert(it.key(), it.value().toString());
            finishCheck(State::Available, QString());
            Q_EMIT loginsChanged();
            return;
        }
        finishCheck(State::Unavailable,
                    tr("No desktop keyring is available: %1").arg(j->errorString()));
    });
    m_checkTimer.start(timeoutMs);
    job->start();
}

void KeychainStore::finishCheck(State state, const QString &reason)
{
    if (m_state != State::Checking)
        return;
    m_checkTimer.stop();
    m_state = state;
    m_reason = reason;
    Q_EMIT availabilityChecked();
}

void KeychainStore::store(const QString &host,
                          const QString &username,
                          const QString &secret,
                          std::function<void(const Result<void> &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(keyFor(host));
    job->setInsecureFallback(false);
    job->setTextData(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                    {QStringLiteral("secret"), secret}})
                              .toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [this, host, username, done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            done(jobError(j));
            return;
        }
        m_logins.insert(host, username);
        writeIndex(done);
    });
    job->start();
}

void KeychainStore::erase(const QString &host, std::function<void(const Result<void> &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(keyFor(host));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, host, done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(jobError(j));
            return;
        }
        m_logins.remove(host);
        writeIndex(done);
    });
    job->start();
}

void KeychainStore::read(const QString &host, std::function<void(const Result<Credential> &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(keyFor(host));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [host, done](QKeychain::Job *j) {
        Credential c;
        if (j->error() == QKeychain::EntryNotFound) {
            done(c);
            return;
        }
        if (j->error() != QKeychain::NoError) {
            done(Error(ErrorCode::Io,
                       tr("The desktop keyring refused the request: %1").arg(j->errorString())));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(
                                  static_cast<QKeychain::ReadPasswordJob *>(j)->textData().toUtf8())
                                  .object();
        c.kind = Credential::Kind::Password;
        c.username = o.value(QStringLiteral("username")).toString();
        c.secret = o.value(QStringLiteral("secret")).toString();
        c.origin = Credential::Origin::Keychain;
        c.originPath = tr("desktop keyring");
        c.key = host;
        done(c);
    });
    job->start();
}

void KeychainStore::writeIndex(std::function<void(const Result<void> &)> done)
{
    QJsonObject index;
    for (auto it = m_logins.cbegin(); it != m_logins.cend(); ++it)
        index.insert(it.key(), it.value());
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(kIndexKey);
    job->setInsecureFallback(false);
    job->setTextData(QString::fromUtf8(QJsonDocument(index).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
        Q_EMIT loginsChanged();
        if (j->error() != QKeychain::NoError) {
            done(jobError(j));
            return;
        }
        done(Result<void>());
    });
    job->start();
}
