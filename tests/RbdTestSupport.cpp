#include "RbdTestSupport.h"

#include "model/Types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <algorithm>

namespace cb::test {

QString RbdRun::describe(const QStringList &args) const
{
    return QStringLiteral("rbd %1 exited with %2: %3")
        .arg(args.join(u' '))
        .arg(exitCode)
        .arg(QString::fromLocal8Bit(err.trimmed()));
}

RbdRun rbd(const QStringList &args, int timeoutMs)
{
    RbdRun run;
    QProcess p;
    p.start(QStringLiteral("rbd"), args);
    if (!p.waitForStarted()) {
        run.err = "cannot start rbd: " + p.errorString().toLocal8Bit();
        return run;
    }
    p.closeWriteChannel();
    // Read as it comes: an export is larger than the pipe.
    while (!p.waitForFinished(50)) {
        run.out += p.readAllStandardOutput();
        if (p.state() == QProcess::NotRunning)
            break;
        if ((timeoutMs -= 50) <= 0) {
            p.kill();
            p.waitForFinished();
            run.err = "rbd timed out";
            return run;
        }
    }
    run.out += p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

QStringList rbdSnapshots(const QString &spec)
{
    QStringList names;
    const RbdRun run = rbd({QStringLiteral("snap"), QStringLiteral("ls"), QStringLiteral("--format"),
                            QStringLiteral("json"), spec});
    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    for (const QJsonValue &v : list)
        names << v.toObject().value(QLatin1String("name")).toString();
    return names;
}

QStringList rbdMetadataKeys(const QString &spec)
{
    const RbdRun run = rbd({QStringLiteral("image-meta"), QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json"), spec});
    return QJsonDocument::fromJson(run.out).object().keys();
}

QByteArray rbdExport(const QString &spec, QString *error)
{
    const QStringList args{QStringLiteral("export"), QStringLiteral("--no-progress"), spec,
                           QStringLiteral("-")};
    const RbdRun run = rbd(args);
    if (!run.ok()) {
        if (error)
            *error = run.describe(args);
        return {};
    }
    return run.out;
}

RbdImage::RbdImage(QString spec, qint64 size) : m_spec(std::move(spec)), m_model(size, '\0') {}

void RbdImage::touch(qint64 offset, qint64 length)
{
    for (qint64 c = offset / ChunkSize; c <= (offset + length - 1) / ChunkSize; ++c) {
        if (!m_touched.contains(c))
            m_touched << c;
    }
}

void RbdImage::writeRandom(qint64 offset, qint64 length, quint32 seed)
{
    QRandomGenerator gen(seed);
    char *p = m_model.data() + offset;
    for (qint64 i = 0; i < length; i += 4) {
        const quint32 v = gen.generate();
        std::memcpy(p + i, &v, static_cast<size_t>(std::min<qint64>(4, length - i)));
    }
    m_pending << Op{offset, length, false};
    touch(offset, length);
}

void RbdImage::writeText(qint64 offset, qint64 length)
{
    QByteArray line = "cloudbackup keeps every RBD image safe; line 0000000\n";
    int n = 0;
    for (qint64 pos = 0; pos < length; pos += line.size()) {
        line.replace(line.size() - 8, 7, QByteArray::number(n++).rightJustified(7, '0'));
        std::memcpy(m_model.data() + offset + pos, line.constData(),
                    static_cast<size_t>(std::min<qint64>(line.size(), length - pos)));
    }
    m_pending << Op{offset, length, false};
    touch(offset, length);
}

void RbdImage::discard(qint64 offset, qint64 length)
{
    std::memset(m_model.data() + offset, 0, static_cast<size_t>(length));
    m_pending << Op{offset, length, true};
    touch(offset, length);
}

static void putLe64(QByteArray &out, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        out.append(static_cast<char>((v >> (8 * i)) & 0xff));
}

bool RbdImage::apply(QString *error)
{
    // "rbd diff v1": 'w' offset length data, 'z' offset length, 'e'.
    QTemporaryFile file;
    if (!file.open()) {
        *error = QStringLiteral("cannot create a temporary file");
        return false;
    }
    file.write("rbd diff v1\n");
    for (const Op &op : std::as_const(m_pending)) {
        QByteArray head;
        head.append(op.zero ? 'z' : 'w');
        putLe64(head, static_cast<quint64>(op.offset));
        putLe64(head, static_cast<quint64>(op.length));
        file.write(head);
        if (!op.zero)
            file.write(m_model.constData() + op.offset, op.length);
    }
    file.write("e");
    file.close();
    m_pending.clear();
    // Partial-object discards must zero, not be skipped.
    const QStringList args{QStringLiteral("import-diff"), QStringLiteral("--no-progress"),
                           QStringLiteral("--rbd_skip_partial_discard=false"), file.fileName(), m_spec};
    const RbdRun run = rbd(args);
    if (!run.ok()) {
        *error = run.describe(args);
        return false;
    }
    return true;
}

QList<qint64> RbdImage::takeTouchedChunks()
{
    QList<qint64> out = m_touched;
    std::sort(out.begin(), out.end());
    m_touched.clear();
    return out;
}

} // namespace cb::test
