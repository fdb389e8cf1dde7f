#include "TestSupport.h"

#include "volumes/VolumeBackend.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

#include <fcntl.h>
#include <linux/falloc.h>
#include <unistd.h>

namespace cb::test {

static void writeAt(const QString &path, qint64 offset, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        qFatal("cannot open %s", qPrintable(path));
    f.seek(offset);
    f.write(data);
}

void writeRandom(const QString &path, qint64 offset, qint64 length, quint32 seed)
{
    QRandomGenerator gen(seed);
    const qint64 block = 1 << 20;
    for (qint64 pos = 0; pos < length; pos += block) {
        QByteArray data(std::min(block, length - pos), Qt::Uninitialized);
        gen.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        writeAt(path, offset + pos, data);
    }
}

void writeText(const QString &path, qint64 offset, qint64 length)
{
    QByteArray line = "cloudbackup keeps every volume safe; line 0000000\n";
    QByteArray data;
    data.reserve(length);
    int n = 0;
    while (data.size() < length) {
        line.replace(line.size() - 8, 7, QByteArray::number(n++).rightJustified(7, '0'));
        data += line;
    }
    data.truncate(length);
    writeAt(path, offset, data);
}

void punchHole(const QString &path, qint64 offset, qint64 length)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
    ::fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, offset, length);
    ::close(fd);
}

QByteArray sha256File(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

bool sameContent(const QString &a, const QString &b)
{
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    while (!fa.atEnd()) {
        if (fa.read(1 << 20) != fb.read(1 << 20))
            return false;
    }
    return true;
}

Result<Backup> runBackup(Engine &engine, const QString &volume, bool incremental, bool force,
                         const QString &name)
{
    BackupParams p;
    p.volume = volume;
    p.incremental = incremental;
    p.force = force;
    p.name = name;
    JobControl control;
    return engine.createBackup(p, control);
}

Result<Volume> restoreToNew(Engine &engine, const QString &backupId, const QString &name)
{
    RestoreParams p;
    p.backupId = backupId;
    p.newVolumeName = name;
    JobControl control;
    return engine.restore(p, control);
}

Result<Volume> restoreOver(Engine &engine, const QString &backupId, const QString &target)
{
    RestoreParams p;
    p.backupId = backupId;
    p.targetVolume = target;
    JobControl control;
    return engine.restore(p, control);
}

std::shared_ptr<Engine> openEngineOrDie(const QString &home, const QString &catalogUrl)
{
    EngineConfig c;
    c.home = home;
    c.catalogUrl = catalogUrl;
    auto e = Engine::open(c);
    if (!e)
        qFatal("%s", qPrintable(e.error()));
    return *e;
}

Volume makeVolumeOrDie(Engine &engine, const QString &name, qint64 size)
{
    CreateVolumeParams p;
    p.name = name;
    p.size = size;
    auto v = engine.createVolume(p);
    if (!v)
        qFatal("%s", qPrintable(v.error()));
    return *v;
}

Backup backupOrDie(Engine &engine, const QString &volume, bool incremental, const QString &name)
{
    auto b = runBackup(engine, volume, incremental, false, name);
    if (!b)
        qFatal("backup failed: %s", qPrintable(b.error()));
    return *b;
}

QString snapshotOf(const Volume &volume, const QString &dir, const QString &tag)
{
    const QString copy = dir + QStringLiteral("/expected-") + tag;
    QFile::remove(copy);
    QFile::copy(volume.device, copy);
    return copy;
}

QStringList chunkFilesOf(const QString &repository)
{
    QStringList out;
    QDirIterator it(repository + QStringLiteral("/chunks"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

Catalog &catalogOf(const Engine &engine)
{
    static QHash<QString, std::shared_ptr<Catalog>> open;
    const QString url = engine.config().catalogUrl;
    if (!open.contains(url)) {
        auto c = Catalog::open(url);
        if (!c)
            qFatal("cannot open the catalog %s: %s", qPrintable(url), qPrintable(c.error()));
        open.insert(url, *c);
    }
    return *open.value(url);
}

Repository &repositoryOf(const Engine &engine)
{
    static QHash<QString, std::shared_ptr<Repository>> open;
    const QString path = engine.config().repositoryPath;
    if (!open.contains(path)) {
        auto r = Repository::open(path, Repository::Open::Existing);
        if (!r)
            qFatal("cannot open the repository %s: %s", qPrintable(path), qPrintable(r.error()));
        open.insert(path, *r);
    }
    return *open.value(path);
}

} // namespace cb::test
