#include "pages/AuditPage.h"

#include "Icons.h"
#include "Session.h"
#include "engine/Job.h"
#include "models/AuditModel.h"
#include "widgets/MessageBanner.h"
#include "widgets/PageLayout.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

constexpr int AuditLimit = 5000;

// The actions the engine records; "backup." and the like match a group.
const QStringList &auditActions()
{
    static const QStringList actions{QStringLiteral("backup."),
                                     QStringLiteral("backup.create"),
                                     QStringLiteral("backup.restore"),
                                     QStringLiteral("backup.edit"),
                                     QStringLiteral("backup.tags"),
                                     QStringLiteral("backup.delete"),
                                     QStringLiteral("backup.verify"),
                                     QStringLiteral("backup.cancel"),
                                     QStringLiteral("backup.damaged"),
                                     QStringLiteral("backup.healed"),
                                     QStringLiteral("volume."),
                                     QStringLiteral("volume.create"),
                                     QStringLiteral("volume.delete"),
                                     QStringLiteral("repo."),
                                     QStringLiteral("repo.gc"),
                                     QStringLiteral("repo.verify"),
                                     QStringLiteral("repo.rebuild-catalog"),
                                     QStringLiteral("project."),
                                     QStringLiteral("project.create"),
                                     QStringLiteral("project.delete"),
                                     QStringLiteral("user."),
                                     QStringLiteral("user.create"),
                                     QStringLiteral("user.enable"),
                                     QStringLiteral("user.disable"),
                                     QStringLiteral("user.set-role"),
                                     QStringLiteral("user.add-project"),
                                     QStringLiteral("user.remove-project"),
                                     QStringLiteral("user.passwd"),
                                     QStringLiteral("user.list"),
                                     QStringLiteral("user.show"),
                                     QStringLiteral("audit.list")};
    return actions;
}

} // namespace

AuditPage::AuditPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AuditModel(this)), m_toolBar(new QToolBar(this)),
      m_refresh(new QAction(this)), m_title(new QLabel(this)), m_user(new QLineEdit(this)),
      m_action(new QComboBox(this)), m_project(new QComboBox(this)), m_sinceEnabled(new QCheckBox(this)),
      m_since(new QDateTimeEdit(this)), m_count(new QLabel(this)), m_banner(new MessageBanner(this)),
      m_view(new QTableView(this)), m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_refresh->setObjectName(QStringLiteral("refreshAuditAction"));
    m_user->setObjectName(QStringLiteral("auditUserLineEdit"));
    m_action->setObjectName(QStringLiteral("auditActionComboBox"));
    m_project->setObjectName(QStringLiteral("auditProjectComboBox"));
    m_sinceEnabled->setObjectName(QStringLiteral("auditSinceCheckBox"));
    m_since->setObjectName(QStringLiteral("auditSinceEdit"));
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    m_banner->setObjectName(QStringLiteral("auditBanner"));
    m_view->setObjectName(QStringLiteral("auditTableView"));

    m_refresh->setIcon(Icons::get(Icons::Refresh));
    PageLayout::setUpToolBar(m_toolBar, m_title);
    PageLayout::addSpacer(m_toolBar);
    m_toolBar->addAction(m_refresh);

    m_user->setClearButtonEnabled(true);
    m_user->addAction(Icons::get(Icons::User), QLineEdit::LeadingPosition);
    m_user->setMinimumWidth(160);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_since->setDateTime(QDateTime::currentDateTime().addDays(-7));
    m_since->setEnabled(false);
    m_since->setMinimumWidth(m_since->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) +
                             48);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(8, 0, 8, 0);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_action);
    filters->addWidget(m_project);
    filters->addWidget(m_sinceEnabled);
    filters->addWidget(m_since);
    filters->addStretch(1);
    filters->addWidget(m_count);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const QList<int> widths{150, 100, 120, 190, 90, 70};
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths.at(c));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    layout->addLayout(filters);
    PageLayout::addBanner(layout, m_banner);
    layout->addWidget(m_view, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &AuditPage::reload);
    connect(m_user, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_since, &QDateTimeEdit::dateTimeChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_project, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_sinceEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_since->setEnabled(on);
        reload();
    });
    connect(m_refresh, &QAction::triggered, this, &AuditPage::reload);
    connect(session, &Session::projectsChanged, this, &AuditPage::fillProjects);
    // The log follows the project scope chosen for the lists (and may be widened here).
    connect(session, &Session::projectChanged, this, [this] {
        fillProjects();
        m_project->setCurrentIndex(qMax(0, m_project->findData(m_session->project())));
    });
    connect(session, &Session::permissionsChanged, this, &AuditPage::updateAllowed);
    // New actions done through this console show up when the log is next read.
    connect(session, &Session::jobFinished, this, [this] {
        if (isVisible())
            reload();
    });

    retranslate();
    updateAllowed();
}

