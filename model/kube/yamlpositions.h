// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/locatedvalue.h"
#include "model/kube/sourcelocation.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QString>

#include <vector>

// Turns yaml-cpp positions (byte offsets into one document's bytes) into SourceLocations of
// the whole file: QChar offsets into QString::fromUtf8(text), 1-based lines and columns
// counted in QChars. Also the small typed accessors the readers share. Holds no copy of text;
// text must outlive it.
class YamlPositions
{
public:
    // Positions in text (the whole file) recorded as path.
    YamlPositions(const QByteArray &text, const QString &path);

    // Sets the byte offset of the document being read (yaml-cpp positions are relative to it).
    void setDocumentStart(int byteOffset) { m_documentStart = byteOffset; }

    // The location of the absolute byte offset in the file.
    SourceLocation locationOfByte(int byteOffset) const;
    // The location of a yaml-cpp mark in the current document; invalid for a null mark.
    SourceLocation location(const YAML::Mark &mark) const;
    // The location of node's start (invalid for an undefined node).
    SourceLocation location(const YAML::Node &node) const;

    // The value of key in map node (undefined when node is not a map or has no such key), and
    // the key node through keyNode.
    static YAML::Node child(const YAML::Node &map, const char *key, YAML::Node *keyNode = nullptr);
    // key's scalar value in map with its location; present is false when the key is absent.
    LocatedValue value(const YAML::Node &map, const char *key) const;
    // node as a located scalar (a null node gives an empty value; a collection isScalar false).
    LocatedValue scalar(const YAML::Node &node, const YAML::Node &keyNode = {}) const;
    // node's scalar text, or "" for anything else.
    static QString text(const YAML::Node &node);
    // True when node is a flow collection ("{...}" or "[...]").
    static bool isFlow(const YAML::Node &node);

private:
    int qcharOffset(int byteOffset) const;

    const QByteArray &m_text;
    QString m_path;
    int m_documentStart = 0;
    bool m_ascii = true;
    std::vector<int> m_qcharOfByte; // only for non-ASCII text: QChar offset of each byte
    std::vector<int> m_lineStarts; // QChar offset where each line starts
};
