// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Text output helpers for the CLI's tables (crane/regctl style: aligned columns, no borders).
namespace TextFormat {
// "1.4 MB", "512 B": SI units, as docker and crane show sizes.
QString humanSize(qint64 bytes);
// The rows padded into aligned columns, two spaces apart; the last column is not padded.
QStringList table(const QList<QStringList> &rows, const QString &indent = QString());
// "sha256:0123456789ab" for tables; the full digest stays in --json.
QString shortDigest(const QString &digest);
} // namespace TextFormat
