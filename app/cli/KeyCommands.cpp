// repo init --encrypt, repo key change-passphrase | export | recover | add-key-file | remove-key-file
#include "cli/KeyCommands.h"

#include "cli/Command.h"
#include "crypto/Passphrase.h"
#include "crypto/RepositoryKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace cb::cli {

namespace {

using namespace cb::crypto;

constexpr char NewPasswordVariable[] = "CLOUDBACKUP_NEW_REPOSITORY_PASSWORD";

Result<Secret> currentPassphrase(const KeyOptions &options)
{
    passphrase::Sources s;
    s.file = options.passwordFile;
    s.prompt = QCoreApplication::translate("Cli", "Repository passphrase: ");
    return passphrase::read(s);
}

Result<Secret> newPassphrase(const KeyOptions &options)
{
    passphrase::Sources s;
    s.file = options.newPasswordFile;
    s.variable = NewPasswordVariable;
    s.prompt = QCoreApplication::translate("Cli", "New repository passphrase: ");
    s.confirmPrompt = QCoreApplication::translate("Cli", "Repeat the new passphrase: ");
    return passphrase::read(s);
}

// The key file of an encrypted repository; an error for a plain one.
Result<QByteArray> readKeyFile(const KeyOptions &options)
{
    auto keyFile = options.readKeyFile();
    if (keyFile && keyFile->isEmpty())
        return fail(deferTr("Cli", "This repository is not encrypted; it has no key."));
    return keyFile;
}

// The keys under the current passphrase.
Result<RepositoryKeys> unlockByPassphrase(const QByteArray &record, const KeyOptions &options)
{
    auto pass = currentPassphrase(options);
    if (!pass)
        return fail(pass);
    return repositorykeys::unlock(record, *pass);
}

// The repository's key record and its keys, opened by the key file when one
// is given, else by the passphrase.
struct OpenedKeys
{
    QByteArray record;
    RepositoryKeys keys;
};

Result<OpenedKeys> unlockKeys(const KeyOptions &options)
{
    auto record = readKeyFile(options);
    if (!record)
        return fail(record);
    auto secret = passphrase::keyFileFrom(options.keyFile);
    if (!secret)
        return fail(secret);
    auto keys = secret->isEmpty() ? unlockByPassphrase(*record, options)
                                  : repositorykeys::unlockWithSecretFile(*record, *secret);
    if (!keys)
        return fail(keys);
    return OpenedKeys{*record, std::move(*keys)};
}

// Writes the changed key record in place of the old one, then says so.
Result<void> writeChanged(Output &io, const KeyOptions &options, const Result<QByteArray> &changed,
                          const QString &done)
{
    if (!changed)
        return fail(changed);
    if (auto written = options.writeKeyFile(*changed); !written)
        return fail(written);
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("changed"), true}});
    else
        io.out << done << Qt::endl;
    return {};
}

void printRecoveryKey(Output &io, const QString &recoveryKey)
{
    if (io.json) {
        io.printJson(QJsonObject{{QStringLiteral("recovery_key"), recoveryKey}});
        return;
    }
    io.err << QCoreApplication::translate("Cli",
                                          "Recovery key: keep it offline (on paper). With it anyone can read "
                                          "every backup of this repository, and without it or the passphrase "
                                          "no one can.")
           << Qt::endl;
    io.out << recoveryKey << Qt::endl;
}

// The recovery key from a private file, or typed on the terminal (shown,
// since it is long; it is not kept in the shell history either way).
Result<QString> readRecoveryKey(const KeyOptions &options)
{
    if (!options.recoveryFile.isEmpty()) {
        auto text = passphrase::fromFile(options.recoveryFile);
        if (!text)
            return fail(text);
        return QString::fromLatin1(text->view());
    }
    if (!::isatty(STDIN_FILENO))
        return fail(deferTr("Cli",
                            "A recovery key is needed: give --recovery-key-file FILE or run on a terminal "
                            "to type it."));
    QTextStream tty(stderr);
    tty << QCoreApplication::translate("Cli", "Recovery key (the four lines, then an empty line): ")
        << Qt::endl;
    QString text;
    char line[256];
    while (std::fgets(line, sizeof line, stdin) && line[0] != '\n')
        text += QString::fromLatin1(line);
    return text;
}

} // namespace

