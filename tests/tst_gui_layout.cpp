// The console's layout and the choices its dialogs offer, through the real
// window on the offscreen platform: Create Backup defaults to incremental
// when it can and its hint never pushes the buttons over the description;
// the restore dialog lists every volume (those it cannot use disabled with
// the reason), keeps the chosen target when it becomes unusable, says when a
// larger volume keeps its old tail and shows its warning in full; the backup
// list shows tags and description at the default size and the chain icon on
// the selected row; every date has a four-digit year; every Jobs column has
// a title.
// qcustomplot.h uses foreach in its templates, which the project turns off.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "BackupActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "dialogs/CreateBackupDialog.h"
#include "dialogs/RestoreDialog.h"
#include "engine/Dashboard.h"
#include "i18n/Language.h"
#include "models/BackupModel.h"
#include "models/JobModel.h"
#include "models/VolumeModel.h"
#include "pages/BackupsPage.h"
#include "pages/DashboardPage.h"
#include "pages/JobsPage.h"
#include "volumes/FileBackend.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cb;
using namespace cb::ui;
using cb::test::waitForDialog;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QRect rectIn(const QWidget *w, const QWidget *ancestor)
{
    return QRect(w->mapTo(ancestor, QPoint(0, 0)), w->size());
}

QPushButton *button(QWidget *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QLatin1String(name));
}

int colourCount(const QImage &image, const QRect &area, const QColor &colour, int tolerance)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                             std::abs(c.blue() - colour.blue()) <=
                         tolerance
                     ? 1
                     : 0;
        }
    }
    return n;
}

} // namespace

class TestGuiLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createDefaultsToIncremental();
    void createHintKeepsButtonsClear();
    void restoreListsEveryVolumeWithReason();
    void restoreKeepsChosenTargetWhenItBecomesInUse();
    void restoreSaysLargerVolumeKeepsItsTail();
    void backupListShowsTagsAndDescription();
    void chainIconVisibleOnSelectedRow();
    void datesHaveFourDigitYears();
    void everyJobsColumnHasATitle();
    void growthTimeLabelsKeepApart();
    void everyStatusFitsItsColumnInChinese();

private:
    RestoreDialog *openRestoreToExisting();
    QComboBox *targets(RestoreDialog *dlg) const;
    bool itemEnabled(QComboBox *combo, const QString &volumeId) const;

    QTemporaryDir m_home;
    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    Session *m_session = nullptr;
    Volume m_vol, m_fresh, m_small, m_big;
    Backup m_full;
};

void TestGuiLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // 2-digit short years
    MessageBox::resetForTest();
    QVERIFY(m_home.isValid());
    m_engine = test::openEngineOrDie(m_home.path());
    m_vol = test::makeVolumeOrDie(*m_engine, QStringLiteral("vol1"), 32 * MiB);
    test::writeRandom(m_vol.device, 0, 4 * MiB, 1);
    m_full = test::backupOrDie(*m_engine, QStringLiteral("vol1"), false, QStringLiteral("full1"));
    QVERIFY2(m_engine->setTags(m_full.id, {QStringLiteral("weekly")}), "tags of the first backup");
    m_fresh = test::makeVolumeOrDie(*m_engine, QStringLiteral("fresh"), 32 * MiB);
    m_small = test::makeVolumeOrDie(*m_engine, QStringLiteral("small"), 8 * MiB);
    m_big = test::makeVolumeOrDie(*m_engine, QStringLiteral("big"), 64 * MiB);

    m_window = std::make_unique<MainWindow>(m_engine);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session = m_window->session();
    QTRY_VERIFY(m_session->backupModel()->isLoaded() && m_session->volumeModel()->isLoaded());
    QTRY_COMPARE(m_session->backupModel()->rowCount(), 1);
}

void TestGuiLayout::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
}

void TestGuiLayout::createDefaultsToIncremental()
{
    m_window->backupsPage()->actions()->openCreate(m_vol.id);
    auto *dlg = waitForDialog<CreateBackupDialog>(m_window.get());
    QVERIFY(dlg);
    auto *full = dlg->findChild<QRadioButton *>(QStringLiteral("fullBackupRadioButton"));
    auto *inc = dlg->findChild<QRadioButton *>(QStringLiteral("incrementalBackupRadioButton"));
    auto *volume = dlg->findChild<QComboBox *>(QStringLiteral("volumeComboBox"));
    // The volume has a base: incremental is the default.
    QVERIFY(inc->isEnabled() && inc->isChecked());
    QVERIFY(dlg->params().incremental);
    // The user's choice of Full holds while other fields change.
    QTest::mouseClick(full, Qt::LeftButton, {}, QPoint(6, full->height() / 2));
    QVERIFY(full->isChecked());
    QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), QStringLiteral("again"));
    QVERIFY(full->isChecked());
    // A volume without a backup: full only; back to the first: incremental again.
    volume->setCurrentIndex(volume->findData(m_fresh.id));
    QVERIFY(full->isChecked() && !inc->isEnabled());
    volume->setCurrentIndex(volume->findData(m_vol.id));
    QVERIFY(inc->isChecked());
    dlg->reject();
}

