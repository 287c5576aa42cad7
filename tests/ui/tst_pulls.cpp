// SPDX-License-Identifier: GPL-3.0-or-later
// Pulls without the network, offscreen: PullListModel fed canned service signals (with
// QAbstractItemModelTester attached before it is filled), the human formats, the Pull dialog's
// live validation of references and platforms, and the Pulls panel's buttons and inline error.
#include "model/items/pullformat.h"
#include "model/items/pulllistmodel.h"
#include "tests/support/spyargument.h"
#include "ui/common/startupoptions.h"
#include "ui/common/translationloader.h"
#include "ui/pulls/pulldialog.h"
#include "ui/pulls/pullspanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using PullState = PullListModel::PullState;

namespace {
BlobProgress blob(char c, qint64 size, bool config = false)
{
    BlobProgress b;
    b.descriptor.digest = *Digest::parse(QStringLiteral("sha256:") + QString(64, QLatin1Char(c)));
    b.descriptor.size = size;
    b.descriptor.mediaType = config ? QStringLiteral("application/vnd.oci.image.config.v1+json")
                                    : QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");
    b.isConfig = config;
    return b;
}

ImageReference ref(const QString &text)
{
    return *ImageReference::parseNormalized(text);
}

// A model with one pull (id 7) of three blobs: config 100 B, layers 1000 B and 4000 B.
void fillOne(PullListModel &model)
{
    model.addPull(7, ref(QStringLiteral("registry.test:5000/team/app:1.0")), PullOptions());
    model.onStarted(7, QStringLiteral("registry.test:5000/team/app:1.0"));
    model.onResolved(7, {blob('a', 100, true), blob('b', 1000), blob('c', 4000)});
}
} // namespace

class TestPulls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formats_data();
    void formats();
    void pullRowsFollowTheService();
    void outcomes_data();
    void outcomes();
    void unknownIdsAndLateSignalsAreIgnored();
    void pullStartedElsewhereGetsARow();
    void withoutServiceNothingStartsOrRetries();
    void removeFinishedKeepsRunning();
    void dialogReference_data();
    void dialogReference();
    void dialogPlatform_data();
    void dialogPlatform();
    void panelButtonsAndInlineError();
    void startupOptions_data();
    void startupOptions();
};

void TestPulls::initTestCase()
{
    // Sizes and rates below are written as an English locale formats them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TranslationLoader::install(qApp, QLocale(QLocale::English));
}

