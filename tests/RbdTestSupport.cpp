#include "RbdTestSupport.h"

#include "model/Types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <algorithm>
#include <cstring>

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

static bool allZero(const QByteArray &b)
{
    return std::all_of(b.cbegin(), b.cend(), [](char c) { return c == 0; });
}

static quint64 le64(const char *p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

bool rbdAllocatedChunks(const QString &spec, QMap<qint64, QByteArray> *chunks, qint64 *size, QString *error)
{
    chunks->clear();
    // Whole objects: with fast-diff the object map says which exist
    // (otherwise rbd asks each object of the image).
    const QStringList args{QStringLiteral("export-diff"), QStringLiteral("--no-progress"),
                           QStringLiteral("--whole-object"), spec, QStringLiteral("-")};
    const RbdRun run = rbd(args);
    if (!run.ok()) {
        *error = run.describe(args);
        return false;
    }
    const QByteArray &d = run.out;
    const QByteArray magic = "rbd diff v1\n";
    if (!d.startsWith(magic)) {
        *error = QStringLiteral("export-diff of %1: not an rbd diff v1 stream").arg(spec);
        return false;
    }
    const auto need = [&](qsizetype pos, qsizetype n) { return pos + n <= d.size(); };
    const auto apply = [&](qint64 offset, const char *data, qint64 length) {
        for (qint64 done = 0; done < length;) {
            const qint64 c = (offset + done) / ChunkSize;
            const qint64 in = (offset + done) % ChunkSize;
            const qint64 n = std::min(length - done, ChunkSize - in);
            QByteArray &chunk = (*chunks)[c];
            if (chunk.isEmpty())
                chunk = QByteArray(ChunkSize, '\0');
            if (data)
                std::memcpy(chunk.data() + in, data + done, static_cast<size_t>(n));
            else
                std::memset(chunk.data() + in, 0, static_cast<size_t>(n));
            done += n;
        }
    };
    for (qsizetype pos = magic.size(); pos < d.size();) {
        const char tag = d[pos++];
        if (tag == 'e')
            break;
        if (tag == 'f' || tag == 't') { // snapshot name: u32 length, bytes
            if (!need(pos, 4))
                break;
            pos +=
                4 + static_cast<qsizetype>(le64(QByteArray(d.mid(pos, 4) + QByteArray(4, '\0')).constData()));
        } else if (tag == 's') {
            if (!need(pos, 8))
                break;
            *size = static_cast<qint64>(le64(d.constData() + pos));
            pos += 8;
        } else if (tag == 'w' || tag == 'z') {
            if (!need(pos, 16))
                break;
            const auto offset = static_cast<qint64>(le64(d.constData() + pos));
            const auto length = static_cast<qint64>(le64(d.constData() + pos + 8));
            pos += 16;
            if (tag == 'w' && !need(pos, length))
                break;
            apply(offset, tag == 'w' ? d.constData() + pos : nullptr, length);
            if (tag == 'w')
                pos += length;
        } else {
            *error = QStringLiteral("export-diff of %1: unknown record '%2'")
                         .arg(spec)
                         .arg(QChar::fromLatin1(tag));
            return false;
        }
    }
    for (auto it = chunks->begin(); it != chunks->end();) {
        if (allZero(*it))
            it = chunks->erase(it);
        else
            ++it;
    }
    return true;
}

qint64 rbdAllocatedBytes(const QString &spec)
{
    const RbdRun run = rbd({QStringLiteral("diff"), QStringLiteral("--whole-object"),
                            QStringLiteral("--format"), QStringLiteral("json"), spec});
    if (!run.ok())
        return -1;
    qint64 total = 0;
    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("exists")).toString() == QLatin1String("true"))
            total += v.toObject().value(QLatin1String("length")).toInteger();
    }
    return total;
}

RbdImage::RbdImage(QString spec, qint64 size) : m_spec(std::move(spec)), m_size(size) {}

char *RbdImage::at(qint64 offset)
{
    QByteArray &chunk = m_chunks[offset / ChunkSize];
    if (chunk.isEmpty())
        chunk = QByteArray(ChunkSize, '\0');
    return chunk.data() + offset % ChunkSize;
}

