#pragma once

#include "model/Types.h"

#include <QFrame>
#include <QHash>

#include <optional>

class QGridLayout;
class QLabel;

namespace cb::ui {

// Every field of one backup, beside the list: names, ids, sizes, times, the
// chain link, tags, the warning and the error or damage text, and when it
// was last verified with what result. Texts are selectable for copying.
class BackupDetails final : public QFrame
{
    Q_OBJECT

public:
    explicit BackupDetails(QWidget *parent = nullptr);

    // Shows nothing (a hint) without a backup, or for a multi-selection.
    void setBackup(const std::optional<Backup> &backup, int selected = 1);
    // The value shown for a field ("name", "error", "verified", ...), for tests and accessibility.
    QString value(const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString storedIn(const Backup &b) const;
    void addRow(const QString &field, const QString &label, const QString &value);

    QLabel *m_title;
    QGridLayout *m_form;
    int m_rows = 0;
    QHash<QString, QLabel *> m_values;
    std::optional<Backup> m_backup;
    int m_selected = 0;
};

} // namespace cb::ui
