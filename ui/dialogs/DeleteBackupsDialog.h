#pragma once

#include "model/Types.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace cb::ui {

class MessageBanner;
class Session;

// 删除云硬盘备份: one or many backups. Explains the chain rule (R7), refuses
// a selection that would orphan a backup naming the blockers (and offers to
// add them), and shows the leaf-first order it will delete in.
class DeleteBackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    DeleteBackupsDialog(Session *session, const QStringList &ids, QWidget *parent = nullptr);
    ~DeleteBackupsDialog() override;

    // The backups in the order they will be deleted (empty when refused).
    QStringList order() const { return m_order; }
    QStringList selection() const { return m_ids; }
    bool isValid() const { return !m_order.isEmpty(); }

protected:
    // After the children: QDialogButtonBox resets its button texts on LanguageChange.
    bool event(QEvent *event) override;

private:
    void retranslate();
    void plan();
    void includeDependants();

    Session *m_session;
    QStringList m_ids;
    QStringList m_order;
    QStringList m_dependants;
    QLabel *m_rule;
    QLabel *m_orderLabel;
    QListWidget *m_list;
    QPushButton *m_include;
    MessageBanner *m_banner;
    QDialogButtonBox *m_buttons;
};

} // namespace cb::ui
