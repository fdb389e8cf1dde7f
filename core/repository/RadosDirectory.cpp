#include "repository/RadosDirectory.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <map>
#include <vector>

namespace cb {

namespace {

const std::string DirectoryObject = "cloudbackup.directory";
const char CompleteKey[] = "cloudbackup.complete";
constexpr uint64_t KeysPerCall = 1000;
constexpr size_t StatsInFlight = 64;

std::atomic<qint64> walked{0};

Error directoryError(int r)
{
    return fail(deferTr("Repository", "Cannot update the repository's list of backups: %1")
                    .arg(QString::fromLocal8Bit(std::strerror(-r))));
}

librados::bufferlist one()
{
    librados::bufferlist bl;
    bl.append("1", 1);
    return bl;
}

} // namespace

qint64 radosObjectsWalked()
{
    return walked.load();
}

void countRadosObjectsWalked(qint64 n)
{
    walked += n;
}

bool RadosDirectory::isDirectoryObject(const std::string &oid)
{
    return oid == DirectoryObject;
}

bool RadosDirectory::complete() const
{
    librados::bufferlist bl;
    return m_io.getxattr(DirectoryObject, CompleteKey, bl) >= 0;
}

Result<void> RadosDirectory::create()
{
    librados::ObjectWriteOperation op;
    op.create(false);
    op.setxattr(CompleteKey, one());
    if (const int r = m_io.operate(DirectoryObject, &op); r < 0)
        return directoryError(r);
    return {};
}

Result<void> RadosDirectory::rebuildIfMissing()
{
    if (complete())
        return {};
    // Objects written meanwhile by other consoles set their own keys, so
    // walking once and then marking the list complete loses none.
    std::set<std::string> keys;
    qint64 seen = 0;
    try {
        for (auto it = m_io.nobjects_begin(); it != m_io.nobjects_end(); ++it, ++seen) {
            const std::string &oid = it->get_oid();
            if (oid.rfind("index.", 0) == 0 || oid.rfind("record.", 0) == 0)
                keys.insert(oid);
        }
    } catch (const std::exception &e) {
        countRadosObjectsWalked(seen);
        return fail(deferTr("Repository", "Cannot list the repository to build its list of backups: %1")
                        .arg(QString::fromLocal8Bit(e.what())));
    }
    countRadosObjectsWalked(seen);
    if (auto r = setKeys(keys); !r)
        return r;
    return create();
}

Result<void> RadosDirectory::setKeys(const std::set<std::string> &keys)
{
    std::map<std::string, librados::bufferlist> batch;
    auto flush = [&]() -> int {
        librados::ObjectWriteOperation op;
        op.create(false);
        op.omap_set(batch);
        batch.clear();
        return m_io.operate(DirectoryObject, &op);
    };
    for (const std::string &key : keys) {
        batch.emplace(key, librados::bufferlist());
        if (batch.size() == KeysPerCall) {
            if (const int r = flush(); r < 0)
                return directoryError(r);
        }
    }
    if (!batch.empty()) {
        if (const int r = flush(); r < 0)
            return directoryError(r);
    }
    return {};
}

Result<void> RadosDirectory::add(const std::string &oid)
{
    return setKeys({oid});
}

Result<void> RadosDirectory::remove(const std::string &oid)
{
    librados::ObjectWriteOperation op;
    op.omap_rm_keys({oid});
    const int r = m_io.operate(DirectoryObject, &op);
    if (r < 0 && r != -ENOENT)
        return directoryError(r);
    return {};
}

Result<QStringList> RadosDirectory::list(const std::string &prefix) const
{
    std::vector<std::string> oids;
    for (std::string after;;) {
        std::map<std::string, librados::bufferlist> page;
        bool more = false;
        const int r = m_io.omap_get_vals2(DirectoryObject, after, prefix, KeysPerCall, &page, &more);
        if (r < 0)
            return fail(deferTr("Repository", "Cannot read the repository's list of backups: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(-r))));
        for (const auto &entry : page)
            oids.push_back(entry.first);
        if (!more || page.empty())
            break;
        after = page.rbegin()->first;
    }
    // A key whose object is gone (its writer died between the two steps) is not listed.
    QStringList names;
    for (size_t at = 0; at < oids.size(); at += StatsInFlight) {
        const size_t end = std::min(oids.size(), at + StatsInFlight);
        std::vector<librados::AioCompletion *> pending;
        std::vector<uint64_t> sizes(end - at);
        std::vector<time_t> times(end - at);
        for (size_t i = at; i < end; ++i) {
            pending.push_back(librados::Rados::aio_create_completion());
            m_io.aio_stat(oids[i], pending.back(), &sizes[i - at], &times[i - at]);
        }
        for (size_t i = at; i < end; ++i) {
            librados::AioCompletion *c = pending[i - at];
            c->wait_for_complete();
            if (c->get_return_value() == 0)
                names << QString::fromStdString(oids[i].substr(prefix.size()));
            c->release();
        }
    }
    return names;
}

} // namespace cb
