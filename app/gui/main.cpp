// cloudbackup: the desktop console.
#include "MainWindow.h"
#include "Session.h"
#include "Version.h"
#include "catalog/Catalog.h"
#include "crypto/Passphrase.h"
#include "crypto/Secret.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/RestoreDialog.h"
#include "engine/Job.h"
#include "i18n/Language.h"
#include "models/BackupModel.h"
#include "models/JobModel.h"
#include "models/VolumeModel.h"
#include "pages/AuditPage.h"
#include "pages/ChainPage.h"
#include "pages/DashboardPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QRadioButton>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <future>

using namespace cb;

namespace {

// --screenshots DIR: once the data is loaded (and the demo built), save the
// main window, the chain page and the restore dialog, then quit.
void takeScreenshots(ui::MainWindow *w, const QString &dir, const QString &suffix)
{
    QDir().mkpath(dir);
    auto *session = w->session();
    auto save = [dir, suffix](QWidget *widget, const QString &name) {
        widget->grab().save(QDir(dir).filePath(name + suffix + QStringLiteral(".png")));
    };
    // The dashboard once figures read after the data was loaded are in (an
    // earlier load may have run before the session knew its scope).
    w->showPage(ui::MainWindow::DashboardPageIndex);
    bool loaded = false;
    const auto connection =
        QObject::connect(w->dashboardPage(), &ui::DashboardPage::loaded, w, [&loaded] { loaded = true; });
    w->dashboardPage()->reload();
    const QDeadlineTimer figures(20000);
    do
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    while ((!loaded || w->dashboardPage()->isLoading()) && !figures.hasExpired());
    QObject::disconnect(connection);
    QCoreApplication::processEvents();
    save(w, QStringLiteral("dashboard"));
    w->showPage(ui::MainWindow::BackupsPageIndex);
    QCoreApplication::processEvents();
    save(w, QStringLiteral("main-window"));

    // The chain page of the volume with the most backups, its newest incremental selected.
    QString volume;
    int most = 0;
    for (const Volume &v : session->volumeModel()->all()) {
        if (session->volumeModel()->backupCount(v.id) > most) {
            most = session->volumeModel()->backupCount(v.id);
            volume = v.id;
        }
    }
    const auto backups = session->backupModel()->backupsOfVolume(volume);
    QString selected;
    for (const Backup &b : backups) {
        if (b.kind == BackupKind::Incremental)
            selected = b.id;
    }
    w->showChain(volume, selected);
    QCoreApplication::processEvents();
    save(w, QStringLiteral("chain-page"));

    if (!selected.isEmpty()) {
        ui::RestoreDialog dialog(session, *session->backupModel()->find(selected), w);
        dialog.show();
        QCoreApplication::processEvents();
        save(&dialog, QStringLiteral("restore-dialog"));
        // The other 恢复方式: an existing volume, with the overwrite warning.
        if (auto *existing = dialog.findChild<QRadioButton *>(QStringLiteral("existingVolumeRadioButton"))) {
            existing->setChecked(true);
            dialog.resize(dialog.width(), dialog.sizeHint().height());
            QCoreApplication::processEvents();
            save(&dialog, QStringLiteral("restore-dialog-existing"));
        }
        dialog.hide();
    }
    w->showPage(ui::MainWindow::VolumesPageIndex);
    QCoreApplication::processEvents();
    save(w, QStringLiteral("volumes-page"));
    w->showPage(ui::MainWindow::JobsPageIndex);
    QCoreApplication::processEvents();
    save(w, QStringLiteral("jobs-page"));
    // The audit page once its first read is in.
    w->showPage(ui::MainWindow::AuditPageIndex);
    const QDeadlineTimer deadline(10000);
    while (w->auditPage()->isLoading() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    QCoreApplication::processEvents();
    save(w, QStringLiteral("audit-page"));
}

// --version answers before QApplication, which needs a display: a headless
// server's `cloudbackup --version` works too. Same line as cloudbackupctl's.
bool printedVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("cloudbackup %s\n", cb::app::version().toUtf8().constData());
            return true;
        }
    }
    return false;
}

} // namespace

using PassphraseAsker = std::function<std::shared_ptr<const crypto::Secret>(const QString &prompt)>;

// The typed passphrase as a secret; the text is wiped.
static std::shared_ptr<const crypto::Secret> secretOf(QString text)
{
    if (text.isEmpty())
        return nullptr;
    QByteArray bytes = text.toUtf8();
    text.fill(u'\0');
    auto pass = std::make_shared<const crypto::Secret>(crypto::Secret::copyOf(bytes));
    crypto::wipe(bytes);
    return pass;
}

// The passphrase of an encrypted repository, asked in a small dialog on the
// GUI thread; null when cancelled.
static std::shared_ptr<const crypto::Secret> askPassphrase(const QString &prompt)
{
    bool ok = false;
    QString text = QInputDialog::getText(nullptr, QApplication::translate("main", "Repository passphrase"),
                                         prompt, QLineEdit::Password, QString(), &ok);
    return ok ? secretOf(std::move(text)) : nullptr;
}

// An encrypted repository without CLOUDBACKUP_REPOSITORY_PASSWORD: its
// passphrase is asked before the main window, again after a wrong one;
// cancelling gives the reason the engine did not open.
static Result<std::shared_ptr<Engine>> openAskingPassphrase(EngineConfig config, const PassphraseAsker &ask)
{
    auto opened = Engine::open(config);
    while (!opened && Repository::needsPassphrase(opened.failure())) {
        QString prompt = QApplication::translate("main", "The repository is encrypted. Its passphrase:");
        if (config.repositoryPassphrase)
            prompt = opened.error() + u'\n' + prompt;
        auto pass = ask(prompt);
        if (!pass)
            break;
        config.repositoryPassphrase = std::move(pass);
        opened = Engine::open(config);
    }
    config.password.fill(u'\0');
    return opened;
}

