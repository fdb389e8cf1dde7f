#pragma once

#include "catalog/Catalog.h"
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

// Fixture steps that must work for a test to mean anything: they stop the test run when they fail.
std::shared_ptr<Engine> openEngineOrDie(const QString &home, const QString &catalogUrl = {});
Volume makeVolumeOrDie(Engine &engine, const QString &name, qint64 size);
Backup backupOrDie(Engine &engine, const QString &volume, bool incremental, const QString &name = {});
// A copy of the volume's image in dir, the expected content of a restore.
QString snapshotOf(const Volume &volume, const QString &dir, const QString &tag);
// White-box access for checks: the engine's catalog and repository, opened
// directly (front ends never get them), one instance per location.
Catalog &catalogOf(const Engine &engine);
Repository &repositoryOf(const Engine &engine);
// The chunk files of a repository.
QStringList chunkFilesOf(const QString &repository);

} // namespace cb::test
