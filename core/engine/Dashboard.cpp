// Engine::dashboard(): the figures of the console's first page, from the
// catalog and the repository, in one pass over the caller's backups.
#include "engine/Dashboard.h"

#include "engine/Engine.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace cb {

namespace {

bool kept(const Backup &b)
{
    return b.status == BackupStatus::Available || b.status == BackupStatus::Damaged ||
           b.status == BackupStatus::Restoring;
}

void sortBySpace(QList<Dashboard::Space> &list)
{
    std::sort(list.begin(), list.end(), [](const Dashboard::Space &a, const Dashboard::Space &b) {
        return a.storedBytes != b.storedBytes ? a.storedBytes > b.storedBytes : a.name < b.name;
    });
}

QList<Dashboard::Point> growthOf(QList<const Backup *> list)
{
    std::sort(list.begin(), list.end(),
              [](const Backup *a, const Backup *b) { return a->createdAt < b->createdAt; });
    QList<Dashboard::Point> out;
    const qsizetype step = std::max<qsizetype>(1, list.size() / 400);
    qint64 total = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        total += list.at(i)->storedBytes;
        if (i % step == 0 || i == list.size() - 1)
            out.append({list.at(i)->createdAt, total});
    }
    return out;
}

// The chunks and indexes on disk.
void countRepository(const QString &path, Dashboard &d)
{
    d.repositoryBytes = 0;
    d.chunkCount = 0;
    for (const QString &dir : {QStringLiteral("/chunks"), QStringLiteral("/indexes")}) {
        QDirIterator it(path + dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            d.repositoryBytes += it.fileInfo().size();
            if (dir == QLatin1String("/chunks"))
                ++d.chunkCount;
        }
    }
}

} // namespace

Result<Dashboard> Engine::dashboard()
{
    auto volumes = this->volumes();
    if (!volumes)
        return fail(volumes);
    auto backups = this->backups(BackupQuery{});
    if (!backups)
        return fail(backups);
    Dashboard d;
    d.backups = int(backups->size());
    QHash<QString, Dashboard::Space> perVolume, perProject;
    for (const Volume &v : std::as_const(*volumes)) {
        perVolume[v.id] = {v.id, v.name, v.project, 0, 0, 0, {}, !isGone(v.status)};
        d.volumes += isGone(v.status) ? 0 : 1;
    }
    QList<const Backup *> keptList;
    for (const Backup &b : std::as_const(*backups)) {
        if (b.status == BackupStatus::Error || b.status == BackupStatus::Damaged)
            d.attention << b;
        if (!kept(b))
            continue;
        keptList << &b;
        d.logicalBytes += b.size;
        d.readBytes += b.readBytes;
        d.storedBytes += b.storedBytes;
        Dashboard::Space &v = perVolume[b.volumeId];
        if (v.key.isEmpty())
            v = {b.volumeId, b.volumeName, b.project, 0, 0, 0, {}, false};
        Dashboard::Space &p = perProject[b.project];
        p.key = p.name = p.project = b.project;
        for (Dashboard::Space *s : {&v, &p}) {
            ++s->backups;
            s->storedBytes += b.storedBytes;
            s->logicalBytes += b.size;
            if (b.status == BackupStatus::Available &&
                (!s->lastSuccess.isValid() || b.createdAt > s->lastSuccess))
                s->lastSuccess = b.createdAt;
        }
    }
    std::sort(d.attention.begin(), d.attention.end(),
              [](const Backup &a, const Backup &b) { return a.createdAt > b.createdAt; });
    for (const Dashboard::Space &v : std::as_const(perVolume)) {
        if (v.backups > 0)
            d.volumeSpace << v;
        if (v.live && !v.lastSuccess.isValid())
            d.volumesWithout << v;
    }
    d.projects = perProject.values();
    sortBySpace(d.projects);
    sortBySpace(d.volumeSpace);
    std::sort(d.volumesWithout.begin(), d.volumesWithout.end(),
              [](const Dashboard::Space &a, const Dashboard::Space &b) { return a.name < b.name; });
    d.growth = growthOf(keptList);
    if (m_repository && m_policy.seesAll(m_caller))
        countRepository(m_repository->path(), d);
    return d;
}

} // namespace cb
