// The console's models under QAbstractItemModelTester: merges update rows in
// place, the proxy filters with cb::BackupSearch and sorts numbers and dates
// as such, and 100,000 backups load, sort and filter without a reset storm.
#include "engine/Job.h"
#include "models/BackupModel.h"
#include "models/BackupProxyModel.h"
#include "models/JobModel.h"
#include "models/VolumeModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace cb;
using namespace cb::ui;

namespace {

Backup make(int i, const QString &volume, BackupKind kind = BackupKind::Full, const QString &parent = {})
{
    Backup b;
    b.id = QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0'));
    b.name = QStringLiteral("backup-%1").arg(i);
    b.volumeId = QStringLiteral("file:admin/") + volume;
    b.volumeName = volume;
    b.project = i % 3 == 0 ? QStringLiteral("finance") : QStringLiteral("admin");
    b.volumeType = QStringLiteral("file");
    b.kind = kind;
    b.parentId = parent;
    b.status = BackupStatus::Available;
    b.size = qint64(1 + i % 7) << 30;
    b.storedBytes =
        qint64(i % 1000) * 4096 + (i % 5 == 0 ? 10 : 9) * 1000; // "9 K" vs "10 K": numbers, not text
    b.readBytes = b.storedBytes * 2;
    b.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 3600);
    if (i % 4 == 0)
        b.tags << QStringLiteral("weekly");
    return b;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupModelMerges();
    void proxySortsAndFilters();
    void volumeModelStats();
    void jobModel();
    void hundredThousandBackups();
};

void TestModels::backupModelMerges()
{
    BackupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Backup> list;
    for (int i = 0; i < 10; ++i)
        list << make(i, i < 5 ? QStringLiteral("a") : QStringLiteral("b"));
    model.setBackups(list);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), int(BackupModel::ColumnCount));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Volume a: one changed, one removed, one added.
    QList<Backup> a = model.backupsOfVolume(QStringLiteral("file:admin/a"));
    QCOMPARE(a.size(), 5);
    a[1].status = BackupStatus::Deleting;
    const QString gone = a.takeAt(3).id;
    a << make(42, QStringLiteral("a"), BackupKind::Incremental, a.first().id);
    model.mergeVolume(QStringLiteral("file:admin/a"), a);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(),
             changed.first().at(1).value<QModelIndex>().row());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.rowOf(gone), -1);
    QVERIFY(model.rowOf(make(42, QStringLiteral("a")).id) >= 0);
    QCOMPARE(model.find(a[1].id)->status, BackupStatus::Deleting);
    // The other volume is untouched.
    QCOMPARE(model.backupsOfVolume(QStringLiteral("file:admin/b")).size(), 5);

    // upsert of an unchanged record emits nothing.
    changed.clear();
    model.upsert(*model.find(a[0].id));
    QCOMPARE(changed.size(), 0);
    Backup renamed = *model.find(a[0].id);
    renamed.name = QStringLiteral("renamed");
    model.upsert(renamed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.data(model.index(model.rowOf(renamed.id), BackupModel::Name)).toString(),
             QStringLiteral("renamed"));

    // A full reload that drops a contiguous block.
    QList<Backup> all = model.all();
    all.remove(2, 4);
    model.setBackups(all);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.headerData(BackupModel::Status, Qt::Horizontal).toString(), QStringLiteral("Status"));
}

void TestModels::proxySortsAndFilters()
{
    BackupModel model;
    BackupProxyModel proxy;
    proxy.setBackupModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Backup> list;
    for (int i = 0; i < 30; ++i)
        list << make(i, i % 2 ? QStringLiteral("web") : QStringLiteral("db"),
                     i % 3 ? BackupKind::Incremental : BackupKind::Full);
    list[7].description = QStringLiteral("before the upgrade");
    list[8].status = BackupStatus::Error;
    model.setBackups(list);

    proxy.sort(BackupModel::StoredSize, Qt::AscendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, BackupModel::StoredSize).data(BackupModel::RawRole).toLongLong() <=
                proxy.index(r, BackupModel::StoredSize).data(BackupModel::RawRole).toLongLong());
    proxy.sort(BackupModel::Created, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, BackupModel::Name).data().toString(), QStringLiteral("backup-29"));
    for (int c = 0; c < BackupModel::ColumnCount; ++c)
        proxy.sort(c, Qt::AscendingOrder); // every column sorts

    BackupSearch s;
    s.text = QStringLiteral("upgrade");
    proxy.setSearch(s);
    QCOMPARE(proxy.rowCount(), 1);
    s = {};
    s.status = BackupStatus::Error;
    proxy.setSearch(s);
    QCOMPARE(proxy.rowCount(), 1);
    s = {};
    s.kind = BackupKind::Full;
    s.text = QStringLiteral("db");
    proxy.setSearch(s);
    QCOMPARE(proxy.rowCount(), 5); // 0, 6, 12, 18, 24
    s = {};
    s.tag = QStringLiteral("weekly");
    s.project = QStringLiteral("finance");
    proxy.setSearch(s);
    QCOMPARE(proxy.rowCount(), 3); // 0, 12, 24
    s = {};
    proxy.setSearch(s);
    QCOMPARE(proxy.rowCount(), 30);

    // A changed row re-sorts in place under the dynamic filter.
    s.status = BackupStatus::Available;
    proxy.setSearch(s);
    QCOMPARE(proxy.rowCount(), 29);
    Backup b = list[3];
    b.status = BackupStatus::Deleting;
    model.upsert(b);
    QCOMPARE(proxy.rowCount(), 28);
}

