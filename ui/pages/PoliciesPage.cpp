#include "pages/PoliciesPage.h"

#include "Icons.h"
#include "PolicyIcons.h"
#include "Session.h"
#include "dialogs/PolicyDialog.h"
#include "engine/Job.h"
#include "models/PolicyModel.h"
#include "models/VolumeModel.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/PageLayout.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cb::ui {

PoliciesPage::PoliciesPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new PolicyModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_toolBar(new QToolBar(this)), m_title(new QLabel(this)),
      m_new(new QAction(this)), m_edit(new QAction(this)), m_delete(new QAction(this)),
      m_run(new QAction(this)), m_refresh(new QAction(this)), m_banner(new MessageBanner(this)),
      m_view(new QTableView(this)), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("policiesPage"));
    m_new->setObjectName(QStringLiteral("newPolicyAction"));
    m_edit->setObjectName(QStringLiteral("editPolicyAction"));
    m_delete->setObjectName(QStringLiteral("deletePolicyAction"));
    m_run->setObjectName(QStringLiteral("runPolicyAction"));
    m_refresh->setObjectName(QStringLiteral("refreshPoliciesAction"));
    m_banner->setObjectName(QStringLiteral("policiesBanner"));
    m_view->setObjectName(QStringLiteral("policyTableView"));
    m_title->setObjectName(QStringLiteral("policiesTitleLabel"));
    m_new->setIcon(PolicyIcons::policy());
    m_edit->setIcon(Icons::get(Icons::Edit));
    m_delete->setIcon(Icons::get(Icons::Delete));
    m_run->setIcon(PolicyIcons::run());
    m_refresh->setIcon(Icons::get(Icons::Refresh));

    PageLayout::setUpToolBar(m_toolBar, m_title);
    m_toolBar->addAction(m_new);
    m_toolBar->addAction(m_edit);
    m_toolBar->addAction(m_delete);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_run);
    PageLayout::addSpacer(m_toolBar);
    m_toolBar->addAction(m_refresh);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PolicyModel::RawRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PolicyModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<int> widths{160, 160, 120, 220, 250};
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths.at(c));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    PageLayout::addBanner(layout, m_banner);
    layout->addWidget(m_view, 1);

    connect(m_new, &QAction::triggered, this, &PoliciesPage::openNew);
    connect(m_edit, &QAction::triggered, this, [this] { openEdit(selectedName()); });
    connect(m_delete, &QAction::triggered, this, &PoliciesPage::deleteSelected);
    connect(m_run, &QAction::triggered, this, &PoliciesPage::runSelected);
    connect(m_refresh, &QAction::triggered, this, &PoliciesPage::reload);
    connect(m_view, &QTableView::doubleClicked, m_edit, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PoliciesPage::updateState);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_edit, m_delete, m_run});
        menu.addSeparator();
        menu.addActions({m_new, m_refresh});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(session, &Session::permissionsChanged, this, &PoliciesPage::updateState);
    // A policy's coverage follows the volumes; other consoles and the CLI change policies too.
    connect(session->volumeModel(), &VolumeModel::volumesChanged, this,
            [this] { m_model->setVolumes(m_session->volumeModel()->all()); });
    connect(session, &Session::projectChanged, this, [this] {
        updateTitle();
        reload();
    });
    connect(session, &Session::jobFinished, this, [this] {
        if (isVisible())
            reload();
    });
    // Next runs move on as time passes.
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_model->updateNextRuns(now);
        m_session->volumeModel()->updateNextRuns(now);
    });
    m_clock->start();

    retranslate();
    reload(); // the volumes page shows next runs before this page is opened
}

PoliciesPage::~PoliciesPage() = default;

void PoliciesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PoliciesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void PoliciesPage::retranslate()
{
    updateTitle();
    m_new->setText(tr("New Policy"));
    m_edit->setText(tr("Edit"));
    m_delete->setText(tr("Delete"));
    m_run->setText(tr("Run Now"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the policies again"));
    m_model->retranslate();
    updateState();
}

void PoliciesPage::updateTitle()
{
    const QString project = m_session->project();
    m_title->setText(project.isEmpty() ? tr("Backup Policies")
                                       : tr("Backup Policies of the project %1").arg(project));
}

QString PoliciesPage::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PolicyModel::NameRole).toString();
}

