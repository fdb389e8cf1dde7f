#pragma once

#include <QFile>
#include <QString>
#include <QtTest>

namespace cb::test {

// The URL of the throwaway PostgreSQL the "postgres" CTest fixture started
// (scripts/postgres.sh), or empty outside CTest.
inline QString postgresUrl()
{
    const QString dir = qEnvironmentVariable("CLOUDBACKUP_TEST_PG_DIR");
    if (dir.isEmpty())
        return {};
    QFile port(dir + QStringLiteral("/port"));
    if (!port.open(QIODevice::ReadOnly))
        qFatal("The PostgreSQL fixture did not start (no %s/port).", qPrintable(dir));
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/cloudbackup_test")
        .arg(QString::fromLatin1(port.readAll().trimmed()));
}

} // namespace cb::test
