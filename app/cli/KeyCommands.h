#pragma once

// The repository key commands; RepoCommands.cpp gives them the repository's key file:
//   repo init LOCATION --encrypt  -> initKey
//   repo key change-passphrase    -> changePassphrase
//   repo key export               -> exportKey
//   repo key recover              -> recoverKey
//   repo key add-key-file         -> addKeyFile
//   repo key remove-key-file      -> removeKeyFile
// Passphrases come from --password-file / --new-password-file (private
// files), CLOUDBACKUP_REPOSITORY_PASSWORD / CLOUDBACKUP_NEW_REPOSITORY_PASSWORD
// or the terminal; never from the command line.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace cb::cli {

class Output;
class Invocation;

struct KeyOptions
{
    // The repository's key file, read without unlocking it; and the same
    // keys under another wrapping written in its place (for initKey: the
    // new repository created around it).
    std::function<Result<QByteArray>()> readKeyFile;
    std::function<Result<void>(const QByteArray &keyFile)> writeKeyFile;
    QString passwordFile;    // --password-file
    QString newPasswordFile; // --new-password-file
    QString recoveryFile;    // --recovery-key-file (recover)
    QString keyFile;    // --key-file: opens the keys instead of the passphrase (not for a new passphrase)
    QString newKeyFile; // --new-key-file (add-key-file)
    // initKey with --json: the recovery key goes here, for the caller's one JSON object.
    QString *recoveryKeyOut = nullptr;
};

// Creates the keys of a new encrypted repository: new random keys under a
// new passphrase (--password-file, CLOUDBACKUP_REPOSITORY_PASSWORD, or asked
// twice on a terminal). Prints the recovery key.
Result<void> initKey(Output &io, const KeyOptions &options);
Result<void> changePassphrase(Output &io, const KeyOptions &options);
// Prints the recovery key after the passphrase proves the caller may see it.
Result<void> exportKey(Output &io, const KeyOptions &options);
// A new passphrase for a repository whose passphrase is forgotten, given
// its recovery key (from a private file, or typed on the terminal).
Result<void> recoverKey(Output &io, const KeyOptions &options);
// A key file: a new private file of random bytes that opens the repository
// without the passphrase (for hosts where no one types it, and without the
// passphrase's KDF). One per repository: a new one replaces the one before.
Result<void> addKeyFile(Output &io, const KeyOptions &options);
// The key file opens the repository no more.
Result<void> removeKeyFile(Output &io, const KeyOptions &options);

// Runs repo init or a key command (Needs::Catalog) checked and audited by
// the engine: a refusal is audited "denied" and runs nothing; then "ok", or
// "failed" with the error, which is shown. Returns the exit status.
int runAudited(Invocation &call, const QString &auditAction, const QString &location,
               const std::function<Result<void>()> &command);

} // namespace cb::cli
