#pragma once

#include "engine/Rules.h"
#include "model/Types.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace cb::ui {

class MessageBanner;
class Session;

// 删除云硬盘备份: one or many backups. Works out off the GUI thread what can
// be deleted (R7, leaf first) and what cannot and why; sums up the count and
// the stored bytes, says that deleting is permanent, and deletes what may be
// deleted. Cancel is the default button. Offers to add the dependants that
// block a backup.
class DeleteBackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    DeleteBackupsDialog(Session *session, const QStringList &ids, QWidget *parent = nullptr);
    ~DeleteBackupsDialog() override;

    // The backups in the order they will be deleted (empty while planning or when none may go).
    QStringList order() const { return m_order; }
    // The selected backups that cannot be deleted, with the reason.
    QList<QPair<QString, QString>> blocked() const { return m_blocked; }
    QStringList selection() const { return m_ids; }
    bool isPlanning() const { return m_planning; }
    bool isValid() const { return !m_planning && !m_order.isEmpty(); }

    // The plan runs on a worker thread; tests replace it to hold it there.
    using Planner = std::function<rules::DeletionPlan(const QStringList &, const QList<Backup> &)>;
    static void setPlannerForTest(Planner planner);

Q_SIGNALS:
    void planned();

protected:
    // After the children: QDialogButtonBox resets its button texts on LanguageChange.
    bool event(QEvent *event) override;

private:
    struct Outcome;
    void retranslate();
    void plan();
    void showPlan();
    void includeDependants();

    Session *m_session;
    QStringList m_ids;
    QStringList m_order;
    QList<QPair<QString, QString>> m_blocked;
    QStringList m_dependants;
    qint64 m_storedBytes = 0;
    bool m_planning = false;
    quint64 m_generation = 0;
    QLabel *m_rule;
    QLabel *m_summary;
    QLabel *m_orderLabel;
    QListWidget *m_list;
    QLabel *m_blockedLabel;
    QListWidget *m_blockedList;
    QPushButton *m_include;
    MessageBanner *m_banner;
    MessageBanner *m_warning;
    QDialogButtonBox *m_buttons;
};

} // namespace cb::ui
