// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/imagerules.h"

#include "model/core/tr.h"
#include "model/kube/kubefixes.h"
#include "model/reference/imagereference.h"
#include "model/reference/pullpolicy.h"

namespace {

QuickFix policyFix(const KubeFile *file,
                   const QString *text,
                   const ContainerSpec *container,
                   const QString &policy)
{
    QuickFix fix;
    fix.id = QStringLiteral("set-pull-policy");
    //: %1 is Always, IfNotPresent or Never (not translated)
    fix.title = Tr::tr("Set imagePullPolicy: %1").arg(policy);
    if (file && container)
        fix.edits = KubeFixes::setPullPolicy(*file, *container, policy, text);
    return fix;
}

QuickFix pinFix()
{
    QuickFix fix;
    fix.id = QStringLiteral("pin-digest");
    fix.title = Tr::tr("Pin to the digest the registry serves now");
    fix.needsDigest = true;
    return fix;
}

// The values Go's runtime reports as GOARCH/GOOS, which the kubelet writes into the node's
// kubernetes.io/arch and kubernetes.io/os labels (k/k pkg/kubelet/kubelet_node_status.go,
// runtime.GOARCH / runtime.GOOS).
const QStringList &goArchitectures()
{
    static const QStringList list{QStringLiteral("amd64"),
                                  QStringLiteral("arm64"),
                                  QStringLiteral("arm"),
                                  QStringLiteral("386"),
                                  QStringLiteral("ppc64le"),
                                  QStringLiteral("s390x"),
                                  QStringLiteral("riscv64"),
                                  QStringLiteral("loong64"),
                                  QStringLiteral("mips64le"),
                                  QStringLiteral("ppc64"),
                                  QStringLiteral("mips"),
                                  QStringLiteral("mipsle"),
                                  QStringLiteral("mips64")};
    return list;
}

const QStringList &goOperatingSystems()
{
    static const QStringList list{QStringLiteral("linux"),
                                  QStringLiteral("windows"),
                                  QStringLiteral("darwin"),
                                  QStringLiteral("freebsd"),
                                  QStringLiteral("netbsd"),
                                  QStringLiteral("openbsd"),
                                  QStringLiteral("illumos"),
                                  QStringLiteral("solaris"),
                                  QStringLiteral("aix")};
    return list;
}

// What people write for an architecture instead of its GOARCH name.
QString goArchFor(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("x86_64") || v == QLatin1String("x86-64") || v == QLatin1String("x64"))
        return QStringLiteral("amd64");
    if (v == QLatin1String("aarch64") || v == QLatin1String("armv8"))
        return QStringLiteral("arm64");
    if (v == QLatin1String("armhf") || v == QLatin1String("armv7") || v == QLatin1String("armv7l")
        || v == QLatin1String("armel"))
        return QStringLiteral("arm");
    if (v == QLatin1String("i386") || v == QLatin1String("i686") || v == QLatin1String("x86"))
        return QStringLiteral("386");
    return goArchitectures().contains(v) ? v : QString();
}

} // namespace

void ImageRules::check(LintContext &context, const KubeObject &object)
{
    if (!object.podSpec)
        return;
    for (const LintContext::ImageField &field : LintContext::imageFields(*object.podSpec))
        checkImage(context, object, field);
    checkPlatform(context, object);
}

