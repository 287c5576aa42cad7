// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/translationloader.h"

#include "model/core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QStringList TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    QStringList loaded;
    const auto tryLoad = [&](const QString &name, const QString &dir) {
        auto *translator = new QTranslator(app);
        // QTranslator::load(locale, ...) walks the locale's UI languages (zh_CN, zh, ...).
        if (translator->load(locale, name, QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
            loaded.append(translator->filePath());
        } else {
            delete translator;
        }
    };
    // English plural forms first: translators installed later are consulted first, so the
    // requested language wins and English fills in only where the source text needs plurals.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/pullscope_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return loaded;
    tryLoad(QStringLiteral("pullscope"), QStringLiteral(":/i18n"));
    // Qt's own strings (standard buttons, About Qt) only matter if ours exist for the language.
    if (!loaded.isEmpty())
        tryLoad(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    qCDebug(lcUi) << "translations for" << locale.name() << loaded;
    return loaded;
}
