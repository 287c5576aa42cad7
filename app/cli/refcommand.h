// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

#include <QJsonObject>

// pullscope-cli ref [--no-normalize] [--json] [--] REF...
// Parses each reference as distribution/reference does and prints one line per input, in
// input order: text, or one compact JSON object per line with --json.
class RefCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("ref"); }

    QString summary() const override
    {
        return QStringLiteral("Parse and normalize image references");
    }

    int run(const QStringList &arguments, Output &out) override;

    // The JSON object printed for one input (exposed for tests and other commands).
    static QJsonObject describe(const QString &input, bool normalize);

private:
    static QString helpText();
};
