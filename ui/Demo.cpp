#include "Demo.h"

#include "util/Validate.h"
#include "volumes/VolumeBackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

namespace cb::ui::demo {

namespace {

constexpr qint64 MiB = 1024 * 1024;

// Writes `length` bytes at `offset`: random (incompressible) or text-like
// (compressible) data, as a real disk holds both.
Result<void> writeData(const QString &path, qint64 offset, qint64 length, quint32 seed, bool text)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return fail(QCoreApplication::translate("Demo", "Cannot write the demo volume %1: %2")
                        .arg(path, f.errorString()));
    if (!f.seek(offset))
        return fail(QCoreApplication::translate("Demo", "Cannot write the demo volume %1: %2")
                        .arg(path, f.errorString()));
    QRandomGenerator rng(seed);
    QByteArray block(int(MiB), Qt::Uninitialized);
    for (qint64 done = 0; done < length; done += MiB) {
        if (text) {
            const QByteArray line = QByteArrayLiteral("2024-06-05T10:00:00Z INFO request served in ") +
                                    QByteArray::number(rng.bounded(1000)) + QByteArrayLiteral(" ms\n");
            for (int i = 0; i < block.size(); ++i)
                block[i] = line.at(i % line.size());
        } else {
            rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        }
        const qint64 n = std::min<qint64>(MiB, length - done);
        if (f.write(block.constData(), n) != n)
            return fail(QCoreApplication::translate("Demo", "Cannot write the demo volume %1: %2")
                            .arg(path, f.errorString()));
    }
    return {};
}

struct Step
{
    enum Kind
    {
        Write,
        Full,
        Incremental,
        Tag
    } kind;
    int volume;
    qint64 offset = 0;
    qint64 length = 0;
    bool text = false;
    QString name;
    QString description;
    QStringList tags;
};

struct DemoVolume
{
    QString name;
    QString project;
    qint64 size;
};

} // namespace

bool isEmptyHome(const QList<Volume> &volumes, int backupCount)
{
    return volumes.isEmpty() && backupCount == 0;
}