// The login dialog opens the engine on a worker thread: the passphrase is
// asked on the GUI thread while that worker waits for it.
static Result<std::shared_ptr<Engine>> openAfterLogin(const EngineConfig &config)
{
    return openAskingPassphrase(config, [](const QString &prompt) {
        // The dialog runs in the login dialog's event loop (no nested one);
        // this worker waits for its answer.
        auto answer = std::make_shared<std::promise<std::shared_ptr<const crypto::Secret>>>();
        auto future = answer->get_future();
        QMetaObject::invokeMethod(
            qApp,
            [answer, prompt] {
                auto *dialog = new QInputDialog;
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setWindowTitle(QApplication::translate("main", "Repository passphrase"));
                dialog->setLabelText(prompt);
                dialog->setTextEchoMode(QLineEdit::Password);
                dialog->setWindowModality(Qt::ApplicationModal);
                QObject::connect(dialog, &QDialog::finished, dialog, [dialog, answer](int result) {
                    answer->set_value(result == QDialog::Accepted ? secretOf(dialog->textValue()) : nullptr);
                    dialog->setTextValue(QString());
                });
                dialog->open();
            },
            Qt::QueuedConnection);
        return future.get();
    });
}

int main(int argc, char *argv[])
{
    if (printedVersion(argc, argv))
        return 0;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cloudbackup"));
    QApplication::setApplicationVersion(cb::app::version());
    // Wayland finds the icon and the name through the desktop entry's file name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.cloudbackup.Console"));
    QApplication::setOrganizationName(QStringLiteral("cloudbackup"));

    QStringList args = QApplication::arguments();
    // --lang, else the language chosen in View > Language, else the system's.
    const QString language = i18n::languageFromArgs(args, i18n::savedLanguage());
    i18n::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Backs up cloud block volumes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption homeOption(
        QStringLiteral("home"),
        QApplication::translate("main", "The cloudbackup home (catalog, repository, file volumes)."),
        QStringLiteral("DIR"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Create demo volumes with data and backups if the home has none."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "The language: zh_CN or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        QApplication::translate(
            "main", "The catalog: a SQLite path or postgresql://host:port/db (or CLOUDBACKUP_CATALOG)."),
        QStringLiteral("URL"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate("main", "The account to log in as, on a shared PostgreSQL catalog."),
        QStringLiteral("NAME"));
    const QCommandLineOption shotsOption(
        QStringLiteral("screenshots"), QApplication::translate("main", "Save screenshots into DIR and quit."),
        QStringLiteral("DIR"));
    parser.addOptions({homeOption, catalogOption, userOption, demoOption, langOption, shotsOption});
    parser.process(args);

    EngineConfig config;
    if (auto pass = crypto::passphrase::fromEnvironment(); !pass.isEmpty())
        config.repositoryPassphrase = std::make_shared<const crypto::Secret>(std::move(pass));
    // An unattended console: the key file CLOUDBACKUP_REPOSITORY_KEY_FILE names.
    if (auto key = crypto::passphrase::keyFileFrom({}); !key) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "cloudbackup"), key.error());
        return 1;
    } else if (!key->isEmpty()) {
        config.repositoryKeyFile = std::make_shared<const crypto::Secret>(std::move(*key));
    }
    config.home = parser.value(homeOption);
    config.catalogUrl = parser.isSet(catalogOption) ? parser.value(catalogOption)
                                                    : qEnvironmentVariable("CLOUDBACKUP_CATALOG");
    config.account = parser.value(userOption);
    std::shared_ptr<Engine> engine;
    if (ui::LoginDialog::needsLogin(config.catalogUrl)) {
        // A shared catalog: log in first; the engine opens off the GUI thread.
        ui::LoginDialog login(config);
        login.setOpener(&openAfterLogin);
        if (login.exec() != QDialog::Accepted)
            return 1;
        engine = login.engine();
    } else {
        // The embedded catalog: the OS user owning the home is its cloud admin, no login.
        auto opened = openAskingPassphrase(config, &askPassphrase);
        if (!opened) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "cloudbackup"), opened.error());
            return 1;
        }
        engine = *opened;
    }

    ui::MainWindow window(engine);
    window.show();

    const bool demo = parser.isSet(demoOption);
    const QString shots = parser.value(shotsOption);
    if (demo || !shots.isEmpty()) {
        // Wait for the first load, then build the demo if the home is empty.
        auto *session = window.session();
        auto started = std::make_shared<bool>(false);
        auto *timer = new QTimer(&window);
        timer->setInterval(100);
        QObject::connect(timer, &QTimer::timeout, &window,
                         [&window, session, demo, shots, started, timer, language] {
                             if (session->isLoading() || !session->backupModel()->isLoaded() ||
                                 !session->volumeModel()->isLoaded())
                                 return;
                             if (demo && !*started) {
                                 *started = true;
                                 if (session->volumeModel()->rowCount() == 0)
                                     window.createDemoData();
                                 return;
                             }
                             if (session->jobModel()->runningCount() > 0)
                                 return;
                             timer->stop();
                             if (!shots.isEmpty()) {
                                 takeScreenshots(&window, shots,
                                                 language == QLatin1String("en") ? QStringLiteral("-en")
                                                                                 : QStringLiteral("-zh_CN"));
                                 QTimer::singleShot(0, &window, &QWidget::close);
                             }
                         });
        timer->start();
    }
    return app.exec();
}
