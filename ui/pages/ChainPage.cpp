#include "pages/ChainPage.h"

#include "BackupActions.h"
#include "DateText.h"
#include "Icons.h"
#include "Session.h"
#include "chain/ChainListModel.h"
#include "chain/ChainPlot.h"
#include "models/BackupModel.h"
#include "models/VolumeModel.h"
#include "util/Validate.h"
#include "widgets/EmptyState.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cb::ui {

namespace {
enum Field
{
    Id,
    Type,
    Status,
    Created,
    Completed,
    Read,
    Stored,
    Parent,
    Tags,
    Description,
    Note,
    FieldCount
};
}

ChainPage::ChainPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_actions(new BackupActions(session, this, this)),
      m_toolBar(new QToolBar(this)), m_volume(new QComboBox(this)), m_volumeLabel(new QLabel(this)),
      m_fit(new QAction(this)), m_zoomIn(new QAction(this)), m_zoomOut(new QAction(this)),
      m_evenly(new QAction(this)), m_plot(new ChainPlot(this)), m_listModel(new ChainListModel(this)),
      m_list(new QTableView(this)), m_details(new QWidget(this)), m_detailsTitle(new QLabel(m_details)),
      m_form(new QFormLayout), m_restore(new QPushButton(m_details)), m_legend(new QLabel(this)),
      m_summary(new QLabel(this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("chainPage"));
    m_volume->setObjectName(QStringLiteral("chainVolumeComboBox"));
    m_fit->setObjectName(QStringLiteral("fitChainAction"));
    m_zoomIn->setObjectName(QStringLiteral("zoomInChainAction"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOutChainAction"));
    m_evenly->setObjectName(QStringLiteral("evenlySpacedChainAction"));
    m_zoomIn->setIcon(Icons::get(Icons::ZoomIn));
    m_zoomOut->setIcon(Icons::get(Icons::ZoomOut));
    m_evenly->setIcon(Icons::get(Icons::Chain));
    m_evenly->setCheckable(true);
    m_details->setObjectName(QStringLiteral("chainDetailsPanel"));
    m_restore->setObjectName(QStringLiteral("chainRestoreButton"));
    m_summary->setObjectName(QStringLiteral("chainSummaryLabel"));
    m_fit->setIcon(Icons::get(Icons::Fit));
    m_restore->setIcon(Icons::get(Icons::Restore));
    m_volume->setMinimumContentsLength(24);
    m_volume->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addWidget(m_volumeLabel);
    m_toolBar->addWidget(m_volume);
    m_toolBar->addSeparator();
    m_actions->addTo(m_toolBar, false);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_actions->refresh());

    // Details of the selected backup, beside the graph.
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_detailsTitle->setFont(bold);
    m_detailsTitle->setWordWrap(true);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int f = 0; f < FieldCount; ++f) {
        auto *k = new QLabel(m_details);
        auto *v = new QLabel(m_details);
        k->setStyleSheet(QStringLiteral("color: #607d8b;"));
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setMinimumWidth(160);
        m_keys << k;
        m_values << v;
        m_form->addRow(k, v);
    }
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addLayout(m_form);
    detailsLayout->addWidget(m_restore);
    detailsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(260);

    setupList();
    // How the graph shows the chain, right above it.
    auto *viewBar = new QToolBar(this);
    viewBar->setObjectName(QStringLiteral("chainViewToolBar"));
    viewBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    viewBar->setIconSize(QSize(16, 16));
    viewBar->addAction(m_zoomIn);
    viewBar->addAction(m_zoomOut);
    viewBar->addAction(m_fit);
    viewBar->addSeparator();
    viewBar->addAction(m_evenly);
    auto *graph = new QWidget(this);
    auto *graphLayout = new QVBoxLayout(graph);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    graphLayout->addWidget(viewBar);
    graphLayout->addWidget(m_plot, 1);
    auto *graphAndList = new QSplitter(Qt::Vertical, this);
    graphAndList->addWidget(graph);
    graphAndList->addWidget(m_list);
    graphAndList->setStretchFactor(0, 3);
    graphAndList->setStretchFactor(1, 1);
    graphAndList->setSizes({460, 160});
    graphAndList->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(graphAndList);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({800, 300});
    splitter->setChildrenCollapsible(false);

    m_legend->setTextFormat(Qt::RichText);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 4);
    bottom->addWidget(m_legend);
    bottom->addStretch();
    bottom->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    // Nothing to draw: say what to do instead of empty axes.
    m_empty = new EmptyState(Icons::Chain, this);
    m_empty->setObjectName(QStringLiteral("chainEmptyStateWidget"));
    m_graphStack = new QStackedWidget(this);
    m_graphStack->addWidget(splitter);
    m_graphStack->addWidget(m_empty);
    layout->addWidget(m_graphStack, 1);
    layout->addLayout(bottom);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { reload(true); });
    connect(m_volume, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_volume->currentData().toString();
        if (id != m_volumeId)
            showVolume(id);
    });
    connect(m_fit, &QAction::triggered, m_plot, &ChainPlot::fit);
    connect(m_zoomIn, &QAction::triggered, m_plot, &ChainPlot::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_plot, &ChainPlot::zoomOut);
    connect(m_evenly, &QAction::toggled, m_plot, &ChainPlot::setEvenlySpaced);
    connect(m_plot, &ChainPlot::selectionChanged, this, [this](const QString &id) {
        selectRow(id);
        m_actions->setSelection(id.isEmpty() ? QStringList() : QStringList{id});
        updateDetails();
    });
    connect(m_plot, &ChainPlot::activated, this, [this](const QString &id) {
        select(id);
        if (m_actions->restore()->isEnabled())
            m_actions->openRestore(id);
    });
    connect(m_restore, &QPushButton::clicked, m_actions->restore(), &QAction::trigger);
    connect(m_actions->restore(), &QAction::changed, this, [this] {
        m_restore->setEnabled(m_actions->restore()->isEnabled());
        m_restore->setToolTip(m_actions->restore()->toolTip());
    });
    connect(session->backupModel(), &BackupModel::backupsChanged, this, &ChainPage::onBackupsChanged);
    connect(session->volumeModel(), &VolumeModel::volumesChanged, this, &ChainPage::fillVolumes);
    connect(session->volumeModel(), &VolumeModel::volumesChanged, this, &ChainPage::updateSummary);
    // Another project scope: a volume outside it is no longer shown.
    connect(session, &Session::projectChanged, this, [this] {
        const Volume *v = m_session->volumeModel()->find(m_volumeId);
        const QString project = m_session->project();
        if (v && !project.isEmpty() && v->project != project)
            showVolume(QString());
    });
    retranslate();
    fillVolumes();
}

