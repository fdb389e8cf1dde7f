#include "widgets/JobIndicator.h"

#include "Icons.h"
#include "engine/Job.h"
#include "models/JobModel.h"
#include "util/Validate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>
#include <QToolButton>

namespace cb::ui {

JobIndicator::JobIndicator(JobModel *jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobIndicator"));
    m_label->setObjectName(QStringLiteral("jobIndicatorLabel"));
    m_bar->setObjectName(QStringLiteral("jobIndicatorProgressBar"));
    m_cancel->setObjectName(QStringLiteral("jobIndicatorCancelButton"));
    m_bar->setFixedWidth(140);
    m_bar->setMaximumHeight(16);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_cancel->setIcon(Icons::get(Icons::Cancel));
    m_cancel->setAutoRaise(true);
    m_cancel->setIconSize(QSize(14, 14));
    setCursor(Qt::PointingHandCursor);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(jobs, &JobModel::jobsChanged, this, &JobIndicator::refresh);
    connect(m_cancel, &QToolButton::clicked, this, &JobIndicator::cancel);
    refresh();
}

void JobIndicator::refresh()
{
    const JobModel::Summary s = m_jobs->summary();
    m_cancel->setToolTip(s.running == 1 ? tr("Cancel the running job") : tr("Show the jobs to cancel one"));
    setToolTip(tr("Show the jobs page"));
    if (s.running > 0) {
        QStringList parts{tr("%n job(s) running", nullptr, s.running)};
        if (s.rate > 0)
            parts << tr("%1/s").arg(validate::formatSize(qint64(s.rate)));
        if (s.eta >= 0)
            parts << tr("%1 left").arg(JobModel::etaText(s.eta));
        m_label->setText(parts.join(QStringLiteral(" · ")));
        if (s.total > 0) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(s.done * 1000 / s.total));
        } else {
            m_bar->setRange(0, 0); // busy
        }
        m_bar->setVisible(true);
        m_cancel->setVisible(true);
        setVisible(true);
        return;
    }
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
    const Job *last = m_jobs->jobAt(0);
    if (!last) {
        setVisible(false);
        return;
    }
    m_label->setText(tr("%1: %2").arg(m_jobs->title(last), jobStatusText(last->status())));
    setVisible(true);
}

void JobIndicator::cancel()
{
    const auto running = m_jobs->runningJobs();
    if (running.size() == 1)
        running.first()->cancel();
    else
        Q_EMIT activated();
}

void JobIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT activated();
    QWidget::mouseReleaseEvent(event);
}

void JobIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace cb::ui
