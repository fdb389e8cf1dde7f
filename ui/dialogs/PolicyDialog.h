#pragma once

#include "model/Types.h"
#include "policy/BackupPolicy.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace cb::ui {

class MessageBanner;
class RetentionPreview;
class Session;

// Creates or edits a backup policy: which volumes (a list, a project or a
// name pattern), the schedule with its next five runs shown as it is typed,
// the kind of backups, force, and the retention with its effect previewed on
// a covered volume's real backups. OK stays disabled while the input is not
// valid, with the reason inline; the engine saves it off the GUI thread.
class PolicyDialog final : public QDialog
{
    Q_OBJECT

public:
    enum TargetKind
    {
        VolumesTarget,
        ProjectTarget,
        MatchTarget
    };

    // No policy: a new one.
    PolicyDialog(Session *session, const std::optional<BackupPolicy> &policy, QWidget *parent = nullptr);
    ~PolicyDialog() override;

    BackupPolicy policy() const;
    // Why OK is disabled; empty when the input is valid.
    QString problem() const;
    RetentionPreview *preview() const { return m_preview; }
    void accept() override;

Q_SIGNALS:
    void saved(const QString &name);

protected:
    bool event(QEvent *event) override;

private:
    QWidget *buildTarget();
    QWidget *buildSchedule();
    QWidget *buildRetention();
    void load(const BackupPolicy &policy);
    void retranslate();
    void updateState();
    void updateNextRuns();
    QList<Volume> covered() const;
    QString scheduleProblem() const;

    Session *m_session;
    bool m_editing;
    MessageBanner *m_banner;
    QLineEdit *m_name;
    QComboBox *m_targetKind;
    QStackedWidget *m_targetStack;
    QListWidget *m_volumes;
    QComboBox *m_project;
    QLineEdit *m_match;
    QLabel *m_covers;
    QLineEdit *m_schedule;
    QLabel *m_nextRuns;
    QComboBox *m_kind;
    QSpinBox *m_fullEvery, *m_fullEveryDays;
    QCheckBox *m_force;
    QList<QSpinBox *> m_keep; // last, hourly, daily, weekly, monthly, yearly
    QLineEdit *m_minAge;
    RetentionPreview *m_preview;
    QDialogButtonBox *m_buttons;
    QGroupBox *m_targetBox, *m_scheduleBox, *m_retentionBox, *m_previewBox;
    QList<QLabel *> m_labels;
    bool m_saving = false;
};

} // namespace cb::ui
