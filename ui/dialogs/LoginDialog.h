#pragma once

#include "engine/Engine.h"

#include <QDialog>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cb::ui {

class MessageBanner;

// 登录: the account and password for a shared (PostgreSQL) catalog, shown
// read-only. The engine opens on a worker thread (the window stays live while
// it connects); a refused login shows the reason and the user tries again.
// The password goes to that one open call and is then cleared; it is never
// kept, shown or logged.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    using Opener = std::function<Result<std::shared_ptr<Engine>>(const EngineConfig &)>;

    explicit LoginDialog(const EngineConfig &config, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Whether this catalog URL is a shared catalog that needs a login.
    static bool needsLogin(const QString &catalogUrl);
    // The account to offer: the configured one, else the URL's user, else the OS user.
    static QString defaultAccount(const EngineConfig &config);

    // Replaces Engine::open (tests).
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    // After accept: the open engine.
    std::shared_ptr<Engine> engine() const { return m_engine; }
    bool isOpening() const { return m_opening; }

    void accept() override;
    // Also while connecting: that attempt's result is dropped.
    void reject() override;

Q_SIGNALS:
    void loginFailed(const QString &error);

protected:
    bool event(QEvent *event) override;

private:
    void retranslate();
    void setOpening(bool opening);
    void showMessage(int level, const QString &text); // a MessageBanner::Level

    EngineConfig m_config; // never holds the password
    Opener m_opener;
    std::shared_ptr<Engine> m_engine;
    QLineEdit *m_catalog;
    QLineEdit *m_account;
    QLineEdit *m_password;
    QLabel *m_catalogLabel, *m_accountLabel, *m_passwordLabel, *m_intro;
    MessageBanner *m_banner;
    QDialogButtonBox *m_buttons;
    bool m_opening = false;
    quint64 m_attempt = 0;
};

} // namespace cb::ui
