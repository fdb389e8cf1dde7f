// rbd_volumes_page: the console's Volumes page over a pool of many RBD images
// (issue 11: 10,000 images listed in under 2 s without blocking the GUI
// thread). bench/rbd_scale_bench.sh runs it on its cluster after making the
// images. Prints the time from opening the window to the page holding every
// image, and the longest the GUI thread went without turning its event loop
// meanwhile (a 10 ms timer's largest gap).
//
//   rbd_volumes_page --ceph-conf FILE --pool POOL --images N [--home DIR]
#include "MainWindow.h"
#include "Session.h"
#include "engine/Engine.h"
#include "models/VolumeModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace cb;

namespace {

// Images of the pool the page holds.
int imagesOf(const ui::VolumeModel &model, const QString &pool)
{
    const QString prefix = QStringLiteral("rbd:") + pool + u'/';
    int n = 0;
    for (const Volume &v : model.all())
        n += v.id.startsWith(prefix) ? 1 : 0;
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption conf(QStringLiteral("ceph-conf"), QStringLiteral("The cluster's ceph.conf."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption pool(QStringLiteral("pool"), QStringLiteral("The pool of the images."),
                                  QStringLiteral("POOL"), QStringLiteral("many"));
    const QCommandLineOption images(QStringLiteral("images"), QStringLiteral("Images in the pool."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption home(QStringLiteral("home"), QStringLiteral("The home (default: temporary)."),
                                  QStringLiteral("DIR"));
    parser.addOptions({conf, pool, images, home});
    parser.process(app);
    QTemporaryDir temp;
    EngineConfig config;
    config.home = parser.isSet(home) ? parser.value(home) : temp.path();
    config.cephConf = parser.value(conf);
    const QString poolName = parser.value(pool);
    const int expected = parser.value(images).toInt();

    // The GUI thread's longest stall: the largest gap between ticks.
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] { longest = std::max(longest, sinceTick.restart()); });

    QElapsedTimer t;
    t.start();
    auto engine = Engine::open(config);
    if (!engine) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(engine.error()));
        return 1;
    }
    const qint64 opened = t.elapsed();
    ui::MainWindow window(*engine);
    window.show();
    window.showPage(ui::MainWindow::VolumesPageIndex);
    sinceTick.start();
    ticker.start();
    const ui::VolumeModel &model = *window.session()->volumeModel();
    const bool filled = QTest::qWaitFor([&] { return imagesOf(model, poolName) >= expected; }, 60000);
    const qint64 listed = t.elapsed();
    ticker.stop();
    const bool pass = filled && listed < 2000;
    std::printf("volumes page: %d of %d images of pool %s listed %lld ms after the window opened "
                "(engine open %lld ms); the GUI thread's longest stall %lld ms; %s (target < 2000 ms)\n",
                imagesOf(model, poolName), expected, qPrintable(poolName), listed, opened, longest,
                pass ? "PASS" : "MISS");
    return filled ? 0 : 1;
}