ChainPage::~ChainPage() = default;

void ChainPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChainPage::retranslate()
{
    m_actions->retranslate();
    m_volumeLabel->setText(tr("Volume: "));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole chain (0; the wheel zooms, dragging pans)"));
    m_zoomIn->setText(tr("Zoom In"));
    m_zoomIn->setToolTip(tr("Show half as much of the chain (+)"));
    m_zoomOut->setText(tr("Zoom Out"));
    m_zoomOut->setToolTip(tr("Show twice as much of the chain (-)"));
    m_evenly->setText(tr("Evenly Spaced"));
    m_evenly->setToolTip(tr("One slot per backup instead of a time axis: backups made close together "
                            "stay apart"));
    m_listModel->retranslate();
    m_restore->setText(tr("Restore This Backup"));
    const QStringList keys{tr("ID"),        tr("Type"),        tr("Status"), tr("Created"),
                           tr("Completed"), tr("Read"),        tr("Stored"), tr("Parent"),
                           tr("Tags"),      tr("Description"), tr("Note")};
    for (int f = 0; f < FieldCount; ++f)
        m_keys.at(f)->setText(tr("%1:", "a field label in the details panel").arg(keys.at(f)));
    auto sw = [](const QColor &c, const QString &shape) {
        return QStringLiteral("<span style=\"color:%1; font-size:large\">%2</span>").arg(c.name(), shape);
    };
    const QColor ink(0x37, 0x47, 0x4f);
    m_legend->setText(sw(ink, QStringLiteral("■")) + u' ' + backupKindText(BackupKind::Full) +
                      QStringLiteral("&nbsp;&nbsp;") + sw(ink, QStringLiteral("●")) + u' ' +
                      backupKindText(BackupKind::Incremental) + QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") +
                      sw(Icons::statusColor(BackupStatus::Available), QStringLiteral("●")) + u' ' +
                      backupStatusText(BackupStatus::Available) + QStringLiteral("&nbsp;&nbsp;") +
                      sw(Icons::statusColor(BackupStatus::Creating), QStringLiteral("●")) + u' ' +
                      backupStatusText(BackupStatus::Creating) + QStringLiteral("&nbsp;&nbsp;") +
                      sw(Icons::statusColor(BackupStatus::Damaged), QStringLiteral("●")) + u' ' +
                      backupStatusText(BackupStatus::Damaged) + QStringLiteral("&nbsp;&nbsp;") +
                      sw(Icons::statusColor(BackupStatus::Error), QStringLiteral("●")) + u' ' +
                      backupStatusText(BackupStatus::Error) + QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") +
                      sw(QColor(0xf9, 0xa8, 0x25), QStringLiteral("○")) + u' ' + tr("Newest"));
    m_plot->retranslate();
    fillVolumes();
    updateSummary();
    updateDetails();
}