void ImageRules::checkImage(LintContext &context,
                            const KubeObject &object,
                            const LintContext::ImageField &field)
{
    const QString image = field.image.value;
    // Empty and white-space images are the API server's to reject (ValidationRules).
    if (image.isEmpty() || image.trimmed() != image)
        return;
    const QString imagePath = field.fieldPath + QLatin1Char('.') + field.imageKey;
    const KubeFile *file = context.fileOf(object);

    // The kubelet's applyDefaultImageTag -> parsers.ParseImageName -> ParseNormalizedNamed;
    // an error is InvalidImageName, not retried with backoff (docs/reference/kubelet-image-pull.md
    // §10).
    const Result<ParsedImageName> parsed = parseImageName(image);
    if (!parsed) {
        context.report(QStringLiteral("invalid-image-name"),
                       object,
                       field.image.at,
                       imagePath,
                       //: %1 is the kubelet's own (English) parse error; InvalidImageName is
                       //: the container's waiting reason (not translated)
                       Tr::tr("The kubelet cannot parse this image and the container will wait "
                              "with InvalidImageName: %1")
                           .arg(parsed.error().message));
        return;
    }
    const QString policy = field.policy.value;
    if (policy == QLatin1String("Never")) {
        context.report(QStringLiteral("pull-never"),
                       object,
                       field.policy.at,
                       field.fieldPath + QLatin1Char('.') + field.policyKey,
                       //: %1 is an image; ErrImageNeverPull is a kubelet reason (not translated)
                       Tr::tr("imagePullPolicy is Never: the kubelet never pulls %1, so the "
                              "container starts only on nodes that already have it "
                              "(ErrImageNeverPull elsewhere)")
                           .arg(image));
    }
    const bool hasDigest = !parsed->digest.isEmpty();
    if (policy.isEmpty() && defaultPullPolicy(image) == PullPolicy::Always) {
        // SetDefaults_Container (docs/reference/kubelet-image-pull.md §1): Always when
        // ParseImageName's tag is exactly "latest", which it also is for a bare name and for
        // ":latest@sha256:...".
        QString message;
        if (hasDigest) {
            //: %1 is an image
            message = Tr::tr("%1 has both the tag latest and a digest: the API server looks at "
                             "the tag only and defaults imagePullPolicy to Always, so every "
                             "container start asks the registry")
                          .arg(image);
        } else if (ImageReference::parse(image).value_or(ImageReference()).hasTag()) {
            message = Tr::tr("%1 uses the tag latest: imagePullPolicy defaults to Always, so "
                             "every container start asks the registry (and fails when it cannot "
                             "be reached), and nodes may run different images")
                          .arg(image);
        } else {
            message = Tr::tr("%1 has no tag, so it means latest: imagePullPolicy defaults to "
                             "Always, so every container start asks the registry (and fails "
                             "when it cannot be reached), and nodes may run different images")
                          .arg(image);
        }
        Finding &f = context.report(QStringLiteral("latest-always"),
                                    object,
                                    field.image.at,
                                    imagePath,
                                    message);
        if (field.container) {
            f.fixes.append(policyFix(file,
                                     context.textOf(file),
                                     field.container,
                                     QStringLiteral("IfNotPresent")));
            f.fixes.append(
                policyFix(file, context.textOf(file), field.container, QStringLiteral("Always")));
        }
        if (!hasDigest)
            f.fixes.append(pinFix());
        return;
    }
    if (!hasDigest) {
        Finding &f = context.report(QStringLiteral("pin-digest"),
                                    object,
                                    field.image.at,
                                    imagePath,
                                    //: %1 is an image, %2 its tag
                                    Tr::tr("%1 names the tag %2, which can be moved to other "
                                           "content; a digest pins exactly what runs")
                                        .arg(image, parsed->tag));
        f.fixes.append(pinFix());
    }
}

void ImageRules::checkPlatform(LintContext &context, const KubeObject &object)
{
    const PodSpec &spec = *object.podSpec;
    // A pod whose selector names a value no kubelet writes stays Pending: it never reaches a
    // node, so its images are never pulled.
    for (const QString &arch : spec.requiredArchitectures) {
        if (goArchitectures().contains(arch))
            continue;
        const QString suggestion = goArchFor(arch);
        context.report(QStringLiteral("platform-label"),
                       object,
                       spec.at,
                       spec.fieldPath,
                       suggestion.isEmpty()
                           //: %1 is an architecture as written (kubernetes.io/arch is a label)
                           ? Tr::tr("No node has kubernetes.io/arch=%1: nodes are labelled with "
                                    "Go's architecture names (amd64, arm64, arm, ...)")
                                 .arg(arch)
                           //: %1 as written, %2 the Go name nodes carry
                           : Tr::tr("No node has kubernetes.io/arch=%1: nodes are labelled with "
                                    "Go's architecture names; did you mean %2?")
                                 .arg(arch, suggestion));
    }
    for (const QString &os : spec.requiredOperatingSystems) {
        if (goOperatingSystems().contains(os))
            continue;
        const QString lower = os.toLower();
        context.report(QStringLiteral("platform-label"),
                       object,
                       spec.at,
                       spec.fieldPath,
                       goOperatingSystems().contains(lower)
                           //: %1 as written, %2 the lower-case Go name nodes carry
                           ? Tr::tr("No node has kubernetes.io/os=%1: labels are case-sensitive; "
                                    "did you mean %2?")
                                 .arg(os, lower)
                           //: %1 is an operating system as written
                           : Tr::tr("No node has kubernetes.io/os=%1: nodes are labelled with "
                                    "Go's names (linux, windows)")
                                 .arg(os));
    }
}
