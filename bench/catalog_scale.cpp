// catalog_scale: the console and the command line at 100,000 backups.
//
// Creates a home whose catalog holds N backups over V volumes (one volume
// with a C-backup chain: a full every 30 backups, incrementals between),
// written straight through the catalog API in one transaction (no backup
// is run: the rows have no indexes), then measures what issue 12 sets
// targets for and prints the figures:
//   open + list filled     the console's window until the list holds every row (< 1 s)
//   sort, search           the list sorted by name, a search typed and cleared (< 200 ms each)
//   delete plan            rules::deletionPlan for every backup selected (< 1 s)
//   dashboard              Engine::dashboard(), the figures of the console's first page
//   chain redraw           the 3,000-backup chain page replotted while panning (< 50 ms)
//   backup list memory     peak RSS of `cloudbackupctl backup list --json` (< 256 MiB)
// Usage: catalog_scale [--backups N] [--volumes V] [--chain C] [--home DIR]
//                      [--create-only] [--days D]
// --create-only fills the home and stops (screenshots of a long chain use it).
#undef QT_NO_FOREACH

#include <qcustomplot.h>

#include "MainWindow.h"
#include "Session.h"
#include "catalog/Catalog.h"
#include "chain/ChainPlot.h"
#include "engine/Dashboard.h"
#include "engine/Engine.h"
#include "engine/Rules.h"
#include "models/BackupModel.h"
#include "models/BackupProxyModel.h"
#include "pages/BackupsPage.h"
#include "volumes/VolumeBackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/resource.h>

#include <cstdarg>
#include <cstdio>

using namespace cb;

