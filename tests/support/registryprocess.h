// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labcertificateauthority.h"
#include "model/core/result.h"

#include <QFlags>
#include <QHash>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QProcess;
class QTemporaryDir;
class TokenIssuer;

// The real CNCF distribution registry (`docker-registry serve config.yml`) on 127.0.0.1 at a
// free port, for integration tests and the demo. Modes combine: Anonymous alone, or any of
// Basic (htpasswd, bcrypt) / Token (our TokenIssuer) with Tls (a CA made at test time). start()
// returns once GET /v2/ answers. The registry never outlives its owner: the destructor stops
// it, and the child gets PR_SET_PDEATHSIG(SIGKILL) so a crashing test leaves nothing behind.
// Main thread; not copyable.
class RegistryProcess
{
public:
    enum class Mode {
        Anonymous = 0x0,
        Basic = 0x1,
        Token = 0x2,
        Tls = 0x4,
    };
    Q_DECLARE_FLAGS(Modes, Mode)

    struct Options
    {
        Modes modes = Mode::Anonymous;
        // Registry storage; empty means a temporary folder removed by the destructor. A given
        // folder is kept, so a restart serves the same content.
        QString storageDir;
        // Config, certificates, htpasswd and log; empty means a temporary folder.
        QString workDir;
        quint16 port = 0; // 0: pick a free port (and retry on a conflict)
        // The user that may do everything (push for seeding); password random when empty.
        QString adminUser = QStringLiteral("lab-admin");
        QString adminPassword;
        int startTimeoutMs = 20000;
    };

    struct Credentials
    {
        QString username;
        QString password;
    };

    explicit RegistryProcess(Options options);
    // Same as RegistryProcess(Options{modes}).
    explicit RegistryProcess(Modes modes = Mode::Anonymous);
    ~RegistryProcess();
    RegistryProcess(const RegistryProcess &) = delete;
    RegistryProcess &operator=(const RegistryProcess &) = delete;

    // Adds a Basic-mode user (before start()); the htpasswd file is written at start.
    void addBasicUser(const QString &user, const QString &password);

    // The token server in Token mode (configure users and grants on it, before or after
    // start()); null otherwise. Owned by this object.
    TokenIssuer *tokenIssuer() const { return m_tokenIssuer.get(); }

    // Makes certificates and config, starts the registry and waits until /v2/ answers.
    Result<void> start();
    // Stops the registry (SIGTERM, then SIGKILL after 5 s) and the token server. Idempotent;
    // a stopped registry is not started again.
    void stop();

    bool isRunning() const;

    // The registry's process id while it runs (0 before start()).
    qint64 pid() const { return m_pid; }

    Modes modes() const { return m_options.modes; }

    bool isTls() const { return m_options.modes.testFlag(Mode::Tls); }

    // "http://127.0.0.1:PORT" or "https://...".
    QUrl url() const;
    // "127.0.0.1:PORT", the registry part of image references.
    QString hostPort() const;

    quint16 port() const { return m_port; }

    // The administrator (all actions on all repositories, in Basic and Token modes).
    Credentials adminCredentials() const { return {m_options.adminUser, m_adminPassword}; }

    // The lab CA (Tls or Token mode), else null.
    const LabCertificateAuthority *certificateAuthority() const { return m_ca ? &*m_ca : nullptr; }

    // PEM file of the CA certificate (Tls mode), "" otherwise.
    QString caCertificatePath() const;
    // The certs.d root: <root>/127.0.0.1:PORT/ca.crt and <root>/localhost:PORT/ca.crt (Tls).
    QString certsDirRoot() const;
    // The per-host folder skopeo's --cert-dir wants: certsDirRoot()/hostPort().
    QString certDir() const;
    // Global skopeo options for talking to this registry as prefix ("", "src-" or "dest-"):
    // --PREFIXtls-verify=false for plain HTTP, --PREFIXcert-dir DIR with TLS.
    QStringList skopeoTransportArgs(const QString &prefix = QString()) const;

    // Everything the registry printed so far (stdout and stderr), for failure messages.
    QString log() const;

    QString storagePath() const { return m_storageDir; }

    QString workPath() const { return m_workDir; }

    QString configPath() const;

private:
    Result<void> prepare();
    Result<void> writeConfig();
    Result<void> writeHtpasswd();
    Result<bool> launchOnce(); // false: port conflict, retry
    Result<void> waitUntilReady();
    int probe(int timeoutMs) const;
    void stopProcess();

    Options m_options;
    QString m_adminPassword;
    QHash<QString, QString> m_basicUsers;
    std::unique_ptr<QTemporaryDir> m_tempStorage;
    std::unique_ptr<QTemporaryDir> m_tempWork;
    QString m_storageDir;
    QString m_workDir;
    std::optional<LabCertificateAuthority> m_ca;
    std::unique_ptr<TokenIssuer> m_tokenIssuer;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    qint64 m_pid = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(RegistryProcess::Modes)
