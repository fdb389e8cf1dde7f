// Measures the RBD backend's own data path, without hashing, compression or
// the repository: how fast RbdBackend reads a frozen image and writes a new
// one with N threads, each moving 4 MiB chunks like the engine's workers.
//
//   rbd_probe read VOLUME_ID [THREADS]          freeze, list allocated, read every chunk
//   rbd_probe write VOLUME_ID SIZE_MIB [THREADS] create VOLUME_ID, write every chunk, finish
//
// CEPH_CONF names the cluster. Prints seconds and MiB/s.
#include "volumes/RbdBackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace cb;

namespace {

constexpr qint64 MiB = 1024 * 1024;

int usage()
{
    std::fprintf(stderr, "usage: rbd_probe read VOLUME_ID [THREADS] | write VOLUME_ID SIZE_MIB [THREADS]\n");
    return 2;
}

void report(const char *what, qint64 bytes, qint64 ms)
{
    std::printf("%s: %.1f MiB in %.3f s = %.1f MiB/s\n", what, double(bytes) / MiB, double(ms) / 1000,
                ms > 0 ? double(bytes) / MiB * 1000 / double(ms) : 0.0);
}

// Runs work(chunkIndex, buffer) over chunks on `threads` threads.
template<typename F> bool parallel(const std::vector<qint64> &chunks, int threads, F work)
{
    std::atomic<size_t> next{0};
    std::atomic_bool ok{true};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            std::vector<char> buffer(ChunkSize);
            for (size_t i; (i = next++) < chunks.size() && ok;) {
                if (!work(chunks[i], buffer.data()))
                    ok = false;
            }
        });
    }
    for (auto &t : pool)
        t.join();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return usage();
    auto backend = RbdBackend::connect(qEnvironmentVariable("CEPH_CONF"), {});
    if (!backend) {
        std::fprintf(stderr, "%s\n", qPrintable(backend.error()));
        return 1;
    }
    RbdBackend &rbd = **backend;
    const QString id = args[1];

    if (args[0] == QLatin1String("read")) {
        const int threads = args.size() > 2 ? args[2].toInt() : 4;
        QElapsedTimer timer;
        timer.start();
        auto pit = rbd.freeze(id, QStringLiteral("probe"), true);
        if (!pit) {
            std::fprintf(stderr, "%s\n", qPrintable(pit.error()));
            return 1;
        }
        auto changes = (*pit)->changes(QString());
        if (!changes) {
            std::fprintf(stderr, "%s\n", qPrintable(changes.error()));
            return 1;
        }
        const qint64 frozenMs = timer.restart();
        const qint64 size = (*pit)->size();
        std::vector<char> touched(static_cast<size_t>((size + ChunkSize - 1) / ChunkSize));
        for (const Extent &e : std::as_const(changes->extents)) {
            for (qint64 c = e.offset / ChunkSize; c <= (e.offset + e.length - 1) / ChunkSize; ++c)
                touched[static_cast<size_t>(c)] = 1;
        }
        std::vector<qint64> chunks;
        for (size_t c = 0; c < touched.size(); ++c) {
            if (touched[c])
                chunks.push_back(static_cast<qint64>(c));
        }
        PointInTime &p = **pit;
        const bool ok = parallel(chunks, threads, [&](qint64 c, char *buffer) {
            const qint64 len = std::min(ChunkSize, size - c * ChunkSize);
            auto r = p.read(c * ChunkSize, buffer, len);
            if (!r)
                std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return bool(r);
        });
        const qint64 readMs = timer.restart();
        p.abandon();
        std::printf("freeze + changes: %lld ms, %zu chunks allocated; abandon: %lld ms\n",
                    static_cast<long long>(frozenMs), chunks.size(), static_cast<long long>(timer.elapsed()));
        report("read", qint64(chunks.size()) * ChunkSize, readMs);
        return ok ? 0 : 1;
    }
    if (args[0] == QLatin1String("write") && args.size() >= 3) {
        const qint64 size = args[2].toLongLong() * MiB;
        const int threads = args.size() > 3 ? args[3].toInt() : 4;
        const QString spec = id.section(u':', 1);
        CreateVolumeParams params;
        params.name = spec.section(u'/', -1);
        params.type = spec.section(u'/', 0, 0);
        params.project = spec.count(u'/') == 2 ? spec.section(u'/', 1, 1) : QStringLiteral("admin");
        params.size = size;
        auto created = rbd.create(params);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error()));
            return 1;
        }
        auto writer = rbd.openForRestore(created->id, true);
        if (!writer) {
            std::fprintf(stderr, "%s\n", qPrintable(writer.error()));
            return 1;
        }
        std::vector<char> data(ChunkSize);
        QRandomGenerator(1).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        std::vector<qint64> chunks;
        for (qint64 c = 0; c * ChunkSize < size; ++c)
            chunks.push_back(c);
        VolumeWriter &w = **writer;
        QElapsedTimer timer;
        timer.start();
        const bool ok = parallel(chunks, threads, [&](qint64 c, char *) {
            auto r = w.write(c * ChunkSize, data.data(), std::min(ChunkSize, size - c * ChunkSize));
            if (!r)
                std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return bool(r);
        });
        auto finished = w.finish();
        report("write", size, timer.elapsed());
        return ok && finished ? 0 : 1;
    }
    return usage();
}
