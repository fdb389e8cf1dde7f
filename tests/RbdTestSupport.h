#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cb::test {

// The `rbd` command line against the test cluster ($CEPH_CONF). Tests use
// only the CLI and cloudbackup_core: no second path into librbd.
struct RbdRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
    QString describe(const QStringList &args) const;
};
RbdRun rbd(const QStringList &args, int timeoutMs = 180000);

// Snapshot names of an image (`rbd snap ls`).
QStringList rbdSnapshots(const QString &spec);
// Image metadata keys (`rbd image-meta list`).
QStringList rbdMetadataKeys(const QString &spec);
// `rbd export SPEC -`: the whole image (or snapshot) as bytes; empty on error.
QByteArray rbdExport(const QString &spec, QString *error = nullptr);

// The allocated data of an image (or snapshot) without reading its holes:
// `rbd export-diff --whole-object SPEC -` from nothing, as 4 MiB chunks that are not all
// zeros (chunk index -> bytes). `size` gets the image size; false + message on error.
bool rbdAllocatedChunks(const QString &spec, QMap<qint64, QByteArray> *chunks, qint64 *size, QString *error);
// Bytes of the image's allocated objects (`rbd diff --whole-object`); -1 on error.
qint64 rbdAllocatedBytes(const QString &spec);

// An RBD image and a byte-exact model of what it should contain, kept
// sparse (4 MiB chunks that were written), so a model of a 1 TiB thin image
// costs only what was written. Writes and discards land at exact offsets
// through `rbd import-diff` of a generated diff stream (format "rbd diff
// v1"), so the test controls which objects change and how.
class RbdImage
{
public:
    RbdImage(QString spec, qint64 size);

    const QString &spec() const { return m_spec; }
    qint64 size() const { return m_size; }
    // The whole image as bytes (small images only).
    QByteArray model() const;
    // Chunks that are not all zeros: what rbdAllocatedChunks() must find.
    QMap<qint64, QByteArray> nonZeroChunks() const;
    // Compares an image's allocated data with the model; empty when equal,
    // else what differs.
    QString compareAllocated(const QString &spec) const;

    void writeRandom(qint64 offset, qint64 length, quint32 seed);
    void writeText(qint64 offset, qint64 length);
    void discard(qint64 offset, qint64 length);
    // Sends the pending writes and discards to the image; false + message on error.
    bool apply(QString *error);

    // The 4 MiB chunks touched since the last call (and before).
    QList<qint64> takeTouchedChunks();

private:
    struct Op
    {
        qint64 offset;
        qint64 length;
        bool zero;
    };
    void touch(qint64 offset, qint64 length);
    char *at(qint64 offset); // inside one chunk, created on first use
    QByteArray bytes(qint64 offset, qint64 length) const;

    QString m_spec;
    qint64 m_size;
    QMap<qint64, QByteArray> m_chunks;
    QList<Op> m_pending;
    QList<qint64> m_touched;
};

} // namespace cb::test

namespace cb::test {

// Runs a Python 3 snippet with the distro's rados/rbd bindings against the
// test cluster ($CEPH_CONF): the snippet finds `rbd` and `rados`, a
// connected `cluster`, `io` (ioctx of `pool`, in namespace `ns`) and `args`
// (the rest). For bulk work the CLI would take minutes for (thousands of
// images). Returns stdout; false + message on error.
bool rbdPython(const QString &pool, const QString &ns, const QString &snippet, const QStringList &args,
               QByteArray *out, QString *error);

} // namespace cb::test
