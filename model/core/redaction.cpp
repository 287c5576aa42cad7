// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/redaction.h"

#include <QRegularExpression>

namespace {
struct Rule
{
    QRegularExpression pattern;
    QString replacement; // \1 etc. refer to captures kept around the secret
};

const QList<Rule> &rules()
{
    using RE = QRegularExpression;
    const auto ci = RE::CaseInsensitiveOption;
    const QString r = QString::fromUtf16(Redaction::placeholder);
    static const QList<Rule> list = {
        // HTTP headers, as logged: "Authorization: Basic abc", "Proxy-Authorization: ..."
        {RE(QStringLiteral(R"re(((?:proxy-)?authorization\s*[:=]\s*)[^\r\n,}]+)re"), ci),
         QStringLiteral("\\1") + r},
        // Credentials standing alone: "Basic dXNlcjpwYXNz", "Bearer eyJ..."
        {RE(QStringLiteral(R"re(\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]{6,})re"), ci),
         QStringLiteral("\\1 ") + r},
        // JSON: "password": "x", "auth": "x", "identitytoken": "x", "access_token": "x", ...
        {RE(QStringLiteral(
                R"re(("(?:password|passwd|auth|identitytoken|identityToken|registrytoken|token|access_token|refresh_token|secret|Secret|client_secret)"\s*:\s*")(?:[^"\\]|\\.)*")re"),
            ci),
         QStringLiteral("\\1") + r + QStringLiteral("\"")},
        // YAML / env style: "password: x", ".dockerconfigjson: eyJ...", "token=x"
        {RE(QStringLiteral(
                R"re(((?:^|[\s{,])(?:password|passwd|\.dockerconfigjson|\.dockercfg|identitytoken|access_token|refresh_token|client_secret)\s*[:=]\s*)[^\s,}&]+)re"),
            ci | RE::MultilineOption),
         QStringLiteral("\\1") + r},
        // URL user info: https://user:secret@host
        {RE(QStringLiteral(R"re(([a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+@)re"), ci),
         QStringLiteral("\\1") + r + QStringLiteral("@")},
        // Query strings: ?password=x&token=x (presigned URLs carry signatures too)
        {RE(QStringLiteral(
                R"re(([?&](?:password|token|access_token|refresh_token|X-Amz-Signature|X-Amz-Credential|sig|signature)=)[^&\s#"]+)re"),
            ci),
         QStringLiteral("\\1") + r},
        // Command lines: --password=x, --docker-password x, --creds user:x. The spaced form
        // leaves prose alone ("--docker-password and --docker-server are required", "--password
        // on the command line"): a following flag or a common English word is not a value.
        {RE(QStringLiteral(R"re((--(?:docker-)?password=)\S+)re"), ci), QStringLiteral("\\1") + r},
        {RE(QStringLiteral(
                R"re((--(?:docker-)?password\s+)(?!-|(?:and|or|nor|on|in|is|are|of|to|the|with|without|flag|flags|option|options|must|was|were|given|needs?|requires?|instead)\b)\S+)re"),
            ci),
         QStringLiteral("\\1") + r},
        {RE(QStringLiteral(R"re((--creds(?:=|\s+)[^:\s]*:)\S+)re"), ci), QStringLiteral("\\1") + r},
    };
    return list;
}
} // namespace

QString Redaction::redact(const QString &text)
{
    QString out = text;
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}
