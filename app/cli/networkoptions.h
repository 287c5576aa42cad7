// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QString>

class ArgumentParser;

// The options every network command shares, with skopeo's meanings: --authfile FILE,
// --creds USER[:PASS], --cert-dir DIR, --tls-verify[=false] (false also allows plain HTTP),
// --timeout SECONDS, plus --json and -h/--help. A value type.
struct NetworkOptions
{
    QString authFile;
    QString creds; // "USER[:PASSWORD]"; never printed
    QString certDir;
    bool tlsVerify = true;
    int timeoutSeconds = 30;
    bool json = false;
    bool help = false;

    // Declares the shared options on parser.
    static void declare(ArgumentParser &parser);
    // Reads them back after parser.parse(); a bad --timeout or a --cert-dir that is not a
    // folder is an InvalidArgument Error naming the option.
    static Result<NetworkOptions> read(const ArgumentParser &parser);
    // A registry host from what a user typed ("r.io:5000", "https://r.io/", "docker.io"):
    // the scheme and a trailing '/' are dropped; anything else that is not a host[:port] a
    // reference could start with is an InvalidArgument Error naming the input.
    static Result<QString> registryHost(const QString &text);
    // The "Options shared by network commands" paragraph of every --help.
    static QString helpText();
};
