#pragma once

// Helpers for tests that drive cloudbackupctl as a user would: run it, read
// its JSON, kill it at a random moment, and check what it leaves behind.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace cb::test {

// Command words: words("backup", "create", volume).
inline QString word(const char *s)
{
    return QString::fromUtf8(s);
}
inline QString word(const QString &s)
{
    return s;
}
template<typename... T> QStringList words(const T &...w)
{
    return QStringList{word(w)...};
}

// The binary under test (env CLOUDBACKUPCTL, set by CTest).
QString ctlPath();

struct CtlRun
{
    int code = -1;        // exit code; -1 when killed or crashed
    bool killed = false;  // we sent SIGKILL before it ended
    bool crashed = false; // it ended on a signal
    bool hung = false;    // it did not end within the timeout
    QByteArray out;
    QString err;
    qint64 elapsedMs = 0;

    bool ok() const { return code == 0 && !crashed && !hung; }
    QJsonValue json() const;
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    QString describe() const; // "exit 1: <stderr>" for messages
};

// One cloudbackup setup: --home DIR plus any other global options; --json always.
class Ctl
{
public:
    explicit Ctl(QString home, QStringList globals = {});

    const QString &home() const { return m_home; }
    QStringList fullArgs(const QStringList &args) const;

    CtlRun run(const QStringList &args, int timeoutMs = 120000) const;
    std::unique_ptr<QProcess> start(const QStringList &args) const;

    // Runs args and sends SIGKILL after delayMs (0: as soon as it has
    // started). The delay is the point of the test, not a synchronisation.
    CtlRun runKilledAfter(const QStringList &args, int delayMs, int timeoutMs = 120000) const;

    // Convenience reads; empty on failure.
    QJsonArray backups() const;                 // backup list
    QJsonArray volumes() const;                 // volume list
    QJsonObject volume(const QString &v) const; // volume show
    QString device(const QString &v) const;

private:
    QString m_home;
    QStringList m_globals;
};

// Waits for a started process; fills a CtlRun. Kills it on timeout.
CtlRun finishRun(QProcess &p, int timeoutMs, bool killed = false, qint64 startedMs = 0);

// sha256 (hex) of the first length bytes of a file; of the whole file when length < 0.
QByteArray sha256Prefix(const QString &path, qint64 length = -1);
qint64 fileSize(const QString &path);
// Number of files under dir, recursively (chunks in the repository).
int countFiles(const QString &dir);

// Index of backup objects by id.
QHash<QString, QJsonObject> byId(const QJsonArray &backups);

// Statuses a backup may rest in when no job runs.
bool restingBackupStatus(const QString &status);

// Problems of the catalog as a user sees it when nothing runs: statuses other
// than available/error/damaged, volumes left restoring, jobs left running,
// available incrementals whose parent is gone or not usable.
QStringList settledProblems(const Ctl &ctl);

// Restores backupId to a new volume named tempName, compares it with the
// expected sha256 and size, deletes the volume. Empty string on success,
// otherwise what went wrong.
QString checkRestore(const Ctl &ctl, const QString &backupId, const QByteArray &expectedSha,
                     qint64 expectedSize, const QString &tempName);

// A deterministic RNG seed from env or the clock; printed by the caller.
quint32 seedFromEnv(const char *name);
int intFromEnv(const char *name, int fallback);

// Seeded random bytes: zstd leaves them as they are and they never repeat a chunk.
QByteArray randomBytes(qint64 size, quint32 seed);
// Writes a file only its owner may read (a passphrase file); a test cannot go on without it.
QString writePrivate(const QString &path, const QByteArray &contents);

} // namespace cb::test
