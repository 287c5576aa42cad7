// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/credentials/credentialwriter.h"

#include "model/auth/credentialhelper.h"
#include "model/auth/credentialsources.h"
#include "model/auth/keychainstore.h"

#include <QDir>
#include <QFileInfo>

QString CredentialWriter::describe(const Target &target)
{
    switch (target.kind) {
    case Target::Kind::Helper:
        //: %1 a helper program, %2 a file
        return CredentialWriter::tr("docker-credential-%1 (configured in %2)")
            .arg(target.helper, QDir::toNativeSeparators(target.configuredIn));
    case Target::Kind::Keychain:
        return CredentialWriter::tr("the desktop keyring");
    case Target::Kind::File:
        return QDir::toNativeSeparators(target.path);
    }
    return {};
}

CredentialWriter::CredentialWriter(QProcessEnvironment env,
                                   KeychainStore *keychain,
                                   QObject *parent)
    : QObject(parent)
    , m_env(std::move(env))
    , m_keychain(keychain)
{}

CredentialWriter::Target CredentialWriter::targetFor(const QString &host) const
{
    return LoginLocation::forHost(host, m_env, QString(), m_keychain && m_keychain->isAvailable());
}

void CredentialWriter::later(std::function<void(const Result<void> &)> done, Result<void> result)
{
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done), result = std::move(result)] {
            done(result);
        },
        Qt::QueuedConnection);
}

void CredentialWriter::store(const Target &target,
                             const QString &host,
                             const QString &username,
                             const QString &secret,
                             std::function<void(const Result<void> &)> done)
{
    switch (target.kind) {
    case Target::Kind::Helper: {
        // Helpers key logins by the docker config key ("https://index.docker.io/v1/").
        auto *call =
            CredentialHelperCall::store(target.helper,
                                        AuthFile::keyForHost(host, AuthFile::Format::DockerConfig),
                                        username,
                                        secret,
                                        this);
        connect(call, &CredentialHelperCall::finished, this, [call, done] {
            call->deleteLater();
            if (!call->result())
                done(call->result().error());
            else
                done(Result<void>());
        });
        call->start();
        return;
    }
    case Target::Kind::Keychain:
        if (!m_keychain) {
            later(done, Error(ErrorCode::Internal, tr("No desktop keyring.")));
            return;
        }
        m_keychain->store(host, username, secret, std::move(done));
        return;
    case Target::Kind::File: {
        AuthFile file(target.path, target.format);
        if (QFileInfo::exists(target.path)) {
            Result<AuthFile> loaded = AuthFile::load(target.path, target.format);
            if (!loaded) {
                later(done, loaded.error());
                return;
            }
            file = *loaded;
        } else if (!QDir().mkpath(QFileInfo(target.path).absolutePath())) {
            later(done,
                  Error(ErrorCode::Io,
                        tr("Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(QFileInfo(target.path).absolutePath()))));
            return;
        }
        file.setLogin(host, username, secret);
        later(done, file.save());
        return;
    }
    }
}

void CredentialWriter::remove(const CredentialInventory::Entry &entry,
                              std::function<void(const Result<void> &)> done)
{
    switch (entry.origin) {
    case Credential::Origin::Helper: {
        const QString prefix = QStringLiteral("docker-credential-");
        const QString suffix =
            entry.source.startsWith(prefix) ? entry.source.mid(prefix.size()) : entry.source;
        auto *call = CredentialHelperCall::erase(suffix, entry.key, this);
        connect(call, &CredentialHelperCall::finished, this, [call, done] {
            call->deleteLater();
            if (!call->result())
                done(call->result().error());
            else
                done(Result<void>());
        });
        call->start();
        return;
    }
    case Credential::Origin::Keychain:
        if (!m_keychain) {
            later(done, Error(ErrorCode::Internal, tr("No desktop keyring.")));
            return;
        }
        m_keychain->erase(entry.registry, std::move(done));
        return;
    case Credential::Origin::DockerConfig:
    case Credential::Origin::ContainersAuth: {
        const AuthFile::Format format = entry.origin == Credential::Origin::DockerConfig
            ? AuthFile::Format::DockerConfig
            : AuthFile::Format::ContainersAuth;
        Result<AuthFile> file = AuthFile::load(entry.file, format);
        if (!file) {
            later(done, file.error());
            return;
        }
        if (file->removeLogin(entry.registry) == 0) {
            later(done,
                  Error(ErrorCode::NotFound,
                        tr("%1 has no login for %2 any more.")
                            .arg(QDir::toNativeSeparators(entry.file), entry.registry)));
            return;
        }
        later(done, file->save());
        return;
    }
    case Credential::Origin::None:
    case Credential::Origin::Explicit:
    case Credential::Origin::Environment:
        break;
    }
    later(done, Error(ErrorCode::Unsupported, tr("This credential cannot be removed here.")));
}
