#include "repository/Repository.h"

#include "crypto/RepositoryKeys.h"
#include "repository/Codec.h"
#include "repository/LocalStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace cb {

Q_LOGGING_CATEGORY(lcRepository, "cloudbackup.repository", QtInfoMsg)

namespace {

const QString EncryptionKey = QStringLiteral("encryption");
const QString KeyFileKey = QStringLiteral("key");
const QString Aes256Gcm = QStringLiteral("aes-256-gcm");

Message passphraseNeededMessage()
{
    return deferTr(
        "Repository",
        "The repository %1 is encrypted: give its passphrase with --password-file FILE (a private "
        "file), CLOUDBACKUP_REPOSITORY_PASSWORD, or on a terminal; or its key file with --key-file "
        "FILE.");
}

Result<QJsonObject> readFormatObject(const RepositoryStore &store)
{
    QByteArray data;
    auto got = store.read(ObjectKind::Format, QString(), &data);
    if (!got)
        return fail(got);
    if (!*got)
        return fail(deferTr("Repository", "Cannot read %1.").arg(store.formatName()));
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(deferTr("Repository", "The format file %1 is damaged.").arg(store.formatName()));
    return doc.object();
}

// A store that holds a repository, for the key commands.
Result<std::unique_ptr<RepositoryStore>> existingStore(const QString &location, const StoreOptions &options)
{
    auto store = openStore(location, options);
    if (!store)
        return fail(store);
    if ((*store)->state() != RepositoryStore::State::Repository)
        return fail(deferTr("Repository", "There is no repository at %1.").arg(location));
    return store;
}

} // namespace

Repository::Repository(std::unique_ptr<RepositoryStore> store)
    : m_store(std::move(store)), m_codec(Codec::plain())
{}

Repository::~Repository() = default;

QString Repository::encryption() const
{
    return m_codec->encryption();
}

