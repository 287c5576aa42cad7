// SPDX-License-Identifier: GPL-3.0-or-later
// Translations: --lang loads the catalogue (and Qt's own), the .ts files are complete, and
// they are up to date with the sources.
#include "tests/support/requiretool.h"
#include "ui/common/emptystate.h"
#include "ui/common/startupoptions.h"
#include "ui/common/translationloader.h"
#include "ui/mainwindow.h"
#include "ui/registries/registriespage.h"

#include <QAction>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString type; // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(n|\\d)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

// True when the text has no words to translate: placeholders, environment variable names,
// command-line options.
bool isCode(const QString &source)
{
    QString s = source;
    s.remove(QRegularExpression(QStringLiteral("%(n|\\d)")));
    static const QRegularExpression separators(QStringLiteral("[\\s:,;()]+"));
    for (const QString &token : s.split(separators, Qt::SkipEmptyParts)) {
        const bool identifier = token.startsWith(QLatin1String("--"))
            || token.contains(QLatin1Char('_')) || token == token.toUpper();
        if (!identifier)
            return false;
    }
    return true;
}

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void langOptionLoadsCatalogue_data();
    void langOptionLoadsCatalogue();
    void englishNeedsNoCatalogue();
    void tsFilesComplete_data();
    void tsFilesComplete();
    void tsFilesUpToDate_data();
    void tsFilesUpToDate();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTranslations::cleanup()
{
    removeTranslators();
}

void TestTranslations::langOptionLoadsCatalogue_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("registriesTitle");
    QTest::addColumn<QString>("qtCancel");
    QTest::newRow("de") << "de"
                        << "&Datei"
                        << "Registry hinzufügen"
                        << "Abbrechen";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "文件(&F)"
                           << "添加镜像仓库"
                           << "取消";
}

void TestTranslations::langOptionLoadsCatalogue()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    QFETCH(QString, registriesTitle);
    QFETCH(QString, qtCancel);

    const auto options =
        StartupOptions::parse({QStringLiteral("pullscope"), QStringLiteral("--lang"), code});
    QVERIFY(options.has_value());
    QCOMPARE(options->language, code);

    const QStringList loaded = TranslationLoader::install(qApp, QLocale(options->language));
    QVERIFY2(!loaded.isEmpty(), "no catalogue loaded");
    QVERIFY2(loaded.first().endsWith(QStringLiteral("pullscope_%1.qm").arg(code)),
             qPrintable(loaded.join(QLatin1Char(' '))));

    MainWindow w(m_dir.filePath(QStringLiteral("%1.ini").arg(code)));
    QCOMPARE(w.menuBar()->actions().first()->text(), fileMenu);
    QCOMPARE(w.registriesPage()->emptyState()->title(), registriesTitle);
    // Plural forms come from the language's own catalogue, not from English.
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n registry(s) configured", nullptr, 1)
                 .contains(QStringLiteral("registry")),
             false);

    // Qt's own catalogue, when the system has it.
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath)
        + QStringLiteral("/qtbase_%1.qm").arg(code);
    if (QFile::exists(qtbase)) {
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
    }
}

void TestTranslations::englishNeedsNoCatalogue()
{
    const QStringList loaded = TranslationLoader::install(qApp, QLocale(QLocale::English));
    QVERIFY(loaded.isEmpty());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    // ... but English plural forms are installed.
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n registry(s) configured", nullptr, 1),
             QStringLiteral("1 registry configured"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n registry(s) configured", nullptr, 3),
             QStringLiteral("3 registries configured"));
}

void TestTranslations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("path");
    for (const char *lang : {"de", "zh_CN"}) {
        QTest::newRow(lang) << QStringLiteral(PULLSCOPE_SOURCE_DIR "/translations/pullscope_%1.ts")
                                   .arg(QLatin1String(lang));
    }
}

