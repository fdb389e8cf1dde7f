#include "dialogs/RestoreDialog.h"

#include "DateText.h"
#include "Session.h"
#include "engine/Rules.h"
#include "models/VolumeModel.h"
#include "util/Validate.h"
#include "widgets/HeightFitter.h"
#include "widgets/MessageBanner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace cb::ui {

RestoreDialog::RestoreDialog(Session *session, const Backup &backup, QWidget *parent)
    : QDialog(parent), m_session(session), m_backup(backup), m_summary(new QLabel(this)),
      m_toNew(new QRadioButton(this)), m_toExisting(new QRadioButton(this)),
      m_stack(new QStackedWidget(this)), m_type(new QLineEdit(this)), m_newName(new QLineEdit(this)),
      m_target(new QComboBox(this)), m_confirm(new QCheckBox(this)), m_banner(new MessageBanner(this)),
      m_overwriteWarning(new MessageBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_modeLabel(new QLabel(this)), m_typeLabel(new QLabel(this)), m_nameLabel(new QLabel(this)),
      m_targetLabel(new QLabel(this)), m_noTargets(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    m_toNew->setObjectName(QStringLiteral("newVolumeRadioButton"));
    m_toExisting->setObjectName(QStringLiteral("existingVolumeRadioButton"));
    m_type->setObjectName(QStringLiteral("volumeTypeLineEdit"));
    m_newName->setObjectName(QStringLiteral("volumeNameLineEdit"));
    m_target->setObjectName(QStringLiteral("targetVolumeComboBox"));
    m_confirm->setObjectName(QStringLiteral("confirmOverwriteCheckBox"));
    m_overwriteWarning->setObjectName(QStringLiteral("overwriteWarningBanner"));
    m_summary->setObjectName(QStringLiteral("backupSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_noTargets->setWordWrap(true);

    m_type->setReadOnly(true);
    m_type->setEnabled(false); // seed 3.3: the type of the new volume cannot be changed
    m_newName->setMaxLength(validate::MaxVolumeName);
    m_newName->setText(backup.volumeName + QStringLiteral("-restored"));
    m_target->setMinimumContentsLength(30);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *group = new QButtonGroup(this);
    group->addButton(m_toNew);
    group->addButton(m_toExisting);
    m_toNew->setChecked(true);
    auto *modes = new QHBoxLayout;
    modes->addWidget(m_toNew);
    modes->addWidget(m_toExisting);
    modes->addStretch();

    auto *newPage = new QWidget(m_stack);
    auto *newForm = new QFormLayout(newPage);
    newForm->setContentsMargins(0, 0, 0, 0);
    newForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    newForm->addRow(m_typeLabel, m_type);
    newForm->addRow(m_nameLabel, m_newName);

    auto *existingPage = new QWidget(m_stack);
    auto *existingForm = new QFormLayout(existingPage);
    existingForm->setContentsMargins(0, 0, 0, 0);
    existingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    existingForm->addRow(m_targetLabel, m_target);
    existingForm->addRow(QString(), m_noTargets);
    existingForm->addRow(QString(), m_overwriteWarning);
    existingForm->addRow(QString(), m_confirm);
    m_stack->addWidget(newPage);
    m_stack->addWidget(existingPage);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_modeLabel, modes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_stack);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toNew, &QRadioButton::toggled, this, &RestoreDialog::validate);
    connect(m_newName, &QLineEdit::textChanged, this, &RestoreDialog::validate);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_confirm->setChecked(false); // confirm again for another volume
        validate();
    });
    connect(m_confirm, &QCheckBox::toggled, this, &RestoreDialog::validate);
    connect(session->volumeModel(), &VolumeModel::volumesChanged, this, &RestoreDialog::fillTargets);

    retranslate();
    resize(600, sizeHint().height());
    HeightFitter::install(this);
}

RestoreDialog::~RestoreDialog() = default;

bool RestoreDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void RestoreDialog::retranslate()
{
    setWindowTitle(tr("Restore Volume Backup"));
    m_summary->setText(tr("<b>%1</b><br>%2 backup of volume <b>%3</b> (%4), created %5")
                           .arg(m_backup.name.toHtmlEscaped(), backupKindText(m_backup.kind),
                                m_backup.volumeName.toHtmlEscaped(), validate::formatSize(m_backup.size),
                                dateTimeText(m_backup.createdAt)));
    m_modeLabel->setText(tr("Restore to:"));
    m_toNew->setText(tr("Create &new volume"));
    m_toExisting->setText(tr("Choose &existing volume"));
    m_typeLabel->setText(tr("Volume type:"));
    m_type->setText(VolumeModel::typeText(m_backup.volumeType));
    m_nameLabel->setText(tr("Volume &name:"));
    m_nameLabel->setBuddy(m_newName);
    m_targetLabel->setText(tr("&Target volume:"));
    m_targetLabel->setBuddy(m_target);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Restore"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("restoreButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_type->setToolTip(tr("A restored volume keeps the type of the backed-up volume."));
    fillTargets();
}