void TestPulls::formats_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown eta") << "eta" << qint64(-1) << "";
    QTest::newRow("under a second") << "eta" << qint64(0) << "less than a second";
    QTest::newRow("seconds round up") << "eta" << qint64(1200) << "2 s";
    QTest::newRow("minutes") << "eta" << qint64(185'000) << "3 min 05 s";
    QTest::newRow("hours") << "eta" << qint64(2 * 3600'000 + 10 * 60'000) << "2 h 10 min";
    QTest::newRow("unknown duration") << "duration" << qint64(-1) << "";
    QTest::newRow("short duration") << "duration" << qint64(420) << "0.4 s";
    QTest::newRow("long duration") << "duration" << qint64(75'000) << "1 min 15 s";
    QTest::newRow("unknown bytes") << "bytes" << qint64(-1) << "";
    QTest::newRow("bytes") << "bytes" << qint64(512) << "512 bytes";
    QTest::newRow("mebibytes") << "bytes" << qint64(3 * 1024 * 1024 / 2) << "1.50 MiB";
    QTest::newRow("no rate") << "rate" << qint64(0) << "";
    QTest::newRow("rate") << "rate" << qint64(2 * 1024 * 1024) << "2.00 MiB/s";
    QTest::newRow("progress") << "progress" << qint64(1024) << "1.00 KiB of 2.00 KiB";
}

void TestPulls::formats()
{
    QFETCH(QString, kind);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QString got;
    if (kind == QLatin1String("eta"))
        got = PullFormat::eta(value);
    else if (kind == QLatin1String("duration"))
        got = PullFormat::duration(value);
    else if (kind == QLatin1String("bytes"))
        got = PullFormat::bytes(value);
    else if (kind == QLatin1String("rate"))
        got = PullFormat::rate(double(value));
    else
        got = PullFormat::progress(value, 2 * value);
    QCOMPARE(got, expected);
}

void TestPulls::pullRowsFollowTheService()
{
    PullListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy active(&model, &PullListModel::activeCountChanged);
    QCOMPARE(model.addPull(7, ref(QStringLiteral("registry.test:5000/team/app:1.0")), {}), 0);
    QCOMPARE(active.count(), 1);
    QCOMPARE(model.activeCount(), 1);
    const QModelIndex pull = model.index(0, 0);
    QCOMPARE(pull.data(PullListModel::ReferenceRole).toString(),
             QStringLiteral("registry.test:5000/team/app:1.0"));
    QCOMPARE(PullState(pull.data(PullListModel::StateRole).toInt()), PullState::Resolving);
    QCOMPARE(pull.data(PullListModel::ProgressRole).toDouble(), -1.0); // unknown yet
    QCOMPARE(pull.data(PullListModel::TotalRole).toLongLong(), -1);

    model.onResolved(7, {blob('a', 100, true), blob('b', 1000), blob('c', 4000)});
    QCOMPARE(model.rowCount(pull), 3);
    QCOMPARE(pull.data(PullListModel::TotalRole).toLongLong(), 5100);
    QCOMPARE(PullState(pull.data(PullListModel::StateRole).toInt()), PullState::Downloading);
    QCOMPARE(model.index(0, 0, pull).data(PullListModel::BlobKindRole).toString(),
             QStringLiteral("config"));
    QCOMPARE(model.index(2, 0, pull).data().toString(),
             QStringLiteral("Layer 2 sha256:cccccccccccc"));
    QCOMPARE(model.index(2, 0, pull).parent(), pull);

    BlobProgress b = blob('b', 1000);
    b.state = BlobProgress::State::Retrying;
    b.received = 250;
    b.note = QStringLiteral("connection reset");
    model.onBlobChanged(7, 1, b);
    const QModelIndex layer = model.index(1, 0, pull);
    QCOMPARE(layer.data(PullListModel::ReceivedRole).toLongLong(), 250);
    QCOMPARE(model.index(1, PullListModel::StateColumn, pull).data().toString(),
             QStringLiteral("Retrying: connection reset"));
    QCOMPARE(layer.data(PullListModel::ProgressRole).toDouble(), 0.25);

    model.onProgressed(7, 2550, 5100, 2.0 * 1024 * 1024, 3000);
    QCOMPARE(pull.data(PullListModel::ReceivedRole).toLongLong(), 2550);
    QCOMPARE(pull.data(PullListModel::ProgressRole).toDouble(), 0.5);
    QCOMPARE(model.index(0, PullListModel::RateColumn).data().toString(),
             QStringLiteral("2.00 MiB/s"));
    QCOMPARE(model.index(0, PullListModel::EtaColumn).data().toString(), QStringLiteral("3 s"));
    QCOMPARE(model.index(0, PullListModel::ProgressColumn).data().toString(),
             QStringLiteral("50%"));

    for (int i = 0; i < 3; ++i) {
        BlobProgress done = blob(char('a' + i), i == 0 ? 100 : (i == 1 ? 1000 : 4000), i == 0);
        done.state = i == 0 ? BlobProgress::State::Reused : BlobProgress::State::Done;
        done.received = done.descriptor.size;
        model.onBlobChanged(7, i, done);
    }
    // Every blob finished though no progress figure followed: the bytes still add up.
    QCOMPARE(pull.data(PullListModel::ReceivedRole).toLongLong(), 5100);
    PullResult result;
    result.digest = *Digest::parse(QStringLiteral("sha256:") + QString(64, QLatin1Char('f')));
    result.totalBytes = 5100;
    result.reusedBytes = 100;
    result.elapsedMs = 1500;
    model.onFinished(7, result);
    QCOMPARE(PullState(pull.data(PullListModel::StateRole).toInt()), PullState::Done);
    QCOMPARE(pull.data(PullListModel::DigestRole).toString(), result.digest.toString());
    QCOMPARE(model.index(0, PullListModel::StateColumn).data().toString(),
             QStringLiteral("Done in 1.5 s (100 bytes already stored)"));
    QCOMPARE(model.index(0, PullListModel::RateColumn).data().toString(), QString());
    QCOMPARE(model.activeCount(), 0);
    QCOMPARE(active.count(), 2);
    QCOMPARE(active.last().first().toInt(), 0);
}

void TestPulls::outcomes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("stateText");
    QTest::newRow("not found") << int(ErrorCode::NotFound)
                               << "registry.test:5000/team/app:1.0: manifest unknown"
                               << int(PullState::Failed)
                               << "Failed: registry.test:5000/team/app:1.0: manifest unknown";
    QTest::newRow("denied") << int(ErrorCode::Denied) << "access to team/app denied"
                            << int(PullState::Failed) << "Failed: access to team/app denied";
    QTest::newRow("cancelled") << int(ErrorCode::Cancelled) << "Cancelled"
                               << int(PullState::Cancelled) << "Cancelled";
}

