#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;
class QAction;

namespace cb {
struct AuditFilter;
}

namespace cb::ui {

class AuditModel;
class MessageBanner;
class Session;

// 审计: who did what, when, to which object and with what result, filtered by
// user, action, project and time; read off the GUI thread. Shown only to
// callers who may view the audit log (ViewAudit); others get the reason.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Session *session, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const { return m_loading; }
    AuditFilter filter() const;
    // Reads the log again with the current filters (only when allowed).
    void reload();

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillProjects();
    void updateAllowed();
    void updateCount();

    Session *m_session;
    AuditModel *m_model;
    QToolBar *m_toolBar;
    QAction *m_refresh;
    QLabel *m_title;
    QLineEdit *m_user;
    QComboBox *m_action;
    QComboBox *m_project;
    QCheckBox *m_sinceEnabled;
    QDateTimeEdit *m_since;
    QLabel *m_count;
    MessageBanner *m_banner;
    QTableView *m_view;
    QTimer *m_filterTimer;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace cb::ui
