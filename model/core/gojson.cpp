// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/gojson.h"

#include <cctype>

namespace {

// encoding/json checkValid: json.Unmarshal scans the whole input before decoding, so a syntax
// error is reported first and with the scanner's own words (Go src/encoding/json/scanner.go).
// At the end of input the scanner is fed a space (scanner.eof), which is why "1." ends in
// "invalid character ' ' after decimal point in numeric literal" while "{" ends in "unexpected
// end of JSON input". Returns the message, or an empty string for valid JSON.
class GoJsonSyntax
{
public:
    static QString check(const QByteArray &data)
    {
        GoJsonSyntax s(data);
        s.value();
        if (s.m_error.isEmpty()) {
            s.skipSpace();
            if (s.m_pos < s.m_data.size())
                s.fail(s.m_data[s.m_pos], "after top-level value");
        }
        return s.m_error;
    }

private:
    explicit GoJsonSyntax(const QByteArray &data)
        : m_data(data)
    {}

    bool atEnd() const { return m_pos >= m_data.size(); }

    // The next byte, or the space scanner.eof feeds.
    char peek() const { return atEnd() ? ' ' : m_data[m_pos]; }

    // quoteChar: strconv.Quote of the byte taken as a rune, in single quotes.
    static QString quoteChar(uchar c)
    {
        if (c == '\'')
            return QStringLiteral("'\\''");
        if (c == '"')
            return QStringLiteral("'\"'");
        switch (c) {
        case '\\':
            return QStringLiteral("'\\\\'");
        case '\a':
            return QStringLiteral("'\\a'");
        case '\b':
            return QStringLiteral("'\\b'");
        case '\f':
            return QStringLiteral("'\\f'");
        case '\n':
            return QStringLiteral("'\\n'");
        case '\r':
            return QStringLiteral("'\\r'");
        case '\t':
            return QStringLiteral("'\\t'");
        case '\v':
            return QStringLiteral("'\\v'");
        default:
            break;
        }
        if (c < 0x20 || c == 0x7f)
            return QStringLiteral("'\\x%1'").arg(c, 2, 16, QLatin1Char('0'));
        if ((c >= 0x80 && c <= 0xa0) || c == 0xad)
            return QStringLiteral("'\\u%1'").arg(c, 4, 16, QLatin1Char('0'));
        return QLatin1Char('\'') + QChar(char16_t(c)) + QLatin1Char('\'');
    }

    void fail(char c, const char *context)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("invalid character %1 %2")
                          .arg(quoteChar(uchar(c)), QLatin1String(context));
    }

    void failEnd()
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("unexpected end of JSON input");
    }

    bool ok() const { return m_error.isEmpty(); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    void value()
    {
        skipSpace();
        if (atEnd())
            return failEnd();
        const char c = m_data[m_pos];
        if (c == '{')
            return object();
        if (c == '[')
            return array();
        if (c == '"')
            return string();
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        if (c == 't')
            return literal("true");
        if (c == 'f')
            return literal("false");
        if (c == 'n')
            return literal("null");
        fail(c, "looking for beginning of value");
    }

    void object()
    {
        ++m_pos;
        skipSpace();
        if (atEnd())
            return failEnd();
        if (m_data[m_pos] == '}') {
            ++m_pos;
            return;
        }
        for (;;) {
            if (m_data[m_pos] != '"')
                return fail(m_data[m_pos], "looking for beginning of object key string");
            string();
            if (!ok())
                return;
            skipSpace();
            if (atEnd())
                return failEnd();
            if (m_data[m_pos] != ':')
                return fail(m_data[m_pos], "after object key");
            ++m_pos;
            value();
            if (!ok())
                return;
            skipSpace();
            if (atEnd())
                return failEnd();
            if (m_data[m_pos] == '}') {
                ++m_pos;
                return;
            }
            if (m_data[m_pos] != ',')
                return fail(m_data[m_pos], "after object key:value pair");
            ++m_pos;
            skipSpace();
            if (atEnd())
                return failEnd();
        }
    }

    void array()
    {
        ++m_pos;
        skipSpace();
        if (atEnd())
            return failEnd();
        if (m_data[m_pos] == ']') {
            ++m_pos;
            return;
        }
        for (;;) {
            value();
            if (!ok())
                return;
            skipSpace();
            if (atEnd())
                return failEnd();
            if (m_data[m_pos] == ']') {
                ++m_pos;
                return;
            }
            if (m_data[m_pos] != ',')
                return fail(m_data[m_pos], "after array element");
            ++m_pos;
        }
    }

    void string()
    {
        ++m_pos;
        for (;;) {
            if (atEnd())
                return failEnd();
            const char c = m_data[m_pos];
            if (c == '"') {
                ++m_pos;
                return;
            }
            if (c == '\\') {
                ++m_pos;
                const char e = peek();
                if (QByteArrayView("\"\\/bfnrt").contains(e) && !atEnd()) {
                    ++m_pos;
                    continue;
                }
                if (e != 'u' || atEnd())
                    return fail(e, "in string escape code");
                ++m_pos;
                for (int i = 0; i < 4; ++i) {
                    const char h = peek();
                    if (atEnd() || !std::isxdigit(uchar(h)))
                        return fail(h, "in \\u hexadecimal character escape");
                    ++m_pos;
                }
                continue;
            }
            if (uchar(c) < 0x20)
                return fail(c, "in string literal");
            ++m_pos;
        }
    }

    void digits()
    {
        while (!atEnd() && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
            ++m_pos;
    }

    void number()
    {
        if (m_data[m_pos] == '-') {
            ++m_pos;
            const char c = peek();
            if (atEnd() || c < '0' || c > '9')
                return fail(c, "in numeric literal");
        }
        if (m_data[m_pos] == '0')
            ++m_pos;
        else
            digits();
        if (!atEnd() && m_data[m_pos] == '.') {
            ++m_pos;
            const char c = peek();
            if (atEnd() || c < '0' || c > '9')
                return fail(c, "after decimal point in numeric literal");
            digits();
        }
        if (!atEnd() && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (!atEnd() && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            const char c = peek();
            if (atEnd() || c < '0' || c > '9')
                return fail(c, "in exponent of numeric literal");
            digits();
        }
    }

    void literal(const char *word)
    {
        const QByteArray w(word);
        ++m_pos;
        for (qsizetype i = 1; i < w.size(); ++i) {
            const char c = peek();
            if (atEnd() || c != w[i]) {
                const QByteArray context = "in literal " + w + " (expecting '" + w.mid(i, 1) + "')";
                return fail(c, context.constData());
            }
            ++m_pos;
        }
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

QString GoJson::syntaxError(const QByteArray &data)
{
    return GoJsonSyntax::check(data);
}
