#include "pages/BackupsPage.h"

#include "BackupActions.h"
#include "DateText.h"
#include "Icons.h"
#include "Session.h"
#include "engine/Job.h"
#include "models/BackupModel.h"
#include "models/BackupProxyModel.h"
#include "models/VolumeModel.h"
#include "widgets/BackupDetails.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

// The volume column: the name with the 备份链 icon beside it; a click on the
// icon opens the volume's chain page (seed 3.3, 4.1).
class ChainLinkDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    std::function<void(const QModelIndex &)> onChainClicked;

    static QRect iconRect(const QRect &cell)
    {
        const int s = 16;
        return QRect(cell.right() - s - 4, cell.center().y() - s / 2 + 1, s, s);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        // The selection over the whole cell, the text left of the icon.
        QStyleOptionViewItem bg = opt;
        bg.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &bg, painter, w);
        opt.rect.setRight(opt.rect.right() - 24);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
        const QRect icon = iconRect(option.rect);
        if (opt.state & QStyle::State_Selected) {
            // The blue icon on the blue selection would vanish: it sits on a base-coloured badge.
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(opt.palette.color(QPalette::Base));
            painter->drawRoundedRect(QRectF(icon).adjusted(-2, -2, 2, 2), 4, 4);
            painter->restore();
        }
        Icons::get(Icons::Chain).paint(painter, icon);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.rwidth() += 24;
        return s;
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *me = static_cast<QMouseEvent *>(event);
            if (me->button() == Qt::LeftButton &&
                iconRect(option.rect).adjusted(-3, -3, 3, 3).contains(me->pos()) && onChainClicked) {
                onChainClicked(index);
                return true;
            }
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
};

} // namespace

void BackupsPage::arrangeColumns()
{
    // What tells backups apart first, so that at the default window size the
    // name, volume, status, time, tags and description are on screen beside
    // the details; the sizes, the type and the verify result follow (and are
    // all in the details). Widths from the font, so both languages fit.
    using C = BackupModel::Column;
    const QList<int> order{C::Name, C::Volume,   C::Status,  C::Created,    C::Tags,      C::Description,
                           C::Type, C::Verified, C::Project, C::VolumeSize, C::StoredSize};
    QHeaderView *h = m_view->horizontalHeader();
    for (int visual = 0; visual < order.size(); ++visual)
        h->moveSection(h->visualIndex(order.at(visual)), visual);
    const QFontMetrics fm = m_view->fontMetrics();
    const auto fit = [&fm](const QString &sample, int extra = 0) {
        return fm.horizontalAdvance(sample) + 20 + extra;
    };
    const QString time = dateTimeText(QDateTime(QDate(2000, 12, 28), QTime(23, 58)));
    m_view->setColumnWidth(C::Name, fit(QStringLiteral("web-01-release-2.3")));
    m_view->setColumnWidth(C::Volume, fit(QStringLiteral("db-primary-1"), 24));
    // The widest status of the language: "已损坏" is wider than "可用".
    int status = 0;
    for (auto st : {BackupStatus::Available, BackupStatus::Creating, BackupStatus::Damaged,
                    BackupStatus::Deleting, BackupStatus::Error})
        status = std::max(status, fit(backupStatusText(st), 18));
    m_view->setColumnWidth(C::Status, status);
    m_view->setColumnWidth(C::Created, fit(time));
    m_view->setColumnWidth(C::Tags, fit(QStringLiteral("weekly, release")));
    m_view->setColumnWidth(C::Description, fit(QStringLiteral("Before the upgrade to 2.3")));
    m_view->setColumnWidth(C::Type, fit(backupKindText(BackupKind::Incremental), 18));
    m_view->setColumnWidth(C::Verified, fit(time + QStringLiteral(", OK"), 18));
    m_view->setColumnWidth(C::Project, fit(QStringLiteral("finance")));
    m_view->setColumnWidth(C::VolumeSize, fit(QStringLiteral("128.0 MiB")));
    m_view->setColumnWidth(C::StoredSize, fit(QStringLiteral("128.0 MiB")));
}

