// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/startupoptions.h"

#include "model/reference/imagereference.h"
#include "model/reference/platform.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

Result<StartupOptions> StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Browse container registries, inspect images and debug ImagePullBackOff."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Use the language CODE (such as de or zh_CN) instead of the "
                                     "system language."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption demo(QStringLiteral("demo-file"),
                                  tr("Import the registries listed in a demo file written by "
                                     "pullscope-lab."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      tr("Read and write settings in this INI file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a picture of the window to FILE and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("Start on this page: registries, workspace, node, "
                                     "node-images, credentials or clusters."),
                                  QStringLiteral("PAGE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Window size for --screenshot, such as 1200x780."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    tr("Open REGISTRY/REPOSITORY[:TAG] on the Registries page "
                                       "(REGISTRY is a configured name or its host:port)."),
                                    QStringLiteral("REF"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   tr("Keep pulled images in the OCI image layout in DIR instead "
                                      "of the per-user cache."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption pull(QStringLiteral("pull"),
                                  tr("Pull the image REF at start (may be repeated)."),
                                  QStringLiteral("REF"));
    const QCommandLineOption pullPlatform(QStringLiteral("pull-platform"),
                                          tr("Platform of the --pull images: \"all\" or such as "
                                             "linux/arm64 (default: this machine's)."),
                                          QStringLiteral("PLATFORM"));
    const QCommandLineOption simulate(QStringLiteral("simulate"),
                                      tr("Open the Pod YAML FILE on the Node page and simulate "
                                         "it (10 minutes of kubelet time)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption nodeProfile(QStringLiteral("node-profile"),
                                         tr("Simulate on the node described in this "
                                            "PullscopeNode FILE."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption diagnose(QStringLiteral("diagnose"),
                                      tr("After --simulate, diagnose the first failing "
                                         "container and show the Diagnose tab."));
    parser.addOptions({help,
                       version,
                       lang,
                       demo,
                       settings,
                       screenshot,
                       page,
                       size,
                       select,
                       store,
                       pull,
                       pullPlatform,
                       simulate,
                       nodeProfile,
                       diagnose});

    StartupOptions options;
    if (!parser.parse(arguments))
        return Error(ErrorCode::InvalidArgument, parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return Error(ErrorCode::InvalidArgument,
                     tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    }
    options.helpText = parser.helpText();
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    options.language = parser.value(lang);
    options.demoFile = parser.value(demo);
    options.settingsPath = parser.value(settings);
    options.screenshotPath = parser.value(screenshot);

    if (parser.isSet(page)) {
        options.page = parser.value(page).toLower();
        static const QStringList pages{QStringLiteral("registries"),
                                       QStringLiteral("workspace"),
                                       QStringLiteral("node"),
                                       QStringLiteral("node-images"),
                                       QStringLiteral("credentials"),
                                       QStringLiteral("clusters")};
        if (!pages.contains(options.page)) {
            return Error(ErrorCode::InvalidArgument,
                         tr("Unknown page \"%1\"; use one of: %2.")
                             .arg(parser.value(page), pages.join(QStringLiteral(", "))));
        }
        if (options.page == QLatin1String("node-images")) {
            options.page = QStringLiteral("node");
            options.imagesTab = true;
        }
    }
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const QRegularExpressionMatch m = re.match(parser.value(size));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 320 || h < 240 || w > 10000 || h > 10000) {
            return Error(ErrorCode::InvalidArgument,
                         tr("Invalid size \"%1\"; use WIDTHxHEIGHT, such as 1200x780.")
                             .arg(parser.value(size)));
        }
        options.size = QSize(w, h);
    }
    if (parser.isSet(select)) {
        const QString value = parser.value(select);
        const int slash = int(value.indexOf(QLatin1Char('/')));
        QString rest = slash > 0 ? value.mid(slash + 1) : QString();
        const int colon = int(rest.lastIndexOf(QLatin1Char(':')));
        if (colon > 0 && !rest.mid(colon).contains(QLatin1Char('/'))) {
            options.selectTag = rest.mid(colon + 1);
            rest = rest.left(colon);
        }
        if (slash <= 0 || rest.isEmpty() || (colon > 0 && options.selectTag.isEmpty())) {
            return Error(ErrorCode::InvalidArgument,
                         tr("Invalid selection \"%1\"; use REGISTRY/REPOSITORY[:TAG], such as "
                            "\"Pullscope demo/demo/multiarch:1.0\".")
                             .arg(value));
        }
        options.selectRegistry = value.left(slash);
        options.selectRepository = rest;
    }
    options.simulateFile = parser.value(simulate);
    options.nodeProfilePath = parser.value(nodeProfile);
    options.diagnose = parser.isSet(diagnose);
    if (options.diagnose && options.simulateFile.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("--diagnose needs --simulate FILE."));
    options.storeRoot = parser.value(store);
    if (parser.isSet(store) && options.storeRoot.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("--store needs a directory."));
    options.pulls = parser.values(pull);
    for (const QString &ref : std::as_const(options.pulls)) {
        if (const auto parsed = ImageReference::parseNormalized(ref); !parsed) {
            return Error(ErrorCode::InvalidArgument,
                         tr("Invalid --pull \"%1\": %2").arg(ref, parsed.error().message));
        }
    }
    options.pullPlatform = parser.value(pullPlatform);
    if (parser.isSet(pullPlatform) && options.pullPlatform != QLatin1String("all")) {
        if (const auto parsed = Platform::parse(options.pullPlatform); !parsed) {
            return Error(ErrorCode::InvalidArgument,
                         tr("Invalid --pull-platform \"%1\": %2")
                             .arg(options.pullPlatform, parsed.error().message));
        }
    }
    return options;
}
