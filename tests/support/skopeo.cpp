// SPDX-License-Identifier: GPL-3.0-or-later
#include "skopeo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

QString Skopeo::Run::describe() const
{
    if (timedOut)
        return QStringLiteral("skopeo timed out: ") + err.trimmed();
    return QStringLiteral("exit %1: %2").arg(exitCode).arg(err.trimmed());
}

Skopeo::Skopeo()
    : m_home(std::make_unique<QTemporaryDir>())
{
    const QString home = m_home->path();
    QDir().mkpath(home + QStringLiteral("/run/containers"));
    QDir().mkpath(home + QStringLiteral("/registries.d"));
    QFile policy(policyPath());
    if (policy.open(QIODevice::WriteOnly))
        policy.write(R"({"default":[{"type":"insecureAcceptAnything"}]})");
    QFile conf(home + QStringLiteral("/registries.conf"));
    if (conf.open(QIODevice::WriteOnly))
        conf.write("unqualified-search-registries = []\n");
}

Skopeo::~Skopeo() = default;

QString Skopeo::policyPath() const
{
    return m_home->path() + QStringLiteral("/policy.json");
}

bool Skopeo::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("skopeo")).isEmpty();
}

QString Skopeo::version()
{
    QProcess p;
    p.start(QStringLiteral("skopeo"), {QStringLiteral("--version")});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

Skopeo::Run Skopeo::run(const QStringList &args, int timeoutMs) const
{
    const QString home = m_home->path();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("REGISTRY_AUTH_FILE"),
               home + QStringLiteral("/run/containers/auth.json"));
    env.insert(QStringLiteral("CONTAINERS_REGISTRIES_CONF"),
               home + QStringLiteral("/registries.conf"));
    env.remove(QStringLiteral("DOCKER_CONFIG"));
    env.remove(QStringLiteral("http_proxy"));
    env.remove(QStringLiteral("https_proxy"));
    env.remove(QStringLiteral("HTTP_PROXY"));
    env.remove(QStringLiteral("HTTPS_PROXY"));

    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("skopeo"),
            QStringList{QStringLiteral("--policy"),
                        policyPath(),
                        QStringLiteral("--registries.d"),
                        home + QStringLiteral("/registries.d")}
                + args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (!r.timedOut)
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}
