#pragma once

#include "engine/Engine.h"

#include <QByteArray>
#include <QString>

namespace cb::test {

// Writes a deterministic pattern: random (incompressible), text
// (compressible) and holes, so every path of the data path is exercised.
void writeRandom(const QString &path, qint64 offset, qint64 length, quint32 seed);
void writeText(const QString &path, qint64 offset, qint64 length);
void punchHole(const QString &path, qint64 offset, qint64 length);
QByteArray sha256File(const QString &path);
bool sameContent(const QString &a, const QString &b);
// Engine operations run to the end, without cancel or progress.
Result<Backup> runBackup(Engine &engine, const QString &volume, bool incremental, bool force = false,
                         const QString &name = {});
Result<Volume> restoreToNew(Engine &engine, const QString &backupId, const QString &name);
Result<Volume> restoreOver(Engine &engine, const QString &backupId, const QString &target);

} // namespace cb::test
