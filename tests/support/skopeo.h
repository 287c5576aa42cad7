// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Runs the real skopeo, isolated from the machine's configuration: its own policy.json
// (insecureAcceptAnything), an empty registries.conf, and REGISTRY_AUTH_FILE /
// XDG_RUNTIME_DIR / HOME in a private temporary folder, so no stored login or mirror
// changes a test's outcome. Blocking; one thread at a time per instance.
class Skopeo
{
public:
    // What a run printed and how it ended.
    struct Run
    {
        int exitCode = -1; // -1 when it did not start or timed out
        QString out;
        QString err;
        bool timedOut = false;

        bool ok() const { return exitCode == 0 && !timedOut; }

        // "exit N: <stderr>" for failure messages.
        QString describe() const;
    };

    Skopeo();
    ~Skopeo();

    // Whether a skopeo binary is on PATH.
    static bool available();
    // `skopeo --version` text.
    static QString version();

    // Runs skopeo with args (global options such as --policy are added). Waits up to timeoutMs.
    Run run(const QStringList &args, int timeoutMs = 120000) const;
    // The policy file passed with --policy.
    QString policyPath() const;

private:
    std::unique_ptr<QTemporaryDir> m_home;
};
