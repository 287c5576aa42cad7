// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// Installs the translators for a locale: Pullscope's own catalogue from :/i18n and Qt's
// qtbase catalogue from QLibraryInfo::TranslationsPath when present. Translators are
// children of app. Call before creating any window.
namespace TranslationLoader {
// Returns the catalogue files loaded for the locale's language (empty for English and for
// languages without a catalogue; the English plural catalogue is always installed).
QStringList install(QCoreApplication *app, const QLocale &locale);
} // namespace TranslationLoader
