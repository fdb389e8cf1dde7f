#pragma once

#include "engine/Engine.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace cb::ui {

class MessageBanner;
class Session;

// 创建云硬盘备份 (seed 3.2): the volume, 强制创建备份 when it is in use,
// full or incremental, name and description. Checks R1/R2 as the engine does.
class CreateBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    CreateBackupDialog(Session *session, const QString &volumeId, QWidget *parent = nullptr);
    ~CreateBackupDialog() override;

    BackupParams params() const;
    QString volumeName() const;
    bool isValid() const { return m_valid; }

protected:
    // After the children: QDialogButtonBox resets its button texts on LanguageChange.
    bool event(QEvent *event) override;

private:
    void retranslate();
    void fillVolumes();
    void validate();

    Session *m_session;
    QComboBox *m_volume;
    QCheckBox *m_force;
    QRadioButton *m_full;
    QRadioButton *m_incremental;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    MessageBanner *m_banner;
    MessageBanner *m_forceWarning;
    QDialogButtonBox *m_buttons;
    QLabel *m_volumeLabel, *m_typeLabel, *m_nameLabel, *m_descriptionLabel, *m_incrementalHint;
    bool m_valid = false;
    bool m_typeChosen = false; // by the user, for this volume
};

} // namespace cb::ui
