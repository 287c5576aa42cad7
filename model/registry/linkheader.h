// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QUrl>

// RFC 8288 Link headers as registries send them for paging:
// Link: </v2/name/tags/list?n=100&last=x>; rel="next"
namespace LinkHeader {
// The rel="next" target resolved against requestUrl. An empty QUrl when there is no next
// link. An Error when the header is malformed, or when the target leaves the registry (other
// scheme or host: ggcr list.go validatePaginationURLHost, "potential SSRF attack").
Result<QUrl> next(const QByteArray &header, const QUrl &requestUrl);
} // namespace LinkHeader