Result<void> initKey(Output &io, const KeyOptions &options)
{
    passphrase::Sources s;
    s.file = options.passwordFile;
    s.prompt = QCoreApplication::translate("Cli", "New repository passphrase: ");
    s.confirmPrompt = QCoreApplication::translate("Cli", "Repeat the new passphrase: ");
    auto pass = passphrase::read(s);
    if (!pass)
        return fail(pass);
    auto created = repositorykeys::create(*pass);
    if (!created)
        return fail(created);
    if (auto written = options.writeKeyFile(created->keyFile); !written)
        return fail(written);
    if (io.json && options.recoveryKeyOut)
        *options.recoveryKeyOut = repositorykeys::exportRecoveryKey(created->keys);
    else
        printRecoveryKey(io, repositorykeys::exportRecoveryKey(created->keys));
    return {};
}

Result<void> changePassphrase(Output &io, const KeyOptions &options)
{
    auto keyFile = readKeyFile(options);
    if (!keyFile)
        return fail(keyFile);
    // Checked before the new one is asked for: a wrong passphrase is told at once.
    auto keys = unlockByPassphrase(*keyFile, options);
    if (!keys)
        return fail(keys);
    auto newPass = newPassphrase(options);
    if (!newPass)
        return fail(newPass);
    return writeChanged(io, options, repositorykeys::setPassphrase(*keyFile, *keys, *newPass),
                        QCoreApplication::translate("Cli",
                                                    "The repository passphrase was changed; every backup "
                                                    "stays readable with the new one."));
}

Result<void> exportKey(Output &io, const KeyOptions &options)
{
    auto opened = unlockKeys(options);
    if (!opened)
        return fail(opened);
    printRecoveryKey(io, repositorykeys::exportRecoveryKey(opened->keys));
    return {};
}

Result<void> recoverKey(Output &io, const KeyOptions &options)
{
    auto keyFile = readKeyFile(options);
    if (!keyFile)
        return fail(keyFile);
    auto recovery = readRecoveryKey(options);
    if (!recovery)
        return fail(recovery);
    auto keys = repositorykeys::unlockWithRecoveryKey(*keyFile, *recovery);
    recovery->fill(u'\0');
    if (!keys)
        return fail(keys);
    auto newPass = newPassphrase(options);
    if (!newPass)
        return fail(newPass);
    return writeChanged(
        io, options, repositorykeys::setPassphrase(*keyFile, *keys, *newPass),
        QCoreApplication::translate("Cli", "The recovery key was accepted and a new passphrase set."));
}

Result<void> addKeyFile(Output &io, const KeyOptions &options)
{
    if (options.newKeyFile.isEmpty())
        return fail(deferTr("Cli", "Name the new key file with --new-key-file FILE."));
    auto opened = unlockKeys(options);
    if (!opened)
        return fail(opened);
    // The file holds one line; what opens the keys is that line, as
    // passphrase::fromKeyFile reads it back.
    QByteArray contents = repositorykeys::newSecretFileContents();
    const Secret secret = Secret::copyOf(QByteArrayView(contents).chopped(1));
    auto wrapped = repositorykeys::addSecretFile(opened->record, opened->keys, secret);
    if (!wrapped) {
        wipe(contents);
        return fail(wrapped);
    }
    // The file first: if the repository cannot take the new wrapping, the
    // file goes again and the repository is as it was.
    auto made = passphrase::createKeyFile(options.newKeyFile, contents);
    wipe(contents);
    if (!made)
        return fail(made);
    if (auto written = options.writeKeyFile(*wrapped); !written) {
        ::unlink(QFile::encodeName(options.newKeyFile).constData());
        return fail(written);
    }
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("key_file"), options.newKeyFile}});
    else
        io.out << QCoreApplication::translate(
                      "Cli", "The key file %1 now opens the repository without the passphrase (give it with "
                             "--key-file). Keep it private and apart from the repository: whoever holds "
                             "it can read every backup. A key file made before no longer opens it.")
                      .arg(options.newKeyFile)
               << Qt::endl;
    return {};
}

Result<void> removeKeyFile(Output &io, const KeyOptions &options)
{
    auto opened = unlockKeys(options);
    if (!opened)
        return fail(opened);
    return writeChanged(io, options, repositorykeys::removeSecretFile(opened->record, opened->keys),
                        QCoreApplication::translate("Cli", "No key file opens the repository any more; the "
                                                           "passphrase and the recovery key still do."));
}

int runAudited(Invocation &call, const QString &auditAction, const QString &location,
               const std::function<Result<void>()> &command)
{
    if (auto allowed = call.engine->mayChangeRepositoryKeys(auditAction, location); !allowed)
        return call.io.failed(allowed.failure());
    const Result<void> done = command();
    call.engine->recordRepositoryKeyEvent(auditAction, location, done);
    return done ? int(ExitOk) : call.io.failed(done.failure());
}

} // namespace cb::cli
