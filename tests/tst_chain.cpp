// The chain graph at scale, tags on several backups and the dashboard,
// through the real widgets: a year of daily backups and a 3,000-backup
// chain (evenly spaced axis, zoom buttons and keys, overview strip, date
// ticks, binary byte ticks, labels where they fit, selection in step with
// the list under the graph), Edit Tags on a multi-selection, and the
// dashboard's figures against what the catalog and the repository hold.
#undef QT_NO_FOREACH

#include <qcustomplot.h>

#include "BackupActions.h"
#include "DateText.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "chain/ChainOverview.h"
#include "chain/ChainPlot.h"
#include "dialogs/EditTagsDialog.h"
#include "engine/Dashboard.h"
#include "models/BackupModel.h"
#include "models/VolumeModel.h"
#include "pages/ChainPage.h"
#include "pages/DashboardPage.h"
#include "util/Validate.h"
#include "volumes/VolumeBackend.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <cmath>

using namespace cb;
using namespace cb::ui;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// `count` backups of one volume, one a day (a gap of ten days after the
// 100th), a full every 30, incrementals on the previous one.
QList<Backup> dailyChain(const Volume &v, int count)
{
    QList<Backup> out;
    QDateTime at = QDateTime::currentDateTimeUtc().addDays(-count - 12);
    QString parent;
    for (int i = 0; i < count; ++i) {
        Backup b;
        b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        b.name = QStringLiteral("%1-day%2").arg(v.name).arg(i + 1);
        b.volumeId = v.id;
        b.volumeName = v.name;
        b.project = v.project.isEmpty() ? QStringLiteral("admin") : v.project;
        b.volumeType = QStringLiteral("file");
        b.kind = i % 30 == 0 ? BackupKind::Full : BackupKind::Incremental;
        b.parentId = b.kind == BackupKind::Full ? QString() : parent;
        b.status = BackupStatus::Available;
        b.size = 64 * MiB;
        b.readBytes = 8 * MiB;
        b.storedBytes = b.kind == BackupKind::Full ? 1000 * MiB : 10 * MiB + i;
        b.createdAt = at;
        b.completedAt = at.addSecs(60);
        at = at.addDays(i == 99 ? 10 : 1);
        parent = b.id;
        out << b;
    }
    return out;
}

QStringList nonEmpty(const QStringList &labels)
{
    QStringList out;
    for (const QString &l : labels) {
        if (!l.isEmpty())
            out << l;
    }
    return out;
}

void drawNow(ChainPlot &plot)
{
    plot.customPlot()->replot(QCustomPlot::rpImmediateRefresh);
}

} // namespace

class TestChain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void yearOfDailyBackups();
    void evenlySpacedAxis();
    void zoomButtonsKeysAndOverview();
    void threeThousandBackups();
    void selectionFollowsListAndGraph();
    void tagsOnSeveralBackups();
    void emptyChainShowsNoAxes();
    void dashboardFigures();

private:
    QTemporaryDir m_home;
    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    Volume m_vol;
    QList<Backup> m_year;
};

void TestChain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::resetForTest();
    m_engine = test::openEngineOrDie(m_home.path());
    m_vol = test::makeVolumeOrDie(*m_engine, QStringLiteral("daily"), 4 * MiB);
    // A year of daily backups in the catalog (no backup is run: the graph needs rows only).
    m_year = dailyChain(m_vol, 365);
    Catalog &catalog = test::catalogOf(*m_engine);
    for (const Backup &b : std::as_const(m_year))
        QVERIFY(catalog.insertBackup(b));
    // Some of them tagged "monthly".
    for (int i = 0; i < m_year.size(); i += 30)
        QVERIFY(catalog.setTags(m_year.at(i).id, {QStringLiteral("monthly")}));
    m_window = std::make_unique<MainWindow>(m_engine);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    Session *session = m_window->session();
    QTRY_VERIFY(session->backupModel()->isLoaded() && session->volumeModel()->isLoaded());
    QTRY_COMPARE(session->backupModel()->rowCount(), 365);
}

void TestChain::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
}

