#include "dialogs/DeleteBackupsDialog.h"

#include "DateText.h"
#include "Icons.h"
#include "Session.h"
#include "engine/Job.h"
#include "models/BackupModel.h"
#include "util/Validate.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

// Lists show this many rows; a line says how many more there are.
constexpr int MaxShown = 500;

DeleteBackupsDialog::Planner &planner()
{
    static DeleteBackupsDialog::Planner p;
    return p;
}

} // namespace

struct DeleteBackupsDialog::Outcome
{
    rules::DeletionPlan plan;
    QStringList dependants; // not selected, but blocking a selected backup
};

void DeleteBackupsDialog::setPlannerForTest(Planner p)
{
    planner() = std::move(p);
}

DeleteBackupsDialog::DeleteBackupsDialog(Session *session, const QStringList &ids, QWidget *parent)
    : QDialog(parent), m_session(session), m_ids(ids), m_rule(new QLabel(this)), m_summary(new QLabel(this)),
      m_orderLabel(new QLabel(this)), m_list(new QListWidget(this)), m_blockedLabel(new QLabel(this)),
      m_blockedList(new QListWidget(this)), m_include(new QPushButton(this)),
      m_banner(new MessageBanner(this)), m_warning(new MessageBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("deleteBackupsDialog"));
    m_list->setObjectName(QStringLiteral("deletionOrderListWidget"));
    m_blockedList->setObjectName(QStringLiteral("blockedListWidget"));
    m_include->setObjectName(QStringLiteral("includeDependantsButton"));
    m_rule->setObjectName(QStringLiteral("chainRuleLabel"));
    m_summary->setObjectName(QStringLiteral("deleteSummaryLabel"));
    m_warning->setObjectName(QStringLiteral("irreversibleWarningBanner"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("deleteButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    for (QLabel *l : {m_rule, m_summary, m_orderLabel, m_blockedLabel})
        l->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    for (QListWidget *l : {m_list, m_blockedList}) {
        l->setSelectionMode(QAbstractItemView::NoSelection);
        l->setUniformItemSizes(true);
    }
    m_blockedList->setWordWrap(true);
    m_blockedList->setUniformItemSizes(false);
    m_include->setIcon(Icons::get(Icons::Chain));
    // Deleting is permanent: Enter must not do it.
    auto *remove = m_buttons->button(QDialogButtonBox::Ok);
    auto *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    remove->setAutoDefault(false);
    cancel->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_rule);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_blockedLabel);
    layout->addWidget(m_blockedList, 1);
    layout->addWidget(m_include, 0, Qt::AlignLeft);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_include, &QPushButton::clicked, this, &DeleteBackupsDialog::includeDependants);
    // A job may change the chain while the dialog is open.
    connect(session->backupModel(), &BackupModel::backupsChanged, this, &DeleteBackupsDialog::plan);
    retranslate();
    plan();
    resize(680, 520);
}

DeleteBackupsDialog::~DeleteBackupsDialog() = default;

