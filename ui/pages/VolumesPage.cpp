#include "pages/VolumesPage.h"

#include "BackupActions.h"
#include "Icons.h"
#include "Session.h"
#include "models/VolumeModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cb::ui {

VolumesPage::VolumesPage(Session *session, BackupActions *actions, QWidget *parent)
    : QWidget(parent), m_session(session), m_actions(actions), m_toolBar(new QToolBar(this)),
      m_create(new QAction(this)), m_chain(new QAction(this)), m_search(new QLineEdit(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("volumesPage"));
    m_view->setObjectName(QStringLiteral("volumeTableView"));
    m_create->setObjectName(QStringLiteral("createVolumeBackupAction"));
    m_chain->setObjectName(QStringLiteral("showVolumeChainAction"));
    m_search->setObjectName(QStringLiteral("volumeSearchLineEdit"));
    m_create->setIcon(Icons::get(Icons::CreateBackup));
    m_chain->setIcon(Icons::get(Icons::Chain));

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
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
    layout->addWidget(m_view, 1);

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
        menu.addAction(m_actions->refresh());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    retranslate();
    updateState();
}

VolumesPage::~VolumesPage() = default;

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
}

} // namespace cb::ui
