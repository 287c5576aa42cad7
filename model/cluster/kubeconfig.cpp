// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cluster/kubeconfig.h"

#include "model/core/gotext.h"
#include "model/core/threadcheck.h"
#include "model/core/tr.h"
#include "model/kube/yamlpositions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <optional>

namespace {
// Reads one file's entries; the first problem ends it (kubectl refuses the whole file too).
class FileReader
{
public:
    FileReader(const QByteArray &text, const QString &path)
        : m_positions(text, path)
        , m_path(path)
        , m_folder(QFileInfo(path).absolutePath())
    {}

    YamlPositions &positions() { return m_positions; }

    Error fail(const QString &detail, const SourceLocation &at) const
    {
        //: %1 the kubeconfig file, %2 what is wrong (kubectl's wording)
        return Error(ErrorCode::Parse,
                     Tr::tr("error loading config file \"%1\": %2").arg(m_path, detail))
            .at(m_path, at.line, at.column);
    }

    // docs/reference/cluster-api.md §1.6: relative paths are relative to the file that names them.
    QString resolved(const QString &path) const
    {
        if (path.isEmpty() || QDir::isAbsolutePath(path))
            return path;
        return QDir::cleanPath(m_folder + QLatin1Char('/') + path);
    }

    QString text(const YAML::Node &map, const char *key) const
    {
        return YamlPositions::text(YamlPositions::child(map, key));
    }

    std::optional<Error> base64(const YAML::Node &map, const char *key, QByteArray *out) const
    {
        const LocatedValue v = m_positions.value(map, key);
        if (!v.present || v.value.isEmpty())
            return std::nullopt;
        auto decoded = QByteArray::fromBase64Encoding(v.value.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            //: %1 a kubeconfig key such as certificate-authority-data
            return fail(Tr::tr("%1 is not valid base64").arg(QString::fromLatin1(key)), v.at);
        *out = *decoded;
        return std::nullopt;
    }

    std::optional<Error> boolean(const YAML::Node &map, const char *key, bool *out) const
    {
        const YAML::Node node = YamlPositions::child(map, key);
        if (!node.IsDefined() || node.IsNull())
            return std::nullopt;
        try {
            *out = node.as<bool>();
        } catch (const YAML::Exception &) {
            //: %1 a kubeconfig key, %2 its value
            return fail(
                Tr::tr("%1 must be true or false, not %2")
                    .arg(QString::fromLatin1(key), GoText::quoted(YamlPositions::text(node))),
                m_positions.location(node));
        }
        return std::nullopt;
    }

    // The entries of a named list ("clusters", ...): calls read(name, body, at) for each.
    template<typename Read>
    std::optional<Error>
    list(const YAML::Node &root, const char *key, const char *bodyKey, Read read)
    {
        const YAML::Node items = YamlPositions::child(root, key);
        if (!items.IsDefined() || items.IsNull())
            return std::nullopt;
        if (!items.IsSequence())
            //: %1 a kubeconfig key such as clusters
            return fail(Tr::tr("%1 is not a list").arg(QString::fromLatin1(key)),
                        m_positions.location(items));
        QSet<QString> names;
        for (const YAML::Node &item : items) {
            if (!item.IsMap())
                return fail(Tr::tr("an entry of %1 is not a mapping").arg(QString::fromLatin1(key)),
                            m_positions.location(item));
            const QString name = text(item, "name");
            if (names.contains(name))
                //: %1 the quoted name, %2 clusters, users or contexts
                return fail(Tr::tr("duplicate name %1 in %2")
                                .arg(GoText::quoted(name), QString::fromLatin1(key)),
                            m_positions.location(item));
            names.insert(name);
            if (auto e =
                    read(name, YamlPositions::child(item, bodyKey), m_positions.location(item)))
                return e;
        }
        return std::nullopt;
    }

private:
    YamlPositions m_positions;
    QString m_path;
    QString m_folder;
};

template<typename Entry>
void addMissing(QMap<QString, Entry> &into, const QMap<QString, Entry> &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        if (!into.contains(it.key()))
            into.insert(it.key(), it.value());
    }
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     Tr::tr("error loading config file \"%1\": %2").arg(path, f.errorString()))
            .at(path, 0);
    return f.readAll();
}
} // namespace

