#include "volumes/RbdList.h"

#include <cerrno>
#include <deque>
#include <list>
#include <map>
#include <memory>
#include <set>

namespace cb {

namespace {

// Reads in flight at once: enough to hide the round trip, few enough that
// the OSD's queue and the client's memory stay small.
constexpr size_t InFlight = 256;
constexpr uint64_t NoSnap = static_cast<uint64_t>(-2); // CEPH_NOSNAP: the image itself

struct Read
{
    RbdImageFacts *facts = nullptr;
    librados::ObjectReadOperation op;
    librados::AioCompletion *c = nullptr;
    ceph::bufferlist sizeIn;
    ceph::bufferlist sizeOut;
    int sizeResult = 0;
    std::map<std::string, ceph::bufferlist> meta;
    int metaResult = 0;
    std::list<obj_watch_t> watchers;
    int watchResult = 0;

    ~Read()
    {
        if (c)
            c->release();
    }
};

uint64_t le64(const char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

void settle(Read &r, const std::string &metaKey)
{
    r.c->wait_for_complete();
    RbdImageFacts &f = *r.facts;
    int rc = r.c->get_return_value();
    if (rc >= 0)
        rc = r.sizeResult < 0 ? r.sizeResult : r.watchResult;
    if (rc < 0) {
        f.error = rc;
        return;
    }
    // get_size answers (u8 order, u64 size), little-endian.
    if (r.sizeOut.length() < 9) {
        f.error = -EIO;
        return;
    }
    std::string raw;
    r.sizeOut.begin().copy(9, raw);
    f.size = le64(raw.data() + 1);
    for (const obj_watch_t &w : r.watchers)
        f.watchers.push_back({w.watcher_id, w.cookie});
    if (r.metaResult >= 0) {
        if (auto it = r.meta.find(metaKey); it != r.meta.end())
            f.marker = it->second.to_str();
    }
}

} // namespace

void readImageFacts(librados::IoCtx &io, std::vector<RbdImageFacts> &images, const std::string &markerKey)
{
    // Image metadata lives in the header's omap as "metadata_<key>".
    const std::string metaKey = "metadata_" + markerKey;
    const std::set<std::string> keys{metaKey};
    std::deque<std::unique_ptr<Read>> pending;
    for (RbdImageFacts &f : images) {
        if (pending.size() >= InFlight) {
            settle(*pending.front(), metaKey);
            pending.pop_front();
        }
        if (f.id.empty()) {
            f.error = -EOPNOTSUPP; // an old-format image: no header by id
            continue;
        }
        auto r = std::make_unique<Read>();
        r->facts = &f;
        for (int i = 0; i < 8; ++i)
            r->sizeIn.append(static_cast<char>((NoSnap >> (8 * i)) & 0xff));
        r->op.exec("rbd", "get_size", r->sizeIn, &r->sizeOut, &r->sizeResult);
        r->op.omap_get_vals_by_keys(keys, &r->meta, &r->metaResult);
        r->op.list_watchers(&r->watchers, &r->watchResult);
        r->c = librados::Rados::aio_create_completion();
        if (const int e = io.aio_operate("rbd_header." + f.id, r->c, &r->op, nullptr); e < 0) {
            f.error = e;
            continue;
        }
        pending.push_back(std::move(r));
    }
    for (auto &r : pending)
        settle(*r, metaKey);
}

} // namespace cb
