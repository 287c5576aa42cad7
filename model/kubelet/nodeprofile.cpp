// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/nodeprofile.h"

#include "model/cache/contentstore.h"
#include "model/core/tr.h"
#include "model/core/yamlerror.h"
#include "model/kubelet/featuregates.h"
#include "model/kubelet/kubeletconfigreader.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
const QString profileApiVersion = QStringLiteral("pullscope.io/v1alpha1");
const QString profileKind = QStringLiteral("PullscopeNode");

Error at(const YAML::Node &node, const QString &file, const QString &message)
{
    return YamlError::at(node, file, message);
}

QString text(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

QString resolve(const QString &baseDir, const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || baseDir.isEmpty())
        return path;
    return QDir::cleanPath(QDir(baseDir).filePath(path));
}

Result<bool> boolField(const YAML::Node &node, const QString &file, const QString &field)
{
    bool v = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, v))
        return at(node, file, Tr::tr("%1: expected true or false").arg(field));
    return v;
}

Result<void> readAdmission(const YAML::Node &node, const QString &file, NodeProfile &p)
{
    if (!node.IsMap())
        return at(node, file, Tr::tr("admission: expected a mapping"));
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = text(it->first);
        const QString field = QStringLiteral("admission.") + key;
        const Result<bool> v = boolField(it->second, file, field);
        if (!v)
            return v.error();
        if (key == QLatin1String("alwaysPullImages"))
            p.alwaysPullImagesAdmission = *v;
        else if (key == QLatin1String("serviceAccount"))
            p.serviceAccountAdmission = *v;
        else
            return at(it->first, file, Tr::tr("%1: unknown field").arg(field));
    }
    return {};
}

Result<NodeProfile> readProfile(const YAML::Node &doc, const QString &file)
{
    NodeProfile p = NodeProfile::defaultProfile();
    p.sourceFile = file;
    const QString baseDir = file.isEmpty() ? QString() : QFileInfo(file).absolutePath();
    // The version first: the kubelet configuration's gates are checked against it.
    if (const YAML::Node v = doc["kubernetesVersion"]) {
        const Result<int> minor = NodeProfile::parseMinor(text(v));
        if (!minor)
            return at(v, file, QStringLiteral("kubernetesVersion: ") + minor.error().message);
        p.kubernetesVersion = QStringLiteral("1.%1").arg(*minor);
    }
    YAML::Node embedded;
    bool hasEmbedded = false;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const QString key = text(it->first);
        const YAML::Node &value = it->second;
        if (key == QLatin1String("apiVersion") || key == QLatin1String("kind")
            || key == QLatin1String("kubernetesVersion")) {
            continue;
        } else if (key == QLatin1String("name")) {
            p.name = text(value);
        } else if (key == QLatin1String("platform")) {
            const Result<Platform> platform = Platform::parse(text(value));
            if (!platform)
                return at(value, file, QStringLiteral("platform: ") + platform.error().message);
            p.platform = platform->normalized();
        } else if (key == QLatin1String("kubeletConfig")) {
            embedded = value;
            hasEmbedded = true;
        } else if (key == QLatin1String("kubeletConfigFile")) {
            const QString path = resolve(baseDir, text(value));
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                return at(
                    value,
                    file,
                    Tr::tr("kubeletConfigFile: cannot read %1: %2").arg(path, f.errorString()));
            }
            const Result<KubeletSettings> s =
                KubeletConfigReader::read(f.readAll(), path, p.minor());
            if (!s)
                return s.error();
            p.kubelet = *s;
        } else if (key == QLatin1String("nodeConfigJson")) {
            p.nodeConfigJsonPath = resolve(baseDir, text(value));
        } else if (key == QLatin1String("credentialProviderConfig")) {
            p.credentialProviderConfigPath = resolve(baseDir, text(value));
        } else if (key == QLatin1String("credentialProviderBinDir")) {
            p.credentialProviderBinDir = resolve(baseDir, text(value));
        } else if (key == QLatin1String("store")) {
            p.storePath = resolve(baseDir, text(value));
        } else if (key == QLatin1String("runtimeHandlers")) {
            if (!value.IsSequence())
                return at(value, file, Tr::tr("runtimeHandlers: expected a list of names"));
            p.runtimeHandlers.clear();
            for (const YAML::Node &h : value)
                p.runtimeHandlers << text(h);
        } else if (key == QLatin1String("admission")) {
            const Result<void> r = readAdmission(value, file, p);
            if (!r)
                return r.error();
        } else {
            return at(it->first, file, Tr::tr("%1: unknown field of a PullscopeNode").arg(key));
        }
    }
    if (hasEmbedded) {
        if (doc["kubeletConfigFile"]) {
            return at(embedded,
                      file,
                      Tr::tr("kubeletConfig: give either kubeletConfig or kubeletConfigFile, not "
                             "both"));
        }
        const Result<KubeletSettings> s =
            KubeletConfigReader::read(embedded, file, QStringLiteral("kubeletConfig."), p.minor());
        if (!s)
            return s.error();
        p.kubelet = *s;
    }
    return p;
}
} // namespace