Result<KubeConfig> KubeConfig::parse(const QByteArray &text, const QString &path)
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    KubeConfig config;
    config.m_files << path;
    if (text.trimmed().isEmpty())
        return config; // loader.go: an empty file is the default (empty) config
    FileReader reader(text, path);
    const int start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    reader.positions().setDocumentStart(start);
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text.constData() + start, std::size_t(text.size() - start)));
    } catch (const YAML::Exception &e) {
        const SourceLocation at = e.mark.is_null() ? reader.positions().locationOfByte(start)
                                                   : reader.positions().location(e.mark);
        return reader.fail(QString::fromStdString(e.msg), at);
    }
    if (root.IsNull())
        return config;
    if (!root.IsMap())
        return reader.fail(Tr::tr("the top level is not a mapping"),
                           reader.positions().location(root));

    auto clusters = reader.list(
        root,
        "clusters",
        "cluster",
        [&](const QString &name, const YAML::Node &body, SourceLocation at) {
            KubeConfigCluster c;
            c.name = name;
            c.at = at;
            c.server = reader.text(body, "server");
            c.certificateAuthority = reader.resolved(reader.text(body, "certificate-authority"));
            c.tlsServerName = reader.text(body, "tls-server-name");
            c.proxyUrl = reader.text(body, "proxy-url");
            if (auto e =
                    reader.base64(body, "certificate-authority-data", &c.certificateAuthorityData))
                return e;
            if (auto e = reader.boolean(body, "insecure-skip-tls-verify", &c.insecureSkipTlsVerify))
                return e;
            config.m_clusters.insert(name, c);
            return std::optional<Error>();
        });
    if (clusters)
        return *clusters;

    auto users = reader.list(
        root,
        "users",
        "user",
        [&](const QString &name, const YAML::Node &body, SourceLocation at) {
            KubeConfigUser u;
            u.name = name;
            u.at = at;
            u.clientCertificate = reader.resolved(reader.text(body, "client-certificate"));
            u.clientKey = reader.resolved(reader.text(body, "client-key"));
            u.token = reader.text(body, "token").toUtf8();
            u.tokenFile = reader.resolved(reader.text(body, "tokenFile"));
            u.username = reader.text(body, "username");
            u.password = reader.text(body, "password").toUtf8();
            u.impersonate = reader.text(body, "as");
            u.authProvider = reader.text(YamlPositions::child(body, "auth-provider"), "name");
            if (auto e = reader.base64(body, "client-certificate-data", &u.clientCertificateData))
                return e;
            if (auto e = reader.base64(body, "client-key-data", &u.clientKeyData))
                return e;
            const YAML::Node exec = YamlPositions::child(body, "exec");
            if (exec.IsMap()) {
                u.hasExec = true;
                const QString command = reader.text(exec, "command");
                // §1.6: a bare command is looked up on PATH when it runs.
                u.exec.command =
                    command.contains(QLatin1Char('/')) ? reader.resolved(command) : command;
                const YAML::Node args = YamlPositions::child(exec, "args");
                if (args.IsSequence()) {
                    for (const YAML::Node &arg : args)
                        u.exec.args << YamlPositions::text(arg);
                }
                const YAML::Node env = YamlPositions::child(exec, "env");
                if (env.IsSequence()) {
                    for (const YAML::Node &pair : env)
                        u.exec.env.append({reader.text(pair, "name"), reader.text(pair, "value")});
                }
                u.exec.apiVersion = reader.text(exec, "apiVersion");
                u.exec.installHint = reader.text(exec, "installHint");
                u.exec.interactiveMode = reader.text(exec, "interactiveMode");
                if (auto e = reader.boolean(exec, "provideClusterInfo", &u.exec.provideClusterInfo))
                    return e;
            }
            config.m_users.insert(name, u);
            return std::optional<Error>();
        });
    if (users)
        return *users;

    auto contexts =
        reader.list(root,
                    "contexts",
                    "context",
                    [&](const QString &name, const YAML::Node &body, SourceLocation at) {
                        KubeConfigContext c;
                        c.name = name;
                        c.at = at;
                        c.cluster = reader.text(body, "cluster");
                        c.user = reader.text(body, "user");
                        c.namespaceName = reader.text(body, "namespace");
                        config.m_contexts.insert(name, c);
                        return std::optional<Error>();
                    });
    if (contexts)
        return *contexts;
    config.m_currentContext = reader.text(root, "current-context");
    return config;
}

Result<KubeConfig> KubeConfig::load(const QString &explicitPath,
                                    const QString &kubeconfigVariable,
                                    const QString &homeDir)
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    if (!explicitPath.isEmpty()) {
        // --kubeconfig: that file alone, and it must be there.
        const Result<QByteArray> text = readFile(explicitPath);
        if (!text)
            return text.error();
        return parse(*text, explicitPath);
    }
    KubeConfig merged;
    if (!kubeconfigVariable.isEmpty()) {
        QStringList paths;
        for (const QString &part : kubeconfigVariable.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
            if (!paths.contains(part))
                paths << part;
        }
        bool any = false;
        for (const QString &path : std::as_const(paths)) {
            if (!QFileInfo::exists(path))
                continue; // loader.go: missing files in KUBECONFIG are skipped
            any = true;
            const Result<QByteArray> text = readFile(path);
            if (!text)
                return text.error();
            Result<KubeConfig> one = parse(*text, path);
            if (!one)
                return one.error();
            merged.mergeFrom(*one);
        }
        if (!any)
            //: %1 the files listed in the KUBECONFIG variable
            merged.m_warnings << Tr::tr("none of the files in KUBECONFIG exists: %1")
                                     .arg(paths.join(QStringLiteral(", ")));
        return merged;
    }
    const QString home = homeDir + QStringLiteral("/.kube/config");
    if (!QFileInfo::exists(home))
        return merged;
    const Result<QByteArray> text = readFile(home);
    if (!text)
        return text.error();
    return parse(*text, home);
}

void KubeConfig::mergeFrom(const KubeConfig &later)
{
    // loader.go Load: "The first file to set a particular map key wins and map key's value is
    // never changed"; scalars from the first file that sets them.
    addMissing(m_clusters, later.m_clusters);
    addMissing(m_users, later.m_users);
    addMissing(m_contexts, later.m_contexts);
    if (m_currentContext.isEmpty())
        m_currentContext = later.m_currentContext;
    m_files << later.m_files;
    m_warnings << later.m_warnings;
}
