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
// not editable, and a name) or choose an existing volume (every one listed,
// those that cannot take the backup disabled with the reason; an overwrite
// warning to confirm, saying when a larger volume keeps its old tail). R4 as
// the engine.
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
    QString overwriteText(const Volume &target) const;

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
