// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/dockerregistrysecret.h"

#include "model/auth/credential.h"
#include "model/auth/kubeletdockerconfig.h"
#include "model/core/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace {

// validation.IsConfigMapKey (k/apimachinery pkg/util/validation/validation.go), the check
// kubectl's addKeyFromFileToSecret applies to every key.
QString configMapKeyError(const QString &key)
{
    QStringList errs;
    if (key.size() > 253)
        errs.append(QStringLiteral("must be no more than 253 characters"));
    static const QRegularExpression re(QStringLiteral("^[-._a-zA-Z0-9]+$"));
    if (!re.match(key).hasMatch()) {
        errs.append(QStringLiteral(
            "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. "
            "'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is "
            "'[-._a-zA-Z0-9]+')"));
    }
    if (key == QLatin1String("."))
        errs.append(QStringLiteral("must not be '.'"));
    else if (key == QLatin1String(".."))
        errs.append(QStringLiteral("must not be '..'"));
    else if (key.startsWith(QLatin1String("..")))
        errs.append(QStringLiteral("must not start with '..'"));
    return errs.join(u';');
}

Error kubectlError(const QString &message)
{
    return Error(ErrorCode::InvalidArgument, message);
}

// ParseFileSource (k/kubectl pkg/util/util.go / cmd/util).
Result<QPair<QString, QString>> parseFileSource(const QString &source)
{
    const qsizetype separators = source.count(u'=');
    if (separators == 0)
        return QPair<QString, QString>(QFileInfo(source).fileName(), source);
    if (separators > 1)
        return kubectlError(QStringLiteral("key names or file paths cannot contain '='"));
    if (source.startsWith(u'='))
        return kubectlError(QStringLiteral("key name for file path %1 missing").arg(source.mid(1)));
    if (source.endsWith(u'='))
        return kubectlError(
            QStringLiteral("file path for key name %1 missing").arg(source.chopped(1)));
    return QPair<QString, QString>(source.section(u'=', 0, 0), source.section(u'=', 1));
}

} // namespace

// encoding/json encodeState.string with escapeHTML (Go 1.22+, which also writes \b and \f):
// kubectl marshals the docker config with json.Marshal, so a password with & < > is stored as
// \u0026 \u003c \u003e; invalid UTF-8 cannot reach us from a QString.
QByteArray DockerRegistrySecret::goJsonString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out = "\"";
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8[i]);
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                continue;
            case '\\':
                out += "\\\\";
                continue;
            case '\b':
                out += "\\b";
                continue;
            case '\f':
                out += "\\f";
                continue;
            case '\n':
                out += "\\n";
                continue;
            case '\r':
                out += "\\r";
                continue;
            case '\t':
                out += "\\t";
                continue;
            default:
                break;
            }
            if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
                continue;
            }
            out += char(c);
            continue;
        }
        // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) break JavaScript, so Go escapes them.
        if (c == 0xe2 && i + 2 < utf8.size() && uchar(utf8[i + 1]) == 0x80
            && (uchar(utf8[i + 2]) == 0xa8 || uchar(utf8[i + 2]) == 0xa9)) {
            out += uchar(utf8[i + 2]) == 0xa8 ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        out += char(c);
    }
    out += '"';
    return out;
}

// handleDockerCfgJSONContent / encodeDockerConfigFieldAuth (create_secret_docker.go):
// DockerConfigEntry{Username, Password, Email, Auth} with `omitempty` on each field, Auth =
// base64.StdEncoding("user:pass").
QByteArray DockerRegistrySecret::dockerConfigJson(const QString &server,
                                                  const QString &username,
                                                  const QString &password,
                                                  const QString &email)
{
    QByteArrayList fields;
    if (!username.isEmpty())
        fields.append("\"username\":" + goJsonString(username));
    if (!password.isEmpty())
        fields.append("\"password\":" + goJsonString(password));
    if (!email.isEmpty())
        fields.append("\"email\":" + goJsonString(email));
    const QByteArray auth = (username + QLatin1Char(':') + password).toUtf8().toBase64();
    fields.append("\"auth\":" + goJsonString(QString::fromLatin1(auth)));
    return "{\"auths\":{" + goJsonString(server) + ":{" + fields.join(',') + "}}}";
}