void ChainPage::fillVolumes()
{
    const QSignalBlocker block(m_volume);
    m_volume->clear();
    for (const Volume &v : m_session->volumeModel()->all())
        m_volume->addItem(Icons::volumeStatus(v.status), tr("%1 (%2)").arg(v.name, v.project), v.id);
    // A volume known only from its backups (deleted) may not be listed yet.
    if (!m_volumeId.isEmpty() && m_volume->findData(m_volumeId) < 0) {
        const auto backups = m_session->backupModel()->backupsOfVolume(m_volumeId);
        m_volume->addItem(backups.isEmpty() ? m_volumeId : backups.first().volumeName, m_volumeId);
    }
    m_volume->setCurrentIndex(m_volume->findData(m_volumeId));
}

void ChainPage::showVolume(const QString &volumeId, const QString &backupId)
{
    const bool same = volumeId == m_volumeId;
    m_volumeId = volumeId;
    m_actions->setVolume(volumeId);
    fillVolumes();
    if (!same)
        reload(false);
    if (!backupId.isEmpty())
        select(backupId);
    else if (!same) {
        m_actions->setSelection({});
        updateDetails();
    }
}

void ChainPage::select(const QString &backupId)
{
    m_plot->setSelected(backupId);
    selectRow(m_plot->selectedId());
    m_actions->setSelection(m_plot->selectedId().isEmpty() ? QStringList()
                                                           : QStringList{m_plot->selectedId()});
    updateDetails();
}

void ChainPage::onBackupsChanged(const QString &volumeId)
{
    if (volumeId.isEmpty() || volumeId == m_volumeId)
        m_reloadTimer->start();
}

void ChainPage::reload(bool keepView)
{
    const auto backups = m_session->backupModel()->backupsOfVolume(m_volumeId);
    const QStringList kept = m_actions->selection();
    m_plot->setBackups(backups, keepView);
    m_listModel->setBackups(backups);
    selectRow(m_plot->selectedId());
    if (!keepView && m_plot->selectedId().isEmpty())
        QTimer::singleShot(0, m_list, &QTableView::scrollToBottom); // the newest, as the graph opens
    // Rows selected with it (a multi-selection being tagged) stay selected.
    QItemSelection rows;
    for (const QString &id : kept) {
        const int row = m_listModel->rowOf(id);
        if (row >= 0 && id != m_plot->selectedId())
            rows.select(m_listModel->index(row, 0), m_listModel->index(row, ChainListModel::ColumnCount - 1));
    }
    if (!rows.isEmpty()) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->selectionModel()->select(rows, QItemSelectionModel::Select);
    }
    m_count = int(backups.size());
    m_stored = 0;
    for (const Backup &b : backups)
        m_stored += b.storedBytes;
    updateSummary();
    onListSelection();
}

void ChainPage::setupList()
{
    m_list->setObjectName(QStringLiteral("chainBackupList"));
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->setVisible(false);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->horizontalHeader()->resizeSection(ChainListModel::Name, 240);
    m_list->horizontalHeader()->resizeSection(ChainListModel::Type, 130);
    m_list->horizontalHeader()->resizeSection(ChainListModel::Created, 170);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *a : {m_actions->restore(), m_actions->edit(), m_actions->editTags(), m_actions->remove()})
        m_list->addAction(a);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChainPage::onListSelection);
    connect(m_list, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = m_listModel->idAt(index.row());
        if (m_actions->restore()->isEnabled())
            m_actions->openRestore(id);
    });
}

// The graph's selection as the list's current row (scrolled into view).
void ChainPage::selectRow(const QString &id)
{
    const int row = m_listModel->rowOf(id);
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (row < 0 && !current.isValid())
        return;
    const QSignalBlocker block(m_list->selectionModel());
    if (row < 0) {
        m_list->selectionModel()->clear();
    } else if (current.row() != row || !m_list->selectionModel()->isRowSelected(row, {})) {
        m_list->selectionModel()->setCurrentIndex(
            m_listModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Once laid out (the page may be about to show).
        QTimer::singleShot(0, m_list, [this, id] {
            const int r = m_listModel->rowOf(id);
            if (r >= 0)
                m_list->scrollTo(m_listModel->index(r, 0));
        });
    }
    m_list->viewport()->update();
}

// The list's rows are the page's selection (several for tags and delete);
// its current row is the one the graph shows.
void ChainPage::onListSelection()
{
    QStringList ids;
    const auto rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows)
        ids << m_listModel->idAt(r.row());
    const QString current = m_listModel->idAt(m_list->selectionModel()->currentIndex().row());
    if (!current.isEmpty() && ids.contains(current))
        m_plot->setSelected(current);
    else if (!ids.isEmpty())
        m_plot->setSelected(ids.last());
    else if (!m_plot->selectedId().isEmpty() && m_listModel->rowOf(m_plot->selectedId()) >= 0)
        ids << m_plot->selectedId(); // the graph's selection before the list had one
    m_actions->setSelection(ids);
    updateDetails();
}