Result<QString> create(Engine &engine, JobControl &control)
{
    const QList<DemoVolume> volumes{{QStringLiteral("web-01"), QLatin1String(DefaultProject), 64 * MiB},
                                    {QStringLiteral("db-primary"), QLatin1String(DefaultProject), 128 * MiB},
                                    {QStringLiteral("ledger"), QStringLiteral("finance"), 32 * MiB}};
    const QList<Step> steps{
        {Step::Write, 0, 0, 12 * MiB, false, {}, {}, {}},
        {Step::Write, 0, 32 * MiB, 4 * MiB, true, {}, {}, {}},
        {Step::Full,
         0,
         0,
         0,
         false,
         QStringLiteral("web-01-initial"),
         QCoreApplication::translate("Demo", "Before the first deployment"),
         {}},
        {Step::Tag, 0, 0, 0, false, {}, {}, {QStringLiteral("daily"), QStringLiteral("web")}},
        {Step::Write, 0, 4 * MiB, 2 * MiB, false, {}, {}, {}},
        {Step::Incremental,
         0,
         0,
         0,
         false,
         QStringLiteral("web-01-release-2.3"),
         QCoreApplication::translate("Demo", "After release 2.3"),
         {}},
        {Step::Write, 0, 40 * MiB, 1 * MiB, true, {}, {}, {}},
        {Step::Incremental, 0, 0, 0, false, QStringLiteral("web-01-nightly"), QString(), {}},
        {Step::Tag, 0, 0, 0, false, {}, {}, {QStringLiteral("daily")}},

        {Step::Write, 1, 0, 24 * MiB, false, {}, {}, {}},
        {Step::Write, 1, 64 * MiB, 8 * MiB, true, {}, {}, {}},
        {Step::Full,
         1,
         0,
         0,
         false,
         QStringLiteral("db-weekly-1"),
         QCoreApplication::translate("Demo", "Weekly full backup"),
         {}},
        {Step::Tag, 1, 0, 0, false, {}, {}, {QStringLiteral("weekly"), QStringLiteral("database")}},
        {Step::Write, 1, 8 * MiB, 2 * MiB, false, {}, {}, {}},
        {Step::Incremental, 1, 0, 0, false, QStringLiteral("db-daily-1"), QString(), {}},
        {Step::Write, 1, 70 * MiB, 1 * MiB, true, {}, {}, {}},
        {Step::Incremental, 1, 0, 0, false, QStringLiteral("db-daily-2"), QString(), {}},
        {Step::Write, 1, 2 * MiB, 3 * MiB, false, {}, {}, {}},
        {Step::Full,
         1,
         0,
         0,
         false,
         QStringLiteral("db-weekly-2"),
         QCoreApplication::translate("Demo", "Weekly full backup"),
         {}},
        {Step::Tag, 1, 0, 0, false, {}, {}, {QStringLiteral("weekly"), QStringLiteral("database")}},
        {Step::Write, 1, 16 * MiB, 1 * MiB, false, {}, {}, {}},
        {Step::Incremental, 1, 0, 0, false, QStringLiteral("db-daily-3"), QString(), {}},
        {Step::Write, 1, 20 * MiB, 1 * MiB, false, {}, {}, {}},
        {Step::Incremental,
         1,
         0,
         0,
         false,
         QStringLiteral("db-pre-upgrade"),
         QCoreApplication::translate("Demo", "Before the PostgreSQL 16 upgrade"),
         {}},
        {Step::Tag, 1, 0, 0, false, {}, {}, {QStringLiteral("pre-upgrade"), QStringLiteral("database")}},

        {Step::Write, 2, 0, 6 * MiB, true, {}, {}, {}},
        {Step::Full,
         2,
         0,
         0,
         false,
         QStringLiteral("ledger-month-end"),
         QCoreApplication::translate("Demo", "Month-end closing"),
         {}},
        {Step::Tag, 2, 0, 0, false, {}, {}, {QStringLiteral("monthly"), QStringLiteral("finance")}},
    };

    auto existing = engine.volumes();
    if (!existing)
        return fail(existing.error());
    QList<Volume> created(volumes.size());
    QList<bool> skip(volumes.size(), false);
    for (int i = 0; i < volumes.size(); ++i) {
        for (const Volume &v : std::as_const(*existing)) {
            if (v.name == volumes.at(i).name && v.project == volumes.at(i).project)
                skip[i] = true;
        }
    }
    if (!skip.contains(false))
        return fail(QCoreApplication::translate("Demo", "The demo volumes exist already."));

    for (int i = 0; i < volumes.size(); ++i) {
        if (skip.at(i))
            continue;
        CreateVolumeParams p;
        p.name = volumes.at(i).name;
        p.project = volumes.at(i).project;
        p.size = volumes.at(i).size;
        auto v = engine.createVolume(p);
        if (!v)
            return fail(v.error());
        created[i] = *v;
    }

    QString lastBackup;
    int backups = 0;
    JobControl inner;                  // per-backup control: forwards cancel, not progress
    inner.recorded = control.recorded; // the backups' jobs are the demo's, not separate ones in the history
    for (int s = 0; s < steps.size(); ++s) {
        if (control.cancel)
            return fail(QCoreApplication::translate("Demo", "Cancelled."));
        if (control.progress)
            control.progress(s, steps.size());
        const Step &step = steps.at(s);
        if (skip.at(step.volume))
            continue;
        const Volume &v = created.at(step.volume);
        switch (step.kind) {
        case Step::Write:
            if (auto r = writeData(v.device, step.offset, step.length, quint32(s * 7919 + 17), step.text); !r)
                return fail(r.error());
            break;
        case Step::Full:
        case Step::Incremental: {
            BackupParams p;
            p.volume = v.id;
            p.incremental = step.kind == Step::Incremental;
            p.name = step.name;
            p.description = step.description;
            inner.cancel = control.cancel.load();
            auto b = engine.createBackup(p, inner);
            if (!b)
                return fail(b.error());
            lastBackup = b->id;
            ++backups;
            break;
        }
        case Step::Tag:
            if (auto r = engine.setTags(lastBackup, step.tags); !r)
                return fail(r.error());
            break;
        }
    }
    if (control.progress)
        control.progress(steps.size(), steps.size());
    return QCoreApplication::translate("Demo", "Demo data created: %n volume(s) and %1.", nullptr,
                                       int(skip.count(false)))
        .arg(QCoreApplication::translate("Demo", "%n backup(s)", nullptr, backups));
}

} // namespace cb::ui::demo
