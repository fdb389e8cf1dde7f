// Listing a pool with thousands of images (CTest fixture "ceph"): the volume
// list is complete and correct, and stays so as images come and go between
// listings. Images are made with the rbd Python binding (the CLI would take
// minutes for 2,000): thin and tiny, in a namespace of their own.
#include "CtlSupport.h"
#include "RbdTestSupport.h"
#include "TestSupport.h"
#include "engine/Engine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;
using namespace cb::test;

constexpr qint64 MiB = 1024 * 1024;

namespace {

const QString Pool = QStringLiteral("volumes");
const QString Ns = QStringLiteral("scale");

// Creates (NAME=SIZE), removes (NAME) or resizes (NAME=SIZE) images, 16 at a time.
const QString Create =
    QStringLiteral("from concurrent.futures import ThreadPoolExecutor\n"
                   "r = rbd.RBD()\n"
                   "def one(a):\n"
                   "    name, size = a.split('=')\n"
                   "    r.create(io, name, int(size), old_format=False, features=rbd.RBD_FEATURE_LAYERING)\n"
                   "with ThreadPoolExecutor(16) as ex:\n"
                   "    list(ex.map(one, args))\n");
const QString Remove = QStringLiteral("from concurrent.futures import ThreadPoolExecutor\n"
                                      "r = rbd.RBD()\n"
                                      "with ThreadPoolExecutor(16) as ex:\n"
                                      "    list(ex.map(lambda name: r.remove(io, name), args))\n");
const QString Resize = QStringLiteral("for a in args:\n"
                                      "    name, size = a.split('=')\n"
                                      "    with rbd.Image(io, name) as img:\n"
                                      "        img.resize(int(size))\n");

} // namespace

class TestRbdList : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Engine> m_engine;
    QMap<QString, qint64> m_expected; // image name -> size

    static QString idOf(const QString &name) { return QStringLiteral("rbd:volumes/scale/") + name; }

    bool run(const QString &snippet, const QStringList &args)
    {
        QString error;
        if (!rbdPython(Pool, Ns, snippet, args, nullptr, &error)) {
            qWarning().noquote() << error;
            return false;
        }
        return true;
    }

    bool create(const QStringList &names, qint64 size)
    {
        QStringList args;
        for (const QString &n : names) {
            args << n + u'=' + QString::number(size);
            m_expected[n] = size;
        }
        return run(Create, args);
    }

    // What the engine lists of the namespace against what was made, exactly.
    void checkListing()
    {
        auto all = m_engine->volumes();
        QVERIFY2(all, qPrintable(all.error()));
        QMap<QString, qint64> listed;
        for (const Volume &v : std::as_const(*all)) {
            if (!v.id.startsWith(idOf({})))
                continue;
            QVERIFY2(!listed.contains(v.name), qPrintable(v.id)); // each once
            QCOMPARE(v.id, idOf(v.name));
            QCOMPARE(v.project, Ns);
            QCOMPARE(v.type, Pool);
            QCOMPARE(v.status, VolumeStatus::Available);
            listed[v.name] = v.size;
        }
        QCOMPARE(listed.size(), m_expected.size());
        QVERIFY(listed == m_expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("CEPH_CONF")).isFile(),
                 "CEPH_CONF must name the test cluster's ceph.conf (the CTest fixture sets it)");
        m_dir = std::make_unique<QTemporaryDir>();
        EngineConfig config;
        config.home = m_dir->filePath(QStringLiteral("home"));
        auto engine = Engine::open(config);
        QVERIFY2(engine, qPrintable(engine.error()));
        m_engine = *engine;
        (void)rbd({QStringLiteral("namespace"), QStringLiteral("create"), Pool + u'/' + Ns});
    }

    void twoThousandImages()
    {
        // Sizes differ by image, so a listing that mixes up headers shows.
        for (int group = 0; group < 8; ++group) {
            QStringList names;
            for (int i = group; i < 2000; i += 8)
                names << QStringLiteral("img-%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY(create(names, (group + 1) * MiB));
        }
        QCOMPARE(m_expected.size(), 2000);
        checkListing();

        // The CLI lists the same, in another process.
        Ctl ctl(m_engine->config().home);
        const CtlRun list =
            ctl.run({QStringLiteral("volume"), QStringLiteral("list"), QStringLiteral("--project"), Ns});
        QVERIFY2(list.ok(), qPrintable(list.describe()));
        QCOMPARE(list.array().size(), 2000);
    }

    void imagesComeAndGo()
    {
        QStringList gone;
        for (int i = 0; i < 2000; i += 9)
            gone << QStringLiteral("img-%1").arg(i, 4, 10, QLatin1Char('0'));
        QVERIFY(run(Remove, gone));
        for (const QString &n : std::as_const(gone))
            m_expected.remove(n);
        QStringList added;
        for (int i = 0; i < 150; ++i)
            added << QStringLiteral("new-%1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(create(added, 3 * MiB + 4096));
        QStringList resized;
        for (int i = 1; i < 2000; i += 97) {
            const QString n = QStringLiteral("img-%1").arg(i, 4, 10, QLatin1Char('0'));
            if (!m_expected.contains(n))
                continue;
            resized << n + QStringLiteral("=") + QString::number(64 * MiB);
            m_expected[n] = 64 * MiB;
        }
        QVERIFY(run(Resize, resized));
        checkListing();

        // An image made again under a removed name is listed once, with its new size.
        QVERIFY(create({gone.first()}, 5 * MiB));
        checkListing();
    }

    void cleanupTestCase()
    {
        // Other tests list this pool too: leave it as it was.
        QVERIFY(run(Remove, m_expected.keys()));
        (void)rbd({QStringLiteral("namespace"), QStringLiteral("remove"), Pool + u'/' + Ns});
    }
};

QTEST_GUILESS_MAIN(TestRbdList)
#include "tst_rbdlist.moc"
