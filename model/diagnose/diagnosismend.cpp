// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/diagnose/diagnosismend.h"

#include <QJsonArray>

QString DiagnosisMend::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Kubectl:
        return QStringLiteral("kubectl");
    case Kind::YamlFix:
        return QStringLiteral("yaml");
    case Kind::NodeSetting:
        return QStringLiteral("node");
    case Kind::Registry:
        return QStringLiteral("registry");
    }
    return QString();
}

QJsonObject DiagnosisMend::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("summary"), summary},
                  {QStringLiteral("commands"), QJsonArray::fromStringList(commands)}};
    if (fix) {
        QJsonArray edits;
        for (const TextEdit &e : fix->edits) {
            edits.append(QJsonObject{{QStringLiteral("file"), e.file},
                                     {QStringLiteral("offset"), e.offset},
                                     {QStringLiteral("length"), e.length},
                                     {QStringLiteral("replacement"), e.replacement}});
        }
        o.insert(QStringLiteral("fix"),
                 QJsonObject{{QStringLiteral("id"), fix->id},
                             {QStringLiteral("title"), fix->title},
                             {QStringLiteral("edits"), edits}});
    }
    return o;
}
