// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cluster/clustercontext.h"

#include "model/core/gotext.h"
#include "model/core/threadcheck.h"
#include "model/core/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

// Texts in QStringLiteral are client-go's own (docs/reference/cluster-api.md cites them), kept in
// English so they match what kubectl prints and what people search for; Tr::tr texts are
// Pullscope's.

ClusterContext ClusterContext::resolve(const KubeConfig &config,
                                       const QString &contextName,
                                       const QString &namespaceOverride,
                                       const QString &path)
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    ClusterContext c;
    c.m_name = contextName.isEmpty() ? config.currentContext() : contextName;
    c.m_current = !c.m_name.isEmpty() && c.m_name == config.currentContext();
    c.m_authMethod = Tr::tr("none");
    if (config.isEmpty()) {
        // validation.go ErrEmptyConfig
        c.error(QStringLiteral("no configuration has been provided, try setting "
                               "KUBERNETES_MASTER environment variable"),
                {});
        return c;
    }
    if (c.m_name.isEmpty()) {
        c.error(QStringLiteral("no context chosen"), {}); // client_config.go ErrNoContext
        return c;
    }
    const auto context = config.contexts().constFind(c.m_name);
    if (context == config.contexts().cend()) {
        c.error(QStringLiteral("context was not found for specified context: %1").arg(c.m_name),
                {});
        return c;
    }
    c.m_namespaceOverridden = !namespaceOverride.isEmpty();
    c.m_namespace = c.m_namespaceOverridden ? namespaceOverride
        : context->namespaceName.isEmpty()  ? QStringLiteral("default")
                                            : context->namespaceName;

    const auto cluster = config.clusters().constFind(context->cluster);
    if (cluster == config.clusters().cend()) {
        c.m_cluster.name = context->cluster;
        c.error(QStringLiteral("cluster %1 does not exist").arg(GoText::quoted(context->cluster)),
                context->at);
    } else {
        c.m_cluster = *cluster;
        c.checkCluster();
    }
    if (context->user.isEmpty())
        return c; // anonymous
    const auto user = config.users().constFind(context->user);
    if (user == config.users().cend()) {
        c.m_user.name = context->user;
        //: %1 the quoted user name, %2 the context
        c.error(Tr::tr("user %1, named by context %2, does not exist")
                    .arg(GoText::quoted(context->user), c.m_name),
                context->at);
        return c;
    }
    c.m_user = *user;
    c.checkUser(path);
    return c;
}

bool ClusterContext::hasErrors() const
{
    for (const Problem &p : m_problems) {
        if (p.severity == Problem::Severity::Error)
            return true;
    }
    return false;
}

void ClusterContext::error(const QString &message, const SourceLocation &at)
{
    m_problems.append({Problem::Severity::Error, message, at});
}

void ClusterContext::warning(const QString &message, const SourceLocation &at)
{
    m_problems.append({Problem::Severity::Warning, message, at});
}

namespace {
// Empty when path can be read, else why not.
QString unreadable(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString() : f.errorString();
}
} // namespace

void ClusterContext::checkCluster()
{
    const KubeConfigCluster &c = m_cluster;
    // validation.go validateClusterInfo
    if (c.server.isEmpty())
        error(QStringLiteral("no server found for cluster %1").arg(GoText::quoted(c.name)), c.at);
    const bool hasCa = !c.certificateAuthority.isEmpty() || !c.certificateAuthorityData.isEmpty();
    if (c.insecureSkipTlsVerify && hasCa)
        error(QStringLiteral("specifying a root certificates file with the insecure flag is not "
                             "allowed"),
              c.at);
    if (!c.certificateAuthority.isEmpty() && !c.certificateAuthorityData.isEmpty()) {
        warning(QStringLiteral("certificate-authority-data and certificate-authority are both "
                               "specified for %1. certificate-authority-data will override.")
                    .arg(c.name),
                c.at);
    } else if (!c.certificateAuthority.isEmpty()) {
        if (const QString why = unreadable(c.certificateAuthority); !why.isEmpty())
            //: %1 a file, %2 the cluster, %3 the system's reason
            error(Tr::tr("the certificate-authority %1 of cluster %2 cannot be read: %3")
                      .arg(c.certificateAuthority, c.name, why),
                  c.at);
    }
}

