// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What a registry bearer token grants, read from its JWT "access" claim (distribution
// auth/jwt.md: [{"type", "name", "actions"}]) without verifying it: for explaining a refusal,
// never for trusting one. The token itself is never kept or shown.
struct TokenClaims
{
    bool readable = false; // the token is a JWT with a JSON payload (opaque tokens are not)
    QStringList access; // "repository:private/app:pull", one per granted resource

    // Decodes token's payload; readable is false for anything else.
    static TokenClaims fromToken(const QString &token);
    // Whether access grants action on the repository path.
    bool grants(const QString &repository, const QString &action) const;
};