void TestChain::yearOfDailyBackups()
{
    ChainPlot plot;
    plot.resize(1100, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setBackups(m_year, false);
    drawNow(plot);
    QCOMPARE(plot.nodeCount(), 365);
    QCOMPARE(plot.laneCount(), 13);
    // It opens on the newest backups, not a solid bar of 365.
    QVERIFY2(plot.visibleCount() >= 50 && plot.visibleCount() <= 65,
             qPrintable(QString::number(plot.visibleCount())));

    // Ticks are dates, never times of day with milliseconds.
    plot.fit();
    drawNow(plot);
    QCOMPARE(plot.visibleCount(), 365);
    const QStringList dates = nonEmpty(plot.timeTickLabels());
    QVERIFY(dates.size() >= 3);
    const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}(-\\d{2})?$"));
    for (const QString &d : dates)
        QVERIFY2(date.match(d).hasMatch(), qPrintable(dates.join(u'|')));
    // Byte ticks in binary steps (256 MiB, 512 MiB, 1 GiB), not 953.7 MiB.
    const QCPAxis *bytes = plot.customPlot()->axisRect(1)->axis(QCPAxis::atLeft);
    const QVector<double> ticks = bytes->tickVector();
    QVERIFY(ticks.size() >= 2);
    const double step = ticks.at(1) - ticks.at(0);
    const double unit = std::pow(1024.0, std::floor(std::log(step) / std::log(1024.0)));
    const double inUnit = step / unit;
    QVERIFY2(std::abs(std::log2(inUnit) - std::round(std::log2(inUnit))) < 1e-9,
             qPrintable(QString::number(step)));
    for (const QString &l : plot.bytesTickLabels())
        QVERIFY2(!l.contains(QStringLiteral(".7")) && !l.contains(QStringLiteral("bytes")), qPrintable(l));

    // Labels: none at Fit (365 in a row), every visible backup's name when zoomed in.
    QCOMPARE(plot.labelsShown(), 0);
    for (int i = 0; i < 5; ++i)
        plot.zoomIn();
    drawNow(plot);
    QVERIFY(plot.visibleCount() > 0 && plot.visibleCount() <= 14);
    QCOMPARE(plot.labelsShown(), plot.visibleCount());
}

void TestChain::evenlySpacedAxis()
{
    ChainPlot plot;
    plot.resize(1100, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setBackups(m_year, false);
    // Around the ten-day gap after the 100th backup.
    auto spacing = [&](int i) {
        return plot.nodePosition(m_year.at(i + 1).id).x() - plot.nodePosition(m_year.at(i).id).x();
    };
    QVERIFY(!plot.isEvenlySpaced());
    plot.fit();
    for (int i = 0; i < 3; ++i)
        plot.zoomIn();
    plot.setSelected(m_year.at(100).id); // brings the gap into view
    drawNow(plot);
    QVERIFY2(spacing(99) > 5 * spacing(100),
             qPrintable(QStringLiteral("%1 %2").arg(spacing(99)).arg(spacing(100))));

    plot.setEvenlySpaced(true);
    drawNow(plot);
    QVERIFY(plot.isEvenlySpaced());
    // Every backup one slot: the gap is as wide as any other step.
    QVERIFY(plot.visibleCount() > 10);
    QVERIFY(std::abs(spacing(99) - spacing(100)) <= 1);
    QVERIFY(std::abs(spacing(98) - spacing(100)) <= 1);
    QVERIFY(spacing(100) > 0);
    // Its ticks are still the backups' dates.
    const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}(-\\d{2})?$"));
    const QStringList labels = nonEmpty(plot.timeTickLabels());
    QVERIFY(!labels.isEmpty());
    for (const QString &d : labels)
        QVERIFY2(date.match(d).hasMatch(), qPrintable(labels.join(u'|')));
    // Back to time: the same backups stay in view.
    const int before = plot.visibleCount();
    plot.setEvenlySpaced(false);
    QVERIFY(std::abs(plot.visibleCount() - before) <= 2);
}