QByteArray RbdImage::bytes(qint64 offset, qint64 length) const
{
    QByteArray out(length, '\0');
    for (qint64 done = 0; done < length;) {
        const qint64 c = (offset + done) / ChunkSize;
        const qint64 in = (offset + done) % ChunkSize;
        const qint64 n = std::min(length - done, ChunkSize - in);
        if (auto it = m_chunks.constFind(c); it != m_chunks.cend())
            std::memcpy(out.data() + done, it->constData() + in, static_cast<size_t>(n));
        done += n;
    }
    return out;
}

QByteArray RbdImage::model() const
{
    return bytes(0, m_size);
}

QMap<qint64, QByteArray> RbdImage::nonZeroChunks() const
{
    QMap<qint64, QByteArray> out;
    for (auto it = m_chunks.cbegin(); it != m_chunks.cend(); ++it) {
        if (allZero(*it))
            continue;
        // The last chunk as far as the image goes (export-diff pads nothing).
        const qint64 keep = std::min(ChunkSize, m_size - it.key() * ChunkSize);
        QByteArray c = *it;
        if (keep < ChunkSize)
            std::memset(c.data() + keep, 0, static_cast<size_t>(ChunkSize - keep));
        out.insert(it.key(), c);
    }
    return out;
}

QString RbdImage::compareAllocated(const QString &spec) const
{
    QMap<qint64, QByteArray> found;
    qint64 size = -1;
    QString error;
    if (!rbdAllocatedChunks(spec, &found, &size, &error))
        return error;
    if (size != m_size)
        return QStringLiteral("%1 has size %2, expected %3").arg(spec).arg(size).arg(m_size);
    const QMap<qint64, QByteArray> expected = nonZeroChunks();
    if (found.keys() != expected.keys()) {
        QStringList a, e;
        for (qint64 k : found.keys())
            a << QString::number(k);
        for (qint64 k : expected.keys())
            e << QString::number(k);
        return QStringLiteral("%1: chunks with data %2, expected %3").arg(spec, a.join(u','), e.join(u','));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (found.value(it.key()) != *it)
            return QStringLiteral("%1: chunk %2 differs").arg(spec).arg(it.key());
    }
    return {};
}

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
    for (qint64 i = 0; i < length; i += 4) {
        const quint32 v = gen.generate();
        for (qint64 k = 0; k < std::min<qint64>(4, length - i); ++k)
            *at(offset + i + k) = static_cast<char>((v >> (8 * k)) & 0xff);
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
        for (qint64 k = 0; k < std::min<qint64>(line.size(), length - pos); ++k)
            *at(offset + pos + k) = line[k];
    }
    m_pending << Op{offset, length, false};
    touch(offset, length);
}

void RbdImage::discard(qint64 offset, qint64 length)
{
    for (qint64 done = 0; done < length;) {
        const qint64 c = (offset + done) / ChunkSize;
        const qint64 in = (offset + done) % ChunkSize;
        const qint64 n = std::min(length - done, ChunkSize - in);
        if (auto it = m_chunks.find(c); it != m_chunks.end())
            std::memset(it->data() + in, 0, static_cast<size_t>(n));
        done += n;
    }
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
            file.write(bytes(op.offset, op.length));
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

namespace cb::test {

bool rbdPython(const QString &pool, const QString &ns, const QString &snippet, const QStringList &args,
               QByteArray *out, QString *error)
{
    const QString prelude = QStringLiteral("import os, sys, rados, rbd\n"
                                           "cluster = rados.Rados(conffile=os.environ['CEPH_CONF'])\n"
                                           "cluster.connect()\n"
                                           "io = cluster.open_ioctx(sys.argv[1])\n"
                                           "io.set_namespace(sys.argv[2])\n"
                                           "args = sys.argv[3:]\n");
    QProcess p;
    // The distro python: a pyenv/venv python3 lacks the bindings.
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral("-c"), prelude + snippet, pool, ns} + args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error =
                QStringLiteral("python3 failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
        p.kill();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

} // namespace cb::test
