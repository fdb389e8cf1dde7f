#pragma once

#include "model/Types.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cb::ui {

class MessageBanner;
class Session;

// 编辑云硬盘备份: name and description (R6). Saves off the GUI thread and
// closes on success; a failure stays in the dialog's banner.
class EditBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    EditBackupDialog(Session *session, const Backup &backup, QWidget *parent = nullptr);
    ~EditBackupDialog() override;

    void accept() override;

protected:
    // After the children: QDialogButtonBox resets its button texts on LanguageChange.
    bool event(QEvent *event) override;

private:
    void retranslate();
    void validate();

    Session *m_session;
    Backup m_backup;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    MessageBanner *m_banner;
    QDialogButtonBox *m_buttons;
    QLabel *m_nameLabel, *m_descriptionLabel;
    bool m_saving = false;
};

} // namespace cb::ui
