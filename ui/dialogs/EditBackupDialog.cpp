#include "dialogs/EditBackupDialog.h"

#include "Session.h"
#include "util/Validate.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

EditBackupDialog::EditBackupDialog(Session *session, const Backup &backup, QWidget *parent)
    : QDialog(parent), m_session(session), m_backup(backup), m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_banner(new MessageBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_nameLabel(new QLabel(this)), m_descriptionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("editBackupDialog"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_description->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_name->setMaxLength(validate::MaxBackupName);
    m_name->setText(backup.name);
    m_description->setPlainText(backup.description);
    m_description->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_descriptionLabel, m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditBackupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &EditBackupDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EditBackupDialog::validate);
    retranslate();
    resize(520, 280);
}

EditBackupDialog::~EditBackupDialog() = default;

bool EditBackupDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void EditBackupDialog::retranslate()
{
    setWindowTitle(tr("Edit Volume Backup"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameLabel->setBuddy(m_name);
    m_descriptionLabel->setText(tr("&Description:"));
    m_descriptionLabel->setBuddy(m_description);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}

void EditBackupDialog::validate()
{
    QString reason;
    if (auto r = validate::backupName(m_name->text().trimmed()); !r)
        reason = r.error();
    else if (auto d = validate::description(m_description->toPlainText().trimmed()); !d)
        reason = d.error();
    if (reason.isEmpty())
        m_banner->clear();
    else
        m_banner->show(MessageBanner::Error, reason);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(reason.isEmpty() && !m_saving);
}

void EditBackupDialog::accept()
{
    if (m_saving)
        return;
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_session->editBackup(m_backup.id, m_name->text().trimmed(), m_description->toPlainText().trimmed(), this,
                          [this](const QString &error) {
                              m_saving = false;
                              if (error.isEmpty()) {
                                  QDialog::accept();
                                  return;
                              }
                              validate();
                              m_banner->show(MessageBanner::Error, error);
                          });
}

} // namespace cb::ui
