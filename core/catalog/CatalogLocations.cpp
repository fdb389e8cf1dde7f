// Schema step 8: the other repositories that hold a verified copy of each
// backup (repo sync). The engine's own repository is implied, not recorded:
// it holds every available backup, and a catalog opened against another
// repository would otherwise name the wrong one.
#include "catalog/Catalog.h"
#include "catalog/CatalogSql.h"

namespace cb {

using namespace catalogsql;

Result<void> Catalog::recordLocation(const QString &backupId, const QString &location, const QDateTime &at)
{
    if (auto r = bump(); !r)
        return r;
    return run(
        db(),
        QStringLiteral("INSERT INTO backup_locations (backup_id, location, verified_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (backup_id, location) DO UPDATE SET verified_at = excluded.verified_at"),
        {backupId, location, toMs(at)});
}

Result<void> Catalog::readLocations(const QString &where, const QVariantList &binds,
                                    QHash<QString, QList<BackupLocation>> &out)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT backup_locations.backup_id, backup_locations.location,"
                                  " backup_locations.verified_at FROM backup_locations"
                                  " JOIN backups ON backups.id = backup_locations.backup_id") +
                   where + QStringLiteral(" ORDER BY backup_locations.location")))
        return fail(dbError(q.lastError()));
    if (auto r = exec(q, binds); !r)
        return r;
    while (q.next())
        out[q.value(0).toString()] << BackupLocation{q.value(1).toString(), fromMs(q.value(2))};
    return {};
}

// Every account reads the locations of the backups it sees; a sync (a
// repository-management action) records them, and whoever may delete a
// backup forgets them with it.
QStringList Catalog::postgresLocationSecurity() const
{
    QStringList groups;
    for (Role r : allRoles())
        groups << quoteIdent(groupRole(r));
    const QString manage = QStringLiteral("cb_may('manage-repository', '')");
    const QString project =
        QStringLiteral("COALESCE((SELECT b.project FROM backups b WHERE b.id = backup_id), '')");
    QStringList s;
    s << QStringLiteral("REVOKE ALL ON backup_locations FROM PUBLIC");
    s << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON backup_locations TO %1")
             .arg(groups.join(QLatin1String(", ")));
    s << QStringLiteral("ALTER TABLE backup_locations ENABLE ROW LEVEL SECURITY");
    s << QStringLiteral("ALTER TABLE backup_locations FORCE ROW LEVEL SECURITY");
    s << QStringLiteral("CREATE POLICY cb_own ON backup_locations FOR SELECT"
                        " USING (backup_id IN (SELECT b.id FROM backups b))");
    s << QStringLiteral("CREATE POLICY cb_insert ON backup_locations FOR INSERT WITH CHECK (%1)").arg(manage);
    s << QStringLiteral("CREATE POLICY cb_update ON backup_locations FOR UPDATE USING (%1) WITH CHECK (%1)")
             .arg(manage);
    s << QStringLiteral(
             "CREATE POLICY cb_delete ON backup_locations FOR DELETE USING (%1 OR cb_may('delete', %2))")
             .arg(manage, project);
    return s;
}

} // namespace cb
