// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth/credentialprovider.h"

#include <QMap>
#include <QMetaObject>

// A credential provider that answers from a table, later on the event loop, as the keyring
// adapter does; counts how often it was asked. For tests of the credential search.
class TableCredentialProvider : public CredentialProvider
{
public:
    QMap<QString, Credential> logins;
    int asked = 0;

    QString name() const override { return QStringLiteral("table keyring"); }

    void lookup(const QString &host,
                QObject *context,
                std::function<void(const Result<Credential> &)> done) override
    {
        ++asked;
        const Credential c = logins.value(host);
        QMetaObject::invokeMethod(
            context,
            [done, c] {
                done(c);
            },
            Qt::QueuedConnection);
    }
};
