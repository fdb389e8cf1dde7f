#include "catalog/Catalog.h"
#include "catalog/CatalogSql.h"

#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace cb {

using namespace catalogsql;

namespace {

struct Migration
{
    int version;
    QStringList statements; // "%AUTOID%" becomes the driver's auto-increment key
};

// Forward-only; never edit a released step, add a new one.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         {QStringLiteral(
              "CREATE TABLE projects (name VARCHAR(64) PRIMARY KEY, description TEXT NOT NULL DEFAULT '',"
              " created_at BIGINT NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE volumes (id VARCHAR(300) PRIMARY KEY, name VARCHAR(200) NOT NULL,"
              " project VARCHAR(64) NOT NULL, type VARCHAR(100) NOT NULL, size BIGINT NOT NULL,"
              " device TEXT NOT NULL DEFAULT '', first_seen BIGINT NOT NULL, last_seen BIGINT NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE backups (id VARCHAR(40) PRIMARY KEY, name VARCHAR(200) NOT NULL,"
              " description TEXT NOT NULL DEFAULT '', volume_id VARCHAR(300) NOT NULL,"
              " volume_name VARCHAR(200) NOT NULL, project VARCHAR(64) NOT NULL,"
              " volume_type VARCHAR(100) NOT NULL, kind VARCHAR(16) NOT NULL,"
              " parent_id VARCHAR(40), status VARCHAR(16) NOT NULL, size BIGINT NOT NULL,"
              " read_bytes BIGINT NOT NULL DEFAULT 0, stored_bytes BIGINT NOT NULL DEFAULT 0,"
              " created_at BIGINT NOT NULL, completed_at BIGINT, forced INTEGER NOT NULL DEFAULT 0,"
              " warning TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX backups_volume ON backups (volume_id, created_at)"),
          QStringLiteral("CREATE INDEX backups_parent ON backups (parent_id)"),
          QStringLiteral("CREATE TABLE tags (name VARCHAR(64) PRIMARY KEY, created_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE backup_tags (backup_id VARCHAR(40) NOT NULL, tag VARCHAR(64) NOT NULL,"
                         " PRIMARY KEY (backup_id, tag))"),
          QStringLiteral("CREATE TABLE users (name VARCHAR(64) PRIMARY KEY, role VARCHAR(32) NOT NULL,"
                         " created_at BIGINT NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE user_projects (user_name VARCHAR(64) NOT NULL, project VARCHAR(64) NOT NULL,"
              " PRIMARY KEY (user_name, project))"),
          QStringLiteral("CREATE TABLE policy (action VARCHAR(32) NOT NULL, role VARCHAR(32) NOT NULL,"
                         " scope VARCHAR(32) NOT NULL, PRIMARY KEY (action, role))"),
          QStringLiteral("CREATE TABLE jobs (id VARCHAR(40) PRIMARY KEY, kind VARCHAR(16) NOT NULL,"
                         " status VARCHAR(16) NOT NULL, backup_id VARCHAR(40), volume_id VARCHAR(300),"
                         " host VARCHAR(255) NOT NULL, pid BIGINT NOT NULL, started_at BIGINT NOT NULL,"
                         " finished_at BIGINT, error TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE TABLE audit (id %AUTOID%, at BIGINT NOT NULL, user_name VARCHAR(64) NOT NULL,"
              " action VARCHAR(32) NOT NULL, object VARCHAR(300) NOT NULL, detail TEXT NOT NULL)"),
          QStringLiteral(
              "INSERT INTO projects (name, description, created_at) VALUES ('admin', 'Default', 0)")}},
        // A generation number bumped by every change of backups or tags, so
        // consoles sharing a catalog notice each other's changes cheaply.
        {2,
         {QStringLiteral("CREATE TABLE catalog_state (id INTEGER PRIMARY KEY, generation BIGINT NOT NULL)"),
          QStringLiteral("INSERT INTO catalog_state (id, generation) VALUES (1, 0)")}},
        // The job that marked a backup "deleting", so recovering one dead job
        // never touches the rows another console's live job is deleting.
        {3, {QStringLiteral("ALTER TABLE backups ADD COLUMN job_id VARCHAR(40)")}},
        // Accounts can be disabled; the audit says in which project and with
        // what result ("ok", "denied", "failed"). On PostgreSQL this step also
        // sets up the database's own enforcement (Catalog::postgresSecurity()).
        {4,
         {QStringLiteral("ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE audit ADD COLUMN project VARCHAR(64) NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE audit ADD COLUMN result VARCHAR(16) NOT NULL DEFAULT 'ok'"),
          QStringLiteral("CREATE INDEX audit_at ON audit (at)")}},
        // PostgreSQL only: the database follows the policy table, so a site's
        // widened matrix works for plain SQL too (Catalog::postgresPolicySecurity()).
        {5, {}},
        // A log per job (its main steps, warnings and error, as encoded
        // Messages so each reader sees them in their language), the history
        // ordered by start, and each backup's last verify.
        {6,
         {QStringLiteral("CREATE TABLE job_log (id %AUTOID%, job_id VARCHAR(40) NOT NULL, at BIGINT NOT NULL,"
                         " level VARCHAR(16) NOT NULL, message TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX job_log_job ON job_log (job_id, id)"),
          QStringLiteral("CREATE INDEX jobs_started ON jobs (started_at)"),
          QStringLiteral("ALTER TABLE backups ADD COLUMN verified_at BIGINT"),
          QStringLiteral("ALTER TABLE backups ADD COLUMN verify_result VARCHAR(16) NOT NULL DEFAULT ''")}},
        // Backup policies, the runs their runners claimed (one row per slot, so
        // two runners never run one slot), and protected backups. Protection is
        // its own table so a backup row can only go after unprotecting it
        // (a trigger, per driver: Catalog::protectionTriggers()).
        {7,
         {QStringLiteral("CREATE TABLE backup_policies (name VARCHAR(64) PRIMARY KEY,"
                         " project VARCHAR(64) NOT NULL DEFAULT '', definition TEXT NOT NULL,"
                         " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE policy_runs (policy VARCHAR(64) NOT NULL, slot BIGINT NOT NULL,"
                         " host VARCHAR(255) NOT NULL, pid BIGINT NOT NULL, claimed_at BIGINT NOT NULL,"
                         " finished_at BIGINT, result VARCHAR(16) NOT NULL DEFAULT 'running',"
                         " detail TEXT NOT NULL DEFAULT '', PRIMARY KEY (policy, slot))"),
          QStringLiteral("CREATE TABLE backup_protection (backup_id VARCHAR(40) PRIMARY KEY,"
                         " protected_at BIGINT NOT NULL, protected_by VARCHAR(64) NOT NULL)")}},
        // The other repositories holding a verified copy of a backup (CatalogLocations.cpp).
        {8,
         {QStringLiteral("CREATE TABLE backup_locations (backup_id VARCHAR(40) NOT NULL,"
                         " location VARCHAR(1000) NOT NULL, verified_at BIGINT NOT NULL,"
                         " PRIMARY KEY (backup_id, location))")}},
    };
    return list;
}

