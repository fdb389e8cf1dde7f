// qcustomplot.h uses foreach in its templates, which the project turns off.
#undef QT_NO_FOREACH

#include <qcustomplot.h>

#include "chain/ChainItems.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cb::ui {

namespace {

QCPRange spanOf(const QVector<double> &a, const QVector<double> &b, bool &found)
{
    found = !a.isEmpty();
    if (!found)
        return {};
    const auto [lo, hi] = std::minmax_element(a.cbegin(), a.cend());
    QCPRange r(*lo, *hi);
    for (double v : b)
        r.expand(v);
    return r;
}

// 1, 2, 5 times a power of ten, the smallest at least `value`.
double niceStep(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= value)
            return m * magnitude;
    }
    return 10 * magnitude;
}

QVector<QString> withoutRepeats(QVector<QString> labels)
{
    QString previous;
    for (QString &label : labels) {
        if (label == previous)
            label.clear();
        else
            previous = label;
    }
    return labels;
}

} // namespace

QVector<QString> TimeTicker::createLabelVector(const QVector<double> &ticks, const QLocale &locale,
                                               QChar formatChar, int precision)
{
    return withoutRepeats(QCPAxisTickerDateTime::createLabelVector(ticks, locale, formatChar, precision));
}

QVector<QString> OrdinalTicker::createLabelVector(const QVector<double> &ticks, const QLocale &locale,
                                                  QChar formatChar, int precision)
{
    return withoutRepeats(QCPAxisTicker::createLabelVector(ticks, locale, formatChar, precision));
}

ChainEdges::ChainEdges(QCPAxis *key, QCPAxis *value) : QCPAbstractPlottable(key, value)
{
    setSelectable(QCP::stNone);
}

QCPRange ChainEdges::getKeyRange(bool &found, QCP::SignDomain) const
{
    QVector<double> xs;
    xs.reserve(edges.size() * 2);
    for (const Edge &e : edges)
        xs << e.x1 << e.x2;
    return spanOf(xs, {}, found);
}

QCPRange ChainEdges::getValueRange(bool &found, QCP::SignDomain, const QCPRange &) const
{
    QVector<double> ys;
    ys.reserve(edges.size() * 2);
    for (const Edge &e : edges)
        ys << e.y1 << e.y2;
    return spanOf(ys, {}, found);
}

void ChainEdges::draw(QCPPainter *painter)
{
    painter->setPen(pen());
    painter->setBrush(Qt::NoBrush);
    const QRect clip = clipRect();
    for (const Edge &e : std::as_const(edges)) {
        const QPointF a = coordsToPixels(e.x1, e.y1);
        const QPointF b = coordsToPixels(e.x2, e.y2);
        if (std::max(a.x(), b.x()) < clip.left() || std::min(a.x(), b.x()) > clip.right())
            continue;
        if (!e.arc) {
            painter->drawLine(a, b);
            continue;
        }
        QPainterPath path(a);
        const double lift = std::min(28.0, 8.0 + std::abs(b.x() - a.x()) / 6);
        path.cubicTo(QPointF(a.x() + (b.x() - a.x()) * 0.25, a.y() - lift),
                     QPointF(a.x() + (b.x() - a.x()) * 0.75, b.y() - lift), b);
        painter->drawPath(path);
    }
}

ChainLabels::ChainLabels(QCPAxis *key, QCPAxis *value) : QCPAbstractPlottable(key, value)
{
    setSelectable(QCP::stNone);
}

QCPRange ChainLabels::getKeyRange(bool &found, QCP::SignDomain) const
{
    return spanOf(xs, {}, found);
}

QCPRange ChainLabels::getValueRange(bool &found, QCP::SignDomain, const QCPRange &) const
{
    return spanOf(ys, {}, found);
}

void ChainLabels::draw(QCPPainter *painter)
{
    m_shown = 0;
    const QCPRange range = keyAxis()->range();
    const auto first = std::lower_bound(xs.cbegin(), xs.cend(), range.lower) - xs.cbegin();
    const auto last = std::upper_bound(xs.cbegin(), xs.cend(), range.upper) - xs.cbegin();
    const double laneGap = std::abs(valueAxis()->coordToPixel(1) - valueAxis()->coordToPixel(0));
    // Too many to read, or lanes too close for a line of text under each.
    if (last - first > 400 || laneGap < 34)
        return;
    // Labels only when every visible backup gets one: the narrowest gap
    // between neighbours on a lane is the room each label has.
    QHash<int, double> previous; // x pixel of the last backup on each lane
    double room = 1e9;
    for (auto i = first; i < last; ++i) {
        const double px = keyAxis()->coordToPixel(xs.at(i));
        const int lane = int(ys.at(i));
        if (previous.contains(lane))
            room = std::min(room, px - previous.value(lane));
        previous.insert(lane, px);
    }
    if (room < 48)
        return;
    const QFontMetrics metrics(painter->font());
    painter->setPen(QColor(0x45, 0x5a, 0x64));
    const int width = int(std::min(room - 8, 160.0));
    for (auto i = first; i < last; ++i) {
        const QPointF at = coordsToPixels(xs.at(i), ys.at(i));
        const QString text = metrics.elidedText(texts.at(i), Qt::ElideMiddle, width);
        const double w = metrics.horizontalAdvance(text);
        painter->drawText(QPointF(at.x() - w / 2, at.y() + 14 + metrics.ascent()), text);
        ++m_shown;
    }
}

double BytesTicker::getTickStep(const QCPRange &range)
{
    const double raw = range.size() / std::max(1, tickCount());
    double unit = 1;
    while (raw >= 1024 * unit && unit < std::pow(1024.0, 5))
        unit *= 1024;
    const double inUnit = raw / unit;
    // Powers of two: every tick a round binary figure (512 MiB, 1 GiB, 1.5 GiB).
    double m = 1;
    while (m < inUnit)
        m *= 2;
    return m * unit;
}

QString BytesTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    const auto bytes = qint64(std::llround(tick));
    if (bytes == 0)
        return QStringLiteral("0");
    double unit = 1;
    while (std::abs(double(bytes)) >= 1024 * unit)
        unit *= 1024;
    const double inUnit = double(bytes) / unit;
    const int decimals = std::abs(inUnit - std::round(inUnit)) < 1e-6 ? 0 : 1;
    return QLocale().formattedDataSize(bytes, decimals, QLocale::DataSizeIecFormat);
}

QVector<double> LaneTicker::createTickVector(double, const QCPRange &range)
{
    // tickCount(): how many labels fit (set from the axis height).
    const int every = std::max(1, int(std::ceil(range.size() / std::max(1, tickCount()))));
    QVector<double> out;
    for (auto it = mTicks.lowerBound(range.lower); it != mTicks.cend() && it.key() <= range.upper; ++it) {
        if (int(std::lround(it.key())) % every == 0)
            out << it.key();
    }
    return out;
}

double OrdinalTicker::getTickStep(const QCPRange &range)
{
    return std::max(1.0, niceStep(range.size() / std::max(1, tickCount())));
}

QString OrdinalTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    const auto i = qsizetype(std::llround(tick));
    if (i < 0 || i >= times.size())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(times.at(i) * 1000)).toLocalTime().toString(format);
}

QString timeFormatFor(double span)
{
    if (span < 120)
        return QStringLiteral("HH:mm:ss");
    if (span < 2 * 86400)
        return QStringLiteral("MM-dd HH:mm");
    if (span < 800 * 86400)
        return QStringLiteral("yyyy-MM-dd");
    return QStringLiteral("yyyy-MM");
}

} // namespace cb::ui
