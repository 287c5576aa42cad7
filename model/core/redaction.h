// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Removes secrets from text meant for logs, tooltips, error messages and crash reports:
// Authorization headers, Basic/Bearer credentials, password/auth/token fields in JSON and
// YAML, passwords in URLs and query strings, and password flags on command lines.
namespace Redaction {
// The placeholder that replaces a secret.
inline constexpr char16_t placeholder[] = u"[redacted]";
// Returns text with every secret it recognises replaced by the placeholder.
QString redact(const QString &text);
} // namespace Redaction
