#include "pages/JobsPage.h"

#include "DateText.h"
#include "Icons.h"
#include "Session.h"
#include "engine/Job.h"
#include "models/BackupModel.h"
#include "models/JobModel.h"
#include "models/VolumeModel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem bg = option;
        initStyleOption(&bg, index);
        bg.text.clear();
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &bg, painter, w);
        const QVariant progress = index.data(JobModel::ProgressRole);
        if (!progress.isValid()) // a job of the history: no bar
            return;
        const int permille = progress.toInt();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 4, -4, -4);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = permille < 0 ? 0 : 1000; // 0..0: busy
        bar.progress = qMax(0, permille);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
    }
};

class CancelDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    std::function<void(int row)> onCancel;

    static QRect buttonRect(const QRect &cell) { return cell.adjusted(3, 2, -3, -2); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!index.data(JobModel::RunningRole).toBool())
            return;
        QStyleOptionButton button;
        button.rect = buttonRect(option.rect);
        button.state = QStyle::State_Enabled | QStyle::State_Raised;
        button.text = QCoreApplication::translate("cb::ui::JobsPage", "Cancel");
        button.icon = Icons::get(Icons::Cancel);
        button.iconSize = QSize(14, 14);
        const QWidget *w = option.widget;
        (w ? w->style() : QApplication::style())->drawControl(QStyle::CE_PushButton, &button, painter, w);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        return s.expandedTo(QSize(
            option.fontMetrics.horizontalAdvance(QCoreApplication::translate("cb::ui::JobsPage", "Cancel")) +
                40,
            s.height()));
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (event->type() == QEvent::MouseButtonRelease && index.data(JobModel::RunningRole).toBool()) {
            auto *me = static_cast<QMouseEvent *>(event);
            if (me->button() == Qt::LeftButton && buttonRect(option.rect).contains(me->pos()) && onCancel) {
                onCancel(index.row());
                return true;
            }
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
};

} // namespace

JobsPage::JobsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_toolBar(new QToolBar(this)), m_cancel(new QAction(this)),
      m_clear(new QAction(this)), m_view(new QTableView(this)), m_logTitle(new QLabel(this)),
      m_log(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    m_view->setObjectName(QStringLiteral("jobTableView"));
    m_cancel->setObjectName(QStringLiteral("cancelJobAction"));
    m_clear->setObjectName(QStringLiteral("clearFinishedJobsAction"));
    m_cancel->setIcon(Icons::get(Icons::Cancel));
    m_clear->setIcon(Icons::get(Icons::Delete));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_cancel);
    m_toolBar->addAction(m_clear);

    JobModel *model = session->jobModel();
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths{260, 90, 150, 100, 80, 90, 140, 200};
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths.at(c));
    m_view->setItemDelegateForColumn(JobModel::Progress, new ProgressDelegate(m_view));
    auto *cancel = new CancelDelegate(m_view);
    cancel->onCancel = [model](int row) {
        if (Job *job = model->jobAt(row))
            job->cancel();
    };
    m_view->setItemDelegateForColumn(JobModel::Cancel, cancel);

    // The log of the selected job, under the list.
    m_log->setObjectName(QStringLiteral("jobLogView"));
    m_logTitle->setObjectName(QStringLiteral("jobLogTitle"));
    m_log->setColumnCount(3);
    m_log->setRootIsDecorated(false);
    m_log->setUniformRowHeights(true);
    m_log->setAlternatingRowColors(true);
    m_log->setWordWrap(false);
    m_log->setColumnWidth(0, 170);
    m_log->setColumnWidth(1, 90);
    m_logTitle->setContentsMargins(6, 4, 6, 0);
    m_logTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(2);
    logLayout->addWidget(m_logTitle);
    logLayout->addWidget(m_log, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("jobsSplitter"));
    split->addWidget(m_view);
    split->addWidget(logPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(split, 1);

    // Names of backups and volumes the console knows; ids otherwise.
    model->setNameResolver([session](const JobRecord &r) {
        if (const Backup *b = session->backupModel()->find(r.backupId))
            return b->name;
        if (const Volume *v = session->volumeModel()->find(r.volumeId))
            return v->name;
        return QString();
    });
    connect(session, &Session::catalogChanged, this, &JobsPage::refreshHistory);
    connect(session, &Session::jobFinished, this, &JobsPage::refreshHistory);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        // Rows of the history come and go as it is read again: keep the chosen job selected.
        if (!m_wantedJobId.isEmpty() && selectedJobId() != m_wantedJobId)
            selectJob(m_wantedJobId);
    });

    connect(m_cancel, &QAction::triggered, this, &JobsPage::cancelSelected);
    connect(m_clear, &QAction::triggered, model, &JobModel::clearFinished);
    connect(model, &JobModel::jobsChanged, this, &JobsPage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QString id = selectedJobId();
        if (!id.isEmpty() || m_view->selectionModel()->hasSelection())
            m_wantedJobId = id;
        if (id != m_shownJobId)
            loadLog();
    });
    retranslate();
    updateState();
    refreshHistory();
}