BackupsPage::BackupsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_actions(new BackupActions(session, this, this)),
      m_proxy(new BackupProxyModel(this)), m_toolBar(new QToolBar(this)), m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_type(new QComboBox(this)), m_project(new QComboBox(this)),
      m_tag(new QComboBox(this)), m_count(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_view(new QTableView(this)), m_details(new BackupDetails(this)),
      m_listArea(new QSplitter(Qt::Horizontal, this)), m_verify(new QAction(this)),
      m_verifyRepository(new QAction(this)), m_empty(new EmptyState(Icons::App, this)),
      m_emptyTitle(static_cast<EmptyState *>(m_empty)->title()),
      m_emptyText(static_cast<EmptyState *>(m_empty)->text()), m_demo(new QPushButton(m_empty)),
      m_newVolume(new QPushButton(m_empty)), m_searchTimer(new QTimer(this)), m_choicesTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("backupsPage"));
    m_toolBar->setObjectName(QStringLiteral("backupToolBar"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_type->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_project->setObjectName(QStringLiteral("projectFilterComboBox"));
    m_tag->setObjectName(QStringLiteral("tagFilterComboBox"));
    m_count->setObjectName(QStringLiteral("backupCountLabel"));
    m_view->setObjectName(QStringLiteral("backupTableView"));
    m_empty->setObjectName(QStringLiteral("emptyStateWidget"));
    m_demo->setObjectName(QStringLiteral("demoDataButton"));

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_actions->addTo(m_toolBar, true);
    m_toolBar->addSeparator();
    m_actions->addProtectionTo(m_toolBar);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_verify->setObjectName(QStringLiteral("verifyBackupsAction"));
    m_verifyRepository->setObjectName(QStringLiteral("verifyRepositoryAction"));
    m_verify->setIcon(Icons::get(Icons::Jobs));
    m_toolBar->addAction(m_verify);
    connect(m_verify, &QAction::triggered, this, &BackupsPage::verifySelected);
    connect(m_verifyRepository, &QAction::triggered, this, &BackupsPage::verifyRepository);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_verifyRepository);
    m_toolBar->addAction(m_actions->refresh());
    connect(m_actions, &BackupActions::chainRequested, this, &BackupsPage::chainRequested);
    connect(m_actions, &BackupActions::protectionChanged, this, [this](const QString &error) {
        if (!error.isEmpty())
            MessageBox::warning(this, tr("Protection Not Changed"), error);
    });

    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(Icons::Search), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    for (QComboBox *c : {m_status, m_type, m_project, m_tag})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(8, 0, 8, 0);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_type);
    filters->addWidget(m_project);
    filters->addWidget(m_tag);
    filters->addStretch(1);
    filters->addWidget(m_count);

    m_proxy->setBackupModel(session->backupModel());
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BackupModel::Created, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setMouseTracking(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    h->setHighlightSections(false);
    arrangeColumns();

    auto *delegate = new ChainLinkDelegate(m_view);
    delegate->onChainClicked = [this](const QModelIndex &index) {
        Q_EMIT chainRequested(index.data(BackupModel::VolumeIdRole).toString(),
                              index.data(BackupModel::IdRole).toString());
    };
    m_view->setItemDelegateForColumn(BackupModel::Volume, delegate);

    // First run: say how to start.
    m_newVolume->setObjectName(QStringLiteral("emptyCreateVolumeButton"));
    m_newVolume->setIcon(Icons::get(Icons::Volume));
    m_demo->setIcon(Icons::get(Icons::Demo));
    static_cast<EmptyState *>(m_empty)->addButton(m_newVolume);
    static_cast<EmptyState *>(m_empty)->addButton(m_demo);
    connect(m_newVolume, &QPushButton::clicked, this, &BackupsPage::createVolumeRequested);
    connect(m_demo, &QPushButton::clicked, this, &BackupsPage::demoRequested);

    // Every field of the selected backup beside the list, scrolled when long.
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("backupDetailsScroll"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    // Values wrap to the panel's width: a horizontal scroll bar would let the
    // form lay out wider than what is shown and clip the wrapped lines.
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setMinimumWidth(220);
    m_listArea->setObjectName(QStringLiteral("backupListSplitter"));
    m_listArea->addWidget(m_view);
    m_listArea->addWidget(detailsScroll);
    m_listArea->setStretchFactor(0, 4);
    m_listArea->setStretchFactor(1, 1);
    m_listArea->setSizes({940, 260});
    m_stack->addWidget(m_listArea);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    m_choicesTimer->setSingleShot(true);
    m_choicesTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &BackupsPage::applySearch);
    for (QComboBox *c : {m_status, m_type, m_project, m_tag})
        connect(c, &QComboBox::currentIndexChanged, this, &BackupsPage::applySearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BackupsPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BackupsPage::onSelectionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &BackupsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BackupsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BackupsPage::updateCount);
    // Rows the filter hides change the total too: the proxy says nothing of them.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(session->backupModel(), signal, this, &BackupsPage::updateCount);
    connect(session->backupModel(), &QAbstractItemModel::modelReset, this, &BackupsPage::updateCount);
    connect(session->backupModel(), &BackupModel::backupsChanged, m_choicesTimer,
            qOverload<>(&QTimer::start));
    connect(m_choicesTimer, &QTimer::timeout, this, &BackupsPage::updateFilterChoices);
    connect(session->backupModel(), &BackupModel::backupsChanged, this, &BackupsPage::updateEmptyState);
    connect(session->backupModel(), &BackupModel::backupsChanged, this, &BackupsPage::updateDetails);
    connect(session->backupModel(), &QAbstractItemModel::dataChanged, this, &BackupsPage::updateDetails);
    connect(session, &Session::permissionsChanged, this, &BackupsPage::updateVerify);
    connect(session->volumeModel(), &VolumeModel::volumesChanged, this, &BackupsPage::updateEmptyState);
    connect(session, &Session::permissionsChanged, this, &BackupsPage::updateEmptyState);
    // Within one project's scope the project filter has nothing to choose.
    connect(session, &Session::projectChanged, this, [this] {
        if (!m_session->project().isEmpty())
            m_project->setCurrentIndex(0);
        m_project->setVisible(m_session->project().isEmpty());
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        m_actions->addTo(&menu, true);
        menu.addAction(m_verify);
        menu.addSeparator();
        m_actions->addProtectionTo(&menu);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != BackupModel::Volume && m_actions->edit()->isEnabled())
            m_actions->edit()->trigger();
    });
    // Shortcuts (Delete, F2, F5) act while the list has focus.
    addActions({m_actions->remove(), m_actions->edit(), m_actions->refresh()});

    retranslate();
    updateEmptyState();
}