void TestChain::zoomButtonsKeysAndOverview()
{
    MainWindow *w = m_window.get();
    w->showChain(m_vol.id);
    ChainPage *page = w->chainPage();
    ChainPlot *plot = page->plot();
    QTRY_COMPARE(plot->nodeCount(), 365);
    drawNow(*plot);
    auto width = [plot] { return plot->xRange().second - plot->xRange().first; };

    const double start = width();
    page->findChild<QAction *>(QStringLiteral("zoomInChainAction"))->trigger();
    QVERIFY(std::abs(width() - start / 2) < start * 1e-6);
    page->findChild<QAction *>(QStringLiteral("zoomOutChainAction"))->trigger();
    QVERIFY(std::abs(width() - start) < start * 1e-6);
    page->findChild<QAction *>(QStringLiteral("fitChainAction"))->trigger();
    QCOMPARE(plot->visibleCount(), 365);
    const double all = width();
    // Keys on the graph: + and - zoom, 0 fits, arrows pan.
    plot->canvas()->setFocus();
    QTest::keyClick(plot->canvas(), Qt::Key_Plus);
    QVERIFY(std::abs(width() - all / 2) < all * 1e-6);
    QTest::keyClick(plot->canvas(), Qt::Key_Plus);
    const auto before = plot->xRange();
    QTest::keyClick(plot->canvas(), Qt::Key_Right);
    QVERIFY(plot->xRange().first > before.first);
    QTest::keyClick(plot->canvas(), Qt::Key_Minus);
    QVERIFY(std::abs(width() - all / 2) < all * 1e-6);
    QTest::keyClick(plot->canvas(), Qt::Key_0);
    QCOMPARE(plot->visibleCount(), 365);
    // Zooming out stops at the whole chain.
    page->findChild<QAction *>(QStringLiteral("zoomOutChainAction"))->trigger();
    QVERIFY(std::abs(width() - all) < all * 1e-6);

    // The overview's window shows the visible part; pressing in the strip moves it there.
    ChainOverview *overview = plot->overview();
    for (int i = 0; i < 3; ++i)
        plot->zoomIn();
    overview->canvas()->repaint();
    const auto frame = overview->windowPixels();
    QVERIFY(frame.second - frame.first < overview->canvas()->width() / 4);
    const QPoint left(overview->canvas()->width() / 10, overview->canvas()->height() / 2);
    QTest::mousePress(overview->canvas(), Qt::LeftButton, {}, left);
    QTest::mouseRelease(overview->canvas(), Qt::LeftButton, {}, left);
    overview->canvas()->repaint();
    const auto moved = overview->windowPixels();
    QVERIFY2(std::abs((moved.first + moved.second) / 2 - left.x()) <= 3,
             qPrintable(QStringLiteral("%1-%2 at %3").arg(moved.first).arg(moved.second).arg(left.x())));
    // The graph shows the oldest backups now.
    QVERIFY(plot->xRange().first < plot->xRange().second);
    QVERIFY(plot->nodePosition(m_year.first().id).x() > 0 || plot->visibleCount() > 0);
}

