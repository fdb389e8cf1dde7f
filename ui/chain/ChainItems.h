#pragma once

// The chain graph's own QCustomPlot pieces: the edges and labels drawn for
// the visible part only (no item per backup, so panning never rebuilds
// anything), and the tickers for lanes, bytes and the evenly spaced axis.
// Include after <qcustomplot.h>.

#include <QHash>
#include <QString>
#include <QVector>

namespace cb::ui {

// Every parent-child edge in one plottable: a straight segment along the
// lane, or an arc over the backups in between when the parent is not the
// previous backup on the lane (a failed backup sits between them).
class ChainEdges final : public QCPAbstractPlottable
{
public:
    struct Edge
    {
        double x1, y1, x2, y2;
        bool arc;
    };

    ChainEdges(QCPAxis *key, QCPAxis *value);
    QVector<Edge> edges;

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }
    QCPRange getKeyRange(bool &found, QCP::SignDomain) const override;
    QCPRange getValueRange(bool &found, QCP::SignDomain, const QCPRange &) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *, const QRectF &) const override {}
};

// Backup names under their markers, only where they fit: the labels of the
// visible backups are laid out at each draw, and one that would overlap the
// previous label on its lane is left out.
class ChainLabels final : public QCPAbstractPlottable
{
public:
    ChainLabels(QCPAxis *key, QCPAxis *value);
    QVector<double> xs; // sorted
    QVector<double> ys;
    QStringList texts;
    int shown() const { return m_shown; } // drawn at the last draw

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }
    QCPRange getKeyRange(bool &found, QCP::SignDomain) const override;
    QCPRange getValueRange(bool &found, QCP::SignDomain, const QCPRange &) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *, const QRectF &) const override {}

private:
    int m_shown = 0;
};

// Byte counts in binary steps: "256 MiB, 512 MiB", never "953.7 MiB".
class BytesTicker final : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double) override { return 1; }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override;
};

// One tick per chain lane (label: ticks()), thinned out when the lanes are
// closer than a label's height (a volume with 172 chains).
class LaneTicker final : public QCPAxisTickerText
{
protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
};

// Dates and times, each label once: a tick whose label repeats the one
// before it (backups seconds apart) is left blank.
class TimeTicker final : public QCPAxisTickerDateTime
{
protected:
    QVector<QString> createLabelVector(const QVector<double> &ticks, const QLocale &locale, QChar formatChar,
                                       int precision) override;
};

// The evenly spaced axis: backup i sits at x = i; its ticks are labelled
// with the backup's date, in the format the visible span calls for.
class OrdinalTicker final : public QCPAxisTicker
{
public:
    QVector<double> times; // seconds since the epoch, by index
    QString format;

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double) override { return 0; }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override;
    QVector<QString> createLabelVector(const QVector<double> &ticks, const QLocale &locale, QChar formatChar,
                                       int precision) override;
};

// The date format for a time span in seconds: dates, with the time of day
// only when the span is short.
QString timeFormatFor(double span);

} // namespace cb::ui