BackupsPage::~BackupsPage() = default;

void BackupsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BackupsPage::retranslate()
{
    m_actions->retranslate();
    m_search->setPlaceholderText(tr("Search name, volume, project, tag, description"));
    const QSignalBlocker b1(m_status), b2(m_type);
    const int status = m_status->currentIndex(), type = m_type->currentIndex();
    m_status->clear();
    m_status->addItem(tr("All statuses"), -1);
    for (auto s : {BackupStatus::Available, BackupStatus::Creating, BackupStatus::Damaged,
                   BackupStatus::Deleting, BackupStatus::Error})
        m_status->addItem(Icons::status(s), backupStatusText(s), int(s));
    m_status->setCurrentIndex(qMax(0, status));
    m_type->clear();
    m_type->addItem(tr("All types"), -1);
    m_type->addItem(Icons::kind(BackupKind::Full), backupKindText(BackupKind::Full), int(BackupKind::Full));
    m_type->addItem(Icons::kind(BackupKind::Incremental), backupKindText(BackupKind::Incremental),
                    int(BackupKind::Incremental));
    m_type->setCurrentIndex(qMax(0, type));
    m_emptyTitle->setText(tr("No volume backups yet"));
    m_emptyText->setText(
        tr("<p>cloudbackup keeps full and incremental backups of your cloud volumes and restores them to a "
           "new or an existing volume.</p><p>There are no volumes yet. Create one with <b>Create Volume</b>, "
           "write data to it, then back it up with <b>Create Backup</b>. Or try every action at once on a "
           "few demo volumes with <b>Create Demo Data</b>.</p>"));
    m_newVolume->setText(tr("Create Volume"));
    m_demo->setText(tr("Create Demo Data"));
    m_verify->setText(tr("Verify"));
    m_verifyRepository->setText(tr("Verify Repository"));
    updateVerify();
    updateFilterChoices();
    updateCount();
}

void BackupsPage::updateFilterChoices()
{
    BackupModel *model = m_session->backupModel();
    auto refill = [](QComboBox *combo, const QString &all, const QStringList &items) {
        const QString current = combo->currentIndex() > 0 ? combo->currentText() : QString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all);
        combo->addItems(items);
        const int i = current.isEmpty() ? 0 : combo->findText(current);
        combo->setCurrentIndex(qMax(0, i));
    };
    refill(m_project, tr("All projects"), model->allProjects());
    refill(m_tag, tr("All tags"), model->allTags());
}