// go-yaml v2 encoder.stringv + emitter scalar analysis, for the strings a Secret can hold
// here (names, namespaces, data keys, base64): a string that would resolve to another type
// (bool, null, number, date) is double-quoted; one that plain style cannot carry is
// single-quoted.
QByteArray DockerRegistrySecret::yamlScalar(const QString &text)
{
    static const QRegularExpression nonString(QStringLiteral(
        "^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|"
        "null|Null|NULL|~|<<|"
        "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|"
        "[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+|"
        "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|"
        "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|"
        "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)$"));
    if (text.isEmpty() || nonString.match(text).hasMatch()) {
        // Double-quoted: only printable ASCII is expected in names and keys.
        QByteArray out = "\"";
        for (const char c : text.toUtf8()) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        return out + '"';
    }
    // yaml_emitter_analyze_scalar: indicators that forbid plain style in block context.
    static const QString alwaysIndicator = QStringLiteral("#,[]{}&*!|>'\"%@`");
    const QChar first = text.front();
    const bool firstFollowedBySpace = text.size() == 1 || text[1] == u' ';
    bool plain = !alwaysIndicator.contains(first);
    if ((first == u'?' || first == u':' || first == u'-') && firstFollowedBySpace)
        plain = false;
    if (text.front() == u' ' || text.back() == u' ' || text.contains(QLatin1String(": "))
        || text.contains(QLatin1String(" #")) || text.endsWith(u':')
        || text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("...")))
        plain = false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            plain = false;
    }
    if (plain)
        return text.toUtf8();
    QByteArray out = "'";
    out += text.toUtf8().replace('\'', "''");
    return out + '\'';
}

