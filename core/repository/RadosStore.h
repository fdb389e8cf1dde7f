#pragma once

#include "repository/Store.h"

namespace cb {

// A repository in a Ceph RADOS pool (optionally one namespace of it), through
// librados: "rados:POOL[/NAMESPACE]". See docs/ARCHITECTURE.md "RADOS
// repository" for the objects, the leases and how gc stays safe beside
// backups on other hosts.
Result<std::unique_ptr<RepositoryStore>> openRadosStore(const QString &poolAndNamespace,
                                                        const StoreOptions &options);

} // namespace cb
