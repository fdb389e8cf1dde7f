#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QUrl>
#include <QtTest>

namespace cb::test {

// The directory of the throwaway PostgreSQL the "postgres" CTest fixture
// started (scripts/postgres.sh), or empty outside CTest.
inline QString postgresDir()
{
    return qEnvironmentVariable("CLOUDBACKUP_TEST_PG_DIR");
}

// The password of the fixture's superuser "postgres", the test database's owner.
inline QString postgresPassword()
{
    QFile f(postgresDir() + QStringLiteral("/password"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("The PostgreSQL fixture has no password file in %s.", qPrintable(postgresDir()));
    return QString::fromLatin1(f.readAll().trimmed());
}

// The URL of the fixture's database, or empty outside CTest. It carries no
// password: the owner's goes to libpq in PGPASSWORD, set here for the test
// process (never on a command line).
inline QString postgresUrl()
{
    const QString dir = postgresDir();
    if (dir.isEmpty())
        return {};
    QFile port(dir + QStringLiteral("/port"));
    if (!port.open(QIODevice::ReadOnly))
        qFatal("The PostgreSQL fixture did not start (no %s/port).", qPrintable(dir));
    qputenv("PGPASSWORD", postgresPassword().toLatin1());
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/cloudbackup_test")
        .arg(QString::fromLatin1(port.readAll().trimmed()));
}

// The PostgreSQL programs (psql, ...) the fixture runs, found as scripts/postgres.sh does.
inline QString postgresBinDir()
{
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
    return versions.isEmpty() ? QString() : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
}

} // namespace cb::test

namespace cb::test {

// One statement through the real psql client, as ACCOUNT; the password goes
// in the environment, never on the command line.
struct Psql
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Psql runPsql(const QString &url, const QString &account, const QString &password, const QString &sql)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    p.setProcessEnvironment(env);
    const QUrl u(url);
    p.start(postgresBinDir() + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), u.host(),
             QStringLiteral("-p"), QString::number(u.port()), QStringLiteral("-U"), account,
             QStringLiteral("-d"), u.path().mid(1), QStringLiteral("-c"), sql});
    if (!p.waitForFinished(60000))
        qFatal("psql did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

} // namespace cb::test
