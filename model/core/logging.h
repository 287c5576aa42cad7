// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category per area. Enable with QT_LOGGING_RULES="pullscope.registry.debug=true".
// Every message passes through Redaction::redact() once installRedactingMessageHandler() ran.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcReference)
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcPull)
Q_DECLARE_LOGGING_CATEGORY(lcKubelet)
Q_DECLARE_LOGGING_CATEGORY(lcKube)
Q_DECLARE_LOGGING_CATEGORY(lcDiagnose)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace Logging {
// Installs a Qt message handler that redacts every message before the previous handler (or
// Qt's default) prints it. Idempotent; call once early in main().
void installRedactingMessageHandler();
} // namespace Logging