bool DeleteBackupsDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void DeleteBackupsDialog::retranslate()
{
    setWindowTitle(tr("Delete Volume Backups"));
    m_rule->setText(
        tr("A backup that others depend on cannot be deleted: a full backup only after the incremental "
           "backups based on it, and incremental backups newest first. A selection that contains the "
           "whole end of a chain is deleted in that order."));
    m_include->setText(tr("Select the dependent backups too"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    showPlan();
}

void DeleteBackupsDialog::plan()
{
    // The whole list is shared with the worker (no copy); the plan is linear in it.
    const QList<Backup> all = m_session->backupModel()->all();
    const QStringList ids = m_ids;
    const quint64 generation = ++m_generation;
    m_planning = true;
    showPlan();
    auto out = std::make_shared<Outcome>();
    Planner custom = planner();
    m_session->runTask(
        [out, ids, all, custom](JobControl &) -> Result<QString> {
            out->plan = custom ? custom(ids, all) : rules::deletionPlan(ids, all);
            if (out->plan.blocked.isEmpty())
                return QString();
            // What would have to go too: every backup depending on a blocked one.
            QHash<QString, QList<const Backup *>> kids;
            for (const Backup &b : all) {
                if (!b.parentId.isEmpty() && b.status != BackupStatus::Error)
                    kids[b.parentId] << &b;
            }
            const QSet<QString> selected(ids.cbegin(), ids.cend());
            QSet<QString> seen;
            QStringList frontier;
            for (const auto &blocked : std::as_const(out->plan.blocked))
                frontier << blocked.first;
            while (!frontier.isEmpty()) {
                const QString id = frontier.takeLast();
                for (const Backup *c : kids.value(id)) {
                    if (seen.contains(c->id))
                        continue;
                    seen.insert(c->id);
                    if (!selected.contains(c->id))
                        out->dependants << c->id;
                    frontier << c->id;
                }
            }
            return QString();
        },
        this,
        [this, out, generation](bool ok, const QString &error) {
            if (generation != m_generation)
                return; // a newer plan is on its way
            m_planning = false;
            m_order = out->plan.order;
            m_blocked = out->plan.blocked;
            m_storedBytes = out->plan.storedBytes;
            m_dependants = out->dependants;
            if (!ok) {
                m_order.clear();
                m_banner->show(MessageBanner::Error, error);
            }
            showPlan();
            Q_EMIT planned();
        });
}

void DeleteBackupsDialog::showPlan()
{
    BackupModel *model = m_session->backupModel();
    auto *remove = m_buttons->button(QDialogButtonBox::Ok);
    m_list->clear();
    m_blockedList->clear();
    if (m_planning) {
        m_summary->setText(
            tr("Working out what can be deleted from %Ln selected backup(s)…", nullptr, int(m_ids.size())));
        m_warning->clear();
        m_orderLabel->hide();
        m_list->hide();
        m_blockedLabel->hide();
        m_blockedList->hide();
        m_include->hide();
        remove->setText(tr("Delete"));
        remove->setEnabled(false);
        return;
    }
    auto describe = [model](const QString &id) {
        const Backup *b = model->find(id);
        if (!b)
            return id;
        return tr("%1 — %2, %3, %4")
            .arg(b->name, backupKindText(b->kind), dateTimeText(b->createdAt),
                 validate::formatSize(b->storedBytes));
    };
    const int n = int(m_order.size());
    for (int i = 0; i < qMin(n, MaxShown); ++i) {
        const QString &id = m_order.at(i);
        const Backup *b = model->find(id);
        auto *item = new QListWidgetItem(b ? Icons::kind(b->kind) : QIcon(),
                                         tr("%1. %2").arg(QLocale().toString(i + 1), describe(id)));
        item->setData(Qt::UserRole, id);
        m_list->addItem(item);
    }
    if (n > MaxShown)
        m_list->addItem(tr("… and %Ln more", nullptr, n - MaxShown));
    const int blocked = int(m_blocked.size());
    for (int i = 0; i < qMin(blocked, MaxShown); ++i) {
        auto *item =
            new QListWidgetItem(Icons::get(Icons::Delete),
                                tr("%1: %2").arg(describe(m_blocked.at(i).first), m_blocked.at(i).second));
        item->setData(Qt::UserRole, m_blocked.at(i).first);
        item->setToolTip(m_blocked.at(i).second);
        m_blockedList->addItem(item);
    }
    if (blocked > MaxShown)
        m_blockedList->addItem(tr("… and %Ln more", nullptr, blocked - MaxShown));

    if (n > 0) {
        m_summary->setText(
            tr("%Ln backup(s) will be deleted. They store %1 in the repository; up to that much space is "
               "freed (data shared with other backups stays).",
               nullptr, n)
                .arg(validate::formatSize(m_storedBytes)));
        m_warning->show(MessageBanner::Warning,
                        tr("Deleting is permanent: a deleted backup cannot be recovered or restored."));
    } else {
        m_summary->setText(
            tr("None of the %Ln selected backup(s) can be deleted now.", nullptr, int(m_ids.size())));
        m_warning->clear();
    }
    m_orderLabel->setText(tr("These backups will be deleted, in this order:"));
    m_orderLabel->setVisible(n > 0);
    m_list->setVisible(n > 0);
    m_blockedLabel->setText(
        n > 0 ? tr("%Ln selected backup(s) cannot be deleted and will be kept:", nullptr, blocked)
              : tr("Why:"));
    m_blockedLabel->setVisible(blocked > 0);
    m_blockedList->setVisible(blocked > 0);
    m_include->setVisible(!m_dependants.isEmpty());
    m_include->setText(tr("Select the %n dependent backup(s) too", nullptr, int(m_dependants.size())));
    remove->setText(n > 0 ? tr("Delete %Ln Backup(s)", nullptr, n) : tr("Delete"));
    remove->setEnabled(n > 0);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
}

void DeleteBackupsDialog::includeDependants()
{
    m_ids << m_dependants;
    m_dependants.clear();
    plan();
}

} // namespace cb::ui