QAtomicInt instanceCounter;

} // namespace

Result<std::shared_ptr<Catalog>> Catalog::open(const QString &url, const CatalogLogin &login)
{
    std::shared_ptr<Catalog> c(new Catalog);
    c->m_url = url;
    c->m_login = login;
    c->m_connectionPrefix = QStringLiteral("cloudbackup-%1-").arg(instanceCounter.fetchAndAddRelaxed(1));
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const auto scheme = schemeRe.match(url);
    const QString schemeName = scheme.hasMatch() ? scheme.captured(1).toLower() : QString();
    if (schemeName == QLatin1String("postgresql") || schemeName == QLatin1String("postgres")) {
        c->m_driver = QStringLiteral("QPSQL");
        const QUrl u(url);
        // Never echo the URL itself here: it may carry the password.
        if (!u.password().isEmpty() || u.query().contains(QLatin1String("password"), Qt::CaseInsensitive))
            return fail(deferTr(
                "Catalog", "The catalog URL contains a password, which every local user could read in the "
                           "process list. Remove it from the URL and give the password in "
                           "CLOUDBACKUP_PASSWORD, PGPASSWORD or ~/.pgpass."));
        if (!u.isValid() || u.host().isEmpty() || u.path().mid(1).isEmpty())
            return fail(deferTr("Catalog", "The catalog URL \"%1\" is not valid; expected "
                                           "postgresql://USER@HOST:PORT/DATABASE.")
                            .arg(url));
    } else if (scheme.hasMatch() && schemeName != QLatin1String("sqlite")) {
        return fail(deferTr("Catalog", "The catalog URL scheme \"%1\" is not supported; use "
                                       "postgresql://USER@HOST:PORT/DATABASE, sqlite:PATH or a file path.")
                        .arg(scheme.captured(1)));
    } else {
        c->m_driver = QStringLiteral("QSQLITE");
        QString path = url;
        if (url.startsWith(QLatin1String("sqlite:"))) {
            path = url.mid(7);
            if (path.startsWith(QLatin1String("//"))) // sqlite:///abs/path
                path = path.mid(2);
        }
        if (path.isEmpty())
            return fail(deferTr("Catalog", "The catalog path is empty."));
        if (!privatefiles::makeDirectory(QFileInfo(path).absolutePath()))
            return fail(deferTr("Catalog", "Cannot create the directory of the catalog %1.").arg(path));
        c->m_url = QFileInfo(path).absoluteFilePath();
        // SQLite makes its -wal and -shm files with the database file's mode:
        // made here 0600 (an empty file is a new database), they are private
        // too. Those of earlier releases were readable by every local user.
        privatefiles::createFile(c->m_url);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            privatefiles::tighten(c->m_url + QLatin1String(suffix));
    }
    if (!QSqlDatabase::isDriverAvailable(c->m_driver))
        return fail(deferTr("Catalog", "The Qt SQL driver %1 is not installed.").arg(c->m_driver));
    if (auto r = c->connect(); !r)
        return fail(r);
    if (auto r = c->migrate(); !r)
        return fail(r);
    return c;
}

