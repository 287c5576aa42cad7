// SPDX-License-Identifier: GPL-3.0-or-later
// The version order of tags (TagVersion) and the tag proxy's sorting and filtering, on canned
// tags: no network.
#include "model/items/tagsortfilterproxymodel.h"
#include "model/items/tagtablemodel.h"
#include "model/items/tagversion.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestTagVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lessThan_data();
    void lessThan();
    void category_data();
    void category();
    void proxyVersionOrder();
    void proxyNameAndDateOrder();
    void proxyFilter_data();
    void proxyFilter();

private:
    QStringList proxyTags(const QAbstractItemModel &proxy) const;
};

void TestTagVersion::lessThan_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("less");
    QTest::newRow("1.9 < 1.10") << "1.9"
                                << "1.10" << true;
    QTest::newRow("1.10 !< 1.9") << "1.10"
                                 << "1.9" << false;
    QTest::newRow("v prefix ignored") << "v1.9.0"
                                      << "1.10.0" << true;
    QTest::newRow("V prefix") << "V2"
                              << "v10" << true;
    QTest::newRow("pre-release before release") << "1.0.0-rc.1"
                                                << "1.0.0" << true;
    QTest::newRow("release after pre-release") << "1.0.0"
                                               << "1.0.0-rc.1" << false;
    QTest::newRow("pre-release after previous release") << "1.0.0"
                                                        << "1.0.1-alpha" << true;
    QTest::newRow("alpha < alpha.1") << "1.0.0-alpha"
                                     << "1.0.0-alpha.1" << true;
    QTest::newRow("alpha.1 < alpha.beta") << "1.0.0-alpha.1"
                                          << "1.0.0-alpha.beta" << true;
    QTest::newRow("alpha.beta < beta") << "1.0.0-alpha.beta"
                                       << "1.0.0-beta" << true;
    QTest::newRow("beta.2 < beta.11 numerically") << "1.0.0-beta.2"
                                                  << "1.0.0-beta.11" << true;
    QTest::newRow("beta.11 < rc.1") << "1.0.0-beta.11"
                                    << "1.0.0-rc.1" << true;
    QTest::newRow("numeric id before alphanumeric") << "1.0.0-1"
                                                    << "1.0.0-a" << true;
    QTest::newRow("two parts") << "1.36"
                               << "1.37" << true;
    QTest::newRow("one part") << "9"
                              << "10" << true;
    QTest::newRow("four parts") << "1.2.3.4"
                                << "1.2.3.10" << true;
    QTest::newRow("leading zeros numeric") << "1.02"
                                           << "1.10" << true;
    QTest::newRow("latest before versions") << "latest"
                                            << "0.1" << true;
    QTest::newRow("versions before other tags") << "99.0"
                                                << "alpine" << true;
    QTest::newRow("other tags after versions") << "alpine"
                                               << "0.1" << false;
    QTest::newRow("latest before other tags") << "latest"
                                              << "edge" << true;
    QTest::newRow("not a version: letters first") << "sha-abc"
                                                  << "stable" << true;
    QTest::newRow("not a version: v alone") << "v"
                                            << "1" << false;
    QTest::newRow("not a version: trailing dot") << "1."
                                                 << "2" << false;
    QTest::newRow("equal keys break by text") << "1.9"
                                              << "v1.9" << true;
    QTest::newRow("irreflexive") << "1.2.3"
                                 << "1.2.3" << false;
    QTest::newRow("huge number does not overflow") << "1.999999999999999999"
                                                   << "2" << true;
}

void TestTagVersion::lessThan()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, less);
    QCOMPARE(TagVersion::lessThan(a, b), less);
    // A strict weak order: never both ways.
    if (less)
        QVERIFY(!TagVersion::lessThan(b, a));
}

void TestTagVersion::category_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("category");
    QTest::newRow("latest") << "latest" << int(TagVersion::Category::Latest);
    QTest::newRow("Latest is not latest") << "Latest" << int(TagVersion::Category::Other);
    QTest::newRow("semver") << "1.2.3" << int(TagVersion::Category::Version);
    QTest::newRow("v semver") << "v1.2.3-rc.1" << int(TagVersion::Category::Version);
    QTest::newRow("variant suffix") << "3.19-alpine" << int(TagVersion::Category::Version);
    QTest::newRow("name") << "alpine" << int(TagVersion::Category::Other);
    QTest::newRow("empty") << "" << int(TagVersion::Category::Other);
    QTest::newRow("five parts") << "1.2.3.4.5" << int(TagVersion::Category::Other);
    QTest::newRow("date-like") << "2024.01.01" << int(TagVersion::Category::Version);
}

void TestTagVersion::category()
{
    QFETCH(QString, tag);
    QFETCH(int, category);
    QCOMPARE(int(TagVersion::category(tag)), category);
    QCOMPARE(TagVersion::sortKey(tag).left(1), QString::number(category));
}

QStringList TestTagVersion::proxyTags(const QAbstractItemModel &proxy) const
{
    QStringList tags;
    for (int r = 0; r < proxy.rowCount(); ++r)
        tags << proxy.index(r, 0).data(TagTableModel::TagRole).toString();
    return tags;
}