void TestModels::volumeModelStats()
{
    BackupModel backups;
    VolumeModel volumes;
    QAbstractItemModelTester tester(&volumes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    volumes.setBackupModel(&backups);
    Volume a{QStringLiteral("file:admin/a"),
             QStringLiteral("a"),
             QStringLiteral("admin"),
             QStringLiteral("file"),
             1 << 30,
             VolumeStatus::Available,
             QString()};
    Volume b = a;
    b.id = QStringLiteral("file:admin/b");
    b.name = QStringLiteral("b");
    b.status = VolumeStatus::InUse;
    volumes.setVolumes({a, b});
    QCOMPARE(volumes.rowCount(), 2);
    backups.setBackups({make(1, QStringLiteral("a")), make(2, QStringLiteral("a"))});
    QCOMPARE(volumes.backupCount(a.id), 2);
    QCOMPARE(volumes.index(0, VolumeModel::Backups).data().toInt(), 2);
    // A failed backup is counted but is never the newest backup.
    Backup failed = make(3, QStringLiteral("a"));
    failed.status = BackupStatus::Error;
    backups.setBackups({make(1, QStringLiteral("a")), make(2, QStringLiteral("a")), failed});
    QCOMPARE(volumes.index(0, VolumeModel::NewestBackup).data(Qt::ToolTipRole).toString(),
             QStringLiteral("backup-2"));
    QSignalSpy changed(&volumes, &QAbstractItemModel::dataChanged);
    b.status = VolumeStatus::Available;
    volumes.setVolumes({a, b});
    QCOMPARE(changed.size(), 1);
    volumes.setVolumes({b});
    QCOMPARE(volumes.rowCount(), 1);
    QCOMPARE(volumes.volumeAt(0).name, QStringLiteral("b"));
}

void TestModels::jobModel()
{
    JobModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QThreadPool pool;
    auto *ok = new Job(JobKind::Backup, QStringLiteral("ok"), [](JobControl &c) -> Result<QString> {
        for (int i = 0; i <= 10; ++i) {
            if (c.progress)
                c.progress(i, 10);
            QThread::msleep(5);
        }
        return QStringLiteral("done");
    });
    auto *cancelled =
        new Job(JobKind::Restore, QStringLiteral("cancel me"), [](JobControl &c) -> Result<QString> {
            while (!c.cancel)
                QThread::msleep(5);
            return fail(QStringLiteral("Cancelled by the user."));
        });
    model.add(ok);
    model.add(cancelled);
    ok->start(&pool);
    cancelled->start(&pool);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.jobAt(0), cancelled); // newest first
    QTRY_COMPARE(ok->status(), JobStatus::Done);
    QCOMPARE(model.runningCount(), 1);
    QCOMPARE(model.index(1, JobModel::Progress).data(JobModel::ProgressRole).toInt(), 1000);
    QCOMPARE(model.index(1, JobModel::Result).data().toString(), QStringLiteral("done"));
    model.cancelAll();
    QTRY_COMPARE(cancelled->status(), JobStatus::Cancelled);
    QCOMPARE(model.runningCount(), 0);
    model.clearFinished();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(JobModel::etaText(75), QStringLiteral("1:15"));
    QCOMPARE(JobModel::etaText(3725), QStringLiteral("1:02:05"));
}

void TestModels::hundredThousandBackups()
{
    QList<Backup> list;
    list.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        list << make(i, QStringLiteral("vol-%1").arg(i % 200));
    BackupModel model;
    BackupProxyModel proxy;
    proxy.setBackupModel(&model);
    QElapsedTimer t;
    t.start();
    model.setBackups(list);
    const qint64 load = t.restart();
    proxy.sort(BackupModel::Created, Qt::DescendingOrder);
    const qint64 sortDate = t.restart();
    proxy.sort(BackupModel::Name, Qt::AscendingOrder);
    const qint64 sortName = t.restart();
    BackupSearch s;
    s.text = QStringLiteral("vol-17");
    proxy.setSearch(s);
    const qint64 filter = t.restart();
    QCOMPARE(proxy.rowCount(), 5500); // vol-17 and vol-170..179 (500 each)

    // One volume's refresh while the list is sorted and filtered: rows, not a reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Backup> vol = model.backupsOfVolume(QStringLiteral("file:admin/vol-17"));
    vol[0].status = BackupStatus::Deleting;
    vol << make(100001, QStringLiteral("vol-17"));
    t.restart();
    model.mergeVolume(QStringLiteral("file:admin/vol-17"), vol);
    const qint64 merge = t.restart();
    model.setBackups(model.all()); // a full refresh with nothing changed
    const qint64 refresh = t.restart();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 100001);
    qInfo("100,000 backups: load %lld ms, sort by date %lld ms, by name %lld ms, filter %lld ms, volume "
          "merge %lld "
          "ms, full refresh %lld ms",
          load, sortDate, sortName, filter, merge, refresh);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
