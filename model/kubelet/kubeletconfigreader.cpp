// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/kubeletconfigreader.h"

#include "model/core/tr.h"
#include "model/core/yamlerror.h"
#include "model/kubelet/featuregates.h"
#include "model/reference/imagereference.h"

#include <yaml-cpp/yaml.h>

namespace {
const QString apiVersionV1beta1 = QStringLiteral("kubelet.config.k8s.io/v1beta1");
const QString kindName = QStringLiteral("KubeletConfiguration");

Error at(const YAML::Node &node, const QString &file, const QString &message)
{
    return YamlError::at(node, file, message);
}

QString text(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

// Reads one typed scalar; a wrong type is an Error naming the field and its place.
template<typename T>
Result<T> scalar(const YAML::Node &node, const QString &file, const QString &field)
{
    T value{};
    if (!node.IsScalar() || !YAML::convert<T>::decode(node, value)) {
        //: %1 is a field path such as kubeletConfig.registryPullQPS
        return at(node, file, Tr::tr("%1: a value of the wrong type").arg(field));
    }
    return value;
}

Result<void> readAllowlist(const YAML::Node &node,
                           const QString &file,
                           const QString &field,
                           KubeletSettings &settings)
{
    if (!node.IsSequence())
        return at(node, file, Tr::tr("%1: expected a list of image patterns").arg(field));
    for (std::size_t i = 0; i < node.size(); ++i) {
        const QString pattern = text(node[i]);
        const QString problem = KubeletConfigReader::allowlistPatternError(pattern);
        if (!problem.isEmpty())
            return at(node[i], file, QStringLiteral("%1[%2]: %3").arg(field).arg(i).arg(problem));
        settings.preloadedImagesVerificationAllowlist << pattern;
    }
    return {};
}
} // namespace

Result<KubeletSettings>
KubeletConfigReader::read(const QByteArray &bytes, const QString &file, int minor)
{
    YAML::Node doc;
    try {
        doc = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        return YamlError::fromException(e, file);
    }
    if (!doc.IsMap())
        return at(doc, file, Tr::tr("a KubeletConfiguration must be a YAML mapping"));
    return read(doc, file, QString(), minor);
}

Result<KubeletSettings> KubeletConfigReader::read(const YAML::Node &doc,
                                                  const QString &file,
                                                  const QString &prefix,
                                                  int minor)
{
    try {
        if (!doc.IsMap())
            return at(doc, file, Tr::tr("%1: expected a mapping").arg(prefix));
        const YAML::Node apiVersion = doc["apiVersion"];
        if (apiVersion && text(apiVersion) != apiVersionV1beta1) {
            return at(apiVersion,
                      file,
                      Tr::tr("%1apiVersion: \"%2\" is not %3")
                          .arg(prefix, text(apiVersion), apiVersionV1beta1));
        }
        const YAML::Node kind = doc["kind"];
        if (kind && text(kind) != kindName)
            return at(kind,
                      file,
                      Tr::tr("%1kind: \"%2\" is not %3").arg(prefix, text(kind), kindName));

        KubeletSettings s;
        bool serializeSet = false;
        bool maxParallelSet = false;
        YAML::Node maxParallelNode;
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            const QString key = text(it->first);
            const YAML::Node &value = it->second;
            const QString field = prefix + key;
            if (key == QLatin1String("serializeImagePulls")) {
                const Result<bool> v = scalar<bool>(value, file, field);
                if (!v)
                    return v.error();
                s.serializeImagePulls = *v;
                serializeSet = true;
            } else if (key == QLatin1String("maxParallelImagePulls")) {
                if (value.IsNull())
                    continue; // nil: no limit
                const Result<int> v = scalar<int>(value, file, field);
                if (!v)
                    return v.error();
                // validation.go: "maxParallelImagePulls %v must be a positive number".
                if (*v < 1) {
                    return at(value,
                              file,
                              QStringLiteral("%1: invalid configuration: maxParallelImagePulls %2 "
                                             "must be a positive number")
                                  .arg(field)
                                  .arg(*v));
                }
                s.maxParallelImagePulls = *v;
                maxParallelSet = true;
                maxParallelNode = value;
            } else if (key == QLatin1String("registryPullQPS")) {
                const Result<double> v = scalar<double>(value, file, field);
                if (!v)
                    return v.error();
                if (*v < 0) {
                    return at(value,
                              file,
                              QStringLiteral("%1: invalid configuration: registryPullQPS "
                                             "(--registry-qps) %2 must not be a negative number")
                                  .arg(field)
                                  .arg(*v));
                }
                s.registryPullQPS = *v;
            } else if (key == QLatin1String("registryBurst")) {
                const Result<int> v = scalar<int>(value, file, field);
                if (!v)
                    return v.error();
                if (*v < 0) {
                    return at(value,
                              file,
                              QStringLiteral("%1: invalid configuration: registryBurst "
                                             "(--registry-burst) %2 must not be a negative number")
                                  .arg(field)
                                  .arg(*v));
                }
                s.registryBurst = *v;
            } else if (key == QLatin1String("imagePullCredentialsVerificationPolicy")) {
                const QString policy = text(value);
                if (!KubeletSettings::verificationPolicies().contains(policy)) {
                    // The kubelet's exact wording for this is UNVERIFIED; the values are
                    // k/kubelet config/v1beta1 types.go ImagePullCredentialsVerificationPolicy.
                    return at(value,
                              file,
                              Tr::tr("%1: \"%2\" is not one of %3")
                                  .arg(field,
                                       policy,
                                       KubeletSettings::verificationPolicies().join(
                                           QLatin1String(", "))));
                }
                s.imagePullCredentialsVerificationPolicy = policy;
            } else if (key == QLatin1String("preloadedImagesVerificationAllowlist")) {
                const Result<void> r = readAllowlist(value, file, field, s);
                if (!r)
                    return r.error();
            } else if (key == QLatin1String("featureGates")) {
                if (!value.IsMap())
                    return at(value,
                              file,
                              Tr::tr("%1: expected a mapping of gate: bool").arg(field));
                for (auto g = value.begin(); g != value.end(); ++g) {
                    const QString gate = text(g->first);
                    const Result<bool> v =
                        scalar<bool>(g->second, file, field + QLatin1Char('.') + gate);
                    if (!v)
                        return v.error();
                    QMap<QString, bool> one;
                    one.insert(gate, *v);
                    const Result<void> ok = FeatureGates::validate(one, minor);
                    if (!ok)
                        return at(g->first,
                                  file,
                                  field + QStringLiteral(": ") + ok.error().message);
                    s.featureGates.insert(gate, *v);
                }
            }
            // Every other KubeletConfiguration field is accepted and not modelled.
        }
        // SetDefaults_KubeletConfiguration: an unset serializeImagePulls is true unless
        // maxParallelImagePulls asks for 2 or more (§2.6).
        if (!serializeSet)
            s.serializeImagePulls = !maxParallelSet || s.maxParallelImagePulls < 2;
        if (s.serializeImagePulls && s.maxParallelImagePulls > 1) {
            return at(maxParallelNode,
                      file,
                      QStringLiteral("%1maxParallelImagePulls: invalid configuration: "
                                     "maxParallelImagePulls cannot be larger than 1 unless "
                                     "SerializeImagePulls (--serialize-image-pulls) is set to "
                                     "false")
                          .arg(prefix));
        }
        return s;
    } catch (const YAML::Exception &e) {
        return YamlError::fromException(e, file);
    }
}

