// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/clock.h"

Clock::Clock(QObject *parent)
    : QObject(parent)
{}