QString Catalog::loginName() const
{
    if (!m_login.account.isEmpty())
        return m_login.account;
    const QString fromUrl = QUrl(m_url).userName();
    if (!fromUrl.isEmpty())
        return fromUrl;
    if (qEnvironmentVariableIsSet("PGUSER"))
        return qEnvironmentVariable("PGUSER");
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(geteuid());
}

QString Catalog::loginError(const QString &driverText) const
{
    // The server's words, without the password should it ever echo it.
    QString text = driverText.trimmed();
    if (!m_login.password.isEmpty())
        text.replace(m_login.password, QStringLiteral("****"));
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("authentication failed")))
        return QCoreApplication::translate(
                   "Catalog",
                   "Cannot log in to the catalog %1 as \"%2\": the account name or password is wrong.")
            .arg(describe(), loginName());
    if (text.contains(QLatin1String("not permitted to log in")))
        return QCoreApplication::translate("Catalog",
                                           "Cannot log in to the catalog %1: the account \"%2\" is disabled.")
            .arg(describe(), loginName());
    if (text.contains(QLatin1String("no password supplied")))
        return QCoreApplication::translate(
                   "Catalog", "The catalog %1 needs a password for \"%2\": give it in CLOUDBACKUP_PASSWORD, "
                              "PGPASSWORD or ~/.pgpass.")
            .arg(describe(), loginName());
    return QCoreApplication::translate("Catalog", "Cannot open the catalog %1: %2").arg(describe(), text);
}

