#include "Icons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace cb::ui::Icons {

QIcon paint(const std::function<void(QPainter &)> &fn)
{
    QIcon icon;
    for (int px : {16, 24, 32, 48}) {
        QPixmap pm(px, px);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(px / 32.0, px / 32.0);
        fn(p);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QPen pen(const QColor &c, double w)
{
    return QPen(c, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

namespace {

QColor Ink(0x37, 0x47, 0x4f);
const QColor DefaultInk(0x37, 0x47, 0x4f);
const QColor Accent(0x1e, 0x88, 0xe5);
const QColor Danger(0xd3, 0x2f, 0x2f);

using Painter = std::function<void(QPainter &)>;

void disk(QPainter &p, const QColor &c)
{
    // A cylinder: the symbol of a block volume.
    p.setPen(pen(c));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QRectF(5, 4, 22, 7));
    QPainterPath body;
    body.moveTo(5, 7.5);
    body.lineTo(5, 24.5);
    body.arcTo(QRectF(5, 21, 22, 7), 180, 180);
    body.lineTo(27, 7.5);
    p.drawPath(body);
    QPainterPath mid;
    mid.moveTo(5, 16);
    mid.arcTo(QRectF(5, 12.5, 22, 7), 180, 180);
    p.drawPath(mid);
}

void arrowCircle(QPainter &p, const QColor &c, bool both)
{
    p.setPen(pen(c, 2.8));
    p.setBrush(Qt::NoBrush);
    const QRectF r(6, 6, 20, 20);
    if (both) {
        p.drawArc(r, 30 * 16, 140 * 16);
        p.drawArc(r, 210 * 16, 140 * 16);
        p.setBrush(c);
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF{QPointF(25, 3), QPointF(29, 12), QPointF(20, 11)});
        p.drawPolygon(QPolygonF{QPointF(7, 29), QPointF(3, 20), QPointF(12, 21)});
    } else {
        p.drawArc(r, 100 * 16, 290 * 16);
        p.setBrush(c);
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF{QPointF(10, 2), QPointF(17, 6.5), QPointF(10, 11)});
    }
}

void plusBadge(QPainter &p)
{
    p.setPen(Qt::NoPen);
    p.setBrush(Accent);
    p.drawEllipse(QRectF(17, 17, 14, 14));
    p.setPen(pen(Qt::white, 2.4));
    p.drawLine(QPointF(24, 20.5), QPointF(24, 27.5));
    p.drawLine(QPointF(20.5, 24), QPointF(27.5, 24));
}

void dot(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c.darker(130), 1.5));
    p.setBrush(c);
    p.drawEllipse(QRectF(8, 8, 16, 16));
}