void TestTranslations::tsFilesComplete()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 50, "suspiciously few messages");
    // Texts that are rightly the same as the English: the product name, JSON field names,
    // Kubernetes kinds (the Chinese Kubernetes docs keep "Pod" too), and words German shares
    // with English.
    static const QSet<QString> sameEverywhere{QStringLiteral("Pullscope"),
                                              QStringLiteral("%1: subject"),
                                              QStringLiteral("%1: config"),
                                              QStringLiteral("%1: manifests[%2]"),
                                              QStringLiteral("%1: layers[%2]"),
                                              QStringLiteral("Pod")};
    // Loanwords German UIs keep as they are (Docker Desktop, Harbor and GitLab say "Tag",
    // "Digest", "Registry", "Manifest" in German too; the German Kubernetes docs say "Pod",
    // "Container" and "Namespace").
    static const QSet<QString> sameInGerman{QStringLiteral("&Name:"),
                                            QStringLiteral("Tag"),
                                            QStringLiteral("Digest"),
                                            QStringLiteral("Digest:"),
                                            QStringLiteral("Registry"),
                                            QStringLiteral("&Registry:"),
                                            QStringLiteral("Manifest"),
                                            QStringLiteral("&URL:"),
                                            QStringLiteral("URL:"),
                                            QStringLiteral("Status"),
                                            QStringLiteral("Version %1"),
                                            QStringLiteral("Pod:"),
                                            QStringLiteral("Container"),
                                            QStringLiteral("Cluster"),
                                            QStringLiteral("Server"),
                                            QStringLiteral("Namespace"),
                                            QStringLiteral("Na&mespace:"),
                                            QStringLiteral("in %1")};
    const bool german = path.endsWith(QStringLiteral("_de.ts"));
    const auto mayBeCopied = [&](const QString &source) {
        return sameEverywhere.contains(source) || (german && sameInGerman.contains(source))
            || isCode(source);
    };
    QStringList bad;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (!m.type.isEmpty()) {
            bad.append(where + QStringLiteral(" is ") + m.type);
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                bad.append(where + QStringLiteral(" has an empty translation"));
            else if (t == m.source && !mayBeCopied(m.source))
                bad.append(where + QStringLiteral(" is copied, not translated"));
            else if (placeholders(t) != placeholders(m.source)
                     && !(m.numerus
                          && placeholders(m.source) - placeholders(t)
                              == QSet<QString>{QStringLiteral("%n")}))
                bad.append(where + QStringLiteral(" loses or adds a placeholder: ") + t);
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

void TestTranslations::tsFilesUpToDate_data()
{
    tsFilesComplete_data();
}

void TestTranslations::tsFilesUpToDate()
{
    // Run lupdate over the current sources into a copy: nothing may come out unfinished, so a
    // new tr() string without a translation fails here, not in front of a user.
    QFETCH(QString, path);
    const QString lupdate = QStringLiteral(PULLSCOPE_LUPDATE);
    const QString sourceList = QStringLiteral(PULLSCOPE_TR_SOURCE_LIST);
    PULLSCOPE_REQUIRE_TOOL(QFile::exists(lupdate), "lupdate not found");
    QVERIFY(QFile::exists(sourceList));
    const QString copy = m_dir.filePath(QFileInfo(path).fileName());
    QFile::remove(copy);
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess p;
    p.start(lupdate,
            {QStringLiteral("-no-obsolete"),
             QStringLiteral("-locations"),
             QStringLiteral("none"),
             QStringLiteral("-silent"),
             QStringLiteral("-I"),
             QStringLiteral(PULLSCOPE_SOURCE_DIR),
             QLatin1Char('@') + sourceList,
             QStringLiteral("-ts"),
             copy});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QString error;
    QStringList missing;
    for (const Message &m : readTs(copy, &error)) {
        if (m.type == QLatin1String("unfinished"))
            missing.append(m.context + QStringLiteral(": ") + m.source);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("run `cmake --build <build> --target update_translations` "
                                       "and translate:\n")
                        + missing.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