void PoliciesPage::updateState()
{
    const Permissions &may = m_session->permissions();
    const QString manageWhy = may.whyNot(Action::ManagePolicies);
    const QString runWhy = may.whyNot(Action::CreateBackup);
    const bool one = !selectedName().isEmpty();
    auto gate = [](QAction *a, bool applies, const QString &why, const QString &tip) {
        a->setEnabled(applies && why.isEmpty());
        a->setToolTip(why.isEmpty() ? tip : why);
    };
    gate(m_new, true, manageWhy, tr("Create a policy: which volumes, when, and how many backups are kept"));
    gate(m_edit, one, manageWhy, tr("Change the selected policy"));
    gate(m_delete, one, manageWhy, tr("Delete the selected policy (its backups stay)"));
    gate(m_run, one, runWhy, tr("Run the selected policy now: back up its volumes, then prune"));
}

void PoliciesPage::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    Engine *engine = &m_session->engine();
    auto policies = std::make_shared<QList<BackupPolicy>>();
    const QString project = m_session->project();
    m_session->runTask(
        [engine, policies, project](JobControl &) -> Result<QString> {
            auto r = engine->backupPolicies();
            if (!r)
                return fail(r.error());
            *policies = *r;
            if (project.isEmpty())
                return QString();
            // The scope's policies: the project's own, and those covering one of its volumes.
            auto volumes = engine->volumes();
            if (!volumes)
                return fail(volumes.error());
            policies->removeIf(
                [&](const BackupPolicy &p) { return !PolicyModel::concerns(p, project, *volumes); });
            return QString();
        },
        this,
        [this, generation, policies](bool ok, const QString &message) {
            if (generation != m_generation)
                return;
            m_loading = false;
            const QString selected = selectedName();
            if (ok) {
                if (m_banner->level() == MessageBanner::Error)
                    m_banner->clear();
                m_model->setPolicies(*policies, m_session->volumeModel()->all());
                m_session->volumeModel()->setPolicies(*policies);
            } else {
                m_banner->show(MessageBanner::Error, tr("Could not read the policies: %1").arg(message));
            }
            const int row = m_model->rowOf(selected);
            if (row >= 0)
                m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
            updateState();
            Q_EMIT loaded();
        });
}

void PoliciesPage::openNew()
{
    if (!m_new->isEnabled())
        return;
    auto *dlg = new PolicyDialog(m_session, std::nullopt, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &PolicyDialog::saved, this, [this](const QString &name) {
        m_banner->show(MessageBanner::Positive, tr("Policy \"%1\" created.").arg(name));
        reload();
    });
    dlg->open();
}

void PoliciesPage::openEdit(const QString &name)
{
    const BackupPolicy *p = m_model->find(name);
    if (!p || !m_edit->isEnabled())
        return;
    auto *dlg = new PolicyDialog(m_session, *p, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &PolicyDialog::saved, this, [this](const QString &saved) {
        m_banner->show(MessageBanner::Positive, tr("Policy \"%1\" saved.").arg(saved));
        reload();
    });
    dlg->open();
}

void PoliciesPage::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete Policy"),
        tr("Delete the policy \"%1\"? Its volumes are no longer backed up by it; the backups it made stay.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    Engine *engine = &m_session->engine();
    m_session->runTask(
        [engine, name](JobControl &) -> Result<QString> {
            if (auto r = engine->deleteBackupPolicy(name); !r)
                return fail(r.error());
            return QString();
        },
        this,
        [this, name](bool ok, const QString &message) {
            if (ok)
                m_banner->show(MessageBanner::Positive, tr("Policy \"%1\" deleted.").arg(name));
            else
                m_banner->show(MessageBanner::Error, tr("Could not delete the policy: %1").arg(message));
            reload();
        });
}

void PoliciesPage::runSelected()
{
    const QString name = selectedName();
    if (!name.isEmpty())
        m_session->runBackupPolicy(name);
}

} // namespace cb::ui
