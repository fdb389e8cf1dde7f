#include "engine/Rules.h"

#include <QTest>

using namespace cb;

class TestRules : public QObject
{
    Q_OBJECT

    static Backup make(const QString &id, const QString &parent, int minute,
                       BackupStatus status = BackupStatus::Available)
    {
        Backup b;
        b.id = id;
        b.name = id;
        b.parentId = parent;
        b.kind = parent.isEmpty() ? BackupKind::Full : BackupKind::Incremental;
        b.status = status;
        b.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, minute), Qt::UTC);
        b.size = 100;
        return b;
    }

    // f1 <- i1 <- i2 <- i3 ; f2 <- j1
    static QList<Backup> chains()
    {
        return {make(QStringLiteral("f1"), {}, 1),
                make(QStringLiteral("i1"), QStringLiteral("f1"), 2),
                make(QStringLiteral("i2"), QStringLiteral("i1"), 3),
                make(QStringLiteral("i3"), QStringLiteral("i2"), 4),
                make(QStringLiteral("f2"), {}, 5),
                make(QStringLiteral("j1"), QStringLiteral("f2"), 6)};
    }

private Q_SLOTS:
    void backupAllowedNeedsForceWhenInUse()
    {
        Volume v;
        v.name = QStringLiteral("db");
        v.status = VolumeStatus::Available;
        QVERIFY(rules::checkBackupAllowed(v, false).ok());
        v.status = VolumeStatus::InUse;
        const auto refused = rules::checkBackupAllowed(v, false);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QLatin1String("force")));
        QVERIFY(rules::checkBackupAllowed(v, true).ok());
        v.status = VolumeStatus::Restoring;
        QVERIFY(!rules::checkBackupAllowed(v, true).ok());
        v.status = VolumeStatus::Missing;
        QVERIFY(!rules::checkBackupAllowed(v, true).ok());
    }

    void firstBackupIsFull()
    {
        QCOMPARE(*rules::chooseParent({}, false), QString());
        QVERIFY(!rules::chooseParent({}, true).ok());
        // Only failed backups: still nothing to build on.
        QVERIFY(!rules::chooseParent({make(QStringLiteral("e"), {}, 1, BackupStatus::Error)}, true).ok());
    }

    void incrementalParentIsNewestAvailable()
    {
        auto all = chains();
        QCOMPARE(*rules::chooseParent(all, true), QStringLiteral("j1"));
        all.append(make(QStringLiteral("bad"), QStringLiteral("j1"), 7, BackupStatus::Error));
        all.append(make(QStringLiteral("busy"), QStringLiteral("j1"), 8, BackupStatus::Creating));
        QCOMPARE(*rules::chooseParent(all, true), QStringLiteral("j1"));
        QCOMPARE(*rules::chooseParent(all, false), QString());
        // A damaged backup stays in the chain: the next incremental builds on it (and reads everything).
        all.append(make(QStringLiteral("dmg"), QStringLiteral("j1"), 9, BackupStatus::Damaged));
        QCOMPARE(*rules::chooseParent(all, true), QStringLiteral("dmg"));
    }

    void restoreTargetRules()
    {
        Backup b = make(QStringLiteral("f1"), {}, 1);
        Volume v;
        v.name = QStringLiteral("t");
        v.size = 100;
        v.status = VolumeStatus::Available;
        QVERIFY(rules::checkRestoreTarget(b, v).ok());
        v.size = 99;
        QVERIFY(!rules::checkRestoreTarget(b, v).ok());
        v.size = 200;
        v.status = VolumeStatus::InUse;
        QVERIFY(!rules::checkRestoreTarget(b, v).ok());
        v.status = VolumeStatus::Restoring;
        QVERIFY(!rules::checkRestoreTarget(b, v).ok());
        v.status = VolumeStatus::Missing;
        QVERIFY(!rules::checkRestoreTarget(b, v).ok());
        v.status = VolumeStatus::Error; // an interrupted restore is repaired by restoring again
        QVERIFY(rules::checkRestoreTarget(b, v).ok());
        v.status = VolumeStatus::Available;
        b.status = BackupStatus::Error;
        QVERIFY(!rules::checkRestoreTarget(b, v).ok());
    }

    void deleteLeafIsAllowed()
    {
        QCOMPARE(*rules::deletionOrder({QStringLiteral("i3")}, chains()), QStringList{QStringLiteral("i3")});
    }

    void deleteRefusesOrphansAndNamesBlockers()
    {
        auto r = rules::deletionOrder({QStringLiteral("f1")}, chains());
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QLatin1String("i1")));
        auto mid = rules::deletionOrder({QStringLiteral("i1"), QStringLiteral("i2")}, chains());
        QVERIFY(!mid.ok());
        QVERIFY(mid.error().contains(QLatin1String("i3")));
        QVERIFY(!mid.error().contains(QLatin1String("j1")));
    }

    void deleteWholeTailLeafFirst()
    {
        const auto order = rules::deletionOrder(
            {QStringLiteral("f1"), QStringLiteral("i2"), QStringLiteral("i1"), QStringLiteral("i3")},
            chains());
        QVERIFY2(order.ok(), qPrintable(order.error()));
        QCOMPARE(*order, (QStringList{QStringLiteral("i3"), QStringLiteral("i2"), QStringLiteral("i1"),
                                      QStringLiteral("f1")}));
        const auto two = rules::deletionOrder(
            {QStringLiteral("f2"), QStringLiteral("j1"), QStringLiteral("i3")}, chains());
        QVERIFY(two.ok());
        QVERIFY(two->indexOf(QStringLiteral("j1")) < two->indexOf(QStringLiteral("f2")));
    }

    void failedChildDoesNotBlock()
    {
        auto all = chains();
        all.append(make(QStringLiteral("x"), QStringLiteral("i3"), 9, BackupStatus::Error));
        QVERIFY(rules::deletionOrder({QStringLiteral("i3")}, all).ok());
    }

    void busyBackupCannotBeDeleted()
    {
        auto all = chains();
        all.append(make(QStringLiteral("c"), {}, 9, BackupStatus::Creating));
        QVERIFY(!rules::deletionOrder({QStringLiteral("c")}, all).ok());
        QVERIFY(!rules::deletionOrder({QStringLiteral("nope")}, all).ok());
    }

    void chainToWalksParents()
    {
        const auto chain = rules::chainTo(QStringLiteral("i2"), chains());
        QVERIFY(chain.ok());
        QCOMPARE(chain->size(), 3);
        QCOMPARE(chain->first().id, QStringLiteral("f1"));
        QCOMPARE(chain->last().id, QStringLiteral("i2"));
        auto broken = chains();
        broken.removeAt(1);
        QVERIFY(!rules::chainTo(QStringLiteral("i3"), broken).ok());
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