JobsPage::~JobsPage() = default;

void JobsPage::refreshHistory()
{
    if (m_historyLoading) {
        m_historyStale = true;
        return;
    }
    m_historyLoading = true;
    auto box = std::make_shared<QList<JobRecord>>();
    Engine *e = &m_session->engine();
    m_session->runTask(
        [e, box](JobControl &) -> Result<QString> {
            // The newest jobs: enough for a console; "job list --all" has every kept one.
            auto jobs = e->jobs(false, 1000);
            if (!jobs)
                return fail(jobs);
            *box = std::move(*jobs);
            return QString();
        },
        this,
        [this, box](bool ok, const QString &) {
            m_historyLoading = false;
            if (ok)
                m_session->jobModel()->setHistory(*box);
            if (m_historyStale) {
                m_historyStale = false;
                refreshHistory();
            } else {
                loadLog();
            }
        });
}

QString JobsPage::selectedJobId() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_session->jobModel()->jobIdAt(rows.first().row()) : QString();
}

void JobsPage::selectJob(const QString &jobId, const Job *job)
{
    m_wantedJobId = jobId;
    const int row = job ? m_session->jobModel()->rowOf(job) : m_session->jobModel()->rowOfJobId(jobId);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_session->jobModel()->index(row, 0));
}

void JobsPage::loadLog()
{
    const QString id = selectedJobId();
    if (id.isEmpty()) {
        showLog(QString(), {});
        return;
    }
    auto box = std::make_shared<QList<JobLogEntry>>();
    Engine *e = &m_session->engine();
    m_session->runTask(
        [e, id, box](JobControl &) -> Result<QString> {
            auto log = e->jobLog(id);
            if (!log)
                return fail(log);
            *box = std::move(*log);
            return QString();
        },
        this,
        [this, id, box](bool ok, const QString &error) {
            if (id != selectedJobId())
                return; // another job was chosen meanwhile
            if (ok) {
                showLog(id, *box);
            } else {
                showLog(id, {});
                m_logTitle->setText(error);
            }
        });
}

void JobsPage::showLog(const QString &jobId, const QList<JobLogEntry> &entries)
{
    m_shownJobId = jobId;
    m_entries = entries;
    m_log->clear();
    if (jobId.isEmpty()) {
        m_logTitle->setText(tr("Select a job to see its log."));
        return;
    }
    m_logTitle->setText(tr("Log of job %1").arg(jobId));
    QList<QTreeWidgetItem *> items;
    for (const JobLogEntry &e : entries) {
        auto *item = new QTreeWidgetItem({dateTimeText(e.at), jobLogLevelText(e.level), e.text()});
        item->setToolTip(2, e.text());
        if (e.level != JobLogLevel::Info)
            item->setForeground(1, e.level == JobLogLevel::Error ? QColor(0xc6, 0x28, 0x28)
                                                                 : QColor(0xe6, 0x51, 0x00));
        items << item;
    }
    m_log->addTopLevelItems(items);
}

void JobsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobsPage::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the selected running jobs (or the only running one)"));
    m_clear->setText(tr("Clear Finished"));
    m_clear->setToolTip(tr("Remove this console's finished, failed and cancelled jobs from the top of the "
                           "list (they stay in the history below)"));
    m_log->setHeaderLabels({tr("Time"), tr("Level"), tr("Message")});
    showLog(m_shownJobId, m_entries); // the stored messages in the new language
}

void JobsPage::cancelSelected()
{
    JobModel *model = m_session->jobModel();
    const auto rows = m_view->selectionModel()->selectedRows();
    bool any = false;
    for (const QModelIndex &i : rows) {
        if (Job *job = model->jobAt(i.row()); job && job->isRunning()) {
            job->cancel();
            any = true;
        }
    }
    const auto running = model->runningJobs();
    if (!any && running.size() == 1)
        running.first()->cancel();
}

void JobsPage::updateState()
{
    JobModel *model = m_session->jobModel();
    bool selectedRunning = false;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const Job *job = model->jobAt(i.row());
        selectedRunning = selectedRunning || (job && job->isRunning());
    }
    m_cancel->setEnabled(selectedRunning || model->runningCount() == 1);
    int finished = 0;
    for (int row = 0; model->jobAt(row); ++row)
        finished += model->jobAt(row)->isRunning() ? 0 : 1;
    m_clear->setEnabled(finished > 0);
}

} // namespace cb::ui