void TestGuiLayout::createHintKeepsButtonsClear()
{
    // Opened on a volume with a base (no hint), then one without: the hint appears.
    m_window->backupsPage()->actions()->openCreate(m_vol.id);
    auto *dlg = waitForDialog<CreateBackupDialog>(m_window.get());
    QVERIFY(dlg);
    auto *hint = dlg->findChild<QLabel *>(QStringLiteral("incrementalHintLabel"));
    QVERIFY(hint->isHidden());
    auto *volume = dlg->findChild<QComboBox *>(QStringLiteral("volumeComboBox"));
    volume->setCurrentIndex(volume->findData(m_fresh.id));
    QVERIFY(!hint->isHidden());
    auto *description = dlg->findChild<QPlainTextEdit *>(QStringLiteral("descriptionTextEdit"));
    auto *buttons = dlg->findChild<QDialogButtonBox *>();
    QTRY_VERIFY2(!rectIn(buttons, dlg).intersects(rectIn(description, dlg)),
                 qPrintable(QStringLiteral("buttons at %1, description %2-%3, dialog height %4")
                                .arg(rectIn(buttons, dlg).top())
                                .arg(rectIn(description, dlg).top())
                                .arg(rectIn(description, dlg).bottom())
                                .arg(dlg->height())));
    QVERIFY(!rectIn(hint, dlg).intersects(rectIn(description, dlg)));
    QVERIFY(dlg->rect().contains(rectIn(buttons, dlg)));
    // The whole hint is shown, not its first line.
    QVERIFY(hint->height() >= hint->heightForWidth(hint->width()));
    dlg->reject();
}

RestoreDialog *TestGuiLayout::openRestoreToExisting()
{
    m_window->backupsPage()->actions()->openRestore(m_full.id);
    auto *dlg = waitForDialog<RestoreDialog>(m_window.get());
    if (dlg)
        dlg->findChild<QRadioButton *>(QStringLiteral("existingVolumeRadioButton"))->setChecked(true);
    return dlg;
}

QComboBox *TestGuiLayout::targets(RestoreDialog *dlg) const
{
    return dlg->findChild<QComboBox *>(QStringLiteral("targetVolumeComboBox"));
}

bool TestGuiLayout::itemEnabled(QComboBox *combo, const QString &volumeId) const
{
    auto *items = qobject_cast<QStandardItemModel *>(combo->model());
    const int row = combo->findData(volumeId);
    return items && row >= 0 && items->item(row)->isEnabled();
}

