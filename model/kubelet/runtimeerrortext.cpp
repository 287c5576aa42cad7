// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kubelet/runtimeerrortext.h"

#include <QUrl>

namespace {
QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// Go's url.QueryEscape for the characters scopes and services hold.
QString queryEscape(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s, "-_.~"));
}

QString manifestUrl(const RuntimeErrorText::Context &c)
{
    return c.baseUrl + QStringLiteral("/v2/") + c.repositoryPath + QStringLiteral("/manifests/")
        + c.manifestReference;
}

// "failed to do request: Head "<url>": <transport error>" (core/remotes/docker, Go net/http).
QString transport(const RuntimeErrorText::Context &c, const QString &what)
{
    return QStringLiteral("failed to do request: Head %1: %2").arg(quoted(manifestUrl(c)), what);
}

// core/remotes/errors/errors.go ErrUnexpectedStatus.Error().
QString unexpectedStatus(const QString &method, const QString &url, int status)
{
    return QStringLiteral("unexpected status from %1 request to %2: %3")
        .arg(method, url, RuntimeErrorText::httpStatusText(status));
}
} // namespace

QString RuntimeErrorText::httpStatusText(int status)
{
    const char *text = "";
    switch (status) {
    case 400:
        text = "Bad Request";
        break;
    case 401:
        text = "Unauthorized";
        break;
    case 403:
        text = "Forbidden";
        break;
    case 404:
        text = "Not Found";
        break;
    case 405:
        text = "Method Not Allowed";
        break;
    case 408:
        text = "Request Timeout";
        break;
    case 429:
        text = "Too Many Requests";
        break;
    case 500:
        text = "Internal Server Error";
        break;
    case 502:
        text = "Bad Gateway";
        break;
    case 503:
        text = "Service Unavailable";
        break;
    case 504:
        text = "Gateway Timeout";
        break;
    default:
        break;
    }
    return QStringLiteral("%1 %2").arg(status).arg(QLatin1String(text)).trimmed();
}

QString RuntimeErrorText::tokenUrl(const Context &c)
{
    // containerd core/remotes/docker/auth/fetch.go FetchToken: url.Values.Encode() sorts the
    // keys, so scope comes before service.
    QString url = c.realm + QStringLiteral("?scope=")
        + queryEscape(QStringLiteral("repository:%1:pull").arg(c.repositoryPath));
    if (!c.service.isEmpty())
        url += QStringLiteral("&service=") + queryEscape(c.service);
    return url;
}

QString RuntimeErrorText::grpcCode(const Error &error)
{
    // containerd's CRI plugin maps errdefs classes onto gRPC codes (errdefs.ToGRPC).
    switch (error.code) {
    case ErrorCode::NotFound:
        return QStringLiteral("NotFound");
    case ErrorCode::Timeout:
        return QStringLiteral("DeadlineExceeded");
    case ErrorCode::Cancelled:
        return QStringLiteral("Canceled");
    default:
        return QStringLiteral("Unknown");
    }
}

QString RuntimeErrorText::containerd(const Error &e, const Context &c)
{
    // internal/cri/server/images/image_pull.go: "failed to pull and unpack image %q: %w";
    // client/pull.go: "failed to resolve reference %q: %w".
    const QString head =
        QStringLiteral("failed to pull and unpack image %1: ").arg(quoted(c.fullReference));
    const QString resolve =
        head + QStringLiteral("failed to resolve reference %1: ").arg(quoted(c.fullReference));
    QString detail;
    bool resolving = true;
    const bool bearer = c.authScheme.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0;
    // The token server's refusals name its realm; the registry's own do not.
    const QString realmShown =
        QUrl(c.realm).toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const bool fromTokenServer = bearer && !c.realm.isEmpty() && e.message.contains(realmShown);
    switch (e.code) {
    case ErrorCode::Unauthorized:
    case ErrorCode::Denied:
        if (fromTokenServer) {
            // authorizer.go fetchToken: anonymous GET, or the credentials' token request
            // (docs/reference/cluster-api.md §6 row 6; the status format of core/remotes/errors).
            detail = QStringLiteral("failed to authorize: %1: %2")
                         .arg(c.anonymous ? QStringLiteral("failed to fetch anonymous token")
                                          : QStringLiteral("failed to fetch oauth token"),
                              unexpectedStatus(QStringLiteral("GET"),
                                               tokenUrl(c),
                                               e.httpStatus ? e.httpStatus : 401));
        } else if (bearer && e.code == ErrorCode::Unauthorized) {
            // A token without the pull scope: the registry repeats its challenge with
            // error="insufficient_scope" (row 4).
            detail = QStringLiteral("pull access denied, repository does not exist or may require "
                                    "authorization: server message: insufficient_scope: "
                                    "authorization failed");
        } else if (c.anonymous && e.code == ErrorCode::Unauthorized) {
            // A Basic challenge and no credentials (row 5).
            detail = QStringLiteral("pull access denied, repository does not exist or may require "
                                    "authorization: authorization failed: no basic auth "
                                    "credentials");
        } else {
            // Basic credentials refused, or a 403 (row 3).
            detail = unexpectedStatus(QStringLiteral("HEAD"),
                                      manifestUrl(c),
                                      e.httpStatus ? e.httpStatus
                                                   : (e.code == ErrorCode::Denied ? 403 : 401));
        }
        break;
    case ErrorCode::NotFound:
        if (e.httpStatus == 404) {
            // resolver.go: every host answered 404 (row 7).
            detail = c.fullReference + QStringLiteral(": not found");
        } else {
            // core/images/handlers.go: no index entry for the platform (row 8).
            resolving = false;
            detail = QStringLiteral("no match for platform in manifest: not found");
        }
        break;
    case ErrorCode::Dns:
        // Go net: "dial tcp: lookup HOST: no such host" (rows 14, 15 name the resolver too).
        detail = transport(c,
                           QStringLiteral("dial tcp: lookup %1: no such host")
                               .arg(c.host.section(QLatin1Char(':'), 0, 0)));
        break;
    case ErrorCode::ConnectionRefused:
        detail =
            transport(c, QStringLiteral("dial tcp %1: connect: connection refused").arg(c.host));
        break;
    case ErrorCode::Timeout:
        detail = transport(c, QStringLiteral("dial tcp %1: i/o timeout").arg(c.host));
        break;
    case ErrorCode::Tls:
        // Qt does not say which x509 check failed; an unknown authority is the usual one
        // (rows 11-13).
        detail = transport(c,
                           QStringLiteral("tls: failed to verify certificate: x509: certificate "
                                          "signed by unknown authority"));
        break;
    case ErrorCode::TooManyRequests:
    case ErrorCode::Server:
        detail = unexpectedStatus(QStringLiteral("HEAD"),
                                  manifestUrl(c),
                                  e.httpStatus ? e.httpStatus : 500);
        break;
    default:
        resolving = false;
        detail = e.message;
        break;
    }
    const QString text = (resolving ? resolve : head) + detail;
    const QString code = grpcCode(e);
    // k/k PR #117612: only the Unknown code's prefix is stripped.
    if (code == QLatin1String("Unknown"))
        return text;
    return QStringLiteral("rpc error: code = %1 desc = %2").arg(code, text);
}
