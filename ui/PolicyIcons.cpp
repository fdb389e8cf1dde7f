#include "PolicyIcons.h"
#include "Icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace cb::ui::PolicyIcons {

namespace {

const QColor Ink(0x37, 0x47, 0x4f);
const QColor Accent(0x1e, 0x88, 0xe5);
const QColor Gold(0xf9, 0xa8, 0x25);

using Icons::paint;
using Icons::pen;

void padlock(QPainter &p, bool open)
{
    p.setPen(pen(Ink, 2.8));
    p.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    shackle.moveTo(10, 15);
    shackle.lineTo(10, 10);
    shackle.arcTo(QRectF(10, 4, 12, 12), 180, -180);
    shackle.lineTo(22, open ? 9 : 15);
    p.translate(open ? -5 : 0, 0);
    p.drawPath(shackle);
    p.translate(open ? 5 : 0, 0);
    p.setPen(Qt::NoPen);
    p.setBrush(open ? Ink : Gold);
    p.drawRoundedRect(QRectF(6, 14, 20, 15), 2.5, 2.5);
    p.setBrush(Qt::white);
    p.drawEllipse(QRectF(14, 18.5, 4, 4));
    p.drawRect(QRectF(15.2, 21, 1.6, 4));
}

} // namespace

QIcon policy()
{
    static const QIcon icon = policy(Ink);
    return icon;
}

QIcon policy(const QColor &ink)
{
    // A calendar page with a clock: backups that happen by themselves.
    return paint([ink](QPainter &p) {
        p.setPen(pen(ink));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(4, 6, 24, 22), 2.5, 2.5);
        p.drawLine(QPointF(4, 12), QPointF(28, 12));
        p.drawLine(QPointF(10, 3), QPointF(10, 8));
        p.drawLine(QPointF(22, 3), QPointF(22, 8));
        p.setPen(pen(Accent, 2.4));
        p.drawEllipse(QRectF(11, 14, 12, 12));
        p.drawLine(QPointF(17, 17), QPointF(17, 20.5));
        p.drawLine(QPointF(17, 20.5), QPointF(19.5, 22));
    });
}

QIcon protect()
{
    static const QIcon icon = paint([](QPainter &p) { padlock(p, false); });
    return icon;
}

QIcon unprotect()
{
    static const QIcon icon = paint([](QPainter &p) { padlock(p, true); });
    return icon;
}

QIcon run()
{
    static const QIcon icon = paint([](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(Accent);
        p.drawPolygon(QPolygonF{QPointF(9, 5), QPointF(27, 16), QPointF(9, 27)});
    });
    return icon;
}

} // namespace cb::ui::PolicyIcons
