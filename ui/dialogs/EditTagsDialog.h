#pragma once

#include "model/Types.h"

#include <QDialog>

class QCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStringListModel;

namespace cb::ui {

class MessageBanner;
class Session;

// 编辑资源标签: the backup's tags; existing tags are offered with completion
// and a tag that does not exist yet is created by typing it (R6).
class EditTagsDialog final : public QDialog
{
    Q_OBJECT

public:
    EditTagsDialog(Session *session, const Backup &backup, QWidget *parent = nullptr);
    ~EditTagsDialog() override;

    QStringList tags() const;
    void accept() override;

protected:
    // After the children: QDialogButtonBox resets its button texts on LanguageChange.
    bool event(QEvent *event) override;
    // Enter in the tag field adds the tag; it never presses OK.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void addTypedTag();
    void removeSelected();
    void addTag(const QString &tag);
    void updateState();

    Session *m_session;
    Backup m_backup;
    QStringList m_known;
    QListWidget *m_list;
    QLineEdit *m_input;
    QPushButton *m_add;
    QPushButton *m_remove;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    MessageBanner *m_banner;
    QDialogButtonBox *m_buttons;
    QLabel *m_hint;
    bool m_saving = false;
};

} // namespace cb::ui
