// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/auth/credentialhelper.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Runs the real helper program docker-credential-pullscope-test (built beside this test).
class TestCredentialHelper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void storeGetListErase();
    void identityToken();
    void notFoundIsAnonymousNotError();
    void helperErrorIsReported();
    void missingHelper();
    void finishesOnceQueuedAfterCancel();
    void hungHelperTimesOut();

private:
    // A helper docker-credential-pullscope-hang that never answers (sleeps), on PATH.
    void installHangingHelper();
    // Runs call to completion and returns it (owned by the caller).
    std::unique_ptr<CredentialHelperCall> runToEnd(CredentialHelperCall *call);
    QTemporaryDir m_dir;
    QTemporaryDir m_bin;
};

void TestCredentialHelper::initTestCase()
{
    qputenv("PATH", QByteArray(HELPER_DIR) + ':' + qgetenv("PATH"));
}

void TestCredentialHelper::init()
{
    qputenv("PULLSCOPE_TEST_HELPER_STORE",
            QFile::encodeName(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                             + QStringLiteral(".json"))));
    qunsetenv("PULLSCOPE_TEST_HELPER_BROKEN");
}

std::unique_ptr<CredentialHelperCall> TestCredentialHelper::runToEnd(CredentialHelperCall *call)
{
    std::unique_ptr<CredentialHelperCall> owned(call);
    QSignalSpy spy(call, &CredentialHelperCall::finished);
    call->start();
    if (!spy.wait(10'000))
        qWarning("helper call did not finish");
    QTest::qWait(50); // a second emission would show up here
    if (spy.count() != 1)
        qWarning("finished emitted %d times", int(spy.count()));
    return owned;
}

void TestCredentialHelper::storeGetListErase()
{
    const QString helper = QStringLiteral("pullscope-test");
    auto stored = runToEnd(CredentialHelperCall::store(helper,
                                                       QStringLiteral("r.example:5000"),
                                                       QStringLiteral("alice"),
                                                       QStringLiteral("s3cret"),
                                                       nullptr));
    QVERIFY2(stored->result(),
             qPrintable(stored->result() ? QString() : stored->result().error().message));

    auto got =
        runToEnd(CredentialHelperCall::get(helper, QStringLiteral("r.example:5000"), nullptr));
    QVERIFY(got->result());
    const Credential c = *got->result();
    QCOMPARE(c.kind, Credential::Kind::Password);
    QCOMPARE(c.username, QStringLiteral("alice"));
    QCOMPARE(c.secret, QStringLiteral("s3cret"));
    QCOMPARE(c.origin, Credential::Origin::Helper);
    QCOMPARE(c.originPath, QStringLiteral("docker-credential-pullscope-test"));
    QCOMPARE(c.key, QStringLiteral("r.example:5000"));

    auto listed = runToEnd(CredentialHelperCall::list(helper, nullptr));
    QVERIFY(listed->result());
    QCOMPARE(listed->listResult().value(QStringLiteral("r.example:5000")), QStringLiteral("alice"));

    auto erased =
        runToEnd(CredentialHelperCall::erase(helper, QStringLiteral("r.example:5000"), nullptr));
    QVERIFY(erased->result());
    auto gone =
        runToEnd(CredentialHelperCall::get(helper, QStringLiteral("r.example:5000"), nullptr));
    QVERIFY(gone->result());
    QVERIFY(gone->result()->isAnonymous());
}

void TestCredentialHelper::identityToken()
{
    const QString helper = QStringLiteral("pullscope-test");
    auto stored =
        runToEnd(CredentialHelperCall::store(helper,
                                             QStringLiteral("https://index.docker.io/v1/"),
                                             QStringLiteral("<token>"),
                                             QStringLiteral("refresh-1"),
                                             nullptr));
    QVERIFY(stored->result());
    auto got = runToEnd(
        CredentialHelperCall::get(helper, QStringLiteral("https://index.docker.io/v1/"), nullptr));
    QVERIFY(got->result());
    QCOMPARE(got->result()->kind, Credential::Kind::IdentityToken);
    QCOMPARE(got->result()->secret, QStringLiteral("refresh-1"));
    QVERIFY(got->result()->username.isEmpty());
}

void TestCredentialHelper::notFoundIsAnonymousNotError()
{
    auto got = runToEnd(CredentialHelperCall::get(QStringLiteral("pullscope-test"),
                                                  QStringLiteral("nobody.example"),
                                                  nullptr));
    QVERIFY(got->result());
    QVERIFY(got->result()->isAnonymous());
}

void TestCredentialHelper::helperErrorIsReported()
{
    qputenv("PULLSCOPE_TEST_HELPER_BROKEN", "1");
    auto got = runToEnd(CredentialHelperCall::get(QStringLiteral("pullscope-test"),
                                                  QStringLiteral("r.example"),
                                                  nullptr));
    QVERIFY(!got->result());
    const QString message = got->result().error().message;
    QVERIFY2(message.contains(QLatin1String("docker-credential-pullscope-test")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("the keyring is locked")), qPrintable(message));
    auto missingUser = runToEnd(CredentialHelperCall::store(QStringLiteral("pullscope-test"),
                                                            QStringLiteral("r"),
                                                            QString(),
                                                            QStringLiteral("x"),
                                                            nullptr));
    QVERIFY(!missingUser->result());
}

void TestCredentialHelper::missingHelper()
{
    auto got = runToEnd(CredentialHelperCall::get(QStringLiteral("does-not-exist-xyz"),
                                                  QStringLiteral("r"),
                                                  nullptr));
    QVERIFY(!got->result());
    QVERIFY(got->result().error().message.contains(
        QLatin1String("docker-credential-does-not-exist-xyz")));
    QVERIFY(got->result().error().message.contains(QLatin1String("PATH")));
}

void TestCredentialHelper::installHangingHelper()
{
    const QString path = m_bin.filePath(QStringLiteral("docker-credential-pullscope-hang"));
    if (QFile::exists(path))
        return;
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\nexec sleep 30\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("PATH", QFile::encodeName(m_bin.path()) + ':' + qgetenv("PATH"));
}

void TestCredentialHelper::finishesOnceQueuedAfterCancel()
{
    installHangingHelper();
    // A running helper: cancel() kills it; finished() follows queued, once.
    std::unique_ptr<CredentialHelperCall> call(
        CredentialHelperCall::get(QStringLiteral("pullscope-hang"), QStringLiteral("r"), nullptr));
    QSignalSpy spy(call.get(), &CredentialHelperCall::finished);
    call->start();
    call->cancel();
    QCOMPARE(spy.count(), 0); // never inside cancel()
    QVERIFY(call->isFinished());
    call->cancel();
    QTRY_COMPARE(spy.count(), 1);
    QTest::qWait(50); // a second emission would show up here
    QCOMPARE(spy.count(), 1);
    QVERIFY(!call->result());
    QCOMPARE(call->result().error().code, ErrorCode::Cancelled);

    // A missing helper fails inside start(); cancel() right after changes nothing.
    std::unique_ptr<CredentialHelperCall> missing(
        CredentialHelperCall::get(QStringLiteral("does-not-exist-xyz"),
                                  QStringLiteral("r"),
                                  nullptr));
    QSignalSpy missingSpy(missing.get(), &CredentialHelperCall::finished);
    missing->start();
    missing->cancel();
    QCOMPARE(missingSpy.count(), 0);
    QTRY_COMPARE(missingSpy.count(), 1);
    QTest::qWait(50);
    QCOMPARE(missingSpy.count(), 1);
    QCOMPARE(missing->result().error().code, ErrorCode::Io);
}

void TestCredentialHelper::hungHelperTimesOut()
{
    installHangingHelper();
    std::unique_ptr<CredentialHelperCall> call(
        CredentialHelperCall::get(QStringLiteral("pullscope-hang"), QStringLiteral("r"), nullptr));
    call->setTimeoutMs(200);
    QSignalSpy spy(call.get(), &CredentialHelperCall::finished);
    call->start();
    QVERIFY(spy.wait(10'000));
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!call->result());
    QCOMPARE(call->result().error().code, ErrorCode::Timeout);
}

QTEST_GUILESS_MAIN(TestCredentialHelper)
#include "tst_credentialhelper.moc"
