// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credential.h"
#include "model/auth/credentialsources.h"
#include "model/core/job.h"
#include "model/core/result.h"

#include <QPointer>

#include <functional>

class CredentialHelperCall;

// Answers "which credential would be used for this image, and why": walks the sources in
// order, calling credential helpers where a file says so, and records every step it took.
// start() begins; finished() is emitted exactly once and queued (the Job contract), also after
// cancel(). result() is an Anonymous credential when nothing matched; it is an Error only when
// cancelled.
class CredentialLookup : public ResultJob<Credential>
{
    Q_OBJECT
public:
    // One thing looked at, and what came of it. Never contains a secret.
    struct Step
    {
        QString source; // "/root/.docker/config.json (docker config.json)"
        QString outcome; // "no entry for r.io:5000", "matched key \"r.io:5000\""
        bool matched = false;
        bool problem = false; // unreadable file, broken helper, ...
    };

    // host: a reference's domain ("docker.io", "r.io:5000"); path: its repository path.
    CredentialLookup(CredentialSources sources,
                     QString host,
                     QString path,
                     QObject *parent = nullptr);

    void start() override;
    // Stops the lookup (and a helper it is asking); finished() follows (queued) with
    // ErrorCode::Cancelled unless the lookup already finished.
    void cancel() override;

    const QList<Step> &steps() const { return m_steps; }

private:
    void next();
    void askProvider(int index);
    void askHelper(const QString &helper, const QString &source, std::function<void()> onNone);

    CredentialSources m_sources;
    QString m_host;
    QString m_path;
    int m_index = -1;
    AuthFile m_current;
    QPointer<CredentialHelperCall> m_call;
    QList<Step> m_steps;
};
