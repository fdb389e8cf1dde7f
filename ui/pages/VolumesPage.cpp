#include "pages/VolumesPage.h"

#include "BackupActions.h"
#include "Icons.h"
#include "Session.h"
#include "dialogs/CreateVolumeDialog.h"
#include "models/VolumeModel.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cb::ui {

VolumesPage::VolumesPage(Session *session, BackupActions *actions, QWidget *parent)
    : QWidget(parent), m_session(session), m_actions(actions), m_toolBar(new QToolBar(this)),
      m_create(new QAction(this)), m_chain(new QAction(this)), m_search(new QLineEdit(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_newVolume(new QAction(this)),
      m_deleteVolume(new QAction(this)), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(Icons::Volume, this)), m_emptyTitle(static_cast<EmptyState *>(m_empty)->title()),
      m_emptyText(static_cast<EmptyState *>(m_empty)->text()), m_emptyCreate(new QPushButton(m_empty))
{
    m_newVolume->setObjectName(QStringLiteral("createVolumeAction"));
    m_deleteVolume->setObjectName(QStringLiteral("deleteVolumeAction"));
    m_newVolume->setIcon(Icons::get(Icons::Volume));
    m_deleteVolume->setIcon(Icons::get(Icons::Delete));
    m_empty->setObjectName(QStringLiteral("volumesEmptyStateWidget"));
    m_emptyCreate->setObjectName(QStringLiteral("emptyCreateVolumeButton"));
    m_emptyCreate->setIcon(Icons::get(Icons::Volume));
    static_cast<EmptyState *>(m_empty)->addButton(m_emptyCreate);
    setObjectName(QStringLiteral("volumesPage"));
    m_view->setObjectName(QStringLiteral("volumeTableView"));
    m_create->setObjectName(QStringLiteral("createVolumeBackupAction"));
    m_chain->setObjectName(QStringLiteral("showVolumeChainAction"));
    m_search->setObjectName(QStringLiteral("volumeSearchLineEdit"));
    m_create->setIcon(Icons::get(Icons::CreateBackup));
    m_chain->setIcon(Icons::get(Icons::Chain));

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_newVolume);
    m_toolBar->addAction(m_deleteVolume);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_create);
    m_toolBar->addAction(m_chain);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(actions->refresh());

    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(Icons::Search), QLineEdit::LeadingPosition);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(8, 0, 8, 0);
    filters->addWidget(m_search);
    filters->addStretch();

    m_proxy->setSourceModel(session->volumeModel());
    m_proxy->setSortRole(VolumeModel::RawRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VolumeModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<int> widths{200, 110, 110, 100, 110, 80, 160};
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths.at(c));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    layout->addLayout(filters);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(m_newVolume, &QAction::triggered, this, &VolumesPage::openCreateVolume);
    connect(m_emptyCreate, &QPushButton::clicked, this, &VolumesPage::openCreateVolume);
    connect(m_deleteVolume, &QAction::triggered, this, &VolumesPage::deleteSelectedVolume);
    connect(session->volumeModel(), &VolumeModel::volumesChanged, this, &VolumesPage::updateEmptyState);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_create, &QAction::triggered, this, [this] { m_actions->openCreate(selectedVolumeId()); });
    connect(m_chain, &QAction::triggered, this, [this] {
        if (!selectedVolumeId().isEmpty())
            Q_EMIT chainRequested(selectedVolumeId(), QString());
    });
    connect(m_view, &QTableView::doubleClicked, m_chain, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VolumesPage::updateState);
    connect(session->volumeModel(), &VolumeModel::volumesChanged, this, &VolumesPage::updateState);
    connect(session->volumeModel(), &QAbstractItemModel::dataChanged, this, &VolumesPage::updateState);
    connect(session, &Session::permissionsChanged, this, &VolumesPage::updateState);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_create);
        menu.addAction(m_chain);
        menu.addSeparator();
        menu.addAction(m_newVolume);
        menu.addAction(m_deleteVolume);
        menu.addSeparator();
        menu.addAction(m_actions->refresh());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    retranslate();
    updateState();
    updateEmptyState();
}

VolumesPage::~VolumesPage() = default;

void VolumesPage::openCreateVolume()
{
    if (!m_newVolume->isEnabled())
        return;
    auto *dlg = new CreateVolumeDialog(m_session, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &CreateVolumeDialog::created, this, [this](const QString &id) {
        // Select it once the list has it.
        auto *once = new QObject(this);
        connect(m_session->volumeModel(), &VolumeModel::volumesChanged, once, [this, id, once] {
            if (m_session->volumeModel()->find(id)) {
                selectVolume(id);
                once->deleteLater();
            }
        });
    });
    dlg->open();
}

