#pragma once

#include <QDir>
#include <QFile>
#include <QString>
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
