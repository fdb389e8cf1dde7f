// Upgrade of a format 1 repository (one JSON manifest per backup, holding only
// the chunks that differ from the parent) to format 2 (one self-contained
// index per backup). Runs in place when such a repository is opened.
#include "repository/Repository.h"
#include "repository/RepositoryFiles.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <map>

namespace cb {

Q_DECLARE_LOGGING_CATEGORY(lcRepository)

namespace {

struct ManifestV1
{
    Backup record;
    qint64 volumeSize = 0;
    std::map<qint64, ChunkHash> chunks;
};

Result<ManifestV1> readManifestV1(const QString &dir, const QString &id)
{
    const auto damaged = [&] {
        return fail(deferTr("Repository", "The manifest of backup %1 is damaged.").arg(id));
    };
    QFile f(dir + u'/' + id + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            deferTr("Repository", "The manifest of backup %1 is missing from the repository.").arg(id));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    ManifestV1 m;
    m.record = Backup::fromJson(o.value(QStringLiteral("backup")).toObject());
    m.volumeSize = o.value(QStringLiteral("volume_size")).toInteger(-1);
    if (o.value(QStringLiteral("format")).toInt() != 1 || m.record.id != id || m.volumeSize < 0 ||
        o.value(QStringLiteral("chunk_size")).toInteger() != ChunkSize)
        return damaged();
    const auto chunks = o.value(QStringLiteral("chunks")).toArray();
    for (const auto &c : chunks) {
        const auto pair = c.toArray();
        const qint64 index = pair.at(0).toInteger(-1);
        const QByteArray hash = QByteArray::fromHex(pair.at(1).toString().toLatin1());
        if (index < 0 || (!pair.at(1).isNull() && hash.size() != 32))
            return damaged();
        m.chunks[index] = hash;
    }
    return m;
}

// The volume at one backup: the chain applied full first. Each step cuts the
// map to its own size, so data beyond a shrink never comes back after a grow
// (format 1 readers got this wrong).
Result<std::vector<ChunkHash>> resolveV1(const QString &dir, const QString &id, qint64 *size)
{
    QList<ManifestV1> chain;
    for (QString cur = id; !cur.isEmpty();) {
        auto m = readManifestV1(dir, cur);
        if (!m)
            return fail(m);
        cur = m->record.parentId;
        chain.prepend(std::move(*m));
        if (chain.size() > 100000)
            return fail(deferTr("Repository", "The manifest of backup %1 is damaged.").arg(id));
    }
    std::vector<ChunkHash> map;
    for (const ManifestV1 &m : std::as_const(chain)) {
        map.resize(static_cast<size_t>(chunkCountFor(m.volumeSize)));
        for (const auto &[index, hash] : m.chunks) {
            if (index < static_cast<qint64>(map.size()))
                map[static_cast<size_t>(index)] = hash;
        }
    }
    *size = chain.last().volumeSize;
    return map;
}

} // namespace

Result<void> Repository::upgradeFrom1()
{
    // Format 1 existed only in local folders.
    const QString root = m_store->localDirectory();
    if (root.isEmpty())
        return fail(
            deferTr("Repository", "The repository %1 has format 1, which exists only in a local folder.")
                .arg(location()));
    const QString dir = root + QStringLiteral("/manifests");
    qCInfo(lcRepository) << "upgrading repository" << root << "from format 1 to" << FormatVersion;
    for (const QString &sub : {QStringLiteral("indexes"), QStringLiteral("records")}) {
        if (!privatefiles::makeDirectory(root + u'/' + sub))
            return fail(
                deferTr("Repository", "Cannot create the repository directory %1.").arg(root + u'/' + sub));
    }
    const auto files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        const QString id = file.chopped(5);
        qint64 size = 0;
        auto map = resolveV1(dir, id, &size);
        if (!map)
            return fail(deferTr("Repository", "Cannot upgrade the repository %1: %2").arg(root, map.error()));
        auto record = readManifestV1(dir, id);
        IndexHeader header;
        header.record = record->record;
        header.volumeSize = size;
        auto pending = createIndex(header);
        if (!pending)
            return fail(pending);
        for (const ChunkHash &h : std::as_const(*map)) {
            if (auto r = (*pending)->writer().append(h); !r)
                return r;
        }
        if (auto r = (*pending)->commit(); !r)
            return r;
        if (auto r = writeRecord(header.record); !r)
            return r;
    }
    // The new format is declared only once every index is durable; a kill
    // before this line upgrades again at the next open.
    if (auto r = writeFormat(*m_store, QStringLiteral("upgraded_at")); !r)
        return r;
    for (const QString &file : files)
        repofiles::removeRegularFile(dir + u'/' + file);
    QDir(root).rmdir(QStringLiteral("manifests"));
    m_upgradedFrom = 1;
    return {};
}

} // namespace cb