void TestChain::threeThousandBackups()
{
    QList<Backup> many = dailyChain(m_vol, 3000);
    ChainPlot plot;
    plot.resize(1100, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.setBackups(many, false);
    drawNow(plot);
    QCOMPARE(plot.nodeCount(), 3000);
    QCOMPARE(plot.laneCount(), 100);
    QCOMPARE(plot.edgeCount(), 3000 - 100);
    QVERIFY(plot.visibleCount() <= 65);
    // At Fit, 100 chain labels are thinned to what fits the axis' height.
    plot.fit();
    drawNow(plot);
    const QCPAxis *lanes = plot.customPlot()->axisRect(0)->axis(QCPAxis::atLeft);
    const int room = plot.customPlot()->axisRect(0)->height() / 18 + 1;
    QVERIFY2(lanes->tickVector().size() <= room,
             qPrintable(QStringLiteral("%1 > %2").arg(lanes->tickVector().size()).arg(room)));
    QVERIFY(lanes->tickVector().size() >= 2);
    // Evenly spaced: a click on a marker in a zoomed view selects it.
    plot.setEvenlySpaced(true);
    for (int i = 0; i < 6; ++i)
        plot.zoomIn();
    plot.setSelected(many.at(1500).id);
    drawNow(plot);
    QSignalSpy selected(&plot, &ChainPlot::selectionChanged);
    QTest::mouseClick(plot.canvas(), Qt::LeftButton, {}, plot.nodePosition(many.at(1501).id));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(plot.selectedId(), many.at(1501).id);
    // Every tick label is a date.
    const QRegularExpression date(
        QStringLiteral("^(\\d{4}-)?\\d{2}-\\d{2}( \\d{2}:\\d{2})?$|^\\d{4}-\\d{2}$"));
    for (const QString &d : nonEmpty(plot.timeTickLabels()))
        QVERIFY2(date.match(d).hasMatch(), qPrintable(d));
}

void TestChain::selectionFollowsListAndGraph()
{
    MainWindow *w = m_window.get();
    w->showChain(m_vol.id);
    ChainPage *page = w->chainPage();
    ChainPlot *plot = page->plot();
    QTableView *list = page->list();
    QTRY_COMPARE(list->model()->rowCount(), 365);
    plot->fit();
    for (int i = 0; i < 5; ++i)
        plot->zoomIn();
    // Click a marker: its row becomes the list's current, selected row.
    const QString target = m_year.at(180).id;
    plot->setSelected(target);
    const QString neighbour = m_year.at(181).id;
    drawNow(*plot);
    QTest::mouseClick(plot->canvas(), Qt::LeftButton, {}, plot->nodePosition(neighbour));
    QCOMPARE(plot->selectedId(), neighbour);
    QCOMPARE(list->currentIndex().row(), 181);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(page->actions()->selection(), QStringList{neighbour});

    // Click a row: the graph selects that backup and brings it into view.
    list->scrollTo(list->model()->index(20, 0));
    const QRect cell = list->visualRect(list->model()->index(20, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(plot->selectedId(), m_year.at(20).id);
    QCOMPARE(page->actions()->selection(), QStringList{m_year.at(20).id});
    const double x = plot->nodePosition(m_year.at(20).id).x();
    QVERIFY(x >= 0 && x <= plot->canvas()->width());
}

void TestChain::tagsOnSeveralBackups()
{
    MainWindow *w = m_window.get();
    w->showChain(m_vol.id);
    ChainPage *page = w->chainPage();
    QTableView *list = page->list();
    QTRY_COMPARE(list->model()->rowCount(), 365);
    // Rows 30 and 60 carry "monthly", 31 does not; 90 carries it and is not selected.
    list->selectionModel()->clearSelection();
    QItemSelection rows;
    for (int r : {30, 31, 60})
        rows.select(list->model()->index(r, 0), list->model()->index(r, 0));
    list->selectionModel()->select(rows, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(page->actions()->selection().size(), 3);
    QAction *tags = page->actions()->editTags();
    QVERIFY2(tags->isEnabled(), qPrintable(tags->toolTip()));
    tags->trigger();
    QPointer<EditTagsDialog> dlg = test::waitForDialog<EditTagsDialog>(w);
    QVERIFY(dlg);
    auto *items = dlg->findChild<QListWidget *>(QStringLiteral("tagListWidget"));
    QCOMPARE(items->count(), 1);
    QVERIFY2(items->item(0)->text().contains(QStringLiteral("2 of 3")), qPrintable(items->item(0)->text()));
    // Add "keep" (Enter keeps the dialog open), remove "monthly".
    auto *input = dlg->findChild<QLineEdit *>(QStringLiteral("tagLineEdit"));
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("keep"));
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(dlg->isVisible());
    items->item(0)->setSelected(true);
    QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("removeTagButton")), Qt::LeftButton);
    QCOMPARE(dlg->added(), QStringList{QStringLiteral("keep")});
    QCOMPARE(dlg->removed(), QStringList{QStringLiteral("monthly")});
    QTest::mouseClick(dlg->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!dlg || !dlg->isVisible()); // closes, and goes

    // In the catalog: each of the three has "keep" and not "monthly"; the others are untouched.
    for (int r : {30, 31, 60}) {
        auto b = m_engine->backup(m_year.at(r).id);
        QVERIFY(b);
        QCOMPARE(b->tags, QStringList{QStringLiteral("keep")});
    }
    for (int r : {0, 90}) {
        auto b = m_engine->backup(m_year.at(r).id);
        QCOMPARE(b->tags, QStringList{QStringLiteral("monthly")});
    }
    auto untouched = m_engine->backup(m_year.at(32).id);
    QVERIFY(untouched->tags.isEmpty());
    // And in the console's model.
    QTRY_COMPARE(w->session()->backupModel()->find(m_year.at(31).id)->tags,
                 QStringList{QStringLiteral("keep")});
}

void TestChain::emptyChainShowsNoAxes()
{
    // A volume without backups: the page says so instead of drawing "0 bytes" axes.
    Volume empty = test::makeVolumeOrDie(*m_engine, QStringLiteral("empty"), 4 * MiB);
    MainWindow *w = m_window.get();
    w->session()->refreshVolumes();
    QTRY_VERIFY(w->session()->volumeModel()->find(empty.id));
    w->showChain(empty.id);
    ChainPage *page = w->chainPage();
    QTRY_VERIFY(page->findChild<QWidget *>(QStringLiteral("chainEmptyStateWidget"))->isVisible());
    QVERIFY(!page->plot()->isVisible());
    QVERIFY(!page->list()->isVisible());
    // Back to a volume with backups: the graph again.
    w->showChain(m_vol.id);
    QTRY_VERIFY(page->plot()->isVisible());
}

void TestChain::dashboardFigures()
{
    // A home of its own: two real backups of the same data (the second one
    // stores nothing new), one failed backup, one volume never backed up.
    QTemporaryDir home;
    auto engine = test::openEngineOrDie(home.path());
    Volume v = test::makeVolumeOrDie(*engine, QStringLiteral("web"), 32 * MiB);
    test::writeRandom(v.device, 0, 8 * MiB, 7);
    test::writeText(v.device, 16 * MiB, 4 * MiB);
    const Backup first = test::backupOrDie(*engine, v.id, false, QStringLiteral("first"));
    auto second = test::runBackup(*engine, v.id, false, true, QStringLiteral("second"));
    QVERIFY2(second, qPrintable(second.error()));
    Volume never = test::makeVolumeOrDie(*engine, QStringLiteral("never"), 4 * MiB);
    Backup failed = first;
    failed.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    failed.name = QStringLiteral("broken");
    failed.status = BackupStatus::Error;
    failed.error = QStringLiteral("disk read error");
    failed.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(test::catalogOf(*engine).insertBackup(failed));

    MainWindow window(engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPage(), MainWindow::DashboardPageIndex); // the first page
    DashboardPage *page = window.dashboardPage();
    QTRY_VERIFY(!page->isLoading() && page->figures().backups == 3);
    const Dashboard &d = page->figures();

    // What the catalog says.
    QVERIFY(second->storedBytes < first.storedBytes / 100); // the same data: (almost) nothing new
    QCOMPARE(d.storedBytes, first.storedBytes + second->storedBytes);
    QCOMPARE(d.logicalBytes, 2 * 32 * MiB);
    QCOMPARE(d.readBytes, first.readBytes + second->readBytes);
    QVERIFY(d.savingRatio() > 1.9);
    // What the repository holds on disk.
    qint64 onDisk = 0, chunks = 0;
    for (const QString &dir : {QStringLiteral("/chunks"), QStringLiteral("/indexes")}) {
        QDirIterator it(engine->config().repositoryPath + dir, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            onDisk += QFileInfo(it.next()).size();
            chunks += dir == QLatin1String("/chunks") ? 1 : 0;
        }
    }
    QCOMPARE(d.repositoryBytes, onDisk);
    QCOMPARE(d.chunkCount, qint64(test::chunkFilesOf(engine->config().repositoryPath).size()));
    QCOMPARE(d.chunkCount, chunks);
    // Shown as such.
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("dashboardRepositoryCardValue"))->text(),
             validate::formatSize(onDisk));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("dashboardStoredCardValue"))->text(),
             validate::formatSize(first.storedBytes + second->storedBytes));

    // The volume never backed up, and the last successful backup of the other.
    auto *volumes = page->findChild<QTreeWidget *>(QStringLiteral("dashboardVolumesList"));
    QCOMPARE(volumes->topLevelItemCount(), 2);
    bool sawNever = false;
    for (int i = 0; i < volumes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = volumes->topLevelItem(i);
        if (item->text(0) == never.name) {
            sawNever = true;
            QCOMPARE(item->text(4), QStringLiteral("none"));
        } else {
            QCOMPARE(item->text(0), v.name);
            QCOMPARE(item->text(2), QStringLiteral("2"));
            QCOMPARE(item->text(4), dateTimeText(second->createdAt));
        }
    }
    QVERIFY(sawNever);

    // The failed backup needs attention; clicking it opens it on the chain page.
    auto *attention = page->findChild<QTreeWidget *>(QStringLiteral("dashboardAttentionList"));
    QCOMPARE(attention->topLevelItemCount(), 1);
    QCOMPARE(attention->topLevelItem(0)->text(0), QStringLiteral("broken"));
    QTRY_VERIFY(window.session()->backupModel()->find(failed.id));
    const QRect row = attention->visualItemRect(attention->topLevelItem(0));
    QTest::mouseClick(attention->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(window.currentPage(), MainWindow::ChainPageIndex);
    QCOMPARE(window.chainPage()->volumeId(), v.id);
    QTRY_COMPARE(window.chainPage()->plot()->selectedId(), failed.id);

    // A new backup: the dashboard reads the figures again when shown.
    auto third = test::runBackup(*engine, v.id, true, false, QStringLiteral("third"));
    QVERIFY(third);
    window.showPage(MainWindow::DashboardPageIndex);
    QTRY_VERIFY_WITH_TIMEOUT(page->figures().backups == 4, 20000);
}

QTEST_MAIN(TestChain)
#include "tst_chain.moc"