void TestTagVersion::proxyVersionOrder()
{
    TagTableModel model(nullptr);
    TagSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setTags(QStringLiteral("r.example"),
                  QStringLiteral("app"),
                  {QStringLiteral("edge"),
                   QStringLiteral("1.9"),
                   QStringLiteral("1.10"),
                   QStringLiteral("v1.10.1"),
                   QStringLiteral("1.10.1-rc.1"),
                   QStringLiteral("latest"),
                   QStringLiteral("alpine"),
                   QStringLiteral("2.0.0-beta")});
    // Newest first, latest on top and names at the end, A to Z.
    QCOMPARE(proxyTags(proxy),
             QStringList({QStringLiteral("latest"),
                          QStringLiteral("2.0.0-beta"),
                          QStringLiteral("v1.10.1"),
                          QStringLiteral("1.10.1-rc.1"),
                          QStringLiteral("1.10"),
                          QStringLiteral("1.9"),
                          QStringLiteral("alpine"),
                          QStringLiteral("edge")}));
    // The other direction keeps latest first and names last.
    proxy.sort(TagTableModel::TagColumn, Qt::AscendingOrder);
    QCOMPARE(proxyTags(proxy),
             QStringList({QStringLiteral("latest"),
                          QStringLiteral("1.9"),
                          QStringLiteral("1.10"),
                          QStringLiteral("1.10.1-rc.1"),
                          QStringLiteral("v1.10.1"),
                          QStringLiteral("2.0.0-beta"),
                          QStringLiteral("alpine"),
                          QStringLiteral("edge")}));
}

void TestTagVersion::proxyNameAndDateOrder()
{
    TagTableModel model(nullptr);
    TagSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setTags(
        QStringLiteral("r.example"),
        QStringLiteral("app"),
        {QStringLiteral("b"), QStringLiteral("C"), QStringLiteral("a"), QStringLiteral("d")});
    proxy.setSortMode(TagSortFilterProxyModel::SortMode::Name);
    QCOMPARE(
        proxyTags(proxy),
        QStringList(
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("C"), QStringLiteral("d")}));

    const auto details = [](int day, const char *digest) {
        TagDetails d;
        d.digest =
            *Digest::parse(QStringLiteral("sha256:") + QString::fromLatin1(digest).repeated(64));
        d.created = QDateTime(QDate(2024, 1, day), QTime(12, 0), Qt::UTC);
        return d;
    };
    proxy.setSortMode(TagSortFilterProxyModel::SortMode::Date);
    model.applyDetails(QStringLiteral("a"), details(1, "a"));
    model.applyDetails(QStringLiteral("b"), details(3, "b"));
    model.applyDetails(QStringLiteral("C"), details(2, "a"));
    // Newest first; d has no date yet and goes last.
    QCOMPARE(
        proxyTags(proxy),
        QStringList(
            {QStringLiteral("b"), QStringLiteral("C"), QStringLiteral("a"), QStringLiteral("d")}));
    // a and C share a digest: one group, counted twice; b has its own.
    const int rowA = model.rowOfTag(QStringLiteral("a"));
    const int rowC = model.rowOfTag(QStringLiteral("C"));
    const int rowB = model.rowOfTag(QStringLiteral("b"));
    QCOMPARE(model.index(rowA, 0).data(TagTableModel::DigestGroupRole),
             model.index(rowC, 0).data(TagTableModel::DigestGroupRole));
    QVERIFY(model.index(rowA, 0).data(TagTableModel::DigestGroupRole)
            != model.index(rowB, 0).data(TagTableModel::DigestGroupRole));
    QCOMPARE(model.index(rowA, 0).data(TagTableModel::DigestShareCountRole).toInt(), 2);
    QCOMPARE(model.index(rowB, 0).data(TagTableModel::DigestShareCountRole).toInt(), 1);
    QCOMPARE(model.index(model.rowOfTag(QStringLiteral("d")), 0)
                 .data(TagTableModel::DigestGroupRole)
                 .toInt(),
             -1);
    QCOMPARE(model.index(rowB, 0).data(TagTableModel::PinnedReferenceRole).toString(),
             QStringLiteral("r.example/app@sha256:") + QStringLiteral("b").repeated(64));
    // Unknown tags are ignored.
    model.applyDetails(QStringLiteral("nope"), details(4, "c"));
    QCOMPARE(model.rowCount(), 4);
}

void TestTagVersion::proxyFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty shows all") << QString()
                                     << QStringList({QStringLiteral("latest"),
                                                     QStringLiteral("1.36"),
                                                     QStringLiteral("1.36-musl"),
                                                     QStringLiteral("Musl-edge")});
    QTest::newRow("case-insensitive substring")
        << QStringLiteral("MUSL")
        << QStringList({QStringLiteral("1.36-musl"), QStringLiteral("Musl-edge")});
    QTest::newRow("dot is literal")
        << QStringLiteral("1.3")
        << QStringList({QStringLiteral("1.36"), QStringLiteral("1.36-musl")});
    QTest::newRow("regex characters are literal") << QStringLiteral(".*") << QStringList();
    QTest::newRow("nothing matches") << QStringLiteral("zzz") << QStringList();
}

void TestTagVersion::proxyFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    TagTableModel model(nullptr);
    TagSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setTags(QStringLiteral("r.example"),
                  QStringLiteral("app"),
                  {QStringLiteral("1.36"),
                   QStringLiteral("Musl-edge"),
                   QStringLiteral("latest"),
                   QStringLiteral("1.36-musl")});
    proxy.setFilterText(text);
    QCOMPARE(proxyTags(proxy), expected);
}

QTEST_GUILESS_MAIN(TestTagVersion)
#include "tst_tagversion.moc"