namespace {

struct Options
{
    int backups = 100000;
    int volumes = 20;
    int chain = 3000;
    int days = 0; // 0: one backup an hour; else spread over this many days
    QString home;
    bool createOnly = false;
};

__attribute__((format(printf, 1, 2))) void say(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::vprintf(format, args);
    va_end(args);
    std::printf("\n");
    std::fflush(stdout);
}

// The backups of one volume: a full every 30, incrementals on the previous one.
QList<Backup> volumeBackups(const Volume &v, int count, const QDateTime &end, qint64 stepSecs)
{
    QList<Backup> out;
    QString parent;
    for (int i = 0; i < count; ++i) {
        Backup b;
        b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        b.volumeId = v.id;
        b.volumeName = v.name;
        b.project = v.project;
        b.volumeType = v.type;
        b.kind = i % 30 == 0 ? BackupKind::Full : BackupKind::Incremental;
        b.parentId = b.kind == BackupKind::Full ? QString() : parent;
        b.name = QStringLiteral("%1-%2").arg(v.name).arg(i + 1, 5, 10, QLatin1Char('0'));
        b.status = i % 997 == 500 ? BackupStatus::Error : BackupStatus::Available;
        b.size = v.size;
        b.readBytes = b.kind == BackupKind::Full ? v.size : v.size / 50;
        b.storedBytes = b.kind == BackupKind::Full ? v.size / 3 : v.size / 200 + (i % 7) * 4096;
        b.createdAt = end.addSecs(-stepSecs * (count - i));
        b.completedAt = b.createdAt.addSecs(30);
        if (b.status == BackupStatus::Error)
            b.error = QStringLiteral("disk read error at offset 4096");
        if (i % 50 == 0)
            b.tags = {QStringLiteral("monthly")};
        if (b.status == BackupStatus::Available)
            parent = b.id;
        out << b;
    }
    return out;
}

bool create(const Options &o)
{
    QElapsedTimer t;
    t.start();
    EngineConfig config;
    config.home = o.home;
    auto engine = Engine::open(config);
    if (!engine) {
        say("cannot open the home: %s", qPrintable(engine.error()));
        return false;
    }
    QList<Volume> volumes;
    for (int i = 0; i < o.volumes; ++i) {
        CreateVolumeParams p;
        p.name = QStringLiteral("vol%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        p.project = i % 4 == 3 ? QStringLiteral("finance") : QStringLiteral("admin");
        p.type = QStringLiteral("file");
        p.size = 1024 * 1024;
        auto v = (*engine)->createVolume(p);
        if (!v) {
            say("cannot create a volume: %s", qPrintable(v.error()));
            return false;
        }
        v->size = qint64(64) << 30; // the figures of a 64 GiB volume
        volumes << *v;
    }
    engine->reset();
    auto catalog = Catalog::open(o.home + QStringLiteral("/catalog.sqlite"));
    if (!catalog) {
        say("cannot open the catalog: %s", qPrintable(catalog.error()));
        return false;
    }
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const int rest = std::max(0, o.backups - o.chain);
    auto r = (*catalog)->transaction([&]() -> Result<void> {
        for (int i = 0; i < volumes.size(); ++i) {
            const int count = i == 0 ? std::min(o.chain, o.backups)
                                     : rest / (o.volumes - 1) + (i <= rest % (o.volumes - 1) ? 1 : 0);
            const qint64 step = o.days > 0 ? qint64(o.days) * 86400 / std::max(1, count) : 3600;
            for (const Backup &b : volumeBackups(volumes.at(i), count, end, step)) {
                if (auto ok = (*catalog)->insertBackup(b); !ok)
                    return ok;
            }
        }
        return {};
    });
    if (!r) {
        say("cannot insert the backups: %s", qPrintable(r.error()));
        return false;
    }
    say("created %d backups over %d volumes (%d in one volume's chain) in %lld ms", o.backups, o.volumes,
        std::min(o.chain, o.backups), t.elapsed());
    return true;
}

// The console: open, list filled, sort, search.
void measureWindow(const Options &o)
{
    EngineConfig config;
    config.home = o.home;
    QElapsedTimer t;
    t.start();
    auto engine = Engine::open(config);
    if (!engine)
        return say("cannot open: %s", qPrintable(engine.error()));
    ui::MainWindow window(*engine);
    window.show();
    window.showPage(ui::MainWindow::BackupsPageIndex);
    ui::BackupModel *model = window.session()->backupModel();
    (void)QTest::qWaitFor([&] { return model->isLoaded() && model->rowCount() >= o.backups; }, 120000);
    say("open + list filled:      %6lld ms  (%d rows; target < 1000)", t.elapsed(), model->rowCount());

    ui::BackupProxyModel *proxy = window.backupsPage()->proxy();
    t.restart();
    proxy->sort(ui::BackupModel::Name, Qt::AscendingOrder);
    say("sort by name:            %6lld ms  (target < 200)", t.restart());
    proxy->sort(ui::BackupModel::Created, Qt::DescendingOrder);
    say("sort by date:            %6lld ms", t.restart());
    BackupSearch search;
    search.text = QStringLiteral("vol07-0012");
    proxy->setSearch(search);
    say("search:                  %6lld ms  (%d shown; target < 200)", t.restart(), proxy->rowCount());
    proxy->setSearch({});
    say("search cleared:          %6lld ms  (%d shown)", t.restart(), proxy->rowCount());

    t.restart();
    auto dashboard = (*engine)->dashboard();
    say("dashboard figures:       %6lld ms  (off the GUI thread; %d backups)", t.restart(),
        dashboard ? dashboard->backups : -1);

    QStringList ids;
    QList<Backup> all;
    for (int i = 0; i < model->rowCount(); ++i) {
        all << model->backupAt(i);
        ids << model->backupAt(i).id;
    }
    t.restart();
    const auto plan = rules::deletionPlan(ids, all);
    say("delete plan, all:        %6lld ms  (%lld deletable, %lld blocked; target < 1000)", t.restart(),
        qint64(plan.order.size()), qint64(plan.blocked.size()));
}

// The chain page's graph of the longest chain, panned step by step.
void measureChain(const Options &o)
{
    EngineConfig config;
    config.home = o.home;
    auto engine = Engine::open(config);
    if (!engine)
        return say("cannot open: %s", qPrintable(engine.error()));
    auto volumes = (*engine)->volumes();
    // The volume with the long chain (vol01).
    QList<Backup> chain;
    for (const Volume &v : *volumes) {
        if (v.name == QLatin1String("vol01")) {
            if (auto b = (*engine)->backups(v.id))
                chain = *b;
        }
    }
    ui::ChainPlot plot;
    plot.resize(1100, 620);
    plot.show();
    QElapsedTimer t;
    t.start();
    plot.setBackups(chain, false);
    plot.fit();
    QCustomPlot *p = plot.customPlot();
    p->replot(QCustomPlot::rpImmediateRefresh);
    say("chain of %lld: build + first draw %lld ms", qint64(chain.size()), t.elapsed());
    for (bool evenly : {false, true}) {
        plot.setEvenlySpaced(evenly);
        for (const char *view : {"whole chain", "zoomed in"}) {
            if (view[0] == 'z') {
                for (int i = 0; i < 4; ++i)
                    plot.zoomIn();
            } else {
                plot.fit();
            }
            p->replot(QCustomPlot::rpImmediateRefresh);
            qint64 worst = 0, total = 0;
            const int steps = 30;
            for (int i = 0; i < steps; ++i) {
                QKeyEvent key(QEvent::KeyPress, i < steps / 2 ? Qt::Key_Left : Qt::Key_Right, Qt::NoModifier);
                QCoreApplication::sendEvent(plot.canvas(), &key);
                t.restart();
                p->replot(QCustomPlot::rpImmediateRefresh);
                const qint64 us = t.nsecsElapsed() / 1000;
                worst = std::max(worst, us);
                total += us;
            }
            say("chain redraw per pan (%s, %s): mean %.1f ms, worst %.1f ms (target < 50)",
                evenly ? "evenly spaced" : "time axis", view, total / 1000.0 / steps, worst / 1000.0);
        }
    }
}

// Peak memory of the command line listing every backup. Measured by
// /usr/bin/time: a child forked from this process would count the pages it
// shares with it (the whole catalog loaded above) until it execs.
void measureList(const Options &o)
{
    QProcess ctl;
    ctl.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    ctl.start(QStringLiteral("/usr/bin/time"),
              {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral(CLOUDBACKUPCTL),
               QStringLiteral("--home"), o.home, QStringLiteral("--json"), QStringLiteral("backup"),
               QStringLiteral("list")});
    ctl.waitForFinished(600000);
    const QList<QByteArray> err = ctl.readAllStandardError().trimmed().split('\n');
    say("backup list --json:      %6lld ms, peak RSS %lld MiB (exit %d; target < 256 MiB)", t.elapsed(),
        err.last().toLongLong() / 1024, ctl.exitCode());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption backups(QStringLiteral("backups"), QStringLiteral("Backups in all."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption volumes(QStringLiteral("volumes"), QStringLiteral("Volumes."),
                                     QStringLiteral("V"), QStringLiteral("20"));
    const QCommandLineOption chain(QStringLiteral("chain"), QStringLiteral("Backups of the first volume."),
                                   QStringLiteral("C"), QStringLiteral("3000"));
    const QCommandLineOption days(
        QStringLiteral("days"), QStringLiteral("Spread each volume's backups over D days (default hourly)."),
        QStringLiteral("D"), QStringLiteral("0"));
    const QCommandLineOption home(QStringLiteral("home"),
                                  QStringLiteral("The home to create (default: temporary)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption createOnly(QStringLiteral("create-only"),
                                        QStringLiteral("Create the home and stop."));
    parser.addOptions({backups, volumes, chain, days, home, createOnly});
    parser.process(app);
    Options o;
    o.backups = parser.value(backups).toInt();
    o.volumes = std::max(2, parser.value(volumes).toInt());
    o.chain = parser.value(chain).toInt();
    o.days = parser.value(days).toInt();
    o.createOnly = parser.isSet(createOnly);
    QTemporaryDir temp;
    o.home = parser.isSet(home) ? parser.value(home) : temp.path() + QStringLiteral("/home");
    if (!create(o))
        return 1;
    if (o.createOnly)
        return 0;
    measureWindow(o);
    measureChain(o);
    measureList(o);
    return 0;
}
