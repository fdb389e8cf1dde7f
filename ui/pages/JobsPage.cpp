#include "pages/JobsPage.h"

#include "Icons.h"
#include "Session.h"
#include "engine/Job.h"
#include "models/JobModel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
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
        const int permille = index.data(JobModel::ProgressRole).toInt();
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
      m_clear(new QAction(this)), m_view(new QTableView(this))
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
    const QList<int> widths{260, 90, 150, 100, 80, 90, 70, 200};
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths.at(c));
    m_view->setItemDelegateForColumn(JobModel::Progress, new ProgressDelegate(m_view));
    auto *cancel = new CancelDelegate(m_view);
    cancel->onCancel = [model](int row) {
        if (Job *job = model->jobAt(row))
            job->cancel();
    };
    m_view->setItemDelegateForColumn(JobModel::Cancel, cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);

    connect(m_cancel, &QAction::triggered, this, &JobsPage::cancelSelected);
    connect(m_clear, &QAction::triggered, model, &JobModel::clearFinished);
    connect(model, &JobModel::jobsChanged, this, &JobsPage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPage::updateState);
    retranslate();
    updateState();
}

JobsPage::~JobsPage() = default;

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
    m_clear->setToolTip(tr("Remove finished, failed and cancelled jobs from the list"));
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
    for (const QModelIndex &i : rows)
        selectedRunning = selectedRunning || model->jobAt(i.row())->isRunning();
    m_cancel->setEnabled(selectedRunning || model->runningCount() == 1);
    m_clear->setEnabled(model->rowCount() > model->runningCount());
}

} // namespace cb::ui
