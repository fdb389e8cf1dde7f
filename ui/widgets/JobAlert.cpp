#include "widgets/JobAlert.h"

#include "Session.h"
#include "engine/Job.h"
#include "models/JobModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace cb::ui {

JobAlert::JobAlert(Session *session, QWidget *parent)
    : QFrame(parent), m_session(session), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_show(new QPushButton(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobAlert"));
    m_text->setObjectName(QStringLiteral("jobAlertLabel"));
    m_show->setObjectName(QStringLiteral("showFailedJobButton"));
    m_close->setObjectName(QStringLiteral("closeJobAlertButton"));
    setStyleSheet(
        QStringLiteral("cb--ui--JobAlert { background: #ffebee; border: 1px solid #e57373;"
                       " border-radius: 4px; } QLabel { color: #212121; background: transparent; }"));
    const int px = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(px, px));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setVisible(false);

    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_show, &QPushButton::clicked, this, [this] {
        Q_EMIT showJobRequested(
            m_job ? (m_job->recordedIds().isEmpty() ? QString() : m_job->recordedIds().last()) : m_jobId,
            m_job.data());
        hide();
    });
    connect(session, &Session::jobFinished, this, &JobAlert::onJobFinished);
    connect(session->jobModel(), &JobModel::otherJobFailed, this, &JobAlert::onOtherJobFailed);
    retranslate();
}

QString JobAlert::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void JobAlert::onJobFinished(Job *job)
{
    if (job->status() != JobStatus::Error)
        return;
    m_job = job;
    m_jobId.clear();
    JobModel *model = m_session->jobModel();
    m_what = [model, job = QPointer<Job>(job)] {
        if (!job)
            return QString();
        return tr("%1 failed: %2").arg(model->title(job), job->message());
    };
    present();
}

void JobAlert::onOtherJobFailed(const JobRecord &record)
{
    m_job.clear();
    m_jobId = record.id;
    JobModel *model = m_session->jobModel();
    m_what = [model, record] {
        return tr("%1 failed on %2: %3").arg(model->recordTitle(record), record.host, record.errorText());
    };
    present();
}

void JobAlert::present()
{
    retranslate();
    setVisible(true);
}

void JobAlert::retranslate()
{
    m_show->setText(tr("Show Job"));
    m_show->setToolTip(tr("Open the job and its log on the jobs page"));
    m_close->setToolTip(tr("Close"));
    if (m_what)
        m_text->setText(m_what());
}

void JobAlert::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace cb::ui
