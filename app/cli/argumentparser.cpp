// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/argumentparser.h"

#include "model/core/tr.h"

void ArgumentParser::add(const QStringList &names, Kind kind)
{
    for (const QString &name : names) {
        const QString spelled =
            (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        m_kinds.insert(spelled, kind);
        m_canonical.insert(spelled, names.first());
    }
}

void ArgumentParser::addFlag(const QStringList &names)
{
    add(names, Kind::Flag);
}

void ArgumentParser::addOption(const QStringList &names)
{
    add(names, Kind::Value);
}

void ArgumentParser::addBoolOption(const QStringList &names)
{
    add(names, Kind::Bool);
}

Result<QStringList> ArgumentParser::parse(const QStringList &arguments)
{
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            positional += arguments.mid(i + 1);
            break;
        }
        if (arg.size() < 2 || !arg.startsWith(QLatin1Char('-'))) {
            positional.append(arg);
            continue;
        }
        const qsizetype eq =
            arg.startsWith(QLatin1String("--")) ? arg.indexOf(QLatin1Char('=')) : -1;
        const QString name = eq < 0 ? arg : arg.left(eq);
        const auto kind = m_kinds.constFind(name);
        if (kind == m_kinds.cend()) {
            //: %1 is the option as given on the command line
            return Error(ErrorCode::InvalidArgument, Tr::tr("unknown option \"%1\"").arg(name));
        }
        const QString key = m_canonical.value(name);
        switch (*kind) {
        case Kind::Flag:
            if (eq >= 0)
                return Error(ErrorCode::InvalidArgument,
                             Tr::tr("option %1 takes no value").arg(name));
            m_values.insert(key, QStringLiteral("true"));
            break;
        case Kind::Bool: {
            const QString v = eq < 0 ? QStringLiteral("true") : arg.mid(eq + 1).toLower();
            if (v != QLatin1String("true") && v != QLatin1String("false"))
                //: %1 the option, %2 the value given
                return Error(
                    ErrorCode::InvalidArgument,
                    Tr::tr("option %1 wants true or false, not \"%2\"").arg(name, arg.mid(eq + 1)));
            m_values.insert(key, v);
            break;
        }
        case Kind::Value:
            if (eq >= 0) {
                m_values.insert(key, arg.mid(eq + 1));
            } else if (i + 1 < arguments.size()) {
                m_values.insert(key, arguments.at(++i));
            } else {
                return Error(ErrorCode::InvalidArgument,
                             Tr::tr("option %1 needs a value").arg(name));
            }
            break;
        }
    }
    return positional;
}

bool ArgumentParser::isSet(const QString &name) const
{
    return m_values.contains(name);
}

QString ArgumentParser::value(const QString &name) const
{
    return m_values.value(name);
}
