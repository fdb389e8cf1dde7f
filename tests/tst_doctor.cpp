// cloudbackupctl doctor as an operator runs it: every check says ok on a
// healthy home, and each fault it knows is found, explained and given a fix,
// with a non-zero exit.
#include "CtlSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cb::test;

namespace {

QJsonObject find(const QJsonArray &checks, const QString &key)
{
    for (const auto &c : checks) {
        if (c.toObject().value(QLatin1String("check")).toString() == key)
            return c.toObject();
    }
    return {};
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void healthyHomeIsAllOk();
    void damageAndSharedFilesFail();
    void unreachableCatalogIsAFinding();
    void unreachableRepositoryIsNamed();
    void onlyCloudAdminsRunIt();
};

void TestDoctor::healthyHomeIsAllOk()
{
    const Ctl ctl(m_dir.filePath(QStringLiteral("ok")));
    QVERIFY(ctl.run(words("volume", "create", "v", "--size", "4M")).ok());
    QVERIFY(ctl.run(words("backup", "create", "v")).ok());
    const auto r = ctl.run(words("doctor"));
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    const QJsonArray checks = r.array();
    for (const char *key : {"catalog.reachable", "catalog.integrity", "repository.reachable",
                            "repository.space", "backups.stuck", "backups.damaged", "files.private"}) {
        const QJsonObject c = find(checks, QLatin1String(key));
        QVERIFY2(!c.isEmpty(), key);
        QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(!c.value(QLatin1String("detail")).toString().isEmpty());
    }
}

void TestDoctor::damageAndSharedFilesFail()
{
    const Ctl ctl(m_dir.filePath(QStringLiteral("bad")));
    QVERIFY(ctl.run(words("volume", "create", "v", "--size", "4M")).ok());
    {
        QFile image(ctl.device(QStringLiteral("v")));
        QVERIFY(image.open(QIODevice::ReadWrite));
        QByteArray data(1 << 20, '\0');
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 131 % 241);
        QVERIFY(image.write(data) == data.size());
    }
    QVERIFY(ctl.run(words("backup", "create", "v")).ok());
    QDirIterator it(ctl.home() + QStringLiteral("/repository/chunks"), QDir::Files,
                    QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    QFile chunk(it.next());
    QVERIFY(chunk.open(QIODevice::ReadWrite));
    chunk.seek(chunk.size() / 2);
    chunk.write("rot");
    chunk.close();
    QCOMPARE(ctl.run(words("repo", "verify")).code, 1);
    QFile notes(ctl.home() + QStringLiteral("/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();
    QVERIFY(QFile::setPermissions(notes.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));

    const auto r = ctl.run(words("doctor"));
    QCOMPARE(r.code, 1);
    const QJsonObject damaged = find(r.array(), QStringLiteral("backups.damaged"));
    QCOMPARE(damaged.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    QVERIFY(damaged.value(QLatin1String("fix")).toString().contains(QLatin1String("verify")));
    const QJsonObject files = find(r.array(), QStringLiteral("files.private"));
    QCOMPARE(files.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    QVERIFY(files.value(QLatin1String("detail")).toString().contains(QLatin1String("notes.txt")));
    // In Chinese too, with the same keys.
    const auto zh = ctl.run(words("--lang", "zh_CN", "doctor"));
    QCOMPARE(zh.code, 1);
    QVERIFY(!find(zh.array(), QStringLiteral("backups.damaged"))
                 .value(QLatin1String("fix"))
                 .toString()
                 .contains(QLatin1String("Back the volumes up")));
}

void TestDoctor::unreachableCatalogIsAFinding()
{
    const Ctl ctl(m_dir.filePath(QStringLiteral("nodb")),
                  {QStringLiteral("--catalog"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
    const auto r = ctl.run(words("doctor"));
    QCOMPARE(r.code, 1);
    const QJsonObject c = find(r.array(), QStringLiteral("catalog.reachable"));
    QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    QVERIFY(!c.value(QLatin1String("fix")).toString().isEmpty());
}

void TestDoctor::unreachableRepositoryIsNamed()
{
    // A repository that is not there (an unmounted disk) is the repository's finding, not the catalog's.
    const Ctl ctl(m_dir.filePath(QStringLiteral("ok")),
                  {QStringLiteral("--repository"), m_dir.filePath(QStringLiteral("unmounted/repository"))});
    const auto r = ctl.run(words("doctor"));
    QCOMPARE(r.code, 1);
    QCOMPARE(
        find(r.array(), QStringLiteral("repository.reachable")).value(QLatin1String("status")).toString(),
        QStringLiteral("fail"));
    QVERIFY(find(r.array(), QStringLiteral("catalog.reachable")).isEmpty());
}

void TestDoctor::onlyCloudAdminsRunIt()
{
    // On SQLite the home's owner is the only account, a cloud admin: another name is refused at open.
    const Ctl ctl(m_dir.filePath(QStringLiteral("ok")),
                  {QStringLiteral("--user"), QStringLiteral("mallory")});
    const auto r = ctl.run(words("doctor"));
    QCOMPARE(r.code, 1);
    QCOMPARE(find(r.array(), QStringLiteral("catalog.reachable")).value(QLatin1String("status")).toString(),
             QStringLiteral("fail"));
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
