// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/secretcommand.h"

#include "app/cli/output.h"
#include "model/core/tr.h"
#include "model/kube/dockerregistrysecret.h"
#include "model/kube/kubereader.h"

#include <QFile>

namespace {
const QString kUsageHint = QStringLiteral("run 'pullscope-cli secret --help'");
} // namespace

QString SecretCommand::helpText()
{
    return Tr::tr(
        "Usage: pullscope-cli secret docker-registry NAME [--docker-server=SERVER]\n"
        "         --docker-username=USER --docker-password=PASSWORD [--docker-email=EMAIL]\n"
        "         [--from-file=[KEY=]FILE]... [-n NAMESPACE] [--dry-run=client] [-o yaml]\n"
        "       pullscope-cli secret read FILE [--show-passwords]\n"
        "\n"
        "docker-registry prints the Secret that 'kubectl create secret docker-registry ...\n"
        "--dry-run=client -o yaml' prints, byte for byte (kubectl 1.32): type\n"
        "kubernetes.io/dockerconfigjson, key .dockerconfigjson holding\n"
        "{\"auths\":{SERVER:{\"username\",\"password\",\"email\",\"auth\"}}}.\n"
        "\n"
        "Options (kubectl's; \"--flag VALUE\" and \"--flag=VALUE\" both work):\n"
        "  --docker-server     Registry key; default https://index.docker.io/v1/ (which the\n"
        "                      kubelet files under index.docker.io and uses for Docker Hub).\n"
        "  --docker-username, --docker-password, --docker-email (optional)\n"
        "  --from-file         [KEY=]FILE, repeatable; a bare FILE becomes .dockerconfigjson.\n"
        "                      With --from-file the docker-* flags are not used.\n"
        "  -n, --namespace     Sets metadata.namespace.\n"
        "  --dry-run, -o       Accepted for kubectl compatibility (client, yaml only).\n"
        "\n"
        "read lists each registry of a .dockerconfigjson file or of the dockerconfigjson\n"
        "Secrets in a YAML file: the key as written, the kubelet's keyring key, the user and\n"
        "the password masked (--show-passwords prints it).\n"
        "\n"
        "Exit status: 0 on success, 1 on bad input (kubectl's message on stderr; a password is\n"
        "never printed there).");
}

int SecretCommand::run(const QStringList &arguments, Output &out)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h")) {
        out.line(helpText());
        return arguments.isEmpty() ? ExitStatus::Failed : ExitStatus::Ok;
    }
    const QString sub = arguments.first();
    if (sub == QLatin1String("docker-registry"))
        return runCreate(arguments.mid(1), out);
    if (sub == QLatin1String("read"))
        return runRead(arguments.mid(1), out);
    //: %1 the sub-command as given, %2 the help hint
    out.error(Tr::tr("secret: unknown sub-command \"%1\" (docker-registry or read); %2")
                  .arg(sub, kUsageHint));
    return ExitStatus::Failed;
}

