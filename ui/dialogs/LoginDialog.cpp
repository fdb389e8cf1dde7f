#include "dialogs/LoginDialog.h"

#include "Icons.h"
#include "widgets/MessageBanner.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QUrl>
#include <QVBoxLayout>

#include <pwd.h>
#include <unistd.h>

namespace cb::ui {

namespace {

// The catalog as the dialog shows it: host, port and database, no credentials.
QString catalogText(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return url;
    return QStringLiteral("PostgreSQL %1:%2/%3").arg(u.host()).arg(u.port(5432)).arg(u.path().mid(1));
}

} // namespace

LoginDialog::LoginDialog(const EngineConfig &config, QWidget *parent)
    : QDialog(parent), m_config(config), m_opener(&Engine::open), m_catalog(new QLineEdit(this)),
      m_account(new QLineEdit(this)), m_password(new QLineEdit(this)), m_catalogLabel(new QLabel(this)),
      m_accountLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)), m_intro(new QLabel(this)),
      m_banner(new MessageBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_config.password.clear();
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(Icons::get(Icons::App));
    m_catalog->setObjectName(QStringLiteral("catalogLineEdit"));
    m_account->setObjectName(QStringLiteral("accountLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_banner->setObjectName(QStringLiteral("loginBanner"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loginButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    m_catalog->setText(catalogText(config.catalogUrl));
    m_catalog->setReadOnly(true);
    m_catalog->setFocusPolicy(Qt::NoFocus);
    m_account->setText(defaultAccount(config));
    m_password->setEchoMode(QLineEdit::Password);
    m_intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_catalogLabel, m_catalog);
    form->addRow(m_accountLabel, m_account);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // Grows with the reason shown in the banner instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    retranslate();
    (m_account->text().isEmpty() ? m_account : m_password)->setFocus();
    resize(480, sizeHint().height());
}

LoginDialog::~LoginDialog()
{
    m_password->clear();
}

bool LoginDialog::needsLogin(const QString &catalogUrl)
{
    return catalogUrl.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           catalogUrl.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString LoginDialog::defaultAccount(const EngineConfig &config)
{
    if (!config.account.isEmpty())
        return config.account;
    const QString urlUser = QUrl(config.catalogUrl).userName();
    if (!urlUser.isEmpty())
        return urlUser;
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return {};
}

bool LoginDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Log In to cloudbackup"));
    m_intro->setText(tr("This catalog is shared by several accounts. Log in with your cloudbackup account."));
    m_catalogLabel->setText(tr("Catalog:"));
    m_accountLabel->setText(tr("&Account:"));
    m_accountLabel->setBuddy(m_account);
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_password->setPlaceholderText(tr("Empty: PGPASSWORD or ~/.pgpass"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_opening ? tr("Connecting…") : tr("Log In"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void LoginDialog::showMessage(int level, const QString &text)
{
    m_banner->show(MessageBanner::Level(level), text);
    // Room for the message without squeezing the fields.
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
}

void LoginDialog::setOpening(bool opening)
{
    m_opening = opening;
    m_account->setEnabled(!opening);
    m_password->setEnabled(!opening);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!opening);
    if (opening)
        showMessage(MessageBanner::Info, tr("Connecting to %1…").arg(m_catalog->text()));
    retranslate();
}

void LoginDialog::reject()
{
    ++m_attempt;
    if (m_opening)
        setOpening(false);
    m_banner->clear();
    QDialog::reject();
}

void LoginDialog::accept()
{
    if (m_opening)
        return;
    const QString account = m_account->text().trimmed();
    if (account.isEmpty()) {
        showMessage(MessageBanner::Error, tr("Enter the account to log in as."));
        m_account->setFocus();
        return;
    }
    EngineConfig config = m_config;
    config.account = account;
    config.password = m_password->text();
    // The password leaves the dialog with this one attempt.
    m_password->clear();
    setOpening(true);
    const quint64 attempt = ++m_attempt;
    QPointer<LoginDialog> self(this);
    Opener opener = m_opener;
    QThreadPool::globalInstance()->start([self, opener, config, attempt]() mutable {
        Result<std::shared_ptr<Engine>> r = opener(config);
        config.password.fill(u'\0');
        config.password.clear();
        // Back on the GUI thread, where the dialog may be gone (cancelled meanwhile).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, r, attempt] {
                if (!self || attempt != self->m_attempt)
                    return;
                self->setOpening(false);
                if (!r) {
                    // The engine's reason usually names the account already.
                    const QString who = self->m_account->text().trimmed();
                    const QString error = r.error().contains(who)
                                              ? r.error()
                                              : tr("Could not log in as %1: %2").arg(who, r.error());
                    self->showMessage(MessageBanner::Error, error);
                    self->m_password->setFocus();
                    Q_EMIT self->loginFailed(error);
                    return;
                }
                self->m_engine = *r;
                self->QDialog::accept();
            },
            Qt::QueuedConnection);
    });
}

} // namespace cb::ui
