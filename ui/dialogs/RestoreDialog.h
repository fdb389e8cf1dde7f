#pragma once

#include "engine/Engine.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace cb::ui {

class MessageBanner;
class Session;

// 恢复云硬盘备份 (seed 3.3): 恢复方式 = create a new volume (its type shown,
// not editable, and a name) or choose an existing volume (only those that
// can take the backup, with an overwrite warning to confirm). R4 as the engine.
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(Session *session, const Backup &backup, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    RestoreParams params() const;
    const Backup &backup() const { return m_backup; }
    bool isValid() const { return m_valid; }

protected:
    // After the children: QDialogButtonBox resets its button texts on LanguageChange.
    bool event(QEvent *event) override;

private:
    void retranslate();
    void fillTargets();
    void validate();

    Session *m_session;
    Backup m_backup;
    QLabel *m_summary;
    QRadioButton *m_toNew;
    QRadioButton *m_toExisting;
    QStackedWidget *m_stack;
    QLineEdit *m_type;
    QLineEdit *m_newName;
    QComboBox *m_target;
    QCheckBox *m_confirm;
    MessageBanner *m_banner;
    MessageBanner *m_overwriteWarning;
    QDialogButtonBox *m_buttons;
    QLabel *m_modeLabel, *m_typeLabel, *m_nameLabel, *m_targetLabel, *m_noTargets;
    bool m_valid = false;
};

} // namespace cb::ui
