// SPDX-License-Identifier: GPL-3.0-or-later
// The error banner: shows its text, hides when cleared, and mixes its colours from the palette
// it is given, so a dark theme gets a dark band with light text.
#include "ui/common/errorbanner.h"

#include <QImage>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QPalette themed(const QColor &window, const QColor &text)
{
    QPalette p;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(role, window);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, text);
    return p;
}

const QPalette kLight = themed(QColor(0xef, 0xef, 0xef), QColor(0x1a, 0x1a, 0x1a));
const QPalette kDark = themed(QColor(0x2a, 0x2a, 0x2a), QColor(0xee, 0xee, 0xee));

// The painted pixel in the band, away from the accent strip and the text.
QColor paintedBackground(ErrorBanner &banner)
{
    const QImage image = banner.grab().toImage();
    return image.pixelColor(image.width() - 2, 1);
}

// Whether the text is drawn in color: some glyph pixel comes close to it.
bool paintsTextIn(ErrorBanner &banner, const QColor &color)
{
    const QImage image = banner.grab().toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 8; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) + qAbs(c.green() - color.green())
                    + qAbs(c.blue() - color.blue())
                < 24)
                return true;
        }
    }
    return false;
}
} // namespace

class TestErrorBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsAndClears();
    void followsThePalette_data();
    void followsThePalette();
    void warningIsNotError();
};

void TestErrorBanner::showsAndClears()
{
    QWidget window;
    auto *banner = new ErrorBanner(&window);
    (new QVBoxLayout(&window))->addWidget(banner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!banner->isVisible()); // empty: nothing to show

    banner->setError(u"manifest unknown: app:1"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"manifest unknown: app:1"_s);
    QCOMPARE(banner->kind(), ErrorBanner::Kind::Error);
    QVERIFY(banner->wordWrap());
    QVERIFY(banner->textInteractionFlags() & Qt::TextSelectableByMouse);

    banner->clear();
    QVERIFY(!banner->isVisible());
    QVERIFY(banner->text().isEmpty());

    banner->setMessage(u"Contacting registry.example…"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), ErrorBanner::Kind::Message);
    QCOMPARE(banner->backgroundColor().alpha(), 0); // a plain status line: no band
    banner->setError(QString()); // an empty message clears
    QVERIFY(!banner->isVisible());
}

void TestErrorBanner::followsThePalette_data()
{
    QTest::addColumn<bool>("onTheBanner");
    QTest::newRow("inherited from the window") << false;
    QTest::newRow("set on the banner") << true;
}

void TestErrorBanner::followsThePalette()
{
    QFETCH(bool, onTheBanner);
    QWidget window;
    window.resize(400, 100);
    auto *banner = new ErrorBanner(&window);
    (new QVBoxLayout(&window))->addWidget(banner);
    QWidget *target = onTheBanner ? static_cast<QWidget *>(banner) : &window;
    target->setPalette(kLight);
    banner->setError(u"unauthorized: authentication required"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QColor lightBackground = banner->backgroundColor();
    const QColor lightText = banner->textColor();
    QVERIFY(lightBackground.lightness() > 128);
    QVERIFY(lightText.lightness() < lightBackground.lightness() - 100);
    QVERIFY(lightBackground.red() > lightBackground.green()); // tinted red
    QCOMPARE(paintedBackground(*banner).rgb(), lightBackground.rgb());
    QVERIFY(paintsTextIn(*banner, lightText));

    target->setPalette(kDark);
    const QColor darkBackground = banner->backgroundColor();
    const QColor darkText = banner->textColor();
    QVERIFY(darkBackground != lightBackground);
    QVERIFY(darkText != lightText);
    QVERIFY(darkBackground.lightness() < 128);
    QVERIFY(darkText.lightness() > darkBackground.lightness() + 100);
    QVERIFY(darkBackground.red() > darkBackground.green());
    QCOMPARE(paintedBackground(*banner).rgb(), darkBackground.rgb());
    QVERIFY(paintsTextIn(*banner, darkText));
    QVERIFY(!paintsTextIn(*banner, lightText));
    QCOMPARE(banner->palette().color(QPalette::Window), QColor(0x2a, 0x2a, 0x2a));

    // And back.
    target->setPalette(kLight);
    QCOMPARE(banner->backgroundColor(), lightBackground);
    QCOMPARE(banner->textColor(), lightText);
}

void TestErrorBanner::warningIsNotError()
{
    ErrorBanner banner;
    banner.setPalette(kLight);
    banner.setError(u"x"_s);
    const QColor error = banner.backgroundColor();
    banner.setWarning(u"x"_s);
    QCOMPARE(banner.kind(), ErrorBanner::Kind::Warning);
    QVERIFY(banner.backgroundColor() != error);
    QVERIFY(banner.backgroundColor().green() > error.green()); // amber, not red
}

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
