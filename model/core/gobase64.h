// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>

// Go's encoding/base64 decoder, for the kubelet's reading of pull secrets' auth fields. Pure;
// any thread.
namespace GoBase64 {
// Decodes src with the standard alphabet, padded (StdEncoding) or not (RawStdEncoding), with
// Go's errors and offsets ("illegal base64 data at input byte N"); '\r' and '\n' are skipped.
Result<QByteArray> decode(const QByteArray &src, bool padded);
} // namespace GoBase64