void ChainPage::updateSummary()
{
    const bool empty = m_count == 0;
    m_graphStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_graphStack->widget(0));
    m_legend->setVisible(!empty);
    if (empty) {
        const bool noVolumes = m_session->volumeModel()->rowCount() == 0;
        const Volume *v = m_session->volumeModel()->find(m_volumeId);
        m_empty->title()->setText(m_volumeId.isEmpty()
                                      ? (noVolumes ? tr("No volumes yet") : tr("No volume chosen"))
                                      : tr("No backups of %1 yet").arg(v ? v->name : m_volumeId));
        m_empty->text()->setText(
            m_volumeId.isEmpty()
                ? (noVolumes
                       ? tr("<p>A backup chain shows a volume's full backups and the incremental backups "
                            "built on them. Create a volume on the <b>Volumes</b> page and back it up "
                            "with <b>Create Backup</b>; its chain is drawn here.</p>")
                       : tr("<p>Choose a volume above to see its backup chain: its full backups and the "
                            "incremental backups built on them.</p>"))
                : tr("<p>Back the volume up with <b>Create Backup</b>: the first backup is full, the next "
                     "ones can be incremental, and the chain they form is drawn here.</p>"));
    }
    m_summary->setText(m_volumeId.isEmpty() ? tr("Choose a volume to see its backup chain.")
                                            : tr("%1 in %2, %3 stored")
                                                  .arg(tr("%Ln backup(s)", nullptr, m_count),
                                                       tr("%Ln chain(s)", nullptr, m_plot->laneCount()),
                                                       validate::formatSize(m_stored)));
}

void ChainPage::updateDetails()
{
    const Backup *b = m_session->backupModel()->find(m_plot->selectedId());
    for (int f = 0; f < FieldCount; ++f) {
        m_keys.at(f)->setVisible(b);
        m_values.at(f)->setVisible(b);
    }
    m_restore->setVisible(b);
    m_restore->setEnabled(m_actions->restore()->isEnabled());
    if (!b) {
        m_detailsTitle->setText(
            tr("Click a backup in the chain to see its details. Double-click restores it."));
        QFont f = m_detailsTitle->font();
        f.setBold(false);
        m_detailsTitle->setFont(f);
        return;
    }
    QFont f = m_detailsTitle->font();
    f.setBold(true);
    m_detailsTitle->setFont(f);
    m_detailsTitle->setText(b->name);
    QString parent = tr("none (full backup)");
    if (!b->parentId.isEmpty()) {
        const Backup *p = m_session->backupModel()->find(b->parentId);
        parent = p ? p->name : b->parentId.left(8);
    }
    const QStringList values{
        b->id.left(8),
        backupKindText(b->kind) + (b->forced ? tr(" (forced)") : QString()),
        QStringLiteral("<span style=\"color:%1\">●</span> %2")
                .arg(Icons::statusColor(b->status).name(), backupStatusText(b->status)) +
            (b->protectedBackup ? QStringLiteral(" · <b>%1</b>").arg(tr("Protected").toHtmlEscaped())
                                : QString()),
        dateTimeText(b->createdAt),
        b->completedAt.isValid() ? dateTimeText(b->completedAt) : QString(),
        validate::formatSize(b->readBytes),
        validate::formatSize(b->storedBytes),
        parent,
        b->tags.join(QLatin1String(", ")),
        b->description,
        !b->error.isEmpty() ? b->errorText() : b->warningText(),
    };
    for (int i = 0; i < FieldCount; ++i) {
        m_values.at(i)->setTextFormat(i == Status ? Qt::RichText : Qt::PlainText);
        m_values.at(i)->setText(values.at(i));
        const bool show = !values.at(i).isEmpty() || i <= Stored;
        m_keys.at(i)->setVisible(show);
        m_values.at(i)->setVisible(show);
    }
    m_values.at(Id)->setToolTip(b->id);
}

} // namespace cb::ui
