#include "cli/OtherRepository.h"

#include "crypto/Passphrase.h"
#include "engine/Engine.h"

#include <QCoreApplication>

namespace cb::cli {

namespace {

QString prefixed(OtherSide side, const char *name)
{
    return QLatin1String(side == OtherSide::To ? "to-" : "from-") + QLatin1String(name);
}

} // namespace

Result<RepositoryRef> otherRepository(const Invocation &call, const QString &location, OtherSide side)
{
    RepositoryRef ref;
    ref.location = location;
    ref.options.cephConf = call.valueOr(prefixed(side, "ceph-conf"));
    if (ref.options.cephConf.isEmpty())
        ref.options.cephConf =
            call.config.repositoryCephConf.isEmpty() ? call.config.cephConf : call.config.repositoryCephConf;
    // Only an encrypted repository asks for a passphrase; a location that
    // cannot be read is left for the engine to report.
    auto keyFile = Repository::readKeyFile(location, ref.options);
    if (!keyFile || keyFile->isEmpty())
        return ref;
    if (const QString path = call.valueOr(prefixed(side, "key-file")); !path.isEmpty()) {
        auto secret = crypto::passphrase::fromKeyFile(path);
        if (!secret)
            return fail(secret);
        ref.keyFile = std::make_shared<const crypto::Secret>(std::move(*secret));
        return ref;
    }
    crypto::passphrase::Sources sources;
    sources.file = call.valueOr(prefixed(side, "password-file"));
    sources.variable = side == OtherSide::To ? "CLOUDBACKUP_TARGET_REPOSITORY_PASSWORD"
                                             : "CLOUDBACKUP_SOURCE_REPOSITORY_PASSWORD";
    sources.prompt = QCoreApplication::translate("Cli", "Passphrase of the repository %1: ").arg(location);
    auto pass = crypto::passphrase::read(sources);
    if (!pass)
        return fail(pass);
    ref.passphrase = std::make_shared<const crypto::Secret>(std::move(*pass));
    return ref;
}

QList<Option> otherRepositoryOptions(OtherSide side)
{
    const bool to = side == OtherSide::To;
    // Each option names a file; only the name and the help differ.
    const auto file = [side](const char *name, const char *help) {
        return Option{.name = prefixed(side, name),
                      .valueName = "FILE",
                      .help = help,
                      .nonEmpty = true,
                      .complete = Complete::File};
    };
    return {
        file("ceph-conf", to ? QT_TRANSLATE_NOOP("Cli", "Ceph configuration of a RADOS target (default: the "
                                                        "repository's, else the volumes')")
                             : QT_TRANSLATE_NOOP("Cli", "Ceph configuration of a RADOS copy (default: the "
                                                        "repository's, else the volumes')")),
        file("password-file",
             to ? QT_TRANSLATE_NOOP("Cli", "an encrypted target's passphrase, from this private file "
                                           "(or CLOUDBACKUP_TARGET_REPOSITORY_PASSWORD; else asked)")
                : QT_TRANSLATE_NOOP("Cli", "an encrypted copy's passphrase, from this private file "
                                           "(or CLOUDBACKUP_SOURCE_REPOSITORY_PASSWORD; else asked)")),
        file("key-file",
             to ? QT_TRANSLATE_NOOP("Cli", "an encrypted target's key file, instead of its passphrase")
                : QT_TRANSLATE_NOOP("Cli", "an encrypted copy's key file, instead of its passphrase"))};
}

} // namespace cb::cli
