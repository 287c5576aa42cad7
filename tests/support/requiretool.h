// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <QtTest/QTest>

// A test that needs a tool CI installs (docker-registry, skopeo, kubectl, lupdate) skips on a
// desk without it, but fails in CI (the CI variable set, as CI sets it): there a skip would
// hide a broken install step in tools/setup.sh.
#define PULLSCOPE_REQUIRE_TOOL(available, what)                                                    \
    do {                                                                                           \
        if (!(available)) {                                                                        \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(qPrintable(QStringLiteral("%1 (CI installs it: tools/setup.sh)")             \
                                     .arg(QLatin1String(what))));                                  \
            QSKIP(what);                                                                           \
        }                                                                                          \
    } while (false)
