// SPDX-License-Identifier: GPL-3.0-or-later
// The Secret generator dialog: kubectl's bytes, the password masked in its field and in the
// preview unless asked, incomplete input refused, and the YAML inserted as a new document.
#include "model/core/threadcheck.h"
#include "model/kube/kubereader.h"
#include "ui/workspace/secretgeneratordialog.h"
#include "ui/workspace/workspacedocument.h"
#include "ui/workspace/workspacepage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// `kubectl create secret docker-registry regcred --docker-server=registry.example.com
// --docker-username=deploy '--docker-password=p&<>"x' --docker-email=ops@example.com -n team
// --dry-run=client -o yaml`, kubectl v1.32, captured byte for byte.
const QByteArray kKubectl =
    "apiVersion: v1\n"
    "data:\n"
    "  .dockerconfigjson: "
    "eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJ1c2VybmFtZSI6ImRlcGxveSIsInBhc3N3b3JkIjoicFx1"
    "MDAyNlx1MDAzY1x1MDAzZVwieCIsImVtYWlsIjoib3BzQGV4YW1wbGUuY29tIiwiYXV0aCI6IlpHVndiRzk1T25BbVBE"
    "NGllQT09In19fQ==\n"
    "kind: Secret\n"
    "metadata:\n"
    "  creationTimestamp: null\n"
    "  name: regcred\n"
    "  namespace: team\n"
    "type: kubernetes.io/dockerconfigjson\n";
const QString kPassword = u"p&<>\"x"_s;

template<typename T>
T *child(QObject *parent, const QString &name)
{
    auto *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

void fill(SecretGeneratorDialog &d)
{
    child<QLineEdit>(&d, u"secretServer"_s)->setText(u"registry.example.com"_s);
    child<QLineEdit>(&d, u"secretUsername"_s)->setText(u"deploy"_s);
    // Typed, as a user would, into the masked field.
    QTest::keyClicks(child<QLineEdit>(&d, u"secretPassword"_s), kPassword);
    child<QLineEdit>(&d, u"secretEmail"_s)->setText(u"ops@example.com"_s);
    child<QLineEdit>(&d, u"secretNamespace"_s)->setText(u"team"_s);
}
} // namespace

class TestSecretGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kubectlBytesPasswordMasked();
    void incompleteInput_data();
    void incompleteInput();
    void insertsANewDocument();
};

void TestSecretGenerator::kubectlBytesPasswordMasked()
{
    SecretGeneratorDialog d;
    d.show();
    auto *password = child<QLineEdit>(&d, u"secretPassword"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    fill(d);
    QCOMPARE(d.yaml(), kKubectl);

    // By default the preview shows neither the password nor the data that encodes it.
    const QByteArray data =
        kKubectl.split('\n').at(2).mid(QByteArray("  .dockerconfigjson: ").size());
    const QString shown = d.previewText() + child<QLabel>(&d, u"secretContents"_s)->text();
    QVERIFY2(!shown.contains(kPassword), qPrintable(shown));
    QVERIFY(!shown.contains(QString::fromLatin1(data)));
    QVERIFY(!shown.contains(QString::fromLatin1(QByteArray("deploy:p&<>\"x").toBase64())));
    QVERIFY(shown.contains(u"name: regcred"_s));
    QVERIFY(shown.contains(u"registry.example.com"_s));
    QVERIFY(shown.contains(u"deploy"_s));

    // Asked for: the real data, exactly what will be written.
    child<QCheckBox>(&d, u"secretReveal"_s)->setChecked(true);
    QCOMPARE(d.previewText().toUtf8(), kKubectl);
    child<QCheckBox>(&d, u"secretReveal"_s)->setChecked(false);
    QVERIFY(!d.previewText().contains(QString::fromLatin1(data)));

    child<QCheckBox>(&d, u"secretShowPassword"_s)->setChecked(true);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    child<QCheckBox>(&d, u"secretShowPassword"_s)->setChecked(false);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

void TestSecretGenerator::incompleteInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("no user") << u"secretUsername"_s << QString();
    QTest::newRow("no password") << u"secretPassword"_s << QString();
    QTest::newRow("name with capitals") << u"secretName"_s << u"RegCred"_s;
    QTest::newRow("namespace with a dot") << u"secretNamespace"_s << u"a.b"_s;
}

void TestSecretGenerator::incompleteInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    SecretGeneratorDialog d;
    fill(d);
    QVERIFY(!d.yaml().isEmpty());
    child<QLineEdit>(&d, field)->setText(value);
    QVERIFY(d.yaml().isEmpty());
    QVERIFY(!d.problem().isEmpty());
    QVERIFY(!child<QPushButton>(&d, u"secretNewDocument"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(&d, u"secretSave"_s)->isEnabled());
}

void TestSecretGenerator::insertsANewDocument()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    WorkspacePage page(&settings);
    const QByteArray pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  namespace: team\n"
                           "spec:\n  imagePullSecrets:\n  - name: regcred\n  containers:\n"
                           "  - name: a\n    image: registry.example.com/a:1.0\n";
    page.newDocument(pod);
    QTRY_VERIFY(!page.isBusy()); // read off the GUI thread: the namespace is known
    page.openSecretGenerator();
    auto *d = page.findChild<SecretGeneratorDialog *>();
    QVERIFY(d);
    // The namespace comes from the file.
    QCOMPARE(child<QLineEdit>(d, u"secretNamespace"_s)->text(), u"team"_s);
    fill(*d);
    QTest::mouseClick(child<QPushButton>(d, u"secretInsert"_s), Qt::LeftButton);
    QCOMPARE(page.currentDocument()->text(), pod + "---\n" + kKubectl);
    // A fixture, not the event loop: it may block the test's GUI thread.
    const ThreadCheck::AllowBlocking fixture;
    const KubeFile file = KubeReader::read(page.currentDocument()->text(), u"x.yaml"_s);
    QCOMPARE(file.objects.size(), 2);
    QVERIFY(file.objects.at(1).secret.has_value());
}

QTEST_MAIN(TestSecretGenerator)
#include "tst_secretgenerator.moc"