// keyList.Less (gopkg.in/yaml.v2 sorter.go), for string keys.
bool DockerRegistrySecret::yamlKeyLess(const QString &a, const QString &b)
{
    const QList<uint> ar = a.toUcs4();
    const QList<uint> br = b.toUcs4();
    auto isDigit = [](uint c) {
        return c >= '0' && c <= '9';
    };
    auto isLetter = [](uint c) {
        return QChar::isLetter(char32_t(c));
    };
    for (qsizetype i = 0; i < ar.size() && i < br.size(); ++i) {
        if (ar[i] == br[i])
            continue;
        const bool al = isLetter(ar[i]);
        const bool bl = isLetter(br[i]);
        if (al && bl)
            return ar[i] < br[i];
        if (al || bl)
            return bl;
        qint64 an = 0;
        qint64 bn = 0;
        if (ar[i] == '0' || br[i] == '0') {
            for (qsizetype j = i - 1; j >= 0 && isDigit(ar[j]); --j) {
                if (ar[j] != '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        qsizetype ai = i;
        qsizetype bi = i;
        for (; ai < ar.size() && isDigit(ar[ai]); ++ai)
            an = an * 10 + qint64(ar[ai] - '0');
        for (; bi < br.size() && isDigit(br[bi]); ++bi)
            bn = bn * 10 + qint64(br[bi] - '0');
        if (an != bn)
            return an < bn;
        if (ai != bi)
            return ai < bi;
        return ar[i] < br[i];
    }
    return ar.size() < br.size();
}

QString DockerRegistrySecret::missingCredentialsMessage()
{
    return QStringLiteral("either --from-file or the combination of --docker-username, "
                          "--docker-password and --docker-server is required");
}

// SecretDockerRegistryOptions.Validate / createSecretDockerRegistry (create_secret_docker.go):
// without --from-file, username, password and server are all required; with --from-file the
// generated .dockerconfigjson is not added at all, and a bare path gets the .dockerconfigjson key
// (Complete). newSecretObj (create_secret.go) sets metadata.namespace only when enforced.
// Printed with -o yaml: json -> yaml via sigs.k8s.io/yaml, keys sorted, creationTimestamp: null.
Result<QByteArray> DockerRegistrySecret::toYaml(const Options &options)
{
    if (options.name.isEmpty())
        return kubectlError(QStringLiteral("exactly one NAME is required, got 0"));
    if (options.fromFiles.isEmpty()
        && (options.username.isEmpty() || options.password.isEmpty() || options.server.isEmpty())) {
        return kubectlError(missingCredentialsMessage());
    }
    QMap<QString, QByteArray> data;
    if (options.fromFiles.isEmpty()) {
        data.insert(
            QStringLiteral(".dockerconfigjson"),
            dockerConfigJson(options.server, options.username, options.password, options.email));
    }
    for (QString source : options.fromFiles) {
        if (!source.contains(u'='))
            source = QStringLiteral(".dockerconfigjson=") + source;
        const Result<QPair<QString, QString>> parsed = parseFileSource(source);
        if (!parsed)
            return parsed.error();
        const auto &[key, path] = *parsed;
        const QFileInfo info(path);
        if (!info.exists())
            return kubectlError(
                QStringLiteral("error reading %1: no such file or directory").arg(path));
        if (info.isDir())
            return kubectlError(QStringLiteral("cannot give a key name for a directory path"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return kubectlError(
                QStringLiteral("error reading %1: %2").arg(path, file.errorString()));
        const QString keyError = configMapKeyError(key);
        if (!keyError.isEmpty()) {
            return kubectlError(QStringLiteral("%1 is not valid key name for a Secret %2")
                                    .arg(QString::fromUtf8(goJsonString(key)), keyError));
        }
        if (data.contains(key)) {
            return kubectlError(
                QStringLiteral("cannot add key %1, another key by that name already exists")
                    .arg(key));
        }
        data.insert(key, file.readAll());
    }
    QStringList keys = data.keys();
    std::sort(keys.begin(), keys.end(), yamlKeyLess);

    QByteArray out = "apiVersion: v1\n";
    // An empty map is printed as "data: {}" by go-yaml; kubectl never gets there (one key
    // at least), but stay correct.
    if (keys.isEmpty())
        out += "data: {}\n";
    else
        out += "data:\n";
    for (const QString &key : std::as_const(keys))
        out += "  " + yamlScalar(key) + ": " + data.value(key).toBase64() + '\n';
    out += "kind: Secret\nmetadata:\n  creationTimestamp: null\n";
    out += "  name: " + yamlScalar(options.name) + '\n';
    if (!options.namespaceName.isEmpty())
        out += "  namespace: " + yamlScalar(options.namespaceName) + '\n';
    out += "type: kubernetes.io/dockerconfigjson\n";
    return out;
}

Result<QList<DockerRegistrySecret::Credential>>
DockerRegistrySecret::read(const QByteArray &dockerConfigJson)
{
    const Result<QList<DockerKeyring::Entry>> entries =
        KubeletDockerConfig::fromDockerConfigJson(dockerConfigJson, QString());
    if (!entries)
        return entries.error();
    QList<Credential> out;
    for (const DockerKeyring::Entry &e : *entries)
        out.append({e.writtenKey, e.key, e.username, e.password, e.email});
    return out;
}

QStringList DockerRegistrySecret::describe(const QList<Credential> &credentials, bool showPasswords)
{
    QStringList lines;
    for (const Credential &c : credentials) {
        const QString password = showPasswords ? c.password
            : c.password.isEmpty()             ? Tr::tr("(none)")
                                   : QString(qMin<qsizetype>(c.password.size(), 8), u'*');
        //: %1 server as written, %2 kubelet keyring key, %3 user, %4 password or mask
        QString line =
            Tr::tr("%1 (key %2)  user %3  password %4")
                .arg(c.server, c.key.isEmpty() ? Tr::tr("invalid") : c.key, c.username, password);
        if (!c.email.isEmpty())
            line += Tr::tr("  email %1").arg(c.email);
        lines.append(line);
    }
    return lines;
}
