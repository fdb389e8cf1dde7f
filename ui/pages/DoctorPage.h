#pragma once

#include <QDateTime>
#include <QWidget>

#include <memory>

class QAction;
class QColor;
class QIcon;
class QLabel;
class QToolBar;
class QVBoxLayout;

namespace cb {
struct DoctorCheck;
}

namespace cb::ui {

class MessageBanner;
class Permissions;
class Session;

// 健康检查: the checks of `cloudbackupctl doctor` (Engine::doctor()) — the
// catalog, the repository and its space, the Ceph clusters, stuck jobs,
// damaged backups, private files — one row each with its status, the reason
// and the fix. The checks do I/O (and wait for unreachable clusters), so they
// run on the session's loader pool: once after the first load, when the page
// is opened, and on Run Again. Needs ManageRepository everywhere, as the
// engine does; others see the reason.
class DoctorPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DoctorPage(Session *session, QWidget *parent = nullptr);
    ~DoctorPage() override;

    QAction *runAgainAction() const { return m_run; }
    bool isRunning() const { return m_running; }
    const QList<DoctorCheck> &checks() const { return *m_checks; }
    int failures() const;
    int warnings() const;
    // Runs the checks unless they are running (then once more after them).
    void run();

    // Why these permissions may not run the checks (translated); empty when they may.
    static QString whyNot(const Permissions &may);
    // The page's icon in the side list: a heart with a pulse line, in this ink.
    static QIcon icon(const QColor &ink);
    // The name of a check's key ("catalog.integrity", "ceph.2.keyring"), translated.
    static QString checkName(const QString &key);

Q_SIGNALS:
    // The checks are in (or could not run: checks() is then empty).
    void checked();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateAllowed();
    void present();
    void showSummary();
    QWidget *row(const DoctorCheck &check);

    Session *m_session;
    std::unique_ptr<QList<DoctorCheck>> m_checks;
    QToolBar *m_toolBar;
    QLabel *m_title;
    QAction *m_run;
    MessageBanner *m_banner;
    QWidget *m_list;
    QVBoxLayout *m_rows;
    QString m_error; // why the checks could not run
    QDateTime m_checkedAt;
    bool m_running = false;
    bool m_again = false;
};

} // namespace cb::ui
