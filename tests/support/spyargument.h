// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QVariant>
#include <QtGlobal>

// An argument a QSignalSpy recorded, read as T. QVariant::value<T>() needs a default-constructible
// T, and a Result<T> has no default (it is a value or an error); this reads the stored one.
// arguments: one entry of the spy (spy.at(i)); a wrong type is a test bug and aborts.
template<typename T>
const T &spyArgument(const QList<QVariant> &arguments, int index)
{
    const QVariant &v = arguments.at(index);
    if (v.metaType() != QMetaType::fromType<T>())
        qFatal("spyArgument: argument %d is a %s, not a %s",
               index,
               v.metaType().name(),
               QMetaType::fromType<T>().name());
    return *static_cast<const T *>(v.constData());
}