void TestGuiLayout::restoreListsEveryVolumeWithReason()
{
    RestoreDialog *dlg = openRestoreToExisting();
    QVERIFY(dlg);
    QComboBox *combo = targets(dlg);
    QCOMPARE(combo->count(), 4);
    QVERIFY(itemEnabled(combo, m_vol.id) && itemEnabled(combo, m_fresh.id) && itemEnabled(combo, m_big.id));
    // The smaller volume is there, disabled, with the reason.
    const int small = combo->findData(m_small.id);
    QVERIFY(small >= 0);
    QVERIFY(!itemEnabled(combo, m_small.id));
    QVERIFY2(combo->itemData(small, Qt::ToolTipRole).toString().contains(QStringLiteral("smaller")),
             qPrintable(combo->itemData(small, Qt::ToolTipRole).toString()));
    // The warning appeared after the first display: shown in full, clear of the buttons.
    auto *warning = dlg->findChild<MessageBanner *>(QStringLiteral("overwriteWarningBanner"));
    QVERIFY(!warning->isHidden());
    auto *label = warning->findChild<QLabel *>(QStringLiteral("messageBannerLabel"));
    QTRY_VERIFY(label->height() >= label->heightForWidth(label->width()));
    // ... and no taller: no empty lines inside the box.
    QVERIFY2(label->height() <= label->heightForWidth(label->width()) + 2,
             qPrintable(
                 QStringLiteral("%1 > %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
    auto *buttons = dlg->findChild<QDialogButtonBox *>();
    QVERIFY(!rectIn(buttons, dlg).intersects(rectIn(warning, dlg)));
    QVERIFY(dlg->rect().contains(rectIn(warning, dlg)));
    dlg->reject();
}

void TestGuiLayout::restoreKeepsChosenTargetWhenItBecomesInUse()
{
    RestoreDialog *dlg = openRestoreToExisting();
    QVERIFY(dlg);
    QComboBox *combo = targets(dlg);
    combo->setCurrentIndex(combo->findData(m_fresh.id));
    auto *confirm = dlg->findChild<QCheckBox *>(QStringLiteral("confirmOverwriteCheckBox"));
    confirm->setChecked(true);
    QVERIFY(button(dlg, "restoreButton")->isEnabled());

    auto fd = FileBackend::attach(m_fresh.device);
    QVERIFY2(fd, qPrintable(fd.error()));
    m_session->refreshVolumes();
    QTRY_VERIFY(!itemEnabled(combo, m_fresh.id));
    // Still the chosen one, with the reason; Restore disabled.
    QCOMPARE(combo->currentData().toString(), m_fresh.id);
    QVERIFY(!button(dlg, "restoreButton")->isEnabled());
    const QString reason = dlg->findChild<MessageBanner *>(QStringLiteral("messageBanner"))->text();
    QVERIFY2(reason.contains(QStringLiteral("in use")), qPrintable(reason));

    // Usable again: confirmed anew.
    ::close(*fd);
    m_session->refreshVolumes();
    QTRY_VERIFY(itemEnabled(combo, m_fresh.id));
    QCOMPARE(combo->currentData().toString(), m_fresh.id);
    QVERIFY(!confirm->isChecked());
    QVERIFY(!button(dlg, "restoreButton")->isEnabled());
    confirm->setChecked(true);
    QVERIFY(button(dlg, "restoreButton")->isEnabled());
    dlg->reject();
}

void TestGuiLayout::restoreSaysLargerVolumeKeepsItsTail()
{
    RestoreDialog *dlg = openRestoreToExisting();
    QVERIFY(dlg);
    QComboBox *combo = targets(dlg);
    auto *warning = dlg->findChild<MessageBanner *>(QStringLiteral("overwriteWarningBanner"));
    combo->setCurrentIndex(combo->findData(m_big.id));
    QVERIFY2(warning->text().contains(QStringLiteral("the last 32.0 MiB keep their current data")),
             qPrintable(warning->text()));
    combo->setCurrentIndex(combo->findData(m_vol.id)); // the same size
    QVERIFY(!warning->text().isEmpty());
    QVERIFY(!warning->text().contains(QStringLiteral("keep their current data")));
    dlg->reject();
}

void TestGuiLayout::backupListShowsTagsAndDescription()
{
    m_window->showPage(MainWindow::BackupsPageIndex);
    m_window->resize(1280, 780); // the default size
    QTableView *view = m_window->backupsPage()->view();
    QTRY_VERIFY(view->isVisible());
    QCoreApplication::processEvents();
    for (int column : {int(BackupModel::Name), int(BackupModel::Volume), int(BackupModel::Status),
                       int(BackupModel::Created), int(BackupModel::Tags), int(BackupModel::Description)}) {
        const int right = view->columnViewportPosition(column) + view->columnWidth(column);
        QVERIFY2(view->columnViewportPosition(column) >= 0 && right <= view->viewport()->width(),
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                .arg(column)
                                .arg(right)
                                .arg(view->viewport()->width())));
    }
}

void TestGuiLayout::chainIconVisibleOnSelectedRow()
{
    m_window->showPage(MainWindow::BackupsPageIndex);
    BackupsPage *page = m_window->backupsPage();
    page->selectBackups({m_full.id});
    QTableView *view = page->view();
    const QModelIndex cell = view->model()->index(0, BackupModel::Volume);
    QVERIFY(view->selectionModel()->isSelected(cell));
    const QRect r = view->visualRect(cell);
    const QImage image = view->viewport()->grab().toImage();
    // The icon's square at the cell's right end.
    const QRect icon(r.right() - 16 - 4, r.center().y() - 8 + 1, 16, 16);
    const QColor accent(0x1e, 0x88, 0xe5);
    const QColor base = view->palette().color(QPalette::Base);
    const QColor highlight = view->palette().color(QPalette::Highlight);
    // The icon's strokes, on a background that is not the selection colour.
    QVERIFY(colourCount(image, icon, accent, 60) > 10);
    const int onBase = colourCount(image, icon, base, 30);
    QVERIFY2(onBase > icon.width() * icon.height() / 4,
             qPrintable(QStringLiteral("%1 base-coloured pixels").arg(onBase)));
    QVERIFY(colourCount(image, icon, highlight, 30) < icon.width() * icon.height() / 4);
}

void TestGuiLayout::datesHaveFourDigitYears()
{
    const QRegularExpression fourDigits(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"));
    const QString created = m_session->backupModel()->index(0, BackupModel::Created).data().toString();
    QVERIFY2(fourDigits.match(created).hasMatch(), qPrintable(created));
    VolumeModel *volumes = m_session->volumeModel();
    for (int row = 0; row < volumes->rowCount(); ++row) {
        if (volumes->volumeAt(row).id != m_vol.id)
            continue;
        const QString newest = volumes->index(row, VolumeModel::NewestBackup).data().toString();
        QVERIFY2(newest.contains(QRegularExpression(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2} "))),
                 qPrintable(newest));
    }
}

void TestGuiLayout::everyJobsColumnHasATitle()
{
    QAbstractItemModel *jobs = m_window->jobsPage()->view()->model();
    for (int c = 0; c < jobs->columnCount(); ++c)
        QVERIFY2(!jobs->headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
}

// The dashboard's time axis at the smallest supported window in Chinese, over
// a day and a half (dates with times, the widest labels): no two labels touch.
void TestGuiLayout::growthTimeLabelsKeepApart()
{
    Backup older = m_full;
    older.id = newId();
    older.name = QStringLiteral("older");
    older.createdAt = QDateTime::currentDateTimeUtc().addSecs(-30 * 3600);
    older.completedAt = older.createdAt.addSecs(60);
    QVERIFY(test::catalogOf(*m_engine).insertBackup(older).ok());
    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    auto english = qScopeGuard([] { i18n::install(QStringLiteral("en")); });
    m_window->resize(1024, 700);
    m_window->showPage(MainWindow::DashboardPageIndex);
    DashboardPage *page = m_window->dashboardPage();
    QTRY_VERIFY(!page->isLoading());
    QSignalSpy loaded(page, &DashboardPage::loaded);
    page->reload();
    QTRY_VERIFY(!loaded.isEmpty());
    QVERIFY(page->figures().growth.size() >= 2);
    auto *plot = page->findChild<QCustomPlot *>(QStringLiteral("dashboardGrowthPlot"));
    QTRY_VERIFY(plot->isVisible() && plot->width() > 0);
    plot->replot();
    plot->replot(); // the second with the tick count fitted to the first layout
    const QFontMetrics metrics(plot->xAxis->tickLabelFont());
    const QVector<double> ticks = plot->xAxis->tickVector();
    const QVector<QString> labels = plot->xAxis->tickVectorLabels();
    QList<QPair<double, double>> spans; // left and right edge of each label in the axis range
    QStringList shown;
    for (int i = 0; i < ticks.size(); ++i) {
        if (!plot->xAxis->range().contains(ticks.at(i)))
            continue;
        const double x = plot->xAxis->coordToPixel(ticks.at(i));
        const double half = metrics.horizontalAdvance(labels.at(i)) / 2.0;
        spans.append({x - half, x + half});
        shown << labels.at(i);
    }
    QVERIFY2(spans.size() >= 2, qPrintable(QString::number(spans.size())));
    for (int i = 1; i < spans.size(); ++i)
        QVERIFY2(spans.at(i - 1).second + 4 <= spans.at(i).first,
                 qPrintable(QStringLiteral("%1 and %2 touch").arg(shown.at(i - 1), shown.at(i))));
    m_window->resize(1280, 780);
}

// The status column is as wide as the widest status of the language: in
// Chinese "已损坏" (damaged) is wider than "可用" (available).
void TestGuiLayout::everyStatusFitsItsColumnInChinese()
{
    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    auto english = qScopeGuard([] { i18n::install(QStringLiteral("en")); });
    BackupsPage page(m_session);
    QTableView *view = page.view();
    QVERIFY(view);
    const QFontMetrics fm = view->fontMetrics();
    for (auto st : {BackupStatus::Available, BackupStatus::Creating, BackupStatus::Damaged,
                    BackupStatus::Deleting, BackupStatus::Error}) {
        // The status dot, the cell's margins and the text.
        const int need = fm.horizontalAdvance(backupStatusText(st)) + 18 + 12;
        QVERIFY2(view->columnWidth(BackupModel::Status) >= need, qPrintable(backupStatusText(st)));
    }
}

QTEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"