void TestPulls::outcomes()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(int, state);
    QFETCH(QString, stateText);
    PullListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillOne(model);
    BlobProgress moving = blob('b', 1000);
    moving.state = BlobProgress::State::Downloading;
    moving.received = 10;
    model.onBlobChanged(7, 1, moving);
    QSignalSpy finished(&model, &PullListModel::pullFinished);
    model.onFinished(7, Error(ErrorCode(code), message));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!spyArgument<Result<PullResult>>(finished.first(), 1));
    QCOMPARE(spyArgument<Result<PullResult>>(finished.first(), 1).error().message, message);
    const QModelIndex pull = model.index(0, 0);
    QCOMPARE(pull.data(PullListModel::StateRole).toInt(), state);
    QCOMPARE(pull.data(PullListModel::ErrorRole).toString(), message);
    QCOMPARE(model.index(0, PullListModel::StateColumn).data().toString(), stateText);
    // The bar's words: the state, not a percentage of what was cut short.
    QCOMPARE(model.index(0, PullListModel::ProgressColumn).data().toString(),
             PullState(state) == PullState::Failed ? QStringLiteral("Failed")
                                                   : QStringLiteral("Cancelled"));
    QVERIFY(pull.data(PullListModel::FinishedRole).toBool());
    QVERIFY(!model.canCancel(0));
    QVERIFY(!model.canRetry(0)); // no service to retry with
    // A blob that was still moving is shown as stopped, its bytes kept.
    const QModelIndex layer = model.index(1, PullListModel::StateColumn, pull);
    QCOMPARE(layer.data().toString(), QStringLiteral("Stopped"));
    QCOMPARE(layer.data(PullListModel::ReceivedRole).toLongLong(), 10);
}

void TestPulls::unknownIdsAndLateSignalsAreIgnored()
{
    PullListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillOne(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&model, &PullListModel::pullFinished);
    model.onResolved(99, {blob('d', 1)});
    model.onBlobChanged(99, 0, blob('d', 1));
    model.onBlobChanged(7, 3, blob('d', 1)); // out of range
    model.onBlobChanged(7, -1, blob('d', 1));
    model.onProgressed(99, 1, 2, 1, 1);
    model.onFinished(99, PullResult());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOfId(99), -1);

    model.onFinished(7, Error(ErrorCode::Network, QStringLiteral("reset")));
    // A progress figure queued before the finish arrives after it: the row stays failed.
    model.onProgressed(7, 5100, 5100, 100, 0);
    const QModelIndex pull = model.index(0, 0);
    QCOMPARE(PullState(pull.data(PullListModel::StateRole).toInt()), PullState::Failed);
    QVERIFY(pull.data(PullListModel::ReceivedRole).toLongLong() < 5100);
    model.onFinished(7, PullResult()); // a second finish changes nothing
    QCOMPARE(PullState(pull.data(PullListModel::StateRole).toInt()), PullState::Failed);
    QCOMPARE(finished.count(), 1);
}

