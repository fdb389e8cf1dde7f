#include "dialogs/CreateBackupDialog.h"

#include "Session.h"
#include "engine/Rules.h"
#include "models/BackupModel.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cb::ui {

CreateBackupDialog::CreateBackupDialog(Session *session, const QString &volumeId, QWidget *parent)
    : QDialog(parent), m_session(session), m_volume(new QComboBox(this)), m_force(new QCheckBox(this)),
      m_full(new QRadioButton(this)), m_incremental(new QRadioButton(this)), m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_banner(new MessageBanner(this)),
      m_forceWarning(new MessageBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_volumeLabel(new QLabel(this)), m_typeLabel(new QLabel(this)), m_nameLabel(new QLabel(this)),
      m_descriptionLabel(new QLabel(this)), m_incrementalHint(new QLabel(this))
{
    setObjectName(QStringLiteral("createBackupDialog"));
    m_volume->setObjectName(QStringLiteral("volumeComboBox"));
    m_force->setObjectName(QStringLiteral("forceBackupCheckBox"));
    m_full->setObjectName(QStringLiteral("fullBackupRadioButton"));
    m_incremental->setObjectName(QStringLiteral("incrementalBackupRadioButton"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_description->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_forceWarning->setObjectName(QStringLiteral("forceWarningBanner"));
    m_incrementalHint->setObjectName(QStringLiteral("incrementalHintLabel"));
    m_incrementalHint->setWordWrap(true);
    m_incrementalHint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_name->setMaxLength(validate::MaxBackupName);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_volume->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_volume->setMinimumContentsLength(30);
    auto *group = new QButtonGroup(this);
    group->addButton(m_full);
    group->addButton(m_incremental);
    m_full->setChecked(true);

    auto *typeRow = new QVBoxLayout;
    auto *radios = new QHBoxLayout;
    radios->addWidget(m_full);
    radios->addWidget(m_incremental);
    radios->addStretch();
    typeRow->addLayout(radios);
    typeRow->addWidget(m_incrementalHint);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_volumeLabel, m_volume);
    form->addRow(QString(), m_force);
    form->addRow(QString(), m_forceWarning);
    form->addRow(m_typeLabel, typeRow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_descriptionLabel, m_description);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_volume, &QComboBox::currentIndexChanged, this, [this] {
        m_typeChosen = false; // another volume: its own default
        validate();
    });
    connect(m_force, &QCheckBox::toggled, this, &CreateBackupDialog::validate);
    // validate() sets the default with signals blocked: a toggle is the user's choice.
    connect(m_full, &QRadioButton::toggled, this, [this] {
        m_typeChosen = true;
        validate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &CreateBackupDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CreateBackupDialog::validate);
    // Status changes (a VM attaches the volume) and new backups update the choices.
    connect(session->volumeModel(), &VolumeModel::volumesChanged, this, &CreateBackupDialog::fillVolumes);
    connect(session->backupModel(), &BackupModel::backupsChanged, this, &CreateBackupDialog::validate);

    retranslate();
    fillVolumes();
    if (!volumeId.isEmpty()) {
        const int i = m_volume->findData(volumeId);
        if (i >= 0)
            m_volume->setCurrentIndex(i);
    }
    validate();
    resize(560, sizeHint().height());
    HeightFitter::install(this);
}

CreateBackupDialog::~CreateBackupDialog() = default;

void CreateBackupDialog::retranslate()
{
    setWindowTitle(tr("Create Volume Backup"));
    m_volumeLabel->setText(tr("&Volume:"));
    m_volumeLabel->setBuddy(m_volume);
    m_force->setText(tr("&Force backup"));
    m_typeLabel->setText(tr("Backup type:"));
    m_full->setText(tr("F&ull backup"));
    m_incremental->setText(tr("&Incremental backup"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameLabel->setBuddy(m_name);
    m_descriptionLabel->setText(tr("&Description:"));
    m_descriptionLabel->setBuddy(m_description);
    m_name->setPlaceholderText(tr("Default: the volume name and the time"));
    m_description->setPlaceholderText(tr("Optional"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_full->setToolTip(tr("A complete copy of every allocated block of the volume at this point in time."));
    m_incremental->setToolTip(tr("Only the blocks changed since the previous backup of the volume."));
    fillVolumes();
    validate();
}

bool CreateBackupDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void CreateBackupDialog::fillVolumes()
{
    const QString current = m_volume->currentData().toString();
    QSignalBlocker block(m_volume);
    m_volume->clear();
    for (const Volume &v : m_session->volumeModel()->all()) {
        if (isGone(v.status))
            continue;
        m_volume->addItem(
            tr("%1 (%2, %3, %4)")
                .arg(v.name, v.project, validate::formatSize(v.size), volumeStatusText(v.status)),
            v.id);
    }
    const int i = m_volume->findData(current);
    m_volume->setCurrentIndex(i >= 0 ? i : 0);
    block.unblock();
    validate();
}

QString CreateBackupDialog::volumeName() const
{
    const Volume *v = m_session->volumeModel()->find(m_volume->currentData().toString());
    return v ? v->name : QString();
}

BackupParams CreateBackupDialog::params() const
{
    BackupParams p;
    p.volume = m_volume->currentData().toString();
    const Volume *v = m_session->volumeModel()->find(p.volume);
    p.force = m_force->isChecked() && v && v->status == VolumeStatus::InUse;
    p.incremental = m_incremental->isChecked();
    p.name = m_name->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    return p;
}

void CreateBackupDialog::validate()
{
    const Volume *v = m_session->volumeModel()->find(m_volume->currentData().toString());
    const bool inUse = v && v->status == VolumeStatus::InUse;
    // Seed 3.2: the force option is shown only for an in-use volume.
    m_force->setVisible(inUse);
    if (inUse && m_force->isChecked())
        m_forceWarning->show(
            MessageBanner::Warning,
            tr("The volume is attached to a running instance. It will see brief read/write latency "
               "while the backup takes its point in time; the backup is crash-consistent."));
    else
        m_forceWarning->clear();

    // R2: incremental needs an available backup of the volume.
    bool hasBase = false;
    if (v)
        hasBase = rules::chooseParent(m_session->backupModel()->backupsOfVolume(v->id), true).ok();
    m_incremental->setEnabled(hasBase);
    // Incremental when the volume has a base, unless the user chose the type.
    if (!m_typeChosen || (!hasBase && m_incremental->isChecked())) {
        const QSignalBlocker blockFull(m_full), blockIncremental(m_incremental);
        (hasBase ? m_incremental : m_full)->setChecked(true);
    }
    m_incrementalHint->setText(
        hasBase ? QString()
                : tr("The volume has no available backup yet, so only a full backup can be "
                     "created."));
    m_incrementalHint->setVisible(!hasBase && v);

    QString reason;
    if (!v) {
        reason = m_session->volumeModel()->all().isEmpty() ? tr("There is no volume to back up yet.")
                                                           : tr("Choose the volume to back up.");
    } else if (auto r = rules::checkBackupAllowed(*v, m_force->isChecked()); !r) {
        reason =
            inUse
                ? tr("The volume \"%1\" is in use. Check \"Force backup\" to back it up anyway.").arg(v->name)
                : r.error();
    } else if (const QString name = m_name->text().trimmed(); !name.isEmpty()) {
        if (auto n = validate::backupName(name); !n)
            reason = n.error();
    }
    if (reason.isEmpty()) {
        if (auto d = validate::description(m_description->toPlainText().trimmed()); !d)
            reason = d.error();
    }
    m_valid = reason.isEmpty();
    if (m_valid)
        m_banner->clear();
    else
        m_banner->show(MessageBanner::Error, reason);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace cb::ui
