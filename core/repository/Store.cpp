#include "repository/Store.h"

#include "repository/LocalStore.h"
#ifdef CLOUDBACKUP_HAVE_RBD
#include "repository/RadosStore.h"
#endif

#include <QCoreApplication>

namespace cb {

namespace {

using Factory = Result<std::unique_ptr<RepositoryStore>> (*)(const QString &rest,
                                                             const StoreOptions &options);

struct Scheme
{
    const char *prefix; // "rados:"
    Factory make;       // nullptr: not built in
};

// Each backend other than a local folder: its location scheme and factory.
const Scheme Schemes[] = {
#ifdef CLOUDBACKUP_HAVE_RBD
    {"rados:", openRadosStore},
#else
    {"rados:", nullptr},
#endif
};

} // namespace

bool isRemoteLocation(const QString &location)
{
    for (const Scheme &s : Schemes) {
        if (location.startsWith(QLatin1String(s.prefix)))
            return true;
    }
    return false;
}

Result<std::unique_ptr<RepositoryStore>> openStore(const QString &location, const StoreOptions &options)
{
    for (const Scheme &s : Schemes) {
        const QLatin1String prefix(s.prefix);
        if (!location.startsWith(prefix))
            continue;
        if (!s.make)
            return fail(deferTr("Repository", "This build of cloudbackup cannot use the repository %1.")
                            .arg(location));
        return s.make(location.mid(prefix.size()), options);
    }
    return std::unique_ptr<RepositoryStore>(new LocalStore(location));
}

} // namespace cb
