// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/interruptwatcher.h"
#include "app/cli/networkoptions.h"
#include "model/core/result.h"

#include <QEventLoop>
#include <QObject>
#include <QProcessEnvironment>

#include <memory>

class KeychainStore;
class Output;
class QNetworkAccessManager;
class RealClock;
class RegistryClient;

// The engine set up from the shared command-line options, once for every network command:
// a QNetworkAccessManager, the real clock, and a RegistryClient with the credential search
// (CredentialSources::fromEnvironment with --authfile, --creds as the explicit credential,
// then the desktop keyring the GUI stores logins in, asked only when no file answered),
// the host options (--tls-verify, --cert-dir) and the request timeout. run() drives one job
// with an event loop until it finishes, cancelling it on Ctrl-C. Main thread.
class NetworkSession : public QObject
{
    Q_OBJECT
public:
    explicit NetworkSession(
        NetworkOptions options,
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    ~NetworkSession() override;

    // Builds the client; an Error (InvalidArgument) when --creds has no user name.
    Result<void> setUp();

    RegistryClient *client() const { return m_client.get(); }

    const NetworkOptions &options() const { return m_options; }

    const QProcessEnvironment &environment() const { return m_environment; }

    // Starts job and returns when it has finished. On Ctrl-C the job is cancelled and run()
    // still waits for its finished(), so its result is then Cancelled: every job the commands
    // drive (ManifestJob, InspectJob, ReferrersJob, PagedListJob, RegistryRequest, PullJob,
    // DiagnosisJob, DigestResolver, CredentialHelperCall) has cancel() and emits finished()
    // once, queued, also when cancelled.
    // Returns false when interrupted.
    template<typename Job>
    bool run(Job *job)
    {
        QEventLoop loop;
        connect(job, &Job::finished, &loop, &QEventLoop::quit);
        // A job type without cancel() would be abandoned unfinished: the loop ends at once.
        const auto cancel =
            connect(&m_interrupt, &InterruptWatcher::interrupted, job, [job, &loop] {
                if constexpr (requires { job->cancel(); })
                    job->cancel();
                else
                    loop.quit();
            });
        job->start();
        loop.exec();
        disconnect(cancel);
        return !m_interrupt.wasInterrupted();
    }

    // Prints error's explanation on stderr and returns the exit status: 130 after Ctrl-C,
    // else ExitStatus::Failed.
    int fail(Output &out, const Error &error) const;

    // The exit status of an interrupted command.
    static constexpr int Interrupted = 130;

private:
    NetworkOptions m_options;
    QProcessEnvironment m_environment;
    InterruptWatcher m_interrupt;
    // The desktop keyring: checked on first use, through the event loop run() spins; with no
    // Secret Service (no D-Bus session, CI) it answers "nothing" and the search goes on.
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RealClock> m_clock;
    std::unique_ptr<RegistryClient> m_client;
};
