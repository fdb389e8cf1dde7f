#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace cb::ui {

class Session;

// The project scope of the lists: "All projects" (cloud admins; other roles
// get "All my projects", the projects they belong to) or one project.
class ScopeSwitcher final : public QWidget
{
    Q_OBJECT

public:
    explicit ScopeSwitcher(Session *session, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    Session *m_session;
    QLabel *m_label;
    QComboBox *m_combo;
};

} // namespace cb::ui