void RestoreDialog::fillTargets()
{
    // Every volume is listed: those that cannot take the backup (R4: in use,
    // smaller) disabled with the reason, so none is missing without a word.
    const QString current = m_target->currentData().toString();
    QSignalBlocker block(m_target);
    m_target->clear();
    auto *items = qobject_cast<QStandardItemModel *>(m_target->model());
    int firstUsable = -1, unusable = 0;
    for (const Volume &v : m_session->volumeModel()->all()) {
        if (isGone(v.status))
            continue;
        const QString text = tr("%1 (%2, %3)").arg(v.name, v.project, validate::formatSize(v.size));
        const auto usable = rules::checkRestoreTarget(m_backup, v);
        m_target->addItem(usable ? text : tr("%1 — cannot be used").arg(text), v.id);
        const int row = m_target->count() - 1;
        if (usable) {
            firstUsable = firstUsable < 0 ? row : firstUsable;
        } else if (items) {
            ++unusable;
            items->item(row)->setEnabled(false);
            items->item(row)->setToolTip(usable.error());
        }
    }
    // The chosen volume stays chosen when it becomes unusable: validate() says
    // why and disables Restore rather than quietly switching to another one.
    const int i = m_target->findData(current);
    m_target->setCurrentIndex(i >= 0 ? i : firstUsable);
    if (m_target->currentData().toString() != current)
        m_confirm->setChecked(false);
    m_noTargets->setText(unusable > 0
                             ? tr("%n volume(s) cannot be used: a target must be available (not attached) "
                                  "and at least %1.",
                                  nullptr, unusable)
                                   .arg(validate::formatSize(m_backup.size))
                             : QString());
    m_noTargets->setVisible(unusable > 0);
    block.unblock();
    validate();
}

QString RestoreDialog::overwriteText(const Volume &target) const
{
    QString text = tr("All data on the volume \"%1\" will be overwritten by the data of the backup. "
                      "This cannot be undone.")
                       .arg(target.name);
    // The restore writes the backup's size only: a larger volume keeps its old tail.
    if (target.size > m_backup.size)
        text += u' ' + tr("The volume (%1) is larger than the backup (%2): only its first %2 are written, "
                          "the last %3 keep their current data.")
                           .arg(validate::formatSize(target.size), validate::formatSize(m_backup.size),
                                validate::formatSize(target.size - m_backup.size));
    return text;
}

RestoreParams RestoreDialog::params() const
{
    RestoreParams p;
    p.backupId = m_backup.id;
    if (m_toNew->isChecked())
        p.newVolumeName = m_newName->text().trimmed();
    else
        p.targetVolume = m_target->currentData().toString();
    return p;
}

void RestoreDialog::validate()
{
    const bool toNew = m_toNew->isChecked();
    m_stack->setCurrentIndex(toNew ? 0 : 1);
    QString reason;
    if (m_backup.status != BackupStatus::Available)
        reason =
            tr("The backup is %1 and cannot be restored.").arg(backupStatusText(m_backup.status).toLower());
    const Volume *target = nullptr;
    bool onlyConfirm = false;
    if (reason.isEmpty() && toNew) {
        const QString name = m_newName->text().trimmed();
        if (auto r = validate::volumeName(name); !r) {
            reason = r.error();
        } else {
            for (const Volume &v : m_session->volumeModel()->all()) {
                if (v.name == name && v.project == m_backup.project && !isGone(v.status))
                    reason = tr("A volume named \"%1\" exists already in project %2.").arg(name, v.project);
            }
        }
    } else if (reason.isEmpty()) {
        target = m_session->volumeModel()->find(m_target->currentData().toString());
        if (!target)
            reason =
                tr("No volume can take this backup: a target must be available (not attached) and at least "
                   "%1. Restore to a new volume instead.")
                    .arg(validate::formatSize(m_backup.size));
        else if (auto r = rules::checkRestoreTarget(m_backup, *target); !r)
            reason = tr("%1 Choose another volume or restore to a new volume.").arg(r.error());
    }
    if (target && reason.isEmpty()) {
        m_overwriteWarning->show(MessageBanner::Warning, overwriteText(*target));
        m_confirm->setText(tr("I understand that the data on \"%1\" will be &overwritten").arg(target->name));
        m_confirm->setVisible(true);
        if (reason.isEmpty() && !m_confirm->isChecked()) {
            reason = tr("Confirm that the data on \"%1\" may be overwritten.").arg(target->name);
            onlyConfirm = true;
        }
    } else {
        m_overwriteWarning->clear();
        m_confirm->setVisible(false);
        // A volume that could not be used is confirmed again once it can.
        const QSignalBlocker block(m_confirm);
        m_confirm->setChecked(false);
    }
    m_valid = reason.isEmpty();
    if (m_valid)
        m_banner->clear();
    else
        m_banner->show(onlyConfirm ? MessageBanner::Info : MessageBanner::Error, reason);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace cb::ui
