// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/refcommand.h"

#include "app/cli/output.h"
#include "model/core/tr.h"
#include "model/reference/imagereference.h"
#include "model/reference/pullpolicy.h"

#include <QJsonValue>

QString RefCommand::helpText()
{
    return Tr::tr(
        "Usage: pullscope-cli ref [--no-normalize] [--json] [--] REF...\n"
        "\n"
        "Parses image references exactly as github.com/distribution/reference v0.6 does\n"
        "(the parser Docker, containerd and the kubelet use) and prints one line per REF,\n"
        "in the order given.\n"
        "\n"
        "Options:\n"
        "  --json          One compact JSON object per line instead of text.\n"
        "  --no-normalize  Parse without Docker normalization (reference.Parse): no docker.io\n"
        "                  domain and no library/ prefix are added, and the domain is only\n"
        "                  what the grammar captures (\"foo/bar\" has domain \"foo\").\n"
        "                  Default: ParseNormalizedNamed (\"busybox\" is\n"
        "                  docker.io/library/busybox).\n"
        "  --              End of options; every later argument is a reference, even \"-x\".\n"
        "  -h, --help      Show this help.\n"
        "\n"
        "JSON keys: input, valid, error (the library's message), name, domain, path, tag,\n"
        "digest, familiar, normalized, dockerRef, defaultPullPolicy.\n"
        "  - A component the reference does not have (tag, digest, domain) is \"\", as the\n"
        "    Go library's accessors return it.\n"
        "  - An invalid REF has valid false, its error, and null for every parsed field.\n"
        "  - normalized is the full reference (String()); familiar is FamiliarString (without\n"
        "    docker.io/ and a single-level library/).\n"
        "  - dockerRef is ParseDockerRef's result (\":latest\" added when there is neither tag\n"
        "    nor digest, the tag dropped when both are present). With --no-normalize it is\n"
        "    null, because ParseDockerRef always normalizes; familiar is still FamiliarString\n"
        "    of the unnormalized reference (it only changes names on docker.io).\n"
        "  - defaultPullPolicy is the imagePullPolicy the Kubernetes API server fills in for\n"
        "    a container with this image (Always only when the tag is exactly \"latest\",\n"
        "    including \"latest@sha256:...\", or when there is neither tag nor digest). The API\n"
        "    server does not validate the image, so an invalid REF gets IfNotPresent too.\n"
        "    It does not depend on --no-normalize.\n"
        "\n"
        "Text output: \"REF -> REFERENCE (pull policy POLICY)\" on stdout, where REFERENCE is\n"
        "dockerRef (or, with --no-normalize, the parsed reference); an invalid REF prints\n"
        "'ref \"REF\": ERROR' on stderr.\n"
        "\n"
        "Exit status: 0 when every REF is valid, 1 when any is invalid, 2 for a usage error\n"
        "(an unknown option, no REF).");
}

QJsonObject RefCommand::describe(const QString &input, bool normalize)
{
    QJsonObject o;
    o.insert(QStringLiteral("input"), input);
    o.insert(QStringLiteral("defaultPullPolicy"), pullPolicyToString(defaultPullPolicy(input)));
    const Result<ImageReference> parsed =
        normalize ? ImageReference::parseNormalized(input) : ImageReference::parse(input);
    const QStringList fields = {QStringLiteral("name"),
                                QStringLiteral("domain"),
                                QStringLiteral("path"),
                                QStringLiteral("tag"),
                                QStringLiteral("digest"),
                                QStringLiteral("familiar"),
                                QStringLiteral("normalized"),
                                QStringLiteral("dockerRef")};
    if (!parsed) {
        o.insert(QStringLiteral("valid"), false);
        o.insert(QStringLiteral("error"), parsed.error().message);
        for (const QString &field : fields)
            o.insert(field, QJsonValue::Null);
        return o;
    }
    const ImageReference &ref = *parsed;
    o.insert(QStringLiteral("valid"), true);
    o.insert(QStringLiteral("error"), QJsonValue::Null);
    o.insert(QStringLiteral("name"), QJsonValue(ref.name()));
    o.insert(QStringLiteral("domain"), QJsonValue(ref.domain()));
    o.insert(QStringLiteral("path"), QJsonValue(ref.path()));
    o.insert(QStringLiteral("tag"), QJsonValue(ref.tag()));
    o.insert(QStringLiteral("digest"), QJsonValue(ref.digest().toString()));
    o.insert(QStringLiteral("familiar"), QJsonValue(ref.familiar()));
    o.insert(QStringLiteral("normalized"), QJsonValue(ref.toString()));
    o.insert(QStringLiteral("dockerRef"),
             normalize ? QJsonValue(ref.dockerRef()) : QJsonValue(QJsonValue::Null));
    return o;
}

int RefCommand::run(const QStringList &arguments, Output &out)
{
    bool json = false;
    bool normalize = true;
    QStringList refs;
    bool optionsEnded = false;
    for (const QString &arg : arguments) {
        if (optionsEnded) {
            refs.append(arg);
        } else if (arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--no-normalize")) {
            normalize = false;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out.line(helpText());
            return ExitStatus::Ok;
        } else if (arg.size() > 1 && arg.startsWith(QLatin1Char('-'))) {
            //: %1 is the option as given
            out.error(Tr::tr("ref: unknown option \"%1\"; run 'pullscope-cli ref --help' (use "
                             "-- before a reference that starts with '-')")
                          .arg(arg));
            return ExitStatus::Usage;
        } else {
            refs.append(arg);
        }
    }
    if (refs.isEmpty()) {
        out.error(Tr::tr("ref: no reference given; run 'pullscope-cli ref --help'"));
        return ExitStatus::Usage;
    }

    int status = ExitStatus::Ok;
    for (const QString &input : refs) {
        const QJsonObject o = describe(input, normalize);
        const bool valid = o.value(QStringLiteral("valid")).toBool();
        if (!valid)
            status = ExitStatus::Failed;
        if (json) {
            out.json(o);
        } else if (valid) {
            const QString shown = normalize ? o.value(QStringLiteral("dockerRef")).toString()
                                            : o.value(QStringLiteral("normalized")).toString();
            //: %1 the input, %2 the parsed reference, %3 the default imagePullPolicy
            out.line(
                Tr::tr("%1 -> %2 (pull policy %3)")
                    .arg(input, shown, o.value(QStringLiteral("defaultPullPolicy")).toString()));
        } else {
            //: %1 the input, %2 the parser's error message
            out.error(
                Tr::tr("ref \"%1\": %2").arg(input, o.value(QStringLiteral("error")).toString()));
        }
    }
    return status;
}