QIcon make(Id id)
{
    switch (id) {
    case App:
        return paint([](QPainter &p) {
            QPainterPath cloud;
            cloud.addEllipse(QRectF(3, 11, 13, 13));
            cloud.addEllipse(QRectF(9, 4, 16, 16));
            cloud.addEllipse(QRectF(17, 10, 13, 13));
            cloud.addRoundedRect(QRectF(7, 15, 19, 9), 3, 3);
            p.setPen(Qt::NoPen);
            p.setBrush(Accent);
            p.drawPath(cloud.simplified());
            p.setPen(pen(Qt::white, 2.6));
            p.drawLine(QPointF(16, 9), QPointF(16, 20));
            p.drawLine(QPointF(11.5, 15.5), QPointF(16, 20));
            p.drawLine(QPointF(20.5, 15.5), QPointF(16, 20));
            p.setPen(pen(Ink, 2.4));
            p.drawLine(QPointF(8, 28), QPointF(24, 28));
        });
    case CreateBackup:
        return paint([](QPainter &p) {
            disk(p, Ink);
            plusBadge(p);
        });
    case Restore:
        return paint([](QPainter &p) { arrowCircle(p, Accent, false); });
    case Refresh:
        return paint([](QPainter &p) { arrowCircle(p, Ink, true); });
    case Edit:
        return paint([](QPainter &p) {
            p.setPen(pen(Ink));
            p.setBrush(Qt::NoBrush);
            QPolygonF pencil{QPointF(21, 5), QPointF(27, 11), QPointF(12, 26), QPointF(5, 27),
                             QPointF(6, 20)};
            p.drawPolygon(pencil);
            p.drawLine(QPointF(18, 8), QPointF(24, 14));
        });
    case Tags:
        return paint([](QPainter &p) {
            p.setPen(pen(Ink));
            p.setBrush(Qt::NoBrush);
            QPolygonF tag{QPointF(4, 5), QPointF(15, 5), QPointF(28, 18), QPointF(18, 28), QPointF(4, 15)};
            p.drawPolygon(tag);
            p.setBrush(Ink);
            p.drawEllipse(QPointF(10, 11), 1.8, 1.8);
        });
    case Delete:
        return paint([](QPainter &p) {
            p.setPen(pen(Danger));
            p.setBrush(Qt::NoBrush);
            p.drawLine(QPointF(5, 8), QPointF(27, 8));
            p.drawLine(QPointF(12, 8), QPointF(13, 4));
            p.drawLine(QPointF(13, 4), QPointF(19, 4));
            p.drawLine(QPointF(19, 4), QPointF(20, 8));
            p.drawPolyline(QPolygonF{QPointF(8, 8), QPointF(10, 28), QPointF(22, 28), QPointF(24, 8)});
            p.drawLine(QPointF(14, 13), QPointF(14, 23));
            p.drawLine(QPointF(18, 13), QPointF(18, 23));
        });
    case Chain:
        return paint([](QPainter &p) {
            p.setPen(pen(Ink == DefaultInk ? Accent : Ink, 2.8));
            p.setBrush(Qt::NoBrush);
            p.translate(16, 16);
            p.rotate(-45);
            p.drawRoundedRect(QRectF(-14, -5, 15, 10), 5, 5);
            p.drawRoundedRect(QRectF(-1, -5, 15, 10), 5, 5);
        });
    case Volume:
        return paint([](QPainter &p) { disk(p, Ink); });
    case Backups:
        return paint([](QPainter &p) {
            disk(p, Ink);
            p.setPen(Qt::NoPen);
            p.setBrush(Accent);
            p.drawEllipse(QRectF(17, 17, 14, 14));
            p.setPen(pen(Qt::white, 2.2));
            p.drawLine(QPointF(24, 20), QPointF(24, 27));
            p.drawLine(QPointF(21, 24.5), QPointF(24, 27.5));
            p.drawLine(QPointF(27, 24.5), QPointF(24, 27.5));
        });
    case Jobs:
        return paint([](QPainter &p) {
            p.setPen(pen(Ink, 2.2));
            p.setBrush(Qt::NoBrush);
            for (int i = 0; i < 3; ++i)
                p.drawRoundedRect(QRectF(4, 5 + i * 9, 24, 5), 2, 2);
            p.setPen(Qt::NoPen);
            p.setBrush(Accent);
            p.drawRoundedRect(QRectF(4, 5, 18, 5), 2, 2);
            p.drawRoundedRect(QRectF(4, 14, 10, 5), 2, 2);
        });
    case Fit:
        return paint([](QPainter &p) {
            p.setPen(pen(Ink));
            p.drawPolyline(QPolygonF{QPointF(4, 11), QPointF(4, 4), QPointF(11, 4)});
            p.drawPolyline(QPolygonF{QPointF(21, 4), QPointF(28, 4), QPointF(28, 11)});
            p.drawPolyline(QPolygonF{QPointF(28, 21), QPointF(28, 28), QPointF(21, 28)});
            p.drawPolyline(QPolygonF{QPointF(11, 28), QPointF(4, 28), QPointF(4, 21)});
            p.setBrush(Accent);
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(QRectF(10, 10, 12, 12), 2, 2);
        });
    case Cancel:
        return paint([](QPainter &p) {
            p.setPen(pen(Danger));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(4, 4, 24, 24));
            p.drawLine(QPointF(11, 11), QPointF(21, 21));
            p.drawLine(QPointF(21, 11), QPointF(11, 21));
        });
    case Demo:
        return paint([](QPainter &p) {
            QPainterPath star;
            star.moveTo(16, 2);
            star.quadTo(17, 15, 30, 16);
            star.quadTo(17, 17, 16, 30);
            star.quadTo(15, 17, 2, 16);
            star.quadTo(15, 15, 16, 2);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xf9, 0xa8, 0x25));
            p.drawPath(star);
        });
    case Search:
        return paint([](QPainter &p) {
            p.setPen(pen(Ink));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(5, 5, 16, 16));
            p.drawLine(QPointF(19, 19), QPointF(27, 27));
        });
    case Audit:
        // A clipboard with lines: the record of who did what.
        return paint([](QPainter &p) {
            p.setPen(pen(Ink));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(6, 5, 20, 24), 2.5, 2.5);
            p.setPen(Qt::NoPen);
            p.setBrush(Accent);
            p.drawRoundedRect(QRectF(11, 2.5, 10, 5), 1.5, 1.5);
            p.setPen(pen(Ink, 2.2));
            for (int i = 0; i < 3; ++i)
                p.drawLine(QPointF(11, 13 + i * 5), QPointF(i == 2 ? 17 : 21, 13 + i * 5));
        });
    case User:
        return paint([](QPainter &p) {
            p.setPen(pen(Ink));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(10.5, 4, 11, 11));
            QPainterPath body;
            body.moveTo(5, 28);
            body.cubicTo(5, 20, 10, 17.5, 16, 17.5);
            body.cubicTo(22, 17.5, 27, 20, 27, 28);
            p.drawPath(body);
        });
    case ZoomIn:
    case ZoomOut:
        return paint([id](QPainter &p) {
            p.setPen(pen(Ink));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(4, 4, 18, 18));
            p.drawLine(QPointF(20, 20), QPointF(28, 28));
            p.setPen(pen(Accent, 2.6));
            p.drawLine(QPointF(8.5, 13), QPointF(17.5, 13));
            if (id == ZoomIn)
                p.drawLine(QPointF(13, 8.5), QPointF(13, 17.5));
        });
    case Dashboard:
        // A gauge: the repository at a glance.
        return paint([](QPainter &p) {
            p.setPen(pen(Ink));
            p.setBrush(Qt::NoBrush);
            p.drawArc(QRectF(4, 6, 24, 24), 0, 180 * 16);
            p.drawLine(QPointF(4, 18), QPointF(28, 18));
            p.setPen(pen(Accent, 2.6));
            p.drawLine(QPointF(16, 18), QPointF(22, 10));
        });
    }
    return {};
}

} // namespace

