#pragma once

#include "crypto/Secret.h"
#include "util/Result.h"

#include <QString>

// Where a repository passphrase comes from: a file given by path, the
// environment, or the terminal, never the command line (where every user
// of the host can read it in the process list).
namespace cb::crypto::passphrase {

constexpr char EnvironmentVariable[] = "CLOUDBACKUP_REPOSITORY_PASSWORD";
// The path of a key file (a file's path is no secret; the file is).
constexpr char KeyFileVariable[] = "CLOUDBACKUP_REPOSITORY_KEY_FILE";

// The file's contents less one final line break. Refused when group or
// others may read or write it (it must be private: chmod 600), when it is
// not a regular file, or when it is empty.
Result<Secret> fromFile(const QString &path);
// A key file's contents (repositorykeys::newSecretFileContents): unlocks
// an encrypted repository without a passphrase, for hosts where no one types
// one. Checked like a password file.
Result<Secret> fromKeyFile(const QString &path);
// The key file at path when given, else the one CLOUDBACKUP_REPOSITORY_KEY_FILE
// names; an empty secret when neither is set.
Result<Secret> keyFileFrom(const QString &path);
// Writes a new key file: 0600, flushed, never over anything already there.
Result<void> createKeyFile(const QString &path, QByteArrayView contents);
// CLOUDBACKUP_REPOSITORY_PASSWORD (or another variable); empty when unset.
Secret fromEnvironment(const char *variable = EnvironmentVariable);
// Asked on the controlling terminal without echo, twice when confirm.
Result<Secret> fromTerminal(const QString &prompt, const QString &confirmPrompt = {});

struct Sources
{
    QString file;          // --password-file, when given
    QString prompt;        // shown when asked on the terminal
    QString confirmPrompt; // when set, asked twice (a new passphrase)
    const char *variable = EnvironmentVariable;
};
// The file when given, else the environment variable when set, else the
// terminal when there is one; a clear error when there is none of them.
Result<Secret> read(const Sources &sources);

} // namespace cb::crypto::passphrase
