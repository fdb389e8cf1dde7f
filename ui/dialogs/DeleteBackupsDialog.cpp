#include "dialogs/DeleteBackupsDialog.h"

#include "Icons.h"
#include "Session.h"
#include "engine/Rules.h"
#include "models/BackupModel.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace cb::ui {

DeleteBackupsDialog::DeleteBackupsDialog(Session *session, const QStringList &ids, QWidget *parent)
    : QDialog(parent), m_session(session), m_ids(ids), m_rule(new QLabel(this)),
      m_orderLabel(new QLabel(this)), m_list(new QListWidget(this)), m_include(new QPushButton(this)),
      m_banner(new MessageBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("deleteBackupsDialog"));
    m_list->setObjectName(QStringLiteral("deletionOrderListWidget"));
    m_include->setObjectName(QStringLiteral("includeDependantsButton"));
    m_rule->setObjectName(QStringLiteral("chainRuleLabel"));
    m_rule->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_include->setIcon(Icons::get(Icons::Chain));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_rule);
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_include, 0, Qt::AlignLeft);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_include, &QPushButton::clicked, this, &DeleteBackupsDialog::includeDependants);
    // A job may change the chain while the dialog is open.
    connect(session->backupModel(), &BackupModel::backupsChanged, this, &DeleteBackupsDialog::plan);
    retranslate();
    resize(620, 420);
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
    m_orderLabel->setText(tr("These backups will be deleted, in this order:"));
    m_include->setText(tr("Select the dependent backups too"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Delete"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("deleteButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    plan();
}

void DeleteBackupsDialog::plan()
{
    BackupModel *model = m_session->backupModel();
    // Chains never cross volumes: check against the selected volumes' backups only.
    QSet<QString> volumes;
    QStringList present;
    for (const QString &id : std::as_const(m_ids)) {
        if (const Backup *b = model->find(id)) {
            volumes.insert(b->volumeId);
            present << id;
        }
    }
    m_ids = present;
    QList<Backup> scope;
    for (const QString &v : std::as_const(volumes))
        scope << model->backupsOfVolume(v);

    m_list->clear();
    m_order.clear();
    m_dependants.clear();
    if (m_ids.isEmpty()) {
        m_banner->show(MessageBanner::Error, tr("The selected backups no longer exist."));
    } else if (auto order = rules::deletionOrder(m_ids, scope); order) {
        m_order = *order;
        m_banner->clear();
    } else {
        m_banner->show(MessageBanner::Error, order.error());
        // What would have to go too: every backup depending on the selection.
        QStringList frontier = m_ids;
        QSet<QString> seen(m_ids.cbegin(), m_ids.cend());
        while (!frontier.isEmpty()) {
            const QString id = frontier.takeFirst();
            const auto kids = rules::children(id, scope);
            for (const Backup &c : kids) {
                if (!seen.contains(c.id)) {
                    seen.insert(c.id);
                    m_dependants << c.id;
                    frontier << c.id;
                }
            }
        }
    }
    const QStringList shown = m_order.isEmpty() ? m_ids : m_order;
    int n = 0;
    for (const QString &id : shown) {
        const Backup *b = model->find(id);
        if (!b)
            continue;
        auto *item = new QListWidgetItem(
            Icons::kind(b->kind),
            m_order.isEmpty()
                ? tr("%1 — %2, %3")
                      .arg(b->name, backupKindText(b->kind),
                           QLocale().toString(b->createdAt.toLocalTime(), QLocale::ShortFormat))
                : tr("%1. %2 — %3, %4")
                      .arg(++n)
                      .arg(b->name, backupKindText(b->kind),
                           QLocale().toString(b->createdAt.toLocalTime(), QLocale::ShortFormat)));
        item->setData(Qt::UserRole, id);
        m_list->addItem(item);
    }
    m_orderLabel->setText(m_order.isEmpty() ? tr("Selected backups:")
                                            : tr("These backups will be deleted, in this order:"));
    m_include->setVisible(!m_dependants.isEmpty());
    m_include->setText(tr("Select the %n dependent backup(s) too", nullptr, int(m_dependants.size())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_order.isEmpty());
}

void DeleteBackupsDialog::includeDependants()
{
    m_ids << m_dependants;
    plan();
}

} // namespace cb::ui
