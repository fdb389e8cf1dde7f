#include "CtlSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace cb::test {

QString ctlPath()
{
    return qEnvironmentVariable("CLOUDBACKUPCTL");
}

QJsonValue CtlRun::json() const
{
    const auto doc = QJsonDocument::fromJson(out);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString CtlRun::describe() const
{
    QString what;
    if (hung)
        what = QStringLiteral("hung");
    else if (killed)
        what = QStringLiteral("killed");
    else if (crashed)
        what = QStringLiteral("crashed");
    else
        what = QStringLiteral("exit %1").arg(code);
    const QString e = err.trimmed();
    return e.isEmpty() ? what : what + QStringLiteral(": ") + e;
}

Ctl::Ctl(QString home, QStringList globals) : m_home(std::move(home)), m_globals(std::move(globals)) {}

QStringList Ctl::fullArgs(const QStringList &args) const
{
    return QStringList{QStringLiteral("--home"), m_home, QStringLiteral("--json")} + m_globals + args;
}

std::unique_ptr<QProcess> Ctl::start(const QStringList &args) const
{
    auto p = std::make_unique<QProcess>();
    p->start(ctlPath(), fullArgs(args));
    return p;
}

CtlRun finishRun(QProcess &p, int timeoutMs, bool killed, qint64 startedMs)
{
    CtlRun r;
    if (!p.waitForFinished(timeoutMs)) {
        if (p.state() != QProcess::NotRunning) {
            r.hung = true;
            p.kill();
            p.waitForFinished(10000);
        }
    }
    r.killed = killed;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.code = r.crashed || r.hung ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (startedMs > 0)
        r.elapsedMs = QDateTime::currentMSecsSinceEpoch() - startedMs;
    return r;
}

CtlRun Ctl::run(const QStringList &args, int timeoutMs) const
{
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    auto p = start(args);
    return finishRun(*p, timeoutMs, false, t0);
}

CtlRun Ctl::runKilledAfter(const QStringList &args, int delayMs, int timeoutMs) const
{
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    auto p = start(args);
    if (!p->waitForStarted(10000))
        return finishRun(*p, timeoutMs, false, t0);
    bool killed = false;
    // The random delay before the kill; the process may end before it.
    if (delayMs <= 0 || !p->waitForFinished(delayMs)) {
        if (p->state() != QProcess::NotRunning) {
            p->kill(); // SIGKILL
            killed = true;
        }
    }
    CtlRun r = finishRun(*p, timeoutMs, killed, t0);
    // Ended by itself in the moment between the check and the signal.
    if (killed && !r.crashed)
        r.killed = false;
    return r;
}

QJsonArray Ctl::backups() const
{
    return run({QStringLiteral("backup"), QStringLiteral("list")}).array();
}

QJsonArray Ctl::volumes() const
{
    return run({QStringLiteral("volume"), QStringLiteral("list")}).array();
}

QJsonObject Ctl::volume(const QString &v) const
{
    auto r = run({QStringLiteral("volume"), QStringLiteral("show"), v});
    return r.ok() ? r.object() : QJsonObject();
}

QString Ctl::device(const QString &v) const
{
    return volume(v).value(QStringLiteral("device")).toString();
}

QByteArray sha256Prefix(const QString &path, qint64 length)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    qint64 left = length < 0 ? f.size() : length;
    while (left > 0) {
        const QByteArray block = f.read(std::min<qint64>(left, 1 << 20));
        if (block.isEmpty())
            break;
        h.addData(block);
        left -= block.size();
    }
    if (left > 0) // shorter than asked: cannot match
        return QByteArray("short");
    return h.result().toHex();
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

int countFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QHash<QString, QJsonObject> byId(const QJsonArray &backups)
{
    QHash<QString, QJsonObject> out;
    for (const auto &v : backups) {
        const auto o = v.toObject();
        out.insert(o.value(QStringLiteral("id")).toString(), o);
    }
    return out;
}

bool restingBackupStatus(const QString &status)
{
    return status == QLatin1String("available") || status == QLatin1String("error") ||
           status == QLatin1String("damaged");
}

QStringList settledProblems(const Ctl &ctl)
{
    QStringList problems;
    const CtlRun list = ctl.run({QStringLiteral("backup"), QStringLiteral("list")});
    if (!list.ok())
        problems << QStringLiteral("backup list failed: %1").arg(list.describe());
    const auto backups = byId(list.array());
    for (const QJsonObject &b : backups) {
        const QString id = b.value(QStringLiteral("id")).toString();
        const QString status = b.value(QStringLiteral("status")).toString();
        if (!restingBackupStatus(status))
            problems << QStringLiteral("backup %1 stays \"%2\"").arg(id, status);
        if (status != QLatin1String("available"))
            continue;
        const QString parent = b.value(QStringLiteral("parent")).toString();
        if (b.value(QStringLiteral("kind")).toString() == QLatin1String("incremental") && parent.isEmpty())
            problems << QStringLiteral("available incremental %1 has no parent").arg(id);
        if (parent.isEmpty())
            continue;
        if (!backups.contains(parent)) {
            problems << QStringLiteral("broken chain: available backup %1 has parent %2, which is gone")
                            .arg(id, parent);
        } else {
            const QString ps = backups.value(parent).value(QStringLiteral("status")).toString();
            if (ps != QLatin1String("available") && ps != QLatin1String("damaged"))
                problems << QStringLiteral("broken chain: available backup %1 has parent %2 in \"%3\"")
                                .arg(id, parent, ps);
        }
    }
    const CtlRun vols = ctl.run({QStringLiteral("volume"), QStringLiteral("list")});
    if (!vols.ok())
        problems << QStringLiteral("volume list failed: %1").arg(vols.describe());
    for (const auto &v : vols.array()) {
        const auto o = v.toObject();
        if (o.value(QStringLiteral("status")).toString() == QLatin1String("restoring"))
            problems << QStringLiteral("volume %1 stays \"restoring\"")
                            .arg(o.value(QStringLiteral("id")).toString());
    }
    const CtlRun jobs = ctl.run({QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--running")});
    if (!jobs.ok())
        problems << QStringLiteral("job list failed: %1").arg(jobs.describe());
    for (const auto &j : jobs.array()) {
        const auto o = j.toObject();
        problems << QStringLiteral("%1 job %2 stays running (backup %3)")
                        .arg(o.value(QStringLiteral("kind")).toString(),
                             o.value(QStringLiteral("id")).toString(),
                             o.value(QStringLiteral("backup")).toString());
    }
    return problems;
}

QString checkRestore(const Ctl &ctl, const QString &backupId, const QByteArray &expectedSha,
                     qint64 expectedSize, const QString &tempName)
{
    const CtlRun r = ctl.run({QStringLiteral("backup"), QStringLiteral("restore"), backupId,
                              QStringLiteral("--new-volume"), tempName});
    if (!r.ok())
        return QStringLiteral("restore of %1 failed: %2").arg(backupId, r.describe());
    const QString device = r.object().value(QStringLiteral("device")).toString();
    QString problem;
    if (fileSize(device) != expectedSize)
        problem = QStringLiteral("restore of %1 has %2 bytes, expected %3")
                      .arg(backupId)
                      .arg(fileSize(device))
                      .arg(expectedSize);
    else if (sha256Prefix(device) != expectedSha)
        problem =
            QStringLiteral("restore of %1 differs from the data backed up (sha256 %2, expected %3)")
                .arg(backupId, QString::fromLatin1(sha256Prefix(device)), QString::fromLatin1(expectedSha));
    const CtlRun del = ctl.run({QStringLiteral("volume"), QStringLiteral("delete"), tempName});
    if (!del.ok() && problem.isEmpty())
        problem = QStringLiteral("cannot delete the restored volume %1: %2").arg(tempName, del.describe());
    return problem;
}

quint32 seedFromEnv(const char *name)
{
    bool ok = false;
    const quint32 s = qEnvironmentVariable(name).toUInt(&ok);
    if (ok)
        return s;
    return static_cast<quint32>(QDateTime::currentMSecsSinceEpoch() ^
                                (QDateTime::currentMSecsSinceEpoch() >> 32));
}

int intFromEnv(const char *name, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariable(name).toInt(&ok);
    return ok && n > 0 ? n : fallback;
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    return data;
}

QString writePrivate(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace cb::test