void TestPulls::pullStartedElsewhereGetsARow()
{
    PullListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.onStarted(3, QStringLiteral("busybox")); // normalized by the parser
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(PullListModel::ReferenceRole).toString(),
             QStringLiteral("docker.io/library/busybox"));
    QCOMPARE(model.rowOfId(3), 0);
    model.onStarted(3, QStringLiteral("busybox")); // the same pull again: no second row
    model.onStarted(4, QStringLiteral("Not A Reference")); // unparseable: ignored
    QCOMPARE(model.rowCount(), 1);
}

void TestPulls::withoutServiceNothingStartsOrRetries()
{
    PullListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.pull(ref(QStringLiteral("busybox:1")), {}), -1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.retry(0));
    QVERIFY(!model.canCancel(-1));
    QVERIFY(!model.canRetry(5));
    model.cancel(3); // no such row: nothing happens
    QCOMPARE(model.rowCount(), 0);
}

void TestPulls::removeFinishedKeepsRunning()
{
    PullListModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillOne(model);
    model.addPull(8, ref(QStringLiteral("busybox:1")), {});
    model.addPull(9, ref(QStringLiteral("alpine:3")), {});
    model.onFinished(7, PullResult());
    model.onFinished(9, Error(ErrorCode::Network, QStringLiteral("x")));
    model.removeFinished();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(PullListModel::PullIdRole).toInt(), 8);
    QCOMPARE(model.rowOfId(7), -1);
    QCOMPARE(model.rowOfId(8), 0);
    // Signals of removed pulls no longer land anywhere.
    model.onResolved(7, {blob('e', 1)});
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestPulls::dialogReference_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected"); // the normalized reference, or part of the message
    QTest::newRow("name only gets latest")
        << "busybox" << true << "docker.io/library/busybox:latest";
    QTest::newRow("tag") << "127.0.0.1:5000/demo/multiarch:1.0" << true
                         << "127.0.0.1:5000/demo/multiarch:1.0";
    QTest::newRow("digest")
        << QString(u"quay.io/team/app@sha256:"_s + QString(64, QLatin1Char('a'))) << true
        << QString(u"quay.io/team/app@sha256:"_s + QString(64, QLatin1Char('a')));
    QTest::newRow("surrounding spaces")
        << "  alpine:3.19 " << true << "docker.io/library/alpine:3.19";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("upper case") << "Busybox" << false << "must be lowercase";
    QTest::newRow("short digest") << "busybox@sha256:abc" << false << "";
    QTest::newRow("bad tag") << "busybox:-1" << false << "";
}

void TestPulls::dialogReference()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(QString, expected);
    PullDialog dialog;
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("pullReferenceEdit"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("pullReferenceMessage"));
    QVERIFY(edit && message);
    QVERIFY(!dialog.pullButton()->isEnabled()); // nothing typed yet
    QTest::keyClicks(edit, typed);
    QCOMPARE(dialog.isValid(), valid);
    QCOMPARE(dialog.pullButton()->isEnabled(), valid);
    const Result<ImageReference> reference = dialog.reference();
    QCOMPARE(bool(reference), valid);
    if (valid) {
        QCOMPARE(reference->toString(), expected);
        QCOMPARE(message->text(), QStringLiteral("Pulls %1").arg(expected));
    } else if (!typed.isEmpty()) {
        // The parser's own words.
        QCOMPARE(message->text(), reference.error().message);
        QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
    }
    // Clicking Pull with a bad reference does not accept.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.pullButton()->click();
    QCOMPARE(accepted.count(), valid ? 1 : 0);
}

