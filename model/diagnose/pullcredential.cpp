// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/pullcredential.h"

#include "model/core/tr.h"

QString PullCredential::describe() const
{
    //: %1 user name, %2 where the credential is (a secret, a node file), %3 the keyring key
    return Tr::tr("user \"%1\" from %2 (key \"%3\")").arg(username, source, key);
}