void BackupsPage::applySearch()
{
    BackupSearch s;
    s.text = m_search->text();
    if (const int v = m_status->currentData().toInt(); v >= 0)
        s.status = BackupStatus(v);
    if (const int v = m_type->currentData().toInt(); v >= 0)
        s.kind = BackupKind(v);
    if (m_project->currentIndex() > 0)
        s.project = m_project->currentText();
    if (m_tag->currentIndex() > 0)
        s.tag = m_tag->currentText();
    m_proxy->setSearch(s);
    updateCount();
}

void BackupsPage::updateCount()
{
    const int total = m_session->backupModel()->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%Ln backup(s)", nullptr, total)
                                    : tr("%L1 of %Ln backup(s)", nullptr, total).arg(shown));
}

void BackupsPage::updateEmptyState()
{
    const bool empty = m_session->backupModel()->isLoaded() && m_session->volumeModel()->isLoaded() &&
                       m_session->backupModel()->rowCount() == 0 && m_session->volumeModel()->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? m_empty : static_cast<QWidget *>(m_listArea));
    // Demo data creates volumes and backs them up.
    const Permissions &may = m_session->permissions();
    QString why = may.whyNot(Action::ManageVolumes);
    if (why.isEmpty())
        why = may.whyNot(Action::CreateBackup);
    m_demo->setEnabled(why.isEmpty());
    m_demo->setToolTip(why);
    const QString volumeWhy =
        may.whyNot(Action::ManageVolumes, m_session->project().isEmpty() ? QString::fromLatin1(DefaultProject)
                                                                         : m_session->project());
    m_newVolume->setEnabled(volumeWhy.isEmpty());
    m_newVolume->setToolTip(volumeWhy);
}

QStringList BackupsPage::selectedIds() const
{
    QStringList ids;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids << i.data(BackupModel::IdRole).toString();
    return ids;
}

void BackupsPage::selectBackups(const QStringList &ids)
{
    QItemSelection sel;
    for (const QString &id : ids) {
        const int row = m_session->backupModel()->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex i = m_proxy->mapFromSource(m_session->backupModel()->index(row, 0));
        if (i.isValid())
            sel.select(i, i.siblingAtColumn(BackupModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    if (!sel.isEmpty()) {
        m_view->selectionModel()->setCurrentIndex(sel.indexes().first(), QItemSelectionModel::NoUpdate);
        m_view->scrollTo(sel.indexes().first());
    }
}

void BackupsPage::onSelectionChanged()
{
    m_actions->setSelection(selectedIds());
    updateDetails();
    updateVerify();
}

void BackupsPage::updateDetails()
{
    const QStringList ids = selectedIds();
    const Backup *b = ids.size() == 1 ? m_session->backupModel()->find(ids.first()) : nullptr;
    m_details->setBackup(b ? std::optional<Backup>(*b) : std::nullopt, int(ids.size()));
}

void BackupsPage::updateVerify()
{
    const Permissions &may = m_session->permissions();
    QString why;
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        why = tr("Select one or more backups to verify.");
    for (const QString &id : ids) {
        const Backup *b = m_session->backupModel()->find(id);
        if (!b)
            continue;
        if (b->status != BackupStatus::Available && b->status != BackupStatus::Damaged) {
            why = tr("The backup \"%1\" cannot be verified while it is %2.")
                      .arg(b->name, backupStatusText(b->status).toLower());
            break;
        }
        if (const QString no = may.whyNot(Action::Verify, b->project); !no.isEmpty()) {
            why = no;
            break;
        }
    }
    m_verify->setEnabled(why.isEmpty());
    m_verify->setToolTip(why.isEmpty() ? tr("Read every chunk of the selected backups and check it; each "
                                            "backup's result shows in the Verified column")
                                       : why);
    const QString repoWhy = may.whyNot(Action::ManageRepository);
    m_verifyRepository->setEnabled(repoWhy.isEmpty());
    m_verifyRepository->setToolTip(
        repoWhy.isEmpty() ? tr("Check every chunk of the repository and the catalog against it") : repoWhy);
}

void BackupsPage::verifySelected()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty() && m_verify->isEnabled())
        m_session->verifyBackups(ids);
}

void BackupsPage::verifyRepository()
{
    if (!m_verifyRepository->isEnabled())
        return;
    m_session->verifyRepository();
}

} // namespace cb::ui