void VolumesPage::deleteSelectedVolume()
{
    const Volume *v = m_session->volumeModel()->find(selectedVolumeId());
    if (!v || !m_deleteVolume->isEnabled())
        return;
    const QString id = v->id, name = v->name;
    const int backups = m_session->volumeModel()->backupCount(id);
    const auto answer = MessageBox::question(
        this, tr("Delete Volume"),
        tr("Delete the volume \"%1\" and all the data on it? This cannot be undone.").arg(name) +
            (backups > 0 ? u' ' + tr("Its %Ln backup(s) are kept and can be restored to a new volume.",
                                     nullptr, backups)
                         : QString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_session->deleteVolume(id, this, [this, name](const QString &error) {
        if (!error.isEmpty())
            MessageBox::warning(this, tr("Delete Volume"),
                                tr("The volume \"%1\" was not deleted: %2").arg(name, error));
    });
}

void VolumesPage::updateEmptyState()
{
    const bool empty = m_session->volumeModel()->isLoaded() && m_session->volumeModel()->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? m_empty : static_cast<QWidget *>(m_view));
}

void VolumesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VolumesPage::retranslate()
{
    m_create->setText(tr("Create Backup"));
    m_chain->setText(tr("Backup Chain"));
    m_chain->setToolTip(tr("Show the backup chain of the selected volume"));
    m_search->setPlaceholderText(tr("Search volumes"));
    m_newVolume->setText(tr("Create Volume"));
    m_deleteVolume->setText(tr("Delete Volume"));
    m_emptyTitle->setText(tr("No volumes yet"));
    m_emptyText->setText(
        tr("<p>A volume is a block device of a virtual machine: cloudbackup backs it up and restores it.</p>"
           "<p>Create an empty volume with <b>Create Volume</b> (name, size, project and type), write data "
           "to it, then back it up with <b>Create Backup</b>. Volumes that already exist in the cloud are "
           "listed here as soon as they are found.</p>"));
    m_emptyCreate->setText(tr("Create Volume"));
    updateState();
}

QString VolumesPage::selectedVolumeId() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(VolumeModel::IdRole).toString();
}

void VolumesPage::selectVolume(const QString &id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(VolumeModel::IdRole).toString() == id) {
            m_view->selectRow(r);
            return;
        }
    }
}

void VolumesPage::updateState()
{
    const Volume *v = m_session->volumeModel()->find(selectedVolumeId());
    // Enabled when the volume can be read and the user may back it up; else the tooltip says why.
    const QString why = m_session->permissions().whyNot(Action::CreateBackup, v ? v->project : QString());
    m_create->setEnabled(why.isEmpty() && v &&
                         (v->status == VolumeStatus::Available || v->status == VolumeStatus::InUse));
    m_create->setToolTip(why.isEmpty() ? tr("Create a backup of the selected volume") : why);
    m_chain->setEnabled(v && m_session->volumeModel()->backupCount(v->id) > 0);
    if (!v && why.isEmpty())
        m_create->setToolTip(m_session->volumeModel()->rowCount() == 0
                                 ? tr("There is no volume to back up yet: create one first")
                                 : tr("Select a volume to back it up"));
    // Volumes: create in the scope's project (else the default one); delete the selected one.
    const QString project =
        m_session->project().isEmpty() ? QString::fromLatin1(DefaultProject) : m_session->project();
    const QString newWhy = m_session->permissions().whyNot(Action::ManageVolumes, project);
    m_newVolume->setEnabled(newWhy.isEmpty());
    m_newVolume->setToolTip(newWhy.isEmpty() ? tr("Create a new, empty volume") : newWhy);
    m_emptyCreate->setEnabled(newWhy.isEmpty());
    m_emptyCreate->setToolTip(newWhy);
    QString delWhy = m_session->permissions().whyNot(Action::ManageVolumes, v ? v->project : QString());
    if (delWhy.isEmpty() && !v)
        delWhy = tr("Select a volume to delete it");
    else if (delWhy.isEmpty() && v->status == VolumeStatus::Missing)
        delWhy = tr("The volume was deleted already; its backups stay listed.");
    else if (delWhy.isEmpty() && v->status == VolumeStatus::InUse)
        delWhy = tr("The volume is in use (attached): detach it first.");
    m_deleteVolume->setEnabled(delWhy.isEmpty());
    m_deleteVolume->setToolTip(delWhy.isEmpty() ? tr("Delete the selected volume and its data") : delWhy);
}

} // namespace cb::ui
