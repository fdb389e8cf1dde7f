#include "dialogs/PolicyDialog.h"

#include "DateText.h"
#include "Session.h"
#include "dialogs/RetentionPreview.h"
#include "models/PolicyModel.h"
#include "models/VolumeModel.h"
#include "policy/Calendar.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

enum LabelId
{
    NameLabel,
    TargetLabel,
    ScheduleLabel,
    KindLabel,
    FullEveryLabel,
    FullEveryDaysLabel,
    KeepLastLabel,
    KeepHourlyLabel,
    KeepDailyLabel,
    KeepWeeklyLabel,
    KeepMonthlyLabel,
    KeepYearlyLabel,
    MinAgeLabel,
    LabelCount
};

constexpr int MaxCount = 100000;

QSpinBox *countBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, MaxCount);
    box->setMinimumWidth(90);
    return box;
}

} // namespace

PolicyDialog::PolicyDialog(Session *session, const std::optional<BackupPolicy> &policy, QWidget *parent)
    : QDialog(parent), m_session(session), m_editing(policy.has_value()), m_banner(new MessageBanner(this)),
      m_name(new QLineEdit(this)), m_targetKind(new QComboBox(this)), m_targetStack(new QStackedWidget(this)),
      m_volumes(new QListWidget(this)), m_project(new QComboBox(this)), m_match(new QLineEdit(this)),
      m_covers(new QLabel(this)), m_schedule(new QLineEdit(this)), m_nextRuns(new QLabel(this)),
      m_kind(new QComboBox(this)), m_fullEvery(countBox(this, QStringLiteral("fullEverySpinBox"))),
      m_fullEveryDays(countBox(this, QStringLiteral("fullEveryDaysSpinBox"))), m_force(new QCheckBox(this)),
      m_minAge(new QLineEdit(this)), m_preview(new RetentionPreview(session, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_targetBox(new QGroupBox(this)), m_scheduleBox(new QGroupBox(this)),
      m_retentionBox(new QGroupBox(this)), m_previewBox(new QGroupBox(this))
{
    setObjectName(QStringLiteral("policyDialog"));
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_name->setObjectName(QStringLiteral("policyNameLineEdit"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("savePolicyButton"));
    for (int i = 0; i < LabelCount; ++i)
        m_labels << new QLabel(this);

    auto *nameRow = new QFormLayout;
    nameRow->addRow(m_labels.at(NameLabel), m_name);
    auto *left = new QVBoxLayout;
    left->addLayout(nameRow);
    left->addWidget(buildTarget());
    left->addWidget(buildSchedule());
    left->addWidget(buildRetention());
    left->addStretch();
    auto *previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->addWidget(m_preview);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_previewBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PolicyDialog::updateState);
    connect(m_schedule, &QLineEdit::textChanged, this, &PolicyDialog::updateNextRuns);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PolicyDialog::updateState);
    for (QSpinBox *box : {m_fullEvery, m_fullEveryDays})
        connect(box, &QSpinBox::valueChanged, this, &PolicyDialog::updateState);
    for (QSpinBox *box : std::as_const(m_keep))
        connect(box, &QSpinBox::valueChanged, this, &PolicyDialog::updateState);
    connect(m_minAge, &QLineEdit::textChanged, this, &PolicyDialog::updateState);

    if (policy) {
        load(*policy);
        m_name->setReadOnly(true); // the name is the policy's key
    } else {
        m_schedule->setText(QStringLiteral("daily"));
        m_keep.at(2)->setValue(7);
        m_keep.at(3)->setValue(4);
        m_keep.at(4)->setValue(12);
    }
    retranslate();
    updateNextRuns();
    resize(1120, 680);
}

PolicyDialog::~PolicyDialog() = default;

QWidget *PolicyDialog::buildTarget()
{
    m_targetKind->setObjectName(QStringLiteral("targetKindComboBox"));
    m_volumes->setObjectName(QStringLiteral("policyVolumesListWidget"));
    m_project->setObjectName(QStringLiteral("policyProjectComboBox"));
    m_match->setObjectName(QStringLiteral("policyMatchLineEdit"));
    m_covers->setObjectName(QStringLiteral("coversLabel"));
    m_covers->setWordWrap(true);
    for (int i = 0; i < 3; ++i)
        m_targetKind->addItem(QString(), i);
    for (const Volume &v : m_session->volumeModel()->all()) {
        if (isGone(v.status))
            continue;
        auto *item = new QListWidgetItem(v.name, m_volumes);
        item->setData(Qt::UserRole, v.id);
        item->setToolTip(v.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_project->setEditable(true);
    m_project->addItems(m_session->projects());
    m_project->setCurrentText(m_session->project());
    m_targetStack->addWidget(m_volumes);
    // The one-line choices sit at the top of the list's space.
    for (QWidget *w : std::initializer_list<QWidget *>{m_project, m_match}) {
        auto *page = new QWidget(m_targetStack);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        pageLayout->addWidget(w);
        pageLayout->addStretch();
        m_targetStack->addWidget(page);
    }
    m_targetStack->setFixedHeight(100);

    auto *form = new QFormLayout(m_targetBox);
    form->addRow(m_labels.at(TargetLabel), m_targetKind);
    form->addRow(m_targetStack);
    form->addRow(m_covers);
    connect(m_targetKind, &QComboBox::currentIndexChanged, m_targetStack, &QStackedWidget::setCurrentIndex);
    connect(m_targetKind, &QComboBox::currentIndexChanged, this, &PolicyDialog::updateState);
    connect(m_volumes, &QListWidget::itemChanged, this, &PolicyDialog::updateState);
    connect(m_project, &QComboBox::currentTextChanged, this, &PolicyDialog::updateState);
    connect(m_match, &QLineEdit::textChanged, this, &PolicyDialog::updateState);
    return m_targetBox;
}

QWidget *PolicyDialog::buildSchedule()
{
    m_schedule->setObjectName(QStringLiteral("scheduleLineEdit"));
    m_nextRuns->setObjectName(QStringLiteral("nextRunsLabel"));
    m_kind->setObjectName(QStringLiteral("backupKindComboBox"));
    m_force->setObjectName(QStringLiteral("forceCheckBox"));
    m_nextRuns->setWordWrap(true);
    m_nextRuns->setTextFormat(Qt::PlainText);
    m_kind->addItem(QString());
    m_kind->addItem(QString());
    auto *full = new QHBoxLayout;
    full->addWidget(m_labels.at(FullEveryLabel));
    full->addWidget(m_fullEvery);
    full->addSpacing(12);
    full->addWidget(m_labels.at(FullEveryDaysLabel));
    full->addWidget(m_fullEveryDays);
    full->addStretch();
    auto *form = new QFormLayout(m_scheduleBox);
    form->addRow(m_labels.at(ScheduleLabel), m_schedule);
    form->addRow(QString(), m_nextRuns);
    form->addRow(m_labels.at(KindLabel), m_kind);
    form->addRow(QString(), full);
    form->addRow(QString(), m_force);
    return m_scheduleBox;
}

QWidget *PolicyDialog::buildRetention()
{
    const char *names[] = {"keepLastSpinBox",   "keepHourlySpinBox",  "keepDailySpinBox",
                           "keepWeeklySpinBox", "keepMonthlySpinBox", "keepYearlySpinBox"};
    auto *grid = new QGridLayout(m_retentionBox);
    for (int i = 0; i < 6; ++i) {
        m_keep << countBox(m_retentionBox, QLatin1String(names[i]));
        grid->addWidget(m_labels.at(KeepLastLabel + i), i / 3, (i % 3) * 2);
        grid->addWidget(m_keep.last(), i / 3, (i % 3) * 2 + 1);
    }
    m_minAge->setObjectName(QStringLiteral("minAgeLineEdit"));
    grid->addWidget(m_labels.at(MinAgeLabel), 2, 0);
    grid->addWidget(m_minAge, 2, 1);
    grid->setColumnStretch(5, 1);
    return m_retentionBox;
}

void PolicyDialog::load(const BackupPolicy &p)
{
    m_name->setText(p.name);
    if (!p.project.isEmpty()) {
        m_targetKind->setCurrentIndex(ProjectTarget);
        m_project->setCurrentText(p.project);
    } else if (!p.match.isEmpty()) {
        m_targetKind->setCurrentIndex(MatchTarget);
        m_match->setText(p.match);
    } else {
        QStringList missing = p.volumes;
        for (int i = 0; i < m_volumes->count(); ++i) {
            QListWidgetItem *item = m_volumes->item(i);
            const QString id = item->data(Qt::UserRole).toString();
            item->setCheckState(p.volumes.contains(id) ? Qt::Checked : Qt::Unchecked);
            missing.removeAll(id);
        }
        // A listed volume that is gone stays in the policy unless unchecked.
        for (const QString &id : std::as_const(missing)) {
            auto *item = new QListWidgetItem(id, m_volumes);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    m_schedule->setText(p.schedule);
    m_kind->setCurrentIndex(p.fullEvery == 1 ? 1 : 0);
    m_fullEvery->setValue(p.fullEvery > 1 ? p.fullEvery : 0);
    m_fullEveryDays->setValue(p.fullEveryDays);
    m_force->setChecked(p.force);
    const int counts[] = {p.retention.last,   p.retention.hourly,  p.retention.daily,
                          p.retention.weekly, p.retention.monthly, p.retention.yearly};
    for (int i = 0; i < 6; ++i)
        m_keep.at(i)->setValue(counts[i]);
    m_minAge->setText(p.retention.minAgeSeconds > 0 ? formatDuration(p.retention.minAgeSeconds) : QString());
}

bool PolicyDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void PolicyDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit Policy %1").arg(m_name->text()) : tr("New Backup Policy"));
    const QStringList labels{
        tr("&Name:"),    tr("&Back up:"),   tr("&Schedule:"),   tr("&Kind:"),  tr("A full backup every"),
        tr("or every"),  tr("Keep &last:"), tr("&Hourly:"),     tr("&Daily:"), tr("&Weekly:"),
        tr("&Monthly:"), tr("&Yearly:"),    tr("Minimum &age:")};
    for (int i = 0; i < LabelCount; ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_labels.at(NameLabel)->setBuddy(m_name);
    m_labels.at(TargetLabel)->setBuddy(m_targetKind);
    m_labels.at(ScheduleLabel)->setBuddy(m_schedule);
    m_labels.at(KindLabel)->setBuddy(m_kind);
    m_labels.at(MinAgeLabel)->setBuddy(m_minAge);
    for (int i = 0; i < 6; ++i)
        m_labels.at(KeepLastLabel + i)->setBuddy(m_keep.at(i));
    m_name->setPlaceholderText(tr("for example nightly-db"));
    m_targetBox->setTitle(tr("Volumes"));
    m_targetKind->setItemText(VolumesTarget, tr("These volumes"));
    m_targetKind->setItemText(ProjectTarget, tr("Every volume of a project"));
    m_targetKind->setItemText(MatchTarget, tr("Volumes whose name matches a pattern"));
    m_match->setPlaceholderText(tr("for example db-* (evaluated at each run)"));
    m_scheduleBox->setTitle(tr("Schedule"));
    m_schedule->setPlaceholderText(tr("daily, hourly, Mon..Fri 22:00, *-*-01 03:00 UTC"));
    m_schedule->setToolTip(
        tr("A calendar event in systemd's syntax (systemd.time(7)), in this computer's time "
           "zone unless one is named"));
    m_kind->setItemText(0, tr("Incremental"));
    m_kind->setItemText(1, tr("Always full"));
    m_fullEvery->setSpecialValueText(tr("never"));
    m_fullEveryDays->setSpecialValueText(tr("never"));
    m_fullEvery->setSuffix(tr(" backups"));
    m_fullEveryDays->setSuffix(tr(" days"));
    m_force->setText(tr("&Force: also back up volumes in use (crash-consistent)"));
    m_retentionBox->setTitle(tr("Retention"));
    m_minAge->setPlaceholderText(tr("for example 7d"));
    m_minAge->setToolTip(tr("Backups younger than this are never deleted or pruned: 30d, 12h, 2w, 1d12h"));
    m_previewBox->setTitle(tr("What the retention keeps"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateNextRuns();
}

BackupPolicy PolicyDialog::policy() const
{
    BackupPolicy p;
    p.name = m_name->text().trimmed();
    switch (m_targetKind->currentIndex()) {
    case VolumesTarget:
        for (int i = 0; i < m_volumes->count(); ++i) {
            if (m_volumes->item(i)->checkState() == Qt::Checked)
                p.volumes << m_volumes->item(i)->data(Qt::UserRole).toString();
        }
        break;
    case ProjectTarget:
        p.project = m_project->currentText().trimmed();
        break;
    case MatchTarget:
        p.match = m_match->text().trimmed();
        break;
    }
    p.schedule = m_schedule->text().trimmed();
    const bool full = m_kind->currentIndex() == 1;
    p.fullEvery = full ? 1 : m_fullEvery->value();
    p.fullEveryDays = full ? 0 : m_fullEveryDays->value();
    p.force = m_force->isChecked();
    p.retention.last = m_keep.at(0)->value();
    p.retention.hourly = m_keep.at(1)->value();
    p.retention.daily = m_keep.at(2)->value();
    p.retention.weekly = m_keep.at(3)->value();
    p.retention.monthly = m_keep.at(4)->value();
    p.retention.yearly = m_keep.at(5)->value();
    const qint64 age = parseDuration(m_minAge->text());
    p.retention.minAgeSeconds = qMax<qint64>(0, age);
    return p;
}

QString PolicyDialog::scheduleProblem() const
{
    const QString text = m_schedule->text().trimmed();
    if (text.isEmpty())
        return tr("Say when the policy runs, for example daily.");
    auto spec = CalendarSpec::parse(text);
    if (!spec)
        return spec.error();
    if (!spec->nextAfter(QDateTime::currentDateTimeUtc()))
        return tr("The schedule \"%1\" never runs again.").arg(text);
    return {};
}

QString PolicyDialog::problem() const
{
    const BackupPolicy p = policy();
    if (p.name.isEmpty())
        return tr("Give the policy a name.");
    switch (m_targetKind->currentIndex()) {
    case VolumesTarget:
        if (p.volumes.isEmpty())
            return tr("Choose at least one volume.");
        break;
    case ProjectTarget:
        if (p.project.isEmpty())
            return tr("Choose a project.");
        break;
    case MatchTarget:
        if (p.match.isEmpty())
            return tr("Type a name pattern, for example db-*.");
        break;
    }
    if (const QString why = scheduleProblem(); !why.isEmpty())
        return why;
    if (!m_minAge->text().trimmed().isEmpty() && parseDuration(m_minAge->text()) < 0)
        return tr("The minimum age \"%1\" is not a duration: use for example 30d, 12h, 2w or 1d12h.")
            .arg(m_minAge->text().trimmed());
    if (auto r = p.validate(); !r)
        return r.error();
    return m_session->permissions().whyNot(Action::ManagePolicies);
}

QList<Volume> PolicyDialog::covered() const
{
    const BackupPolicy p = policy();
    QList<Volume> out;
    if (p.volumes.isEmpty() && p.project.isEmpty() && p.match.isEmpty())
        return out;
    for (const Volume &v : m_session->volumeModel()->all()) {
        if (p.covers(v))
            out << v;
    }
    return out;
}

void PolicyDialog::updateNextRuns()
{
    const QString why = scheduleProblem();
    if (!why.isEmpty()) {
        m_nextRuns->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_nextRuns->setText(m_schedule->text().trimmed().isEmpty() ? QString() : why);
    } else {
        auto spec = CalendarSpec::parse(m_schedule->text().trimmed());
        const QLocale locale;
        QStringList runs;
        for (const QDateTime &at : spec->next(QDateTime::currentDateTimeUtc(), 5)) {
            runs << locale.dayName(at.toLocalTime().date().dayOfWeek(), QLocale::ShortFormat) + u' ' +
                        dateTimeText(at);
        }
        m_nextRuns->setStyleSheet(QString());
        m_nextRuns->setText(tr("Next runs: %1").arg(runs.join(QStringLiteral(" · "))));
    }
    updateState();
}

void PolicyDialog::updateState()
{
    m_fullEvery->setEnabled(m_kind->currentIndex() == 0);
    m_fullEveryDays->setEnabled(m_kind->currentIndex() == 0);
    const QList<Volume> volumes = covered();
    QStringList names;
    for (const Volume &v : volumes)
        names << v.name;
    m_covers->setText(volumes.isEmpty() ? tr("Covers no volume now.")
                                        : tr("Covers %Ln volume(s) now: %1", nullptr, int(volumes.size()))
                                              .arg(names.join(QLatin1String(", "))));
    m_preview->setVolumes(volumes);
    m_preview->setRules(policy().retention);

    const QString why = problem();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty() && !m_saving);
    ok->setToolTip(why);
    // A schedule's error shows under the schedule already.
    if (why.isEmpty() || why == m_nextRuns->text())
        m_banner->clear();
    else
        m_banner->show(MessageBanner::Warning, why);
}

void PolicyDialog::accept()
{
    if (m_saving || !problem().isEmpty())
        return;
    m_saving = true;
    updateState();
    const BackupPolicy p = policy();
    const bool editing = m_editing;
    Engine *engine = &m_session->engine();
    m_session->runTask(
        [engine, p, editing](JobControl &) -> Result<QString> {
            auto r = editing ? engine->editBackupPolicy(p) : engine->createBackupPolicy(p);
            if (!r)
                return fail(r.error());
            return r->name;
        },
        this,
        [this](bool ok, const QString &message) {
            m_saving = false;
            if (ok) {
                Q_EMIT saved(message);
                QDialog::accept();
                return;
            }
            updateState();
            m_banner->show(MessageBanner::Error, message);
        });
}

} // namespace cb::ui