AuditPage::~AuditPage() = default;

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // what was done since the page was last shown
}

void AuditPage::retranslate()
{
    m_title->setText(tr("Audit Log"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the audit log again"));
    m_user->setPlaceholderText(tr("User"));
    m_user->setToolTip(tr("Only what this account did"));
    {
        const QSignalBlocker block(m_action);
        const QString current = m_action->currentData().toString();
        m_action->clear();
        m_action->addItem(tr("All actions"), QString());
        for (const QString &a : auditActions())
            m_action->addItem(a.endsWith(u'.') ? tr("%1 (all)").arg(a + u'*') : a, a);
        m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
    }
    m_action->setToolTip(tr("Only this action, or a group of actions"));
    m_sinceEnabled->setText(tr("Since"));
    m_sinceEnabled->setToolTip(tr("Only what was done since this local time"));
    fillProjects();
    m_model->retranslate();
    updateAllowed();
    updateCount();
}

void AuditPage::fillProjects()
{
    const QSignalBlocker block(m_project);
    const QString current = m_project->currentData().toString();
    m_project->clear();
    m_project->addItem(tr("All projects"), QString());
    for (const QString &p : m_session->projects())
        m_project->addItem(p, p);
    if (!current.isEmpty() && m_project->findData(current) < 0)
        m_project->addItem(current, current);
    m_project->setCurrentIndex(qMax(0, m_project->findData(current)));
}

void AuditPage::updateAllowed()
{
    const QString why = m_session->permissions().whyNot(Action::ViewAudit);
    for (QWidget *w : std::initializer_list<QWidget *>{m_user, m_action, m_project, m_sinceEnabled, m_view})
        w->setEnabled(why.isEmpty());
    m_since->setEnabled(why.isEmpty() && m_sinceEnabled->isChecked());
    m_refresh->setEnabled(why.isEmpty());
    if (!why.isEmpty()) {
        ++m_generation; // a read in flight is not shown
        m_loading = false;
        m_model->setEntries({});
        m_banner->show(MessageBanner::Warning, why);
        updateCount();
    } else if (m_banner->level() == MessageBanner::Warning) {
        m_banner->clear();
    }
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.account = m_user->text().trimmed();
    f.action = m_action->currentData().toString();
    f.project = m_project->currentData().toString();
    if (m_sinceEnabled->isChecked())
        f.since = m_since->dateTime().toUTC();
    f.limit = AuditLimit;
    return f;
}

void AuditPage::reload()
{
    m_filterTimer->stop();
    if (!m_session->permissions().may(Action::ViewAudit))
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_count->setText(tr("Loading…"));
    m_session->auditLog(
        filter(), this, [this, generation](const QString &error, const QList<AuditEntry> &entries) {
            if (generation != m_generation)
                return; // the filters changed meanwhile
            m_loading = false;
            if (!error.isEmpty()) {
                m_model->setEntries({});
                m_banner->show(MessageBanner::Error, tr("Could not read the audit log: %1").arg(error));
            } else {
                m_banner->clear();
                m_model->setEntries(entries);
            }
            updateCount();
            Q_EMIT loaded();
        });
}

void AuditPage::updateCount()
{
    if (m_loading)
        return;
    const int n = m_model->rowCount();
    m_count->setText(n >= AuditLimit ? tr("The newest %L1 entries").arg(n) : tr("Entries: %L1").arg(n));
}

} // namespace cb::ui
