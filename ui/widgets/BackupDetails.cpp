#include "widgets/BackupDetails.h"

#include "models/VolumeModel.h"
#include "util/Validate.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

QString when(const QDateTime &t)
{
    // Short enough for the narrow panel; seconds tell apart backups of one minute.
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

} // namespace

// The repository (implied while the backup holds data), then each verified copy.
QString BackupDetails::storedIn(const Backup &b) const
{
    QStringList lines;
    if (b.status == BackupStatus::Available || b.status == BackupStatus::Damaged)
        lines << tr("this console's repository");
    for (const BackupLocation &l : b.copies)
        lines << tr("%1 (copy verified %2)").arg(l.location, when(l.verifiedAt));
    return lines.join(u'\n');
}

BackupDetails::BackupDetails(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_form(new QGridLayout)
{
    setObjectName(QStringLiteral("backupDetails"));
    m_title->setObjectName(QStringLiteral("backupDetailsTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // A grid, not a QFormLayout: the form sized its wrapped values by their
    // size hints, so a value of three lines (an id, a long description) was
    // clipped to two in the panel; the grid lays them out for their width.
    m_form->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addStretch(1);
    rebuild();
}

void BackupDetails::setBackup(const std::optional<Backup> &backup, int selected)
{
    m_backup = backup;
    m_selected = selected;
    rebuild();
}

QString BackupDetails::value(const QString &field) const
{
    const QLabel *l = m_values.value(field);
    return l ? l->text() : QString();
}

void BackupDetails::addRow(const QString &field, const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    auto *v = new QLabel(value, this);
    v->setObjectName(QStringLiteral("detail_") + field);
    v->setWordWrap(true);
    v->setTextFormat(Qt::PlainText);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (field == QLatin1String("error"))
        v->setStyleSheet(QStringLiteral("color: #c62828;"));
    else if (field == QLatin1String("warning"))
        v->setStyleSheet(QStringLiteral("color: #e65100;"));
    const int row = m_rows++;
    auto *l = new QLabel(label, this);
    m_form->addWidget(l, row, 0, Qt::AlignLeft | Qt::AlignTop);
    m_form->addWidget(v, row, 1, Qt::AlignTop);
    m_values.insert(field, v);
}

void BackupDetails::rebuild()
{
    while (QLayoutItem *item = m_form->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows = 0; // a grid keeps its row count: the next rows start at the top again
    m_values.clear();
    if (!m_backup) {
        m_title->setText(m_selected > 1 ? tr("%n backups selected.", nullptr, m_selected)
                                        : tr("Select a backup to see all of its details."));
        return;
    }
    const Backup &b = *m_backup;
    m_title->setText(b.name);
    const QString size = validate::formatSize(b.size);
    addRow(QStringLiteral("name"), tr("Name:"), b.name);
    addRow(QStringLiteral("id"), tr("ID:"), b.id);
    addRow(QStringLiteral("status"), tr("Status:"), backupStatusText(b.status));
    addRow(QStringLiteral("error"), b.status == BackupStatus::Damaged ? tr("Damage:") : tr("Error:"),
           b.errorText());
    addRow(QStringLiteral("warning"), tr("Warning:"), b.warningText());
    addRow(QStringLiteral("verified"), tr("Last verify:"),
           b.verifiedAt.isValid() ? tr("%1 — %2").arg(verifyResultText(b.verifyResult), when(b.verifiedAt))
                                  : verifyResultText(QString()));
    addRow(QStringLiteral("locations"), tr("Stored in:"), storedIn(b));
    addRow(QStringLiteral("kind"), tr("Type:"), backupKindText(b.kind));
    addRow(QStringLiteral("parent"), tr("Parent:"),
           b.parentId.isEmpty() ? tr("none (starts a chain)") : b.parentId);
    addRow(QStringLiteral("volume"), tr("Volume:"), tr("%1 (%2)").arg(b.volumeName, b.volumeId));
    addRow(QStringLiteral("volumeType"), tr("Volume type:"), VolumeModel::typeText(b.volumeType));
    addRow(QStringLiteral("project"), tr("Project:"), b.project);
    addRow(QStringLiteral("size"), tr("Volume size:"), size);
    addRow(QStringLiteral("read"), tr("Read:"), validate::formatSize(b.readBytes));
    addRow(QStringLiteral("stored"), tr("Stored:"), validate::formatSize(b.storedBytes));
    addRow(QStringLiteral("created"), tr("Created:"), when(b.createdAt));
    addRow(QStringLiteral("completed"), tr("Completed:"), when(b.completedAt));
    addRow(QStringLiteral("forced"), tr("Forced:"),
           b.forced ? tr("yes: an in-use volume, crash-consistent") : tr("no"));
    addRow(QStringLiteral("tags"), tr("Tags:"), b.tags.join(QLatin1String(", ")));
    addRow(QStringLiteral("description"), tr("Description:"), b.description);
}

void BackupDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}

} // namespace cb::ui