NodeProfile NodeProfile::defaultProfile()
{
    NodeProfile p;
    p.platform = Platform::host().normalized();
    p.storePath = ContentStore::defaultRoot();
    p.runtimeHandlers = {QStringLiteral("runc")};
    return p;
}

Result<int> NodeProfile::parseMinor(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^v?1\\.(\\d+)(\\.\\d+)?$"));
    const QRegularExpressionMatch m = re.match(version.trimmed());
    if (!m.hasMatch()) {
        //: %1 is the version given
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("\"%1\" is not a Kubernetes version such as 1.35").arg(version));
    }
    const int minor = m.captured(1).toInt();
    if (minor < oldestMinor || minor > highestMinor) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("Kubernetes %1 is not simulated (1.%2 to 1.%3 are)")
                         .arg(version)
                         .arg(oldestMinor)
                         .arg(highestMinor));
    }
    return minor;
}

Result<NodeProfile> NodeProfile::parse(const QByteArray &bytes, const QString &path)
{
    YAML::Node doc;
    try {
        doc = YAML::Load(bytes.toStdString());
        if (!doc.IsMap())
            return at(doc, path, Tr::tr("a node profile must be a YAML mapping"));
        const QString kind = text(doc["kind"]);
        if (kind == QLatin1String("KubeletConfiguration")) {
            NodeProfile p = defaultProfile();
            p.sourceFile = path;
            const Result<KubeletSettings> s =
                KubeletConfigReader::read(doc, path, QString(), p.minor());
            if (!s)
                return s.error();
            p.kubelet = *s;
            return p;
        }
        if (kind != profileKind) {
            return at(doc["kind"] ? doc["kind"] : doc,
                      path,
                      Tr::tr("kind: expected %1 or KubeletConfiguration").arg(profileKind));
        }
        const QString apiVersion = text(doc["apiVersion"]);
        if (apiVersion != profileApiVersion) {
            return at(doc["apiVersion"] ? doc["apiVersion"] : doc,
                      path,
                      Tr::tr("apiVersion: expected %1").arg(profileApiVersion));
        }
        return readProfile(doc, path);
    } catch (const YAML::Exception &e) {
        return YamlError::fromException(e, path);
    }
}

Result<NodeProfile> NodeProfile::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason
        return Error(ErrorCode::Io, Tr::tr("cannot read %1: %2").arg(path, f.errorString()));
    }
    return parse(f.readAll(), path);
}

int NodeProfile::minor() const
{
    const Result<int> m = parseMinor(kubernetesVersion);
    return m ? *m : newestMinor;
}

bool NodeProfile::featureEnabled(const QString &gate) const
{
    return FeatureGates::enabled(kubelet.featureGates, gate, minor());
}

bool NodeProfile::ensureSecretPulledImages() const
{
    return featureEnabled(QStringLiteral("KubeletEnsureSecretPulledImages"));
}

QByteArray NodeProfile::toYaml() const
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << profileApiVersion.toStdString();
    out << YAML::Key << "kind" << YAML::Value << profileKind.toStdString();
    out << YAML::Key << "name" << YAML::Value << name.toStdString();
    out << YAML::Key << "kubernetesVersion" << YAML::Value << YAML::DoubleQuoted
        << kubernetesVersion.toStdString();
    out << YAML::Key << "platform" << YAML::Value << platform.format().toStdString();
    const auto path = [&out](const char *key, const QString &value) {
        if (!value.isEmpty())
            out << YAML::Key << key << YAML::Value << value.toStdString();
    };
    path("nodeConfigJson", nodeConfigJsonPath);
    path("credentialProviderConfig", credentialProviderConfigPath);
    path("credentialProviderBinDir", credentialProviderBinDir);
    path("store", storePath);
    out << YAML::Key << "runtimeHandlers" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &h : runtimeHandlers)
        out << h.toStdString();
    out << YAML::EndSeq;
    out << YAML::Key << "admission" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "alwaysPullImages" << YAML::Value << alwaysPullImagesAdmission;
    out << YAML::Key << "serviceAccount" << YAML::Value << serviceAccountAdmission;
    out << YAML::EndMap;
    out << YAML::Key << "kubeletConfig" << YAML::Value
        << YAML::Load(KubeletConfigReader::toYaml(kubelet).toStdString());
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}
