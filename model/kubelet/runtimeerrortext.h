// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"

#include <QString>

// Turns what the registry answered into the text a container runtime reports to the kubelet
// for it, in containerd's current wording (docs/reference/cluster-api.md §6), after the kubelet
// stripped "rpc error: code = Unknown desc = " (k/k PR #117612) but kept other gRPC codes. The one
// place these texts live. Stateless.
class RuntimeErrorText
{
public:
    // What the runtime was pulling, for the URLs and references the texts quote.
    struct Context
    {
        QString fullReference; // normalized: "docker.io/library/busybox:latest"
        QString baseUrl; // "https://registry-1.docker.io", "http://127.0.0.1:5000"
        QString host; // "127.0.0.1:5000"
        QString repositoryPath; // "library/busybox"
        QString manifestReference; // the tag or digest asked for
        bool anonymous = true; // no credential was sent
        QString authScheme; // the registry's challenge: "bearer", "basic" or empty
        QString realm; // the bearer challenge's realm
        QString service; // the bearer challenge's service
    };

    // The runtime's error text for a failed pull.
    static QString containerd(const Error &error, const Context &context);
    // The gRPC code name the CRI returns for error ("NotFound", "Unknown", ...).
    static QString grpcCode(const Error &error);
    // Go's http.StatusText-style "401 Unauthorized".
    static QString httpStatusText(int status);
    // The token request URL as containerd builds it (query keys sorted, QueryEscape'd).
    static QString tokenUrl(const Context &context);
};