Result<void> Catalog::connect()
{
    QSqlDatabase d = db();
    if (!d.isOpen()) {
        const QString why = d.lastError().text();
        // The failed connection must not be reused by a later open.
        const QString name = d.connectionName();
        d = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (m_driver == QLatin1String("QPSQL"))
            return fail(loginError(why));
        return fail(deferTr("Catalog", "Cannot open the catalog %1: %2").arg(describe(), why));
    }
    if (m_driver != QLatin1String("QPSQL")) {
        // The account is what the system authenticated, never an environment variable.
        if (const passwd *pw = getpwuid(geteuid()))
            m_user = QString::fromLocal8Bit(pw->pw_name);
        else
            m_user = QString::number(geteuid());
        return {};
    }
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("SELECT current_user, current_database()")) || !q.next())
        return fail(dbError(q.lastError()));
    m_user = q.value(0).toString();
    m_database = q.value(1).toString();
    return {};
}

Catalog::~Catalog()
{
    const QString name =
        m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString Catalog::describe() const
{
    if (m_driver == QLatin1String("QPSQL")) {
        QUrl u(m_url);
        return QStringLiteral("PostgreSQL %1:%2/%3").arg(u.host()).arg(u.port(5432)).arg(u.path().mid(1));
    }
    return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(m_url));
}

QSqlDatabase Catalog::db() const
{
    // A connection belongs to the thread that opened it.
    const QString name =
        m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(m_driver, name);
    if (m_driver == QLatin1String("QPSQL")) {
        const QUrl u(m_url);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setDatabaseName(u.path().mid(1));
        // Empty user or password: libpq's own defaults (PGUSER, PGPASSWORD, ~/.pgpass).
        db.setUserName(m_login.account.isEmpty() ? u.userName() : m_login.account);
        db.setPassword(m_login.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
            // Role statements quote literals themselves: a backslash must stay a backslash.
            q.exec(QStringLiteral("SET standard_conforming_strings TO on"));
        }
    } else {
        db.setDatabaseName(m_url);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
    }
    return db;
}

int Catalog::schemaVersion() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Result<void> Catalog::transaction(const std::function<Result<void>()> &fn)
{
    QSqlDatabase d = db();
    bool began;
    if (m_driver == QLatin1String("QSQLITE")) {
        QSqlQuery q(d);
        began = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!began)
            return fail(dbError(q.lastError()));
    } else {
        began = d.transaction();
        if (!began)
            return fail(dbError(d.lastError()));
        // Serialise chain-changing transactions of every console sharing the catalog.
        QSqlQuery lock(d);
        if (!m_migrating && !lock.exec(QStringLiteral("LOCK TABLE backups IN SHARE ROW EXCLUSIVE MODE"))) {
            const QString err = dbError(lock.lastError());
            QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
            return fail(err);
        }
    }
    auto r = fn();
    QSqlQuery q(d);
    if (!r) {
        q.exec(QStringLiteral("ROLLBACK"));
        return r;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString err = dbError(q.lastError());
        QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
        return fail(err);
    }
    return {};
}

