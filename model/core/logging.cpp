// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/logging.h"

#include "model/core/redaction.h"

#include <atomic>

Q_LOGGING_CATEGORY(lcCore, "pullscope.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReference, "pullscope.reference", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRegistry, "pullscope.registry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "pullscope.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "pullscope.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPull, "pullscope.pull", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKubelet, "pullscope.kubelet", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKube, "pullscope.kube", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiagnose, "pullscope.diagnose", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pullscope.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "pullscope.cli", QtInfoMsg)

namespace {
QtMessageHandler s_previous = nullptr;
std::atomic_bool s_installed = false;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redaction::redact(message);
    if (s_previous)
        s_previous(type, context, clean);
}
} // namespace

void Logging::installRedactingMessageHandler()
{
    if (s_installed.exchange(true))
        return;
    s_previous = qInstallMessageHandler(redactingHandler);
}
