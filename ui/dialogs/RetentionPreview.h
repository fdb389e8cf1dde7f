#pragma once

#include "model/Types.h"
#include "policy/Retention.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class QTreeWidget;

namespace cb::ui {

class Session;

// What a retention would keep of one volume's real backups: each backup with
// keep or remove and the rules that keep it, as Engine::prunePlan decides it,
// computed off the GUI thread a moment after the rules stop changing.
class RetentionPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionPreview(Session *session, QWidget *parent = nullptr);
    ~RetentionPreview() override;

    // The volumes the policy covers; the first one with backups is shown.
    void setVolumes(const QList<Volume> &volumes);
    void setRules(const RetentionRules &rules);
    QString volumeId() const;
    void setVolumeId(const QString &id);
    // Backup id -> kept, as last computed.
    const QHash<QString, bool> &decisions() const { return m_keep; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void schedule();
    void compute();
    void showDecisions(const QList<RetentionDecision> &decisions);
    static QString ruleText(const QString &rule);

    Session *m_session;
    QComboBox *m_volume;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QTimer *m_timer;
    RetentionRules m_rules;
    bool m_rulesSet = false;
    QStringList m_volumeIds;
    QList<RetentionDecision> m_shown;
    QHash<QString, bool> m_keep;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace cb::ui