// kubectl's flags, parsed the way pflag does: --flag=value, --flag value, -n value, -n=value,
// -nvalue; --from-file repeats.
int SecretCommand::runCreate(const QStringList &arguments, Output &out)
{
    DockerRegistrySecret::Options options;
    QStringList names;
    const QStringList valueFlags = {QStringLiteral("docker-server"),
                                    QStringLiteral("docker-username"),
                                    QStringLiteral("docker-password"),
                                    QStringLiteral("docker-email"),
                                    QStringLiteral("from-file"),
                                    QStringLiteral("namespace"),
                                    QStringLiteral("dry-run"),
                                    QStringLiteral("output")};
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(u'-')) {
            names.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out.line(helpText());
            return ExitStatus::Ok;
        }
        QString flag;
        QString value;
        bool hasValue = false;
        if (arg.startsWith(QLatin1String("--"))) {
            flag = arg.mid(2).section(u'=', 0, 0);
            hasValue = arg.contains(u'=');
            value = arg.section(u'=', 1);
        } else {
            // Shorthands: -n (namespace), -o (output).
            const QChar shorthand = arg.size() > 1 ? arg[1] : QChar();
            if (shorthand == u'n')
                flag = QStringLiteral("namespace");
            else if (shorthand == u'o')
                flag = QStringLiteral("output");
            if (arg.size() > 2) {
                hasValue = true;
                value = arg.mid(arg[2] == u'=' ? 3 : 2);
            }
        }
        if (!valueFlags.contains(flag)) {
            //: %1 the option as given (never its value)
            out.error(Tr::tr("unknown flag: %1; %2").arg(arg.section(u'=', 0, 0), kUsageHint));
            return ExitStatus::Failed;
        }
        if (!hasValue && flag == QLatin1String("dry-run")) {
            value = QStringLiteral("client"); // pflag NoOptDefVal "unchanged" -> client
            hasValue = true;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size()) {
                out.error(Tr::tr("flag needs an argument: --%1").arg(flag));
                return ExitStatus::Failed;
            }
            value = arguments[++i];
        }
        if (flag == QLatin1String("docker-server")) {
            options.server = value;
        } else if (flag == QLatin1String("docker-username")) {
            options.username = value;
        } else if (flag == QLatin1String("docker-password")) {
            options.password = value;
        } else if (flag == QLatin1String("docker-email")) {
            options.email = value;
        } else if (flag == QLatin1String("from-file")) {
            options.fromFiles.append(value);
        } else if (flag == QLatin1String("namespace")) {
            options.namespaceName = value;
        } else if (flag == QLatin1String("dry-run")) {
            if (value != QLatin1String("client")) {
                out.error(Tr::tr("--dry-run=%1 is not supported: pullscope-cli never talks to a "
                                 "cluster here; use --dry-run=client")
                              .arg(value));
                return ExitStatus::Failed;
            }
        } else if (flag == QLatin1String("output")) {
            if (value != QLatin1String("yaml")) {
                out.error(Tr::tr("-o %1 is not supported; only -o yaml").arg(value));
                return ExitStatus::Failed;
            }
        }
    }
    if (names.size() != 1) {
        out.error(QStringLiteral("exactly one NAME is required, got %1").arg(names.size()));
        return ExitStatus::Failed;
    }
    options.name = names.first();
    const Result<QByteArray> yaml = DockerRegistrySecret::toYaml(options);
    if (!yaml) {
        out.error(yaml.error().message);
        return ExitStatus::Failed;
    }
    out.raw(*yaml);
    return ExitStatus::Ok;
}

int SecretCommand::runRead(const QStringList &arguments, Output &out)
{
    bool showPasswords = false;
    QStringList files;
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--show-passwords")) {
            showPasswords = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out.line(helpText());
            return ExitStatus::Ok;
        } else if (arg.startsWith(QLatin1String("--"))) {
            out.error(Tr::tr("unknown flag: %1; %2").arg(arg.section(u'=', 0, 0), kUsageHint));
            return ExitStatus::Failed;
        } else {
            files.append(arg);
        }
    }
    if (files.size() != 1) {
        out.error(Tr::tr("secret read: exactly one FILE is required, got %1; %2")
                      .arg(files.size())
                      .arg(kUsageHint));
        return ExitStatus::Failed;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        out.error(Tr::tr("cannot read %1: %2").arg(files.first(), file.errorString()));
        return ExitStatus::Failed;
    }
    const QByteArray bytes = file.readAll();
    // Which dockerconfigjson payloads to list: the file itself when it is JSON, else every
    // dockerconfigjson Secret in the YAML.
    QList<QPair<QString, QByteArray>> payloads;
    if (bytes.trimmed().startsWith('{')) {
        payloads.append({files.first(), bytes});
    } else {
        const KubeFile kube = KubeReader::read(bytes, files.first());
        for (const Error &e : kube.errors) {
            out.error(e.toString());
            return ExitStatus::Failed;
        }
        for (const KubeObject &o : kube.objects) {
            if (!o.secret)
                continue;
            const auto value = o.secret->data.constFind(QStringLiteral(".dockerconfigjson"));
            if (value == o.secret->data.constEnd())
                continue;
            payloads.append({o.displayName(), value->bytes});
        }
        if (payloads.isEmpty()) {
            out.error(Tr::tr("%1: no Secret with a .dockerconfigjson key").arg(files.first()));
            return ExitStatus::Failed;
        }
    }
    int status = ExitStatus::Ok;
    for (const auto &[label, payload] : std::as_const(payloads)) {
        const Result<QList<DockerRegistrySecret::Credential>> creds =
            DockerRegistrySecret::read(payload);
        if (!creds) {
            //: %1 file or Secret, %2 the kubelet's parse error
            out.error(Tr::tr("%1: %2").arg(label, creds.error().message));
            status = ExitStatus::Failed;
            continue;
        }
        if (payloads.size() > 1)
            out.line(label + QLatin1Char(':'));
        if (creds->isEmpty())
            out.line(Tr::tr("no \"auths\" entries: the kubelet gets no credentials from this"));
        for (const QString &line : DockerRegistrySecret::describe(*creds, showPasswords))
            out.line(line);
    }
    return status;
}
