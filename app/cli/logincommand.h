// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/networkcommand.h"
#include "model/core/result.h"

#include <QProcessEnvironment>

// pullscope-cli login REGISTRY / logout REGISTRY, as podman and skopeo do them: login checks
// the credential against the registry first (its /v2/ endpoint, answering a Basic or bearer
// challenge with it; a refusal stores nothing), then stores it with the credential helper the
// auth file names for that host, else in the auth file (0600, written atomically, other
// entries kept). logout erases it the same way.
class LoginCommand : public NetworkCommand
{
public:
    enum class Mode { Login, Logout };

    explicit LoginCommand(Mode mode)
        : m_mode(mode)
    {}

    QString name() const override
    {
        return m_mode == Mode::Login ? QStringLiteral("login") : QStringLiteral("logout");
    }

    QString summary() const override;

protected:
    void declareOptions(ArgumentParser &parser) const override;
    QString helpText() const override;

    QString positionalName() const override { return QStringLiteral("REGISTRY"); }

    int execute(const QStringList &positional,
                const ArgumentParser &parser,
                NetworkSession &session,
                Output &out) override;

private:
    int
    login(const QString &host, const ArgumentParser &parser, NetworkSession &session, Output &out);
    int logout(const QString &host, NetworkSession &session, Output &out);

    Mode m_mode;
};
