#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

// A repository key file kept as a file (a local repository's "key", or a
// copy the user keeps): private (0600), replaced atomically, so a crash
// while the passphrase changes leaves the old key file or the new one,
// never half of one.
namespace cb::crypto::keyfilestore {

Result<QByteArray> read(const QString &path);
// A new key file; refused when one is there already (a repository's keys
// are never replaced, or its backups would be lost).
Result<void> create(const QString &path, const QByteArray &keyFile);
// The same keys under another wrapping, written in place of the old file.
Result<void> replace(const QString &path, const QByteArray &keyFile);

} // namespace cb::crypto::keyfilestore
