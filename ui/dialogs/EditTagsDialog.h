#pragma once

#include "model/Types.h"

#include <QDialog>
#include <QHash>

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
// and a tag that does not exist yet is created by typing it (R6). With
// several backups: their tags together, each marked with how many carry
// it; a tag added is added to each, a tag removed is removed from each, and
// the others stay as they are on each backup.
class EditTagsDialog final : public QDialog
{
    Q_OBJECT

public:
    EditTagsDialog(Session *session, const Backup &backup, QWidget *parent = nullptr);
    EditTagsDialog(Session *session, const QList<Backup> &backups, QWidget *parent = nullptr);
    ~EditTagsDialog() override;

    QStringList tags() const;
    // Several backups: what OK adds to and removes from each.
    QStringList added() const;
    QStringList removed() const;
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
    QString itemText(const QString &tag) const;
    void saveSeveral();

    Session *m_session;
    QList<Backup> m_backups;
    QHash<QString, int> m_carriers; // tag -> how many of the backups have it
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
