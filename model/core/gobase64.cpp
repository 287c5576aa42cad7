// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/gobase64.h"

// Go encoding/base64 Decode for the standard alphabet, padded (StdEncoding) or not
// (RawStdEncoding), ported from decodeQuantum so the error offsets are Go's: '\r' and '\n' are
// skipped anywhere, anything else outside the alphabet is "illegal base64 data at input byte N".
Result<QByteArray> GoBase64::decode(const QByteArray &src, bool padded)
{
    auto decodeChar = [](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (c >= '0' && c <= '9')
            return c - '0' + 52;
        if (c == '+')
            return 62;
        if (c == '/')
            return 63;
        return -1;
    };
    auto corrupt = [](qsizetype at) {
        return Error(ErrorCode::Parse,
                     QStringLiteral("illegal base64 data at input byte %1").arg(at));
    };
    QByteArray out;
    qsizetype si = 0;
    const qsizetype n = src.size();
    while (si < n) {
        int dbuf[4] = {0, 0, 0, 0};
        int dlen = 4;
        bool trailingGarbage = false;
        qsizetype garbageAt = 0;
        bool done = false;
        for (int j = 0; j < 4; ++j) {
            if (si == n) {
                if (j == 0)
                    return out;
                if (j == 1 || padded)
                    return corrupt(si - j);
                dlen = j;
                done = true;
                break;
            }
            const char in = src[si++];
            const int v = decodeChar(in);
            if (v >= 0) {
                dbuf[j] = v;
                continue;
            }
            if (in == '\n' || in == '\r') {
                --j;
                continue;
            }
            if (!padded || in != '=')
                return corrupt(si - 1);
            // Padding: only after two or three symbols.
            if (j == 0 || j == 1)
                return corrupt(si - 1);
            if (j == 2) {
                while (si < n && (src[si] == '\n' || src[si] == '\r'))
                    ++si;
                if (si == n)
                    return corrupt(n);
                if (src[si] != '=')
                    return corrupt(si - 1);
                ++si;
            }
            while (si < n && (src[si] == '\n' || src[si] == '\r'))
                ++si;
            if (si < n) {
                trailingGarbage = true;
                garbageAt = si;
            }
            dlen = j;
            done = true;
            break;
        }
        const uint val =
            uint(dbuf[0]) << 18 | uint(dbuf[1]) << 12 | uint(dbuf[2]) << 6 | uint(dbuf[3]);
        const char bytes[3] = {char(val >> 16), char(val >> 8), char(val)};
        out.append(bytes, dlen - 1);
        if (trailingGarbage)
            return corrupt(garbageAt);
        if (done)
            break;
    }
    return out;
}
