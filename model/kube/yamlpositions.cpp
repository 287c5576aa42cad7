// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/yamlpositions.h"

#include <algorithm>

YamlPositions::YamlPositions(const QByteArray &text, const QString &path)
    : m_text(text)
    , m_path(path)
{
    m_ascii = std::all_of(text.cbegin(), text.cend(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
    });
    if (!m_ascii) {
        // QString::fromUtf8 makes one QChar of a 1-3 byte sequence and a surrogate pair of a
        // 4-byte one; continuation bytes map to the QChar their sequence started.
        m_qcharOfByte.resize(text.size() + 1);
        int q = 0;
        qsizetype i = 0;
        // QString::fromUtf8 drops a leading byte order mark, so its bytes take no QChar.
        if (text.startsWith("\xEF\xBB\xBF"))
            i = 3;
        for (; i < text.size(); ++i) {
            const auto b = static_cast<unsigned char>(text.at(i));
            if ((b & 0xC0) == 0x80 && i > 0) {
                m_qcharOfByte[i] = m_qcharOfByte[i - 1];
                continue;
            }
            m_qcharOfByte[i] = q;
            q += b >= 0xF0 ? 2 : 1;
        }
        m_qcharOfByte[text.size()] = q;
    }
    // yaml-cpp counts lines at '\n' only (Stream::get), and so do we.
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            m_lineStarts.push_back(qcharOffset(int(i) + 1));
    }
}

int YamlPositions::qcharOffset(int byteOffset) const
{
    byteOffset = std::clamp(byteOffset, 0, int(m_text.size()));
    return m_ascii ? byteOffset : m_qcharOfByte[byteOffset];
}

SourceLocation YamlPositions::locationOfByte(int byteOffset) const
{
    SourceLocation at;
    at.file = m_path;
    at.offset = qcharOffset(byteOffset);
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), at.offset);
    const int lineIndex = int(it - m_lineStarts.cbegin()) - 1;
    at.line = lineIndex + 1;
    at.column = at.offset - m_lineStarts[lineIndex] + 1;
    return at;
}

SourceLocation YamlPositions::location(const YAML::Mark &mark) const
{
    if (mark.is_null() || mark.pos < 0)
        return SourceLocation{m_path};
    return locationOfByte(m_documentStart + mark.pos);
}

SourceLocation YamlPositions::location(const YAML::Node &node) const
{
    if (!node.IsDefined())
        return SourceLocation{m_path};
    return location(node.Mark());
}

YAML::Node YamlPositions::child(const YAML::Node &map, const char *key, YAML::Node *keyNode)
{
    // Iterate instead of operator[]: it never inserts, never throws on a scalar, and gives the
    // key node (for its position).
    if (!map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key) {
            if (keyNode)
                *keyNode = it->first;
            return it->second;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

LocatedValue YamlPositions::value(const YAML::Node &map, const char *key) const
{
    YAML::Node keyNode;
    const YAML::Node node = child(map, key, &keyNode);
    if (!node.IsDefined())
        return {};
    return scalar(node, keyNode);
}

LocatedValue YamlPositions::scalar(const YAML::Node &node, const YAML::Node &keyNode) const
{
    LocatedValue v;
    if (!node.IsDefined())
        return v;
    v.present = true;
    v.value = text(node);
    v.isScalar = node.IsScalar() || node.IsNull();
    if (keyNode.IsDefined())
        v.keyAt = location(keyNode);
    // A null value ("image:") has no position of its own in yaml-cpp; the key's stands in.
    v.at = node.Mark().is_null() ? v.keyAt : location(node);
    return v;
}

QString YamlPositions::text(const YAML::Node &node)
{
    if (!node.IsScalar())
        return {};
    const std::string &s = node.Scalar();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool YamlPositions::isFlow(const YAML::Node &node)
{
    return node.IsDefined() && (node.IsMap() || node.IsSequence())
        && node.Style() == YAML::EmitterStyle::Flow;
}