Result<void> Repository::writeFormat(RepositoryStore &store, const QString &event, const QByteArray &keyFile)
{
    QJsonObject o{{QStringLiteral("format"), FormatVersion},
                  {QStringLiteral("chunk_size"), ChunkSize},
                  {QStringLiteral("hash"),
                   keyFile.isEmpty() ? QStringLiteral("sha256") : QStringLiteral("hmac-sha256")},
                  {QStringLiteral("compression"), QStringLiteral("zstd")},
                  {QStringLiteral("index"), QStringLiteral("cbix-1")},
                  {EncryptionKey, keyFile.isEmpty() ? QStringLiteral("none") : Aes256Gcm},
                  {event, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (!keyFile.isEmpty())
        o.insert(KeyFileKey, QJsonDocument::fromJson(keyFile).object());
    return store.write(ObjectKind::Format, QString(), QJsonDocument(o).toJson());
}

Result<void> Repository::create(RepositoryStore &store, const QByteArray &keyFile)
{
    if (auto r = store.create(); !r)
        return r;
    // The format object comes last: a location without it is not a repository.
    return writeFormat(store, QStringLiteral("created_at"), keyFile);
}

bool Repository::needsPassphrase(const Error &error)
{
    const QString code = error.what.code();
    return !code.isEmpty() &&
           (code == passphraseNeededMessage().code() ||
            code == deferTr("Crypto", "Wrong passphrase: it does not unlock this repository's key. Nothing "
                                      "was changed.")
                        .code());
}

Result<QByteArray> Repository::readKeyFile(const QString &location, const StoreOptions &options)
{
    auto store = existingStore(location, options);
    if (!store)
        return fail(store);
    auto o = readFormatObject(**store);
    if (!o)
        return fail(o);
    if (o->value(EncryptionKey).toString() != Aes256Gcm)
        return QByteArray();
    return QJsonDocument(o->value(KeyFileKey).toObject()).toJson();
}

Result<void> Repository::replaceKeyFile(const QString &location, const StoreOptions &options,
                                        const QByteArray &keyFile)
{
    auto store = existingStore(location, options);
    if (!store)
        return fail(store);
    auto o = readFormatObject(**store);
    if (!o)
        return fail(o);
    const QJsonDocument key = QJsonDocument::fromJson(keyFile);
    if (o->value(EncryptionKey).toString() != Aes256Gcm || !key.isObject())
        return fail(deferTr("Repository", "The repository %1 is not encrypted.").arg(location));
    o->insert(KeyFileKey, key.object());
    // One full-object write: a reader sees the old key file or the new one.
    return (*store)->write(ObjectKind::Format, QString(), QJsonDocument(*o).toJson());
}

Result<void> Repository::unlock(const crypto::Secret *passphrase, const crypto::Secret *keyFile)
{
    if (m_keyFile.isEmpty())
        return {};
    // A key file first: it costs no KDF (see RepositoryKeys.h).
    const bool byFile = keyFile && !keyFile->isEmpty();
    if (!byFile && (!passphrase || passphrase->isEmpty()))
        return fail(passphraseNeededMessage().arg(location()));
    auto keys = byFile ? crypto::repositorykeys::unlockWithSecretFile(m_keyFile, *keyFile)
                       : crypto::repositorykeys::unlock(m_keyFile, *passphrase);
    if (!keys)
        return fail(keys);
    m_codec = Codec::encrypted(std::move(*keys));
    return {};
}

Result<void> Repository::canInit(const QString &location, const StoreOptions &options)
{
    auto store = openStore(location, options);
    if (!store)
        return fail(store);
    switch ((*store)->state()) {
    case RepositoryStore::State::Repository:
        return fail(deferTr("Repository", "%1 is already a cloudbackup repository.").arg(location));
    case RepositoryStore::State::Foreign:
        return fail(deferTr("Repository",
                            "%1 is not empty; a repository is created only in a new or empty folder, pool "
                            "or namespace.")
                        .arg(location));
    case RepositoryStore::State::Missing:
    case RepositoryStore::State::Empty:
        break;
    }
    return {};
}

Result<void> Repository::init(const QString &location, const StoreOptions &options, const QByteArray &keyFile)
{
    if (auto r = canInit(location, options); !r)
        return r;
    auto store = openStore(location, options);
    if (!store)
        return fail(store);
    return create(**store, keyFile);
}

Result<int> Repository::readFormat()
{
    auto read = readFormatObject(*m_store);
    if (!read)
        return fail(read);
    const QJsonObject &o = *read;
    const QString name = m_store->formatName();
    const int version = o.value(QStringLiteral("format")).toInt();
    if (version <= 0)
        return fail(deferTr("Repository", "The format file %1 is damaged.").arg(name));
    if (version > FormatVersion)
        return fail(
            deferTr("Repository",
                    "The repository %1 has format %2; this version of cloudbackup reads formats up to %3. "
                    "Use a newer cloudbackup.")
                .arg(location())
                .arg(version)
                .arg(FormatVersion));
    if (o.value(QStringLiteral("chunk_size")).toInteger() != ChunkSize)
        return fail(
            deferTr("Repository", "The repository %1 uses an unsupported chunk size.").arg(location()));
    const QString encryption = o.value(EncryptionKey).toString(QStringLiteral("none"));
    if (encryption == Aes256Gcm)
        m_keyFile = QJsonDocument(o.value(KeyFileKey).toObject()).toJson();
    else if (encryption != QLatin1String("none"))
        return fail(deferTr("Repository",
                            "The repository %1 uses the encryption \"%2\", which this version of "
                            "cloudbackup does not know. Use a newer cloudbackup.")
                        .arg(location(), encryption));
    return version;
}

Result<std::shared_ptr<Repository>> Repository::open(const QString &location, Open mode,
                                                     const StoreOptions &options,
                                                     const crypto::Secret *passphrase,
                                                     const crypto::Secret *keyFile)
{
    auto opened = openStore(location, options);
    if (!opened)
        return fail(opened);
    std::shared_ptr<Repository> repo(new Repository(std::move(*opened)));
    RepositoryStore &store = *repo->m_store;
    const auto state = store.state();
    if (state != RepositoryStore::State::Repository) {
        const bool blank = state == RepositoryStore::State::Missing || state == RepositoryStore::State::Empty;
        if (mode == Open::CreateIfAbsent && blank) {
            if (auto r = create(store); !r)
                return fail(r);
        } else if (state == RepositoryStore::State::Missing ||
                   (state == RepositoryStore::State::Empty && isRemoteLocation(location))) {
            return fail(
                deferTr("Repository",
                        "There is no repository at %1. Create one with \"cloudbackupctl repo init %1\".")
                    .arg(location));
        } else {
            return fail(deferTr("Repository",
                                "%1 is not a cloudbackup repository (it has no %2). Check --repository, or "
                                "create a repository in an empty folder with \"cloudbackupctl repo init\".")
                            .arg(location, store.formatName()));
        }
    }
    auto version = repo->readFormat();
    if (!version)
        return fail(version);
    // Before anything is tidied: a wrong passphrase changes nothing.
    if (auto r = repo->unlock(passphrase, keyFile); !r)
        return fail(r);
    if (auto r = store.prepare(); !r)
        return fail(r);
    if (*version < FormatVersion) {
        if (auto r = repo->upgradeFrom1(); !r)
            return fail(r);
    }
    return repo;
}

ChunkHash Repository::chunkId(const char *data, qint64 length) const
{
    return m_codec->id(data, length);
}

QString Repository::chunkPath(const ChunkHash &hash) const
{
    auto *local = dynamic_cast<LocalStore *>(m_store.get());
    return local ? local->pathOf(ObjectKind::Chunk, hex(hash)) : QString();
}

bool Repository::hasChunk(const ChunkHash &hash) const
{
    return m_store->exists(ObjectKind::Chunk, hex(hash));
}

Result<std::unique_ptr<Repository::Staging>> Repository::beginStaging(const QString &jobId) const
{
    auto s = m_store->beginStaging(jobId);
    if (!s)
        return fail(s);
    return std::unique_ptr<Staging>(new Staging(std::move(*s)));
}

Result<qint64> Repository::putChunk(Staging &staging, const ChunkHash &hash, const char *data,
                                    qint64 length) const
{
    const QString name = hex(hash);
    auto claimed = staging.m_store->claim(name);
    if (!claimed || !*claimed)
        return claimed ? Result<qint64>(qint64(0)) : fail(claimed);
    const Codec::Encoded e = m_codec->encode(hash, data, length);
    auto written = staging.m_store->put(name, e.head, e.payload, e.length);
    if (!written)
        return fail(written);
    return *written ? static_cast<qint64>(e.head.size() + e.length) : qint64(0);
}

Result<void> Repository::getChunkInto(const ChunkHash &hash, char *out, qint64 capacity, qint64 *length) const
{
    thread_local QByteArray stored;
    auto got = m_store->read(ObjectKind::Chunk, hex(hash), &stored);
    if (!got)
        return fail(got);
    if (!*got)
        return fail(deferTr("Repository", "Chunk %1 is missing from the repository.").arg(hex(hash)));
    return m_codec->decode(hash, stored, out, capacity, length);
}

Result<QByteArray> Repository::getChunk(const ChunkHash &hash) const
{
    QByteArray data(ChunkSize, Qt::Uninitialized);
    qint64 length = 0;
    if (auto r = getChunkInto(hash, data.data(), data.size(), &length); !r)
        return fail(r);
    data.truncate(length);
    return data;
}

Result<void> Repository::quarantine(const ChunkHash &hash) const
{
    if (auto r = m_store->quarantine(hex(hash)); !r)
        return fail(
            deferTr("Repository", "Cannot move the damaged chunk %1 aside: %2").arg(hex(hash), r.error()));
    qCWarning(lcRepository) << "chunk moved aside as damaged:" << hex(hash);
    return {};
}

Result<void> Repository::PendingIndex::commit()
{
    if (auto r = m_writer->finish(); !r)
        return r;
    if (m_object)
        return m_object->commit();
    const QByteArray &plain = static_cast<QBuffer &>(*m_buffer).data();
    return m_repository->m_store->write(ObjectKind::Index, m_id,
                                        m_repository->m_codec->seal("index", m_id, plain));
}

Result<std::unique_ptr<Repository::PendingIndex>> Repository::createIndex(const IndexHeader &header) const
{
    std::unique_ptr<PendingIndex> p(new PendingIndex);
    if (m_keyFile.isEmpty()) {
        auto object = m_store->create(ObjectKind::Index, header.record.id);
        if (!object)
            return fail(object);
        p->m_object = std::move(*object);
        p->m_writer = std::make_unique<IndexWriter>(p->m_object->device(), location(), header);
        return p;
    }
    // 32 bytes per 4 MiB chunk: 8 MiB in memory for a 1 TiB volume.
    auto buffer = std::make_unique<QBuffer>();
    buffer->open(QIODevice::WriteOnly);
    p->m_buffer = std::move(buffer);
    p->m_repository = this;
    p->m_id = header.record.id;
    p->m_writer = std::make_unique<IndexWriter>(*p->m_buffer, location(), header);
    return p;
}

Result<std::unique_ptr<IndexReader>> Repository::openIndex(const QString &backupId) const
{
    auto device = m_store->open(ObjectKind::Index, backupId);
    if (!device) {
        if (!m_store->exists(ObjectKind::Index, backupId))
            return fail(deferTr("Repository", "The index of backup %1 is missing from the repository.")
                            .arg(backupId));
        return fail(device);
    }
    if (m_keyFile.isEmpty())
        return IndexReader::open(std::move(*device), backupId);
    auto plain = m_codec->open("index", backupId, (*device)->readAll());
    if (!plain)
        return fail(plain);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(*plain);
    buffer->open(QIODevice::ReadOnly);
    return IndexReader::open(std::move(buffer), backupId);
}

bool Repository::hasIndex(const QString &backupId) const
{
    return m_store->exists(ObjectKind::Index, backupId);
}

Result<void> Repository::removeBackup(const QString &backupId)
{
    for (const ObjectKind kind : {ObjectKind::Record, ObjectKind::Index}) {
        if (auto r = m_store->remove(kind, backupId); !r)
            return fail(
                deferTr("Repository", "Cannot remove the index of backup %1: %2").arg(backupId, r.error()));
    }
    return {};
}

QStringList Repository::indexIds() const
{
    return m_store->list(ObjectKind::Index);
}

Result<void> Repository::writeRecord(const Backup &record, bool durable) const
{
    Backup stored = record;
    stored.status = BackupStatus::Available;
    stored.error.clear();
    return m_store->write(
        ObjectKind::Record, record.id,
        m_codec->seal("record", record.id, QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)),
        durable);
}

Result<Backup> Repository::readRecord(const QString &backupId) const
{
    QByteArray data;
    if (auto got = m_store->read(ObjectKind::Record, backupId, &data); got && *got) {
        if (auto plain = m_codec->open("record", backupId, data); plain) {
            Backup b = Backup::fromJson(QJsonDocument::fromJson(*plain).object());
            if (b.id == backupId)
                return b;
        }
    }
    auto index = openIndex(backupId);
    if (!index)
        return fail(index);
    return (*index)->header().record;
}

Result<std::unique_ptr<Repository::Lock>> Repository::lockShared() const
{
    return m_store->lockShared();
}

std::unique_ptr<Repository::Lock> Repository::tryLockExclusive() const
{
    return m_store->tryLockExclusive();
}

Result<std::unique_ptr<Repository::Lock>> Repository::lockExclusive(const std::atomic_bool *cancel) const
{
    return m_store->lockExclusive(cancel);
}

Result<GcStats> Repository::gc(const std::atomic_bool *cancel, const ProgressFn &progress)
{
    // Mark under the exclusive lock: no backup runs, so every chunk a backup
    // may reference is in a committed index or written after the sweep began.
    auto lock = lockExclusive(cancel);
    if (!lock)
        return fail(lock);
    auto sweep = m_store->beginSweep();
    if (!sweep)
        return fail(sweep);
    QStringList unreadable;
    const QSet<ChunkHash> referenced = referencedChunks(&unreadable);
    if (!unreadable.isEmpty()) // never delete chunks on the strength of an unreadable index
        return fail(deferTr("Repository", "Garbage collection stopped: %1").arg(unreadable.first()));
    const QStringList chunks = m_store->list(ObjectKind::Chunk);
    if ((*sweep)->runsUnlocked())
        lock->reset(); // backups may start again; the sweep keeps what they use
    GcStats stats;
    qint64 seen = 0;
    for (const QString &name : chunks) {
        if (cancel && cancel->load())
            return fail(deferTr("Repository", "Cancelled."));
        if (referenced.contains(QByteArray::fromHex(name.toLatin1()))) {
            ++stats.chunksKept;
        } else if (const qint64 freed = (*sweep)->remove(name); freed >= 0) {
            ++stats.chunksRemoved;
            stats.bytesFreed += freed;
        } else {
            ++stats.chunksKept;
        }
        if (progress)
            progress(++seen, chunks.size());
    }
    stats.tempFilesRemoved = m_store->removeLeftovers();
    return stats;
}

QSet<ChunkHash> Repository::referencedChunks(QStringList *unreadable, QStringList *unreadableIds) const
{
    QSet<ChunkHash> all;
    const QStringList ids = indexIds();
    for (const QString &id : ids) {
        auto index = openIndex(id);
        if (!index) {
            // Removed by a delete since the listing: nothing to keep for it.
            if (hasIndex(id)) {
                *unreadable << index.error();
                if (unreadableIds)
                    *unreadableIds << id;
            }
            continue;
        }
        while (!(*index)->atEnd()) {
            auto h = (*index)->next();
            if (!h)
                break;
            if (!h->isEmpty())
                all.insert(*h);
        }
        if (auto r = (*index)->checkRest(); !r) {
            *unreadable << r.error();
            if (unreadableIds)
                *unreadableIds << id;
        }
    }
    return all;
}

} // namespace cb