QIcon get(Id id)
{
    return get(id, DefaultInk);
}

QIcon get(Id id, const QColor &ink)
{
    static QHash<QPair<int, QRgb>, QIcon> cache;
    const auto key = qMakePair(int(id), ink.rgba());
    auto it = cache.find(key);
    if (it == cache.end()) {
        Ink = ink;
        it = cache.insert(key, make(id));
        Ink = DefaultInk;
    }
    return *it;
}

QColor statusColor(BackupStatus s)
{
    switch (s) {
    case BackupStatus::Available:
        return QColor(0x2e, 0x7d, 0x32);
    case BackupStatus::Creating:
        return QColor(0x1e, 0x88, 0xe5);
    case BackupStatus::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case BackupStatus::Deleting:
        return QColor(0x75, 0x75, 0x75);
    case BackupStatus::Restoring:
        return QColor(0xf5, 0x7c, 0x00);
    case BackupStatus::Damaged:
        return QColor(0x8e, 0x24, 0xaa);
    }
    return Qt::gray;
}

QColor volumeStatusColor(VolumeStatus s)
{
    switch (s) {
    case VolumeStatus::Available:
        return QColor(0x2e, 0x7d, 0x32);
    case VolumeStatus::InUse:
        return QColor(0x1e, 0x88, 0xe5);
    case VolumeStatus::Restoring:
        return QColor(0xf5, 0x7c, 0x00);
    case VolumeStatus::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case VolumeStatus::Missing:
    case VolumeStatus::Unreachable:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

QIcon status(BackupStatus s)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(s));
    if (it == cache.end())
        it = cache.insert(int(s), paint([s](QPainter &p) { dot(p, statusColor(s)); }));
    return *it;
}

QIcon volumeStatus(VolumeStatus s)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(s));
    if (it == cache.end())
        it = cache.insert(int(s), paint([s](QPainter &p) { dot(p, volumeStatusColor(s)); }));
    return *it;
}

QIcon kind(BackupKind k)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(k));
    if (it == cache.end()) {
        it = cache.insert(int(k), paint([k](QPainter &p) {
                              p.setPen(pen(Ink, 2.2));
                              if (k == BackupKind::Full) {
                                  p.setBrush(Ink);
                                  p.drawRect(QRectF(8, 8, 16, 16));
                              } else {
                                  p.setBrush(Qt::white);
                                  p.drawEllipse(QRectF(8, 8, 16, 16));
                              }
                          }));
    }
    return *it;
}

QIcon jobStatus(JobStatus s)
{
    switch (s) {
    case JobStatus::Running:
        return status(BackupStatus::Creating);
    case JobStatus::Done:
        return status(BackupStatus::Available);
    case JobStatus::Error:
        return status(BackupStatus::Error);
    case JobStatus::Cancelled:
        return status(BackupStatus::Deleting);
    }
    return {};
}

} // namespace cb::ui::Icons
