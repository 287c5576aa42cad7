// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// Translation context for engine code that is not a QObject (Qt Creator's dockertr.h idea):
// Tr::tr("...") keeps one stable context, "Pullscope", whatever file the string is in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pullscope)
};
