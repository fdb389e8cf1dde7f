#include "widgets/ScopeSwitcher.h"

#include "Session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace cb::ui {

ScopeSwitcher::ScopeSwitcher(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_label(new QLabel(this)), m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("scopeSwitcher"));
    m_combo->setObjectName(QStringLiteral("scopeComboBox"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(14);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this] { m_session->setProject(m_combo->currentData().toString()); });
    connect(session, &Session::projectsChanged, this, &ScopeSwitcher::fill);
    connect(session, &Session::permissionsChanged, this, &ScopeSwitcher::fill);
    connect(session, &Session::projectChanged, this, [this] {
        const int i = m_combo->findData(m_session->project());
        if (i >= 0 && i != m_combo->currentIndex()) {
            const QSignalBlocker block(m_combo);
            m_combo->setCurrentIndex(i);
        }
    });
    retranslate();
}

void ScopeSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScopeSwitcher::retranslate()
{
    m_label->setText(tr("&Project:"));
    m_combo->setToolTip(tr("Show the volumes, backups and chains of one project or of all"));
    fill();
}

void ScopeSwitcher::fill()
{
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    // Everything the user sees: every project for a cloud admin, else their own.
    m_combo->addItem(m_session->permissions().seesAll() ? tr("All projects") : tr("All my projects"),
                     QString());
    for (const QString &p : m_session->projects())
        m_combo->addItem(p, p);
    // The chosen project stays chosen while the list is read again.
    const QString current = m_session->project();
    if (!current.isEmpty() && m_combo->findData(current) < 0)
        m_combo->addItem(current, current);
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(current)));
}

} // namespace cb::ui