void TestPulls::dialogPlatform_data()
{
    QTest::addColumn<QString>("choice"); // host, all, or a typed platform
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("platforms");
    QTest::addColumn<QString>("platform");
    QTest::newRow("host") << "host" << true << int(PullOptions::Platforms::Host) << "";
    QTest::newRow("all") << "all" << true << int(PullOptions::Platforms::All) << "";
    QTest::newRow("arm64") << "linux/arm64" << true << int(PullOptions::Platforms::Given)
                           << "linux/arm64";
    QTest::newRow("armhf normalized")
        << "linux/armhf" << true << int(PullOptions::Platforms::Given) << "linux/arm/v7";
    QTest::newRow("too many parts")
        << "linux/arm/foo/bar" << false << int(PullOptions::Platforms::Given) << "";
    QTest::newRow("bad character")
        << "linux/&arm" << false << int(PullOptions::Platforms::Given) << "";
    QTest::newRow("wildcard") << "*" << false << int(PullOptions::Platforms::Given) << "";
}

void TestPulls::dialogPlatform()
{
    QFETCH(QString, choice);
    QFETCH(bool, valid);
    QFETCH(int, platforms);
    QFETCH(QString, platform);
    PullDialog dialog;
    dialog.setReferenceText(QStringLiteral("busybox:1.36"));
    dialog.show();
    auto *host = dialog.findChild<QRadioButton *>(QStringLiteral("hostPlatformRadio"));
    auto *given = dialog.findChild<QRadioButton *>(QStringLiteral("givenPlatformRadio"));
    auto *all = dialog.findChild<QRadioButton *>(QStringLiteral("allPlatformsRadio"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("platformCombo"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("platformMessage"));
    auto *jobs = dialog.findChild<QSpinBox *>(QStringLiteral("jobsSpin"));
    QVERIFY(host && given && all && combo && message && jobs);
    QVERIFY(host->isChecked());
    QVERIFY(host->text().contains(Platform::host().normalized().format()));
    QVERIFY(!combo->isEnabled());
    QCOMPARE(jobs->value(), 4);
    QVERIFY(combo->findText(QStringLiteral("linux/arm/v7")) >= 0);
    if (choice == QLatin1String("all")) {
        all->click();
    } else if (choice != QLatin1String("host")) {
        given->click();
        QVERIFY(combo->isEnabled());
        combo->setCurrentText(choice);
    }
    jobs->setValue(2);
    QCOMPARE(dialog.isValid(), valid);
    QCOMPARE(dialog.pullButton()->isEnabled(), valid);
    const PullOptions options = dialog.options();
    QCOMPARE(int(options.platforms), platforms);
    QCOMPARE(options.jobs, 2);
    if (valid && !platform.isEmpty()) {
        QCOMPARE(options.platform.format(), platform);
        QCOMPARE(message->text(), platform);
    }
    if (!valid) {
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), Platform::parse(choice).error().message);
    }
}

