// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/linkheader.h"

#include "model/core/tr.h"

Result<QUrl> LinkHeader::next(const QByteArray &header, const QUrl &requestUrl)
{
    const QString text = QString::fromLatin1(header).trimmed();
    if (text.isEmpty())
        return QUrl();
    // Several links may be comma-separated; commas may not appear inside <...> unencoded in
    // practice, so split on "," that follows ">" parameters.
    const QStringList links = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawLink : links) {
        const QString link = rawLink.trimmed();
        const qsizetype open = link.indexOf(QLatin1Char('<'));
        const qsizetype close = link.indexOf(QLatin1Char('>'));
        if (open != 0 || close < 0)
            return Error(
                ErrorCode::Protocol,
                Tr::tr("The registry sent a malformed Link header: %1").arg(text.left(200)));
        const QString params = link.mid(close + 1);
        bool isNext = false;
        for (const QString &param : params.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString p = param.trimmed();
            if (!p.startsWith(QLatin1String("rel="), Qt::CaseInsensitive))
                continue;
            QString rel = p.mid(4);
            if (rel.startsWith(QLatin1Char('"')) && rel.endsWith(QLatin1Char('"'))
                && rel.size() >= 2)
                rel = rel.mid(1, rel.size() - 2);
            isNext =
                rel.split(QLatin1Char(' ')).contains(QLatin1String("next"), Qt::CaseInsensitive);
        }
        if (!isNext)
            continue;
        const QUrl target = QUrl(link.mid(1, close - 1));
        if (!target.isValid())
            return Error(ErrorCode::Protocol,
                         Tr::tr("The registry sent a Link header with an invalid URL: %1")
                             .arg(text.left(200)));
        const QUrl resolved = requestUrl.resolved(target);
        if (resolved.scheme() != requestUrl.scheme() || resolved.host() != requestUrl.host()
            || resolved.port() != requestUrl.port())
            return Error(
                ErrorCode::Protocol,
                Tr::tr("The registry's next-page link points elsewhere (%1); not followed")
                    .arg(resolved.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        return resolved;
    }
    return QUrl();
}