QString KubeletConfigReader::allowlistPatternError(const QString &pattern)
{
    // k/k pkg/kubelet/images/pullmanager/image_pull_policies.go
    // (docs/reference/kubelet-image-pull.md §7).
    if (pattern.trimmed() != pattern)
        return QStringLiteral("leading/trailing spaces are not allowed: %1").arg(pattern);
    // "too short": the threshold is UNVERIFIED; a pattern needs at least "x/*" or a name.
    if (pattern.size() < 3)
        return QStringLiteral("the supplied pattern is too short: %1").arg(pattern);
    QString base = pattern;
    if (pattern.contains(QLatin1Char('*'))) {
        if (!pattern.endsWith(QLatin1String("/*")) || pattern.count(QLatin1Char('*')) != 1) {
            return QStringLiteral("not a valid wildcard pattern, only patterns ending with '/*' "
                                  "are allowed: %1")
                .arg(pattern);
        }
        base.chop(2);
    }
    const QString first = base.section(QLatin1Char('/'), 0, 0);
    const bool isDomain = first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))
        || first == QLatin1String("localhost");
    if (!isDomain)
        return QStringLiteral("at least registry hostname is required");
    if (!base.contains(QLatin1Char('/')))
        return QString(); // a bare registry host with "/*"
    const Result<ImageReference> named = ImageReference::parse(base);
    if (!named)
        return QStringLiteral("failed to parse as an image name: %1").arg(named.error().message);
    if (named->hasTag() || named->hasDigest()) {
        return QStringLiteral("neither tag nor digest is accepted in an image reference: %1")
            .arg(pattern);
    }
    return QString();
}

QByteArray KubeletConfigReader::toYaml(const KubeletSettings &s)
{
    const KubeletSettings d;
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << apiVersionV1beta1.toStdString();
    out << YAML::Key << "kind" << YAML::Value << kindName.toStdString();
    out << YAML::Key << "serializeImagePulls" << YAML::Value << s.serializeImagePulls;
    if (s.maxParallelImagePulls > 0)
        out << YAML::Key << "maxParallelImagePulls" << YAML::Value << s.maxParallelImagePulls;
    if (s.registryPullQPS != d.registryPullQPS)
        out << YAML::Key << "registryPullQPS" << YAML::Value << s.registryPullQPS;
    if (s.registryBurst != d.registryBurst)
        out << YAML::Key << "registryBurst" << YAML::Value << s.registryBurst;
    if (s.imagePullCredentialsVerificationPolicy != d.imagePullCredentialsVerificationPolicy) {
        out << YAML::Key << "imagePullCredentialsVerificationPolicy" << YAML::Value
            << s.imagePullCredentialsVerificationPolicy.toStdString();
    }
    if (!s.preloadedImagesVerificationAllowlist.isEmpty()) {
        out << YAML::Key << "preloadedImagesVerificationAllowlist" << YAML::Value << YAML::BeginSeq;
        for (const QString &p : s.preloadedImagesVerificationAllowlist)
            out << p.toStdString();
        out << YAML::EndSeq;
    }
    if (!s.featureGates.isEmpty()) {
        out << YAML::Key << "featureGates" << YAML::Value << YAML::BeginMap;
        for (auto it = s.featureGates.begin(); it != s.featureGates.end(); ++it)
            out << YAML::Key << it.key().toStdString() << YAML::Value << it.value();
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}