void TestPulls::panelButtonsAndInlineError()
{
    PullListModel model(nullptr);
    PullsPanel panel(&model);
    panel.resize(1000, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.cancelButton()->isEnabled());
    QVERIFY(!panel.retryButton()->isEnabled());
    QVERIFY(!panel.clearButton()->isEnabled());
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("pullsSummary"));
    QVERIFY(summary && summary->text().contains(QLatin1String("Ctrl+P")));

    fillOne(model);
    QCOMPARE(panel.selectedPull(), 0); // a new pull is selected
    QVERIFY(panel.cancelButton()->isEnabled());
    QVERIFY(!panel.errorLabel()->isVisible());
    model.addPull(8, ref(QStringLiteral("127.0.0.1:5000/demo/none:1")), {});
    QCOMPARE(panel.selectedPull(), 1);
    const QString message =
        QStringLiteral("127.0.0.1:5000/demo/none:1: repository name not known to registry");
    model.onFinished(8, Error(ErrorCode::NotFound, message));
    QVERIFY(!panel.cancelButton()->isEnabled());
    QVERIFY(panel.errorLabel()->isVisible());
    QVERIFY(panel.errorLabel()->text().contains(message));
    QVERIFY(panel.clearButton()->isEnabled());
    QVERIFY(summary->text().contains(QLatin1String("1 failed")));
    QVERIFY(summary->text().contains(QLatin1String("1 running")));

    // Selecting a layer row acts on its pull; expanding shows the layers.
    panel.selectPull(0, true);
    QVERIFY(panel.view()->isExpanded(model.index(0, 0)));
    panel.view()->setCurrentIndex(model.index(2, 0, model.index(0, 0)));
    QCOMPARE(panel.selectedPull(), 0);
    QVERIFY(panel.cancelButton()->isEnabled());
    QVERIFY(!panel.errorLabel()->isVisible());

    panel.clearButton()->click();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!panel.clearButton()->isEnabled());
    // Painting every column with the delegate, bars included, does not trip.
    QVERIFY(!panel.view()->grab().isNull());
}

void TestPulls::startupOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // part of the message; empty when it parses
    QTest::addColumn<QString>("store");
    QTest::addColumn<QStringList>("pulls");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("imagesTab");
    QTest::newRow("none") << QStringList() << ""
                          << "" << QStringList() << "" << false;
    QTest::newRow("store and pulls")
        << QStringList{u"--store"_s,
                       u"/tmp/s"_s,
                       u"--pull"_s,
                       u"busybox"_s,
                       u"--pull"_s,
                       u"127.0.0.1:5000/demo/multiarch:1.0"_s,
                       u"--pull-platform"_s,
                       u"all"_s}
        << ""
        << "/tmp/s" << QStringList{u"busybox"_s, u"127.0.0.1:5000/demo/multiarch:1.0"_s} << "all"
        << false;
    QTest::newRow("given platform") << QStringList{u"--pull-platform"_s, u"linux/arm64"_s} << ""
                                    << "" << QStringList() << "linux/arm64" << false;
    QTest::newRow("images tab") << QStringList{u"--page"_s, u"node-images"_s} << ""
                                << "" << QStringList() << "" << true;
    QTest::newRow("bad reference")
        << QStringList{u"--pull"_s, u"Busybox"_s} << "Invalid --pull \"Busybox\""
        << "" << QStringList() << "" << false;
    QTest::newRow("bad platform") << QStringList{u"--pull-platform"_s, u"linux/&arm"_s}
                                  << "Invalid --pull-platform"
                                  << "" << QStringList() << "" << false;
    QTest::newRow("empty store") << QStringList{u"--store="_s} << "--store needs a directory"
                                 << "" << QStringList() << "" << false;
    QTest::newRow("store without value") << QStringList{u"--store"_s} << "Missing value"
                                         << "" << QStringList() << "" << false;
}

void TestPulls::startupOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QFETCH(QString, store);
    QFETCH(QStringList, pulls);
    QFETCH(QString, platform);
    QFETCH(bool, imagesTab);
    const Result<StartupOptions> parsed =
        StartupOptions::parse(QStringList{u"pullscope"_s} + arguments);
    QCOMPARE(bool(parsed), error.isEmpty());
    if (!parsed) {
        QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
        return;
    }
    QCOMPARE(parsed->storeRoot, store);
    QCOMPARE(parsed->pulls, pulls);
    QCOMPARE(parsed->pullPlatform, platform);
    QCOMPARE(parsed->imagesTab, imagesTab);
    if (imagesTab)
        QCOMPARE(parsed->page, QStringLiteral("node"));
}

QTEST_MAIN(TestPulls)
#include "tst_pulls.moc"
