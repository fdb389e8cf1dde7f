#pragma once

// The list of a RADOS repository's indexes and records, so listing them does
// not walk the chunk objects (a namespace listing reads every object of the
// pool's placement groups). See docs/ARCHITECTURE.md "RADOS repository".

#include "util/Result.h"

#include <QStringList>

#include <rados/librados.hpp>

#include <set>
#include <string>

namespace cb {

// The omap of one object ("cloudbackup.directory"): a key per index and
// record ("index.<id>", "record.<id>"), set before the object is written and
// removed after it is, so every object there has its key. A key without its
// object (a writer died between the two steps) is not listed: listing checks
// that each object exists. Pools written before the directory existed have
// it built once, at open, from one walk of the namespace.
class RadosDirectory
{
public:
    explicit RadosDirectory(librados::IoCtx &io) : m_io(io) {}

    static bool isDirectoryObject(const std::string &oid);
    // Whether the list is complete (made by repo init or a rebuild).
    bool complete() const;
    // Creates the empty, complete list (repo init).
    Result<void> create();
    // Builds the list from a walk of the namespace when it is not complete.
    Result<void> rebuildIfMissing();
    Result<void> add(const std::string &oid);
    Result<void> remove(const std::string &oid);
    // The names after the prefix of every listed object that exists.
    Result<QStringList> list(const std::string &prefix) const;

private:
    Result<void> setKeys(const std::set<std::string> &keys);

    librados::IoCtx &m_io;
};

// Objects the store has enumerated by walking a namespace, in this process
// (tests show that listing indexes walks nothing).
qint64 radosObjectsWalked();
void countRadosObjectsWalked(qint64 n);

} // namespace cb
