// doctor: what is wrong, and what to do about it.
#include "cli/Command.h"

#include "engine/Engine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::cli {

namespace {

QString levelText(DoctorCheck::Level l)
{
    switch (l) {
    case DoctorCheck::Level::Warn:
        return QCoreApplication::translate("Cli", "warn");
    case DoctorCheck::Level::Fail:
        return QCoreApplication::translate("Cli", "FAIL");
    case DoctorCheck::Level::Ok:
        break;
    }
    return QCoreApplication::translate("Cli", "ok");
}

int print(Output &io, const QList<DoctorCheck> &checks)
{
    bool failed = false;
    QJsonArray json;
    QList<QStringList> rows;
    for (const DoctorCheck &c : checks) {
        failed = failed || c.level == DoctorCheck::Level::Fail;
        QJsonObject o{{QStringLiteral("check"), c.key},
                      {QStringLiteral("status"), DoctorCheck::levelKey(c.level)},
                      {QStringLiteral("detail"), c.detail.text()}};
        if (!c.detail.code().isEmpty())
            o.insert(QStringLiteral("code"), c.detail.code());
        if (!c.fix.isEmpty())
            o.insert(QStringLiteral("fix"), c.fix.text());
        json.append(o);
        rows << QStringList{levelText(c.level), c.key, c.detail.text()};
        if (!c.fix.isEmpty() && c.level != DoctorCheck::Level::Ok)
            rows << QStringList{QString(), QString(),
                                QCoreApplication::translate("Cli", "→ %1").arg(c.fix.text())};
    }
    if (io.json)
        io.printJson(json);
    else
        io.table({QCoreApplication::translate("Cli", "STATUS"), QCoreApplication::translate("Cli", "CHECK"),
                  QCoreApplication::translate("Cli", "DETAIL")},
                 rows);
    return failed ? ExitFailed : ExitOk;
}

// The engine did not open: that is the finding.
DoctorCheck openCheck(const Error &why)
{
    // Named after the part that failed, so a lost repository is not reported as the catalog.
    const QString code = why.what.code();
    const bool repository =
        code.startsWith(QLatin1String("REPOSITORY-")) || code.startsWith(QLatin1String("CRYPTO-"));
    return DoctorCheck{
        repository ? QStringLiteral("repository.reachable") : QStringLiteral("catalog.reachable"),
        DoctorCheck::Level::Fail, why.what,
        deferTr("Doctor", "Fix what the message names (the catalog URL, the database server, the "
                          "password, the repository location), then run the doctor again.")};
}

int doctor(Invocation &call)
{
    if (call.openFailure)
        return print(call.io, {openCheck(*call.openFailure)});
    auto checks = call.engine->doctor();
    if (!checks)
        return call.io.failed(checks.failure());
    return print(call.io, *checks);
}

} // namespace

void addDoctorCommand(QList<Command> &table)
{
    table << Command{.group = QStringLiteral("doctor"),
                     .word = QString(),
                     .summary =
                         QT_TRANSLATE_NOOP("Cli", "Check the catalog, the repository, the Ceph clusters, "
                                                  "jobs, backups and file modes; say what to do."),
                     .needs = Needs::EngineOrFailure,
                     .run = doctor};
}

} // namespace cb::cli