void ClusterContext::checkUser(const QString &path)
{
    const KubeConfigUser &u = m_user;
    QStringList methods; // validation.go validateAuthInfo, in its words
    if (!u.token.isEmpty() || !u.tokenFile.isEmpty())
        methods << QStringLiteral("token");
    if (!u.username.isEmpty() || !u.password.isEmpty())
        methods << QStringLiteral("basicAuth");
    if (methods.size() > 1)
        error(QStringLiteral("more than one authentication method found for %1; found [%2], only "
                             "one is allowed")
                  .arg(u.name, methods.join(QLatin1Char(' '))),
              u.at);
    const bool hasCert = !u.clientCertificate.isEmpty() || !u.clientCertificateData.isEmpty();
    const bool hasKey = !u.clientKey.isEmpty() || !u.clientKeyData.isEmpty();
    if (hasCert && !hasKey)
        error(QStringLiteral("client-key-data or client-key must be specified for %1 to use the "
                             "clientCert authentication method.")
                  .arg(u.name),
              u.at);
    // Pullscope's own check, in the shape of the one above: client-go has no key-without-cert
    // check (docs/reference/cluster-api.md §1.3).
    if (hasKey && !hasCert)
        error(QStringLiteral("client-cert-data or client-cert must be specified for %1 to use the "
                             "clientCert authentication method.")
                  .arg(u.name),
              u.at);
    const QList<std::pair<const char *, QString>> files{{"client-certificate", u.clientCertificate},
                                                        {"client-key", u.clientKey},
                                                        {"tokenFile", u.tokenFile}};
    for (const auto &[key, file] : files) {
        if (file.isEmpty())
            continue;
        if (const QString why = unreadable(file); !why.isEmpty())
            //: %1 a kubeconfig key, %2 a file, %3 the user, %4 the system's reason
            error(Tr::tr("the %1 %2 of user %3 cannot be read: %4")
                      .arg(QString::fromLatin1(key), file, u.name, why),
                  u.at);
    }
    if (u.hasExec && !u.authProvider.isEmpty())
        error(QStringLiteral("authProvider cannot be provided in combination with an exec plugin "
                             "for %1")
                  .arg(u.name),
              u.at);
    if (u.authProvider == QLatin1String("gcp"))
        error(QStringLiteral("The gcp auth plugin has been removed.\nPlease use the "
                             "\"gke-gcloud-auth-plugin\" kubectl/client-go credential plugin "
                             "instead."),
              u.at);
    else if (u.authProvider == QLatin1String("azure"))
        error(Tr::tr("The azure auth plugin has been removed from kubectl; use the kubelogin "
                     "credential plugin instead."),
              u.at);
    if (u.hasExec)
        checkExec(path);

    QStringList how;
    if (u.hasExec)
        how << QStringLiteral("exec: %1").arg(QFileInfo(u.exec.command).fileName());
    if (!u.authProvider.isEmpty())
        how << QStringLiteral("auth-provider: %1").arg(u.authProvider);
    if (hasCert)
        how << Tr::tr("client certificate");
    if (!u.token.isEmpty())
        how << Tr::tr("token");
    else if (!u.tokenFile.isEmpty())
        how << Tr::tr("token file");
    if (!u.username.isEmpty())
        how << Tr::tr("basic");
    if (!how.isEmpty())
        m_authMethod = how.join(QStringLiteral(" + "));
}

void ClusterContext::checkExec(const QString &path)
{
    const KubeConfigUser &u = m_user;
    const KubeConfigExec &e = u.exec;
    // exec.go newAuthenticator; v1/defaults.go; isInteractive (docs/reference/cluster-api.md
    // §2.1-2.2)
    const bool v1 = e.apiVersion == QLatin1String("client.authentication.k8s.io/v1");
    if (!v1 && e.apiVersion != QLatin1String("client.authentication.k8s.io/v1beta1"))
        error(
            QStringLiteral("exec plugin: invalid apiVersion %1").arg(GoText::quoted(e.apiVersion)),
            u.at);
    if (v1 && e.interactiveMode.isEmpty())
        error(QStringLiteral("interactiveMode must be specified for %1 to use exec authentication "
                             "plugin")
                  .arg(u.name),
              u.at);
    if (e.interactiveMode == QLatin1String("Always"))
        error(QStringLiteral("exec plugin cannot support interactive mode: standard input is not a "
                             "terminal"),
              u.at);
    if (e.command.isEmpty()) {
        //: %1 the user
        error(Tr::tr("the exec plugin of user %1 names no command").arg(u.name), u.at);
        return;
    }
    const bool found = e.command.contains(QLatin1Char('/'))
        ? QFileInfo(e.command).isExecutable()
        : !QStandardPaths::findExecutable(e.command,
                                          path.split(QLatin1Char(':'), Qt::SkipEmptyParts))
               .isEmpty();
    if (!found) {
        QString message = QStringLiteral("exec: executable %1 not found").arg(e.command);
        if (!e.installHint.isEmpty())
            message += QLatin1Char('\n') + e.installHint.trimmed();
        error(message, u.at);
    }
}
