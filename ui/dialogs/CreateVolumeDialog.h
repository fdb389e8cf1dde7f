#pragma once

#include "volumes/VolumeBackend.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cb::ui {

class MessageBanner;
class Session;

// 创建云硬盘: a new, empty volume (name, size, project, type) of a backend
// that can create volumes. Bad input is refused inline; the engine creates
// it off the GUI thread and checks the permission itself.
class CreateVolumeDialog final : public QDialog
{
    Q_OBJECT

public:
    CreateVolumeDialog(Session *session, QWidget *parent = nullptr);
    ~CreateVolumeDialog() override;

    CreateVolumeParams params() const;
    void accept() override;

Q_SIGNALS:
    void created(const QString &volumeId);

protected:
    bool event(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    QString problem() const;

    Session *m_session;
    MessageBanner *m_banner;
    QLabel *m_hint;
    QLabel *m_nameLabel, *m_sizeLabel, *m_projectLabel, *m_typeLabel;
    QLineEdit *m_name;
    QLineEdit *m_size;
    QComboBox *m_project;
    QComboBox *m_type;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};

} // namespace cb::ui
