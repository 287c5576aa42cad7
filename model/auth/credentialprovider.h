// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credential.h"
#include "model/core/result.h"

#include <QObject>

#include <functional>

// A source of credentials that is not a file: the desktop keyring, consulted after the files
// (CredentialSources::providers; KeychainCredentialProvider), and may be asked from any
// thread.
class CredentialProvider
{
public:
    virtual ~CredentialProvider() = default;
    // For the lookup's steps: "system keychain".
    virtual QString name() const = 0;
    // Looks up host's credential and calls done exactly once, later (never inside the call),
    // on context's thread, unless context is gone; Anonymous when there is nothing.
    virtual void lookup(const QString &host,
                        QObject *context,
                        std::function<void(const Result<Credential> &)> done) = 0;
};
