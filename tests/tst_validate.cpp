#include "util/Validate.h"

#include <QTest>

using namespace cb;

class TestValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("plain") << QStringLiteral("4096") << qint64(4096);
        QTest::newRow("K") << QStringLiteral("4K") << qint64(4096);
        QTest::newRow("M") << QStringLiteral("64M") << qint64(64) * 1024 * 1024;
        QTest::newRow("G") << QStringLiteral("1G") << (qint64(1) << 30);
        QTest::newRow("GiB") << QStringLiteral("2GiB") << (qint64(2) << 30);
        QTest::newRow("lower") << QStringLiteral("1g") << (qint64(1) << 30);
        QTest::newRow("T") << QStringLiteral("1T") << (qint64(1) << 40);
        QTest::newRow("fraction") << QStringLiteral("1.5G") << (qint64(3) << 29);
    }
    void sizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto r = validate::parseSize(text);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(*r, bytes);
    }

    void badSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << QStringLiteral("big");
        QTest::newRow("negative") << QStringLiteral("-1G");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("unit") << QStringLiteral("10X");
        QTest::newRow("huge") << QStringLiteral("99999999T");
    }
    void badSizes()
    {
        QFETCH(QString, text);
        const auto r = validate::parseSize(text);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().isEmpty());
    }

    void volumeNames()
    {
        QVERIFY(validate::volumeName(QStringLiteral("db-01.data_x")).ok());
        QVERIFY(validate::volumeName(QStringLiteral("数据盘")).ok());
        QVERIFY(!validate::volumeName(QString()).ok());
        QVERIFY(!validate::volumeName(QStringLiteral(".hidden")).ok());
        QVERIFY(!validate::volumeName(QStringLiteral("a/b")).ok());
        QVERIFY(!validate::volumeName(QStringLiteral("a b")).ok());
        QVERIFY(!validate::volumeName(QStringLiteral("bad\nname")).ok());
        QVERIFY(!validate::volumeName(QString(validate::MaxVolumeName + 1, u'a')).ok());
        QVERIFY(validate::volumeName(QString(validate::MaxVolumeName, u'a')).ok());
    }

    void backupNamesAndText()
    {
        QVERIFY(validate::backupName(QStringLiteral("nightly 2026-01-01")).ok());
        QVERIFY(!validate::backupName(QStringLiteral("  ")).ok());
        QVERIFY(!validate::backupName(QStringLiteral("tab\there")).ok());
        QVERIFY(!validate::backupName(QString(validate::MaxBackupName + 1, u'x')).ok());
        QVERIFY(validate::description(QStringLiteral("two\nlines")).ok());
        QVERIFY(!validate::description(QStringLiteral("bell\a")).ok());
        QVERIFY(!validate::description(QString(validate::MaxDescription + 1, u'x')).ok());
    }

    void tags()
    {
        QVERIFY(validate::tag(QStringLiteral("prod")).ok());
        QVERIFY(validate::tag(QStringLiteral("生产")).ok());
        QVERIFY(!validate::tag(QString()).ok());
        QVERIFY(!validate::tag(QStringLiteral(" x")).ok());
        QVERIFY(!validate::tag(QStringLiteral("a,b")).ok());
        QVERIFY(!validate::tag(QStringLiteral("a\u0001")).ok());
        QVERIFY(!validate::tag(QString(validate::MaxTag + 1, u't')).ok());
    }
};

QTEST_GUILESS_MAIN(TestValidate)
#include "tst_validate.moc"