Result<void> Catalog::migrate()
{
    QSqlDatabase d = db();
    const bool pg = m_driver == QLatin1String("QPSQL");
    if (pg) {
        // Accounts cannot create tables: look before creating, and let only
        // the database's owner upgrade (it owns the tables and the roles).
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
            return fail(dbError(q.lastError()));
        int version = 0;
        const bool exists = q.value(0).toBool();
        if (exists) {
            QSqlQuery v(d);
            if (!v.exec(QStringLiteral("SELECT version FROM schema_version")))
                return fail(dbError(v.lastError()));
            if (v.next())
                version = v.value(0).toInt();
        }
        if (version == SchemaVersion)
            return {};
        if (version < SchemaVersion) {
            QSqlQuery who(d);
            if (!who.exec(QStringLiteral(
                    "SELECT pg_get_userbyid(d.datdba), r.rolsuper, r.rolcreaterole FROM pg_database d,"
                    " pg_roles r WHERE d.datname = current_database() AND r.rolname = current_user")) ||
                !who.next())
                return fail(dbError(who.lastError()));
            const QString owner = who.value(0).toString();
            const bool super = who.value(1).toBool();
            if (owner != m_user && !super)
                return fail(deferTr("Catalog",
                                    "The catalog %1 needs to be set up or upgraded to schema version "
                                    "%2 (it has %3). Only the database's owner, %4, can do that: "
                                    "open it once as %4.")
                                .arg(describe())
                                .arg(SchemaVersion)
                                .arg(version)
                                .arg(owner));
            if (!super && !who.value(2).toBool())
                return fail(
                    deferTr("Catalog",
                            "The owner of the catalog %1, %2, needs the CREATEROLE privilege (or to be "
                            "a superuser) to create the catalog's group roles.")
                        .arg(describe(), owner));
        }
        if (!exists) {
            if (auto r = run(d, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")); !r)
                return r;
        }
    } else if (auto r = run(
                   d, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
               !r) {
        return r;
    }
    m_migrating = true;
    auto done = transaction([&]() -> Result<void> {
        int version = 0;
        {
            QSqlQuery q(d);
            if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
                return fail(dbError(q.lastError()));
            if (q.next())
                version = q.value(0).toInt();
            else if (auto r = run(d, QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")); !r)
                return r;
        }
        if (version > SchemaVersion)
            return fail(
                deferTr("Catalog",
                        "The catalog has schema version %1, newer than this cloudbackup (%2). Upgrade "
                        "cloudbackup.")
                    .arg(version)
                    .arg(SchemaVersion));
        const QString autoId = pg ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                  : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
        for (const auto &m : migrations()) {
            if (m.version <= version)
                continue;
            QStringList statements = m.statements;
            if (pg && m.version == 4)
                statements += postgresSecurity();
            if (pg && m.version == 5)
                statements += postgresPolicySecurity();
            if (m.version == 7)
                statements += pg ? postgresPolicyTables() : protectionTriggers();
            if (pg && m.version == 6)
                statements += postgresJobLogSecurity();
            if (pg && m.version == 8)
                statements += postgresLocationSecurity();
            for (QString sql : std::as_const(statements)) {
                sql.replace(QLatin1String("%AUTOID%"), autoId);
                if (auto r = run(d, sql); !r)
                    return r;
            }
            if (auto r = run(d, QStringLiteral("UPDATE schema_version SET version = ?"), {m.version}); !r)
                return r;
        }
        return {};
    });
    m_migrating = false;
    return done;
}

Result<void> Catalog::ensureProject(const QString &name)
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    q.prepare(QStringLiteral("SELECT 1 FROM projects WHERE name = ?"));
    if (auto r = exec(q, {name}); !r)
        return r;
    if (q.next())
        return {};
    QSqlQuery ins(d);
    ins.prepare(QStringLiteral("INSERT INTO projects (name, description, created_at) VALUES (?, '', ?)"));
    if (auto r = exec(ins, {name, QDateTime::currentMSecsSinceEpoch()}); !r) {
        // Another console may have inserted it meanwhile.
        QSqlQuery again(d);
        again.prepare(QStringLiteral("SELECT 1 FROM projects WHERE name = ?"));
        if (exec(again, {name}) && again.next())
            return {};
        return r;
    }
    return {};
}

Result<QStringList> Catalog::projects()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT name FROM projects ORDER BY name")))
        return fail(dbError(q.lastError()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<void> Catalog::upsertVolume(const Volume &v)
{
    QSqlDatabase d = db();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(d);
    q.prepare(QStringLiteral(
        "UPDATE volumes SET name = ?, project = ?, type = ?, size = ?, device = ?, last_seen = ?"
        " WHERE id = ?"));
    if (auto r = exec(q, {v.name, v.project, v.type, v.size, str(v.device), now, v.id}); !r)
        return r;
    if (q.numRowsAffected() > 0)
        return {};
    return run(
        d,
        QStringLiteral("INSERT INTO volumes (id, name, project, type, size, device, first_seen, last_seen)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {v.id, v.name, v.project, v.type, v.size, str(v.device), now, now});
}

Result<QList<Volume>> Catalog::knownVolumes()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, name, project, type, size, device FROM volumes ORDER BY id")))
        return fail(dbError(q.lastError()));
    QList<Volume> out;
    while (q.next()) {
        Volume v;
        v.id = q.value(0).toString();
        v.name = q.value(1).toString();
        v.project = q.value(2).toString();
        v.type = q.value(3).toString();
        v.size = q.value(4).toLongLong();
        v.device = q.value(5).toString();
        v.status = VolumeStatus::Missing;
        out << v;
    }
    return out;
}

static QVariantList backupBinds(const Backup &b)
{
    return {str(b.name),
            str(b.description),
            str(b.volumeId),
            str(b.volumeName),
            str(b.project),
            str(b.volumeType),
            backupKindKey(b.kind),
            nullable(b.parentId),
            backupStatusKey(b.status),
            b.size,
            b.readBytes,
            b.storedBytes,
            toMs(b.createdAt),
            b.completedAt.isValid() ? QVariant(toMs(b.completedAt))
                                    : QVariant(QMetaType(QMetaType::LongLong)),
            b.forced ? 1 : 0,
            str(b.warning),
            str(b.error),
            b.id};
}

Result<void> Catalog::bump()
{
    return run(db(), QStringLiteral("UPDATE catalog_state SET generation = generation + 1 WHERE id = ?"),
               {1});
}

qint64 Catalog::changeStamp()
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT generation FROM catalog_state WHERE id = 1")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

Result<void> Catalog::insertBackup(const Backup &b)
{
    if (auto r = bump(); !r)
        return r;
    return run(
        db(),
        QStringLiteral(
            "INSERT INTO backups (name, description, volume_id, volume_name, project, volume_type,"
            " kind, parent_id, status, size, read_bytes, stored_bytes, created_at, completed_at,"
            " forced, warning, error, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        backupBinds(b));
}

Result<void> Catalog::updateBackup(const Backup &b)
{
    if (auto r = bump(); !r)
        return r;
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "UPDATE backups SET name = ?, description = ?, volume_id = ?, volume_name = ?, project = ?,"
        " volume_type = ?, kind = ?, parent_id = ?, status = ?, size = ?, read_bytes = ?,"
        " stored_bytes = ?, created_at = ?, completed_at = ?, forced = ?, warning = ?, error = ?"
        " WHERE id = ?"));
    if (auto r = exec(q, backupBinds(b)); !r)
        return r;
    if (q.numRowsAffected() == 0)
        return fail(deferTr("Catalog", "There is no backup with id %1.").arg(b.id));
    return {};
}

Result<void> Catalog::setBackupStatus(const QString &id, BackupStatus status, const QString &error)
{
    if (auto r = bump(); !r)
        return r;
    return run(db(), QStringLiteral("UPDATE backups SET status = ?, error = ? WHERE id = ?"),
               {backupStatusKey(status), str(error), id});
}

namespace {

Backup backupFromRow(const QSqlQuery &q)
{
    Backup b;
    b.id = q.value(0).toString();
    b.name = q.value(1).toString();
    b.description = q.value(2).toString();
    b.volumeId = q.value(3).toString();
    b.volumeName = q.value(4).toString();
    b.project = q.value(5).toString();
    b.volumeType = q.value(6).toString();
    b.kind = backupKindFromKey(q.value(7).toString());
    b.parentId = q.value(8).toString();
    b.status = backupStatusFromKey(q.value(9).toString());
    b.size = q.value(10).toLongLong();
    b.readBytes = q.value(11).toLongLong();
    b.storedBytes = q.value(12).toLongLong();
    b.createdAt = fromMs(q.value(13));
    b.completedAt = fromMs(q.value(14));
    b.forced = q.value(15).toInt() != 0;
    b.warning = q.value(16).toString();
    b.error = q.value(17).toString();
    b.verifiedAt = fromMs(q.value(18));
    b.verifyResult = q.value(19).toString();
    return b;
}

} // namespace

// Tags and protection are read first (they are few: only the backups that
// have them), then the backups stream from one cursor: memory stays flat at
// any catalog size. One cursor at a time, as PostgreSQL's driver needs (it
// streams a forward-only query and drops it when another runs).
Result<void> Catalog::scanBackups(const QString &where, const QVariantList &binds,
                                  const std::function<bool(Backup &&)> &visit)
{
    QSqlDatabase d = db();
    QSet<QString> protectedIds;
    if (auto r = readProtection(where, binds, protectedIds); !r)
        return r;
    QHash<QString, QList<BackupLocation>> copies;
    if (auto r = readLocations(where, binds, copies); !r)
        return r;
    QHash<QString, QStringList> tags;
    {
        QSqlQuery t(d);
        t.setForwardOnly(true);
        if (!t.prepare(QStringLiteral("SELECT backup_tags.backup_id, backup_tags.tag FROM backup_tags"
                                      " JOIN backups ON backups.id = backup_tags.backup_id") +
                       where + QStringLiteral(" ORDER BY backup_tags.tag")))
            return fail(dbError(t.lastError()));
        if (auto r = exec(t, binds); !r)
            return r;
        while (t.next())
            tags[t.value(0).toString()] << t.value(1).toString();
    }
    QSqlQuery q(d);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT id, name, description, volume_id, volume_name, project, volume_type, kind,"
                           " parent_id, status, size, read_bytes, stored_bytes, created_at, completed_at,"
                           " forced, warning, error, verified_at, verify_result FROM backups") +
            where + QStringLiteral(" ORDER BY created_at, id")))
        return fail(dbError(q.lastError()));
    if (auto r = exec(q, binds); !r)
        return r;
    while (q.next()) {
        Backup b = backupFromRow(q);
        b.tags = tags.take(b.id);
        b.protectedBackup = protectedIds.contains(b.id);
        b.copies = copies.take(b.id);
        if (!visit(std::move(b)))
            break;
    }
    return {};
}

Result<QList<Backup>> Catalog::queryBackups(const QString &where, const QVariantList &binds)
{
    QList<Backup> out;
    auto r = scanBackups(where, binds, [&out](Backup &&b) {
        out << std::move(b);
        return true;
    });
    if (!r)
        return fail(r);
    return out;
}

Result<Backup> Catalog::backup(const QString &id)
{
    auto list = queryBackups(QStringLiteral(" WHERE backups.id = ?"), {id});
    if (!list)
        return fail(list);
    if (list->isEmpty())
        return fail(deferTr("Catalog", "There is no backup with id \"%1\".").arg(id));
    return list->first();
}

static QString backupWhere(const BackupFilter &f, QVariantList &binds)
{
    QStringList conditions;
    if (!f.volumeId.isEmpty()) {
        conditions << QStringLiteral("backups.volume_id = ?");
        binds << f.volumeId;
    }
    if (!f.project.isEmpty()) {
        conditions << QStringLiteral("backups.project = ?");
        binds << f.project;
    }
    if (!f.status.isEmpty()) {
        conditions << QStringLiteral("backups.status = ?");
        binds << f.status;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

Result<QList<Backup>> Catalog::backups(const BackupFilter &f)
{
    QVariantList binds;
    const QString where = backupWhere(f, binds);
    return queryBackups(where, binds);
}

Result<void> Catalog::forEachBackup(const BackupFilter &f, const std::function<bool(Backup &&)> &visit)
{
    QVariantList binds;
    return scanBackups(backupWhere(f, binds), binds, visit);
}

Result<QString> Catalog::resolveBackupId(const QString &input)
{
    return resolveIdPrefix(db(), QStringLiteral("backups"), input,
                           {deferTr("Catalog", "\"%1\" is not a backup id.").arg(input),
                            deferTr("Catalog", "There is no backup with id \"%1\".").arg(input), [&](int n) {
                                return deferTr("Catalog",
                                               "The id \"%1\" is ambiguous; it matches %2 backups.")
                                    .arg(input)
                                    .arg(n);
                            }});
}

Result<void> Catalog::setTags(const QString &backupId, const QStringList &tags)
{
    if (auto r = bump(); !r)
        return r;
    QSqlDatabase d = db();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto r = run(d, QStringLiteral("DELETE FROM backup_tags WHERE backup_id = ?"), {backupId}); !r)
        return r;
    for (const QString &t : tags) {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT 1 FROM tags WHERE name = ?"));
        if (auto r = exec(q, {t}); !r)
            return r;
        if (!q.next()) {
            if (auto r =
                    run(d, QStringLiteral("INSERT INTO tags (name, created_at) VALUES (?, ?)"), {t, now});
                !r)
                return r;
        }
        if (auto r = run(d, QStringLiteral("INSERT INTO backup_tags (backup_id, tag) VALUES (?, ?)"),
                         {backupId, t});
            !r)
            return r;
    }
    return {};
}

Result<QStringList> Catalog::allTags()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name")))
        return fail(dbError(q.lastError()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<void> Catalog::markDeleting(const QStringList &ids, const QString &jobId)
{
    if (auto r = bump(); !r)
        return r;
    for (const QString &id : ids) {
        if (auto r = run(db(), QStringLiteral("UPDATE backups SET status = ?, job_id = ? WHERE id = ?"),
                         {backupStatusKey(BackupStatus::Deleting), jobId, id});
            !r)
            return r;
    }
    return {};
}

Result<void> Catalog::deleteBackupRow(const QString &id)
{
    if (auto r = bump(); !r)
        return r;
    QSqlDatabase d = db();
    if (auto r = run(d, QStringLiteral("DELETE FROM backup_tags WHERE backup_id = ?"), {id}); !r)
        return r;
    // Its copies in other repositories stay there; the catalog forgets them.
    if (auto r = run(d, QStringLiteral("DELETE FROM backup_locations WHERE backup_id = ?"), {id}); !r)
        return r;
    return run(d, QStringLiteral("DELETE FROM backups WHERE id = ?"), {id});
}

Result<void> Catalog::setBackupJob(const QString &id, const QString &jobId)
{
    return run(db(), QStringLiteral("UPDATE backups SET job_id = ? WHERE id = ?"), {jobId, id});
}

Result<QList<Backup>> Catalog::orphanedBackups()
{
    return queryBackups(
        QStringLiteral(" WHERE status IN ('creating', 'deleting', 'restoring') AND (job_id IS NULL"
                       " OR job_id NOT IN (SELECT id FROM jobs WHERE status = 'running'))"),
        {});
}

Result<int> Catalog::runningJobs(JobKind kind, const QString &backupId)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status = 'running' AND kind = ? AND backup_id = ?"));
    if (auto r = exec(q, {jobKindKey(kind), backupId}); !r)
        return fail(r);
    return q.next() ? q.value(0).toInt() : 0;
}

Result<qint64> Catalog::backupCount()
{
    QSqlQuery q(db());
    // PostgreSQL: every backup, also those row-level security hides from
    // this account (a count only), so a member's empty view is not taken
    // for a lost catalog.
    if (!q.exec(isShared() ? QStringLiteral("SELECT cb_backup_count()")
                           : QStringLiteral("SELECT COUNT(*) FROM backups")) ||
        !q.next())
        return fail(dbError(q.lastError()));
    return q.value(0).toLongLong();
}

} // namespace cb
