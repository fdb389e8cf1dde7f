// qcustomplot.h uses foreach in its templates, which the project turns off.
#undef QT_NO_FOREACH

#include "chain/ChainPlot.h"

#include <qcustomplot.h>

#include "DateText.h"
#include "Icons.h"
#include "chain/ChainItems.h"
#include "chain/ChainOverview.h"
#include "util/Validate.h"

#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace cb::ui {

namespace {

// A chain longer than this opens on its newest backups; Fit shows it whole.
constexpr int RecentShown = 60;
constexpr double FullMarker = 13, IncrementalMarker = 11;

int markerKey(BackupKind kind, BackupStatus status)
{
    return int(kind) * 16 + int(status);
}

} // namespace

ChainPlot::ChainPlot(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_overview(new ChainOverview(this)),
      m_chainRect(m_plot->axisRect()), m_bytesRect(new QCPAxisRect(m_plot)), m_laneTicker(new LaneTicker),
      m_timeTicker(new TimeTicker), m_ordinalTicker(new OrdinalTicker)
{
    setObjectName(QStringLiteral("chainPlot"));
    m_plot->setObjectName(QStringLiteral("chainPlotCanvas"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_overview);
    m_plot->setMouseTracking(true);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->installEventFilter(this);
    setMinimumHeight(280);
    setupAxes();
    setupMarkers();

    connect(m_plot, &QCustomPlot::mousePress, this, &ChainPlot::onPress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ChainPlot::onRelease);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChainPlot::onMove);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &ChainPlot::onDoubleClick);
    connect(m_overview, &ChainOverview::centerRequested, this, [this](double x) {
        const double half = m_chainRect->axis(QCPAxis::atBottom)->range().size() / 2;
        setXRange(x - half, x + half);
    });
    retranslate();
}

ChainPlot::~ChainPlot() = default;

void ChainPlot::setupAxes()
{
    m_plot->plotLayout()->addElement(1, 0, m_bytesRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 3);
    m_plot->plotLayout()->setRowStretchFactor(1, 1.3);
    m_plot->plotLayout()->setRowSpacing(4);
    auto *margins = new QCPMarginGroup(m_plot);
    m_chainRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_bytesRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    QCPAxis *x = m_chainRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_chainRect->axis(QCPAxis::atLeft);
    QCPAxis *bx = m_bytesRect->axis(QCPAxis::atBottom);
    QCPAxis *by = m_bytesRect->axis(QCPAxis::atLeft);
    m_bytesRect->axis(QCPAxis::atTop)->setVisible(false);
    m_bytesRect->axis(QCPAxis::atRight)->setVisible(false);

    m_timeTicker->setDateTimeSpec(Qt::LocalTime);
    m_timeTicker->setTickCount(6);
    m_ordinalTicker->setTickCount(6);
    x->setTicker(m_timeTicker);
    bx->setTicker(m_timeTicker);
    x->setTickLabels(false); // the dates are shown once, under the bytes panel
    y->setTicker(m_laneTicker);
    y->setRangeReversed(true); // the oldest chain on top
    y->grid()->setVisible(false);
    y->setSubTicks(false);
    y->setTickLength(0, 0);
    by->setTicker(QSharedPointer<QCPAxisTicker>(new BytesTicker));
    by->ticker()->setTickCount(4);
    by->setRange(0, 1);
    for (QCPAxis *a : {x, y, bx, by}) {
        a->setBasePen(QPen(QColor(0xb0, 0xbe, 0xc5)));
        a->setTickPen(QPen(QColor(0xb0, 0xbe, 0xc5)));
        a->setSubTickPen(QPen(QColor(0xcf, 0xd8, 0xdc)));
        a->setTickLabelColor(QColor(0x45, 0x5a, 0x64));
        a->grid()->setPen(QPen(QColor(0xec, 0xef, 0xf1), 1, Qt::SolidLine));
    }
    m_chainRect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_chainRect->setRangeZoom(Qt::Horizontal);
    m_chainRect->setRangeZoomFactor(0.6); // a few notches from a year to a week, not twenty
    m_bytesRect->setRangeZoomFactor(0.6);
    m_bytesRect->setRangeDrag(Qt::Horizontal);
    m_bytesRect->setRangeZoom(Qt::Horizontal);
    m_bytesRect->setRangeDragAxes(bx, nullptr);
    m_bytesRect->setRangeZoomAxes(bx, nullptr);

    // One x axis for both panels.
    connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), bx,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(bx, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), x,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &ChainPlot::onRangeChanged);
    // The axis rect has its size only once laid out: size lanes and markers then.
    connect(m_plot, &QCustomPlot::beforeReplot, this, &ChainPlot::updateLaneLabels);
    connect(m_plot, &QCustomPlot::beforeReplot, this, &ChainPlot::updateMarkerSize);
}

void ChainPlot::setupMarkers()
{
    QCPAxis *x = m_chainRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_chainRect->axis(QCPAxis::atLeft);
    m_edges = new ChainEdges(x, y);
    m_edges->setPen(QPen(QColor(0x90, 0xa4, 0xae), 2));
    m_labels = new ChainLabels(x, y);
    for (auto kind : {BackupKind::Full, BackupKind::Incremental}) {
        for (auto status : {BackupStatus::Available, BackupStatus::Creating, BackupStatus::Error,
                            BackupStatus::Deleting, BackupStatus::Restoring, BackupStatus::Damaged}) {
            auto *g = new QCPGraph(x, y);
            g->setLineStyle(QCPGraph::lsNone);
            g->setSelectable(QCP::stNone);
            m_markers.insert(markerKey(kind, status), g);
        }
    }
    m_markerScale = 0; // set the marker styles at the first range change
    m_newestRing = new QCPGraph(x, y);
    m_newestRing->setLineStyle(QCPGraph::lsNone);
    m_newestRing->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0xf9, 0xa8, 0x25), 2.5), Qt::NoBrush, 22));
    m_selectionRing = new QCPGraph(x, y);
    m_selectionRing->setLineStyle(QCPGraph::lsNone);
    m_selectionRing->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssCircle, QPen(QColor(0x1e, 0x88, 0xe5), 3), QColor(30, 136, 229, 40), 28));
    m_newestLabel = new QCPItemText(m_plot);
    m_newestLabel->setClipAxisRect(m_chainRect);
    m_newestLabel->position->setAxes(x, y);
    m_newestLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_newestLabel->setPadding(QMargins(0, 0, 0, 14));
    m_newestLabel->setColor(QColor(0xbf, 0x6f, 0x00));
    QFont f = font();
    f.setBold(true);
    m_newestLabel->setFont(f);
    m_newestLabel->setVisible(false);

    QCPAxis *bx = m_bytesRect->axis(QCPAxis::atBottom);
    QCPAxis *by = m_bytesRect->axis(QCPAxis::atLeft);
    m_fullBars = new QCPBars(bx, by);
    m_incrementalBars = new QCPBars(bx, by);
    for (QCPBars *b : {m_fullBars, m_incrementalBars}) {
        b->setWidthType(QCPBars::wtAbsolute);
        b->setWidth(7);
        b->setSelectable(QCP::stNone);
        b->setPen(Qt::NoPen);
    }
    m_fullBars->setBrush(QColor(0x37, 0x47, 0x4f));
    m_incrementalBars->setBrush(QColor(0x90, 0xa4, 0xae));
}

QWidget *ChainPlot::canvas() const
{
    return m_plot;
}

void ChainPlot::replot()
{
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChainPlot::retranslate()
{
    m_bytesRect->axis(QCPAxis::atLeft)->setLabel(tr("Stored"));
    m_newestLabel->setText(tr("newest"));
    m_overview->setToolTip(
        tr("The whole chain; the frame is the part shown above. Click or drag to move it."));
    rebuild();
}

double ChainPlot::xOf(int i) const
{
    return m_ordinal ? double(i) : m_nodes.at(i).t;
}

QStringList ChainPlot::ids() const
{
    QStringList out;
    out.reserve(m_nodes.size());
    for (const Node &n : m_nodes)
        out << n.backup.id;
    return out;
}

void ChainPlot::setBackups(const QList<Backup> &backups, bool keepView)
{
    const QCPRange xr = m_chainRect->axis(QCPAxis::atBottom)->range();
    const QCPRange yr = m_chainRect->axis(QCPAxis::atLeft)->range();
    m_nodes.clear();
    m_index.clear();
    QList<Backup> sorted = backups;
    std::sort(sorted.begin(), sorted.end(), [](const Backup &a, const Backup &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    // Lanes: each full backup starts one; an incremental joins its parent's.
    QHash<QString, int> laneOf;
    m_lanes = 0;
    m_nodes.reserve(sorted.size());
    for (const Backup &b : std::as_const(sorted)) {
        int lane;
        if (b.kind == BackupKind::Full || !laneOf.contains(b.parentId))
            lane = m_lanes++;
        else
            lane = laneOf.value(b.parentId);
        laneOf.insert(b.id, lane);
        m_index.insert(b.id, int(m_nodes.size()));
        m_nodes.append({b, double(b.createdAt.toMSecsSinceEpoch()) / 1000.0, double(lane)});
    }
    if (!m_index.contains(m_selected))
        m_selected.clear();
    m_hover = -1;
    rebuild();
    if (keepView && !m_nodes.isEmpty()) {
        m_chainRect->axis(QCPAxis::atLeft)->setRange(yr);
        setXRange(xr.lower, xr.upper);
    } else {
        showRecent();
    }
}

int ChainPlot::edgeCount() const
{
    return int(m_edges->edges.size());
}

void ChainPlot::rebuild()
{
    QHash<int, QVector<double>> xs, ys;
    QVector<double> fullX, fullY, incX, incY, laneY;
    m_edges->edges.clear();
    m_xs.clear();
    m_xs.reserve(m_nodes.size());
    laneY.reserve(m_nodes.size());
    QHash<int, QString> lastIdOnLane;
    QStringList names;
    double maxStored = 0;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        const Backup &b = n.backup;
        const double x = xOf(i);
        m_xs << x;
        laneY << n.y;
        names << b.name;
        xs[markerKey(b.kind, b.status)] << x;
        ys[markerKey(b.kind, b.status)] << n.y;
        if (!b.parentId.isEmpty() && m_index.contains(b.parentId)) {
            const int p = m_index.value(b.parentId);
            const bool adjacent = lastIdOnLane.value(int(n.y)) == b.parentId;
            m_edges->edges.append({xOf(p), m_nodes.at(p).y, x, n.y, !adjacent || m_nodes.at(p).y != n.y});
        }
        lastIdOnLane.insert(int(n.y), b.id);
        (b.kind == BackupKind::Full ? fullX : incX) << x;
        (b.kind == BackupKind::Full ? fullY : incY) << double(b.storedBytes);
        maxStored = std::max(maxStored, double(b.storedBytes));
    }
    for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it)
        it.value()->setData(xs.value(it.key()), ys.value(it.key()), true);
    m_labels->xs = m_xs;
    m_labels->ys = laneY;
    m_labels->texts = names;
    m_fullBars->setData(fullX, fullY, true);
    m_incrementalBars->setData(incX, incY, true);
    m_bytesRect->axis(QCPAxis::atLeft)->setRange(0, maxStored > 0 ? maxStored * 1.15 : 1);

    m_ordinalTicker->times.clear();
    for (const Node &n : std::as_const(m_nodes))
        m_ordinalTicker->times << n.t;
    m_laneTicker->clear();
    int chainNo = 0;
    for (const Node &n : std::as_const(m_nodes)) {
        if (m_laneTicker->ticks().contains(n.y))
            continue;
        ++chainNo;
        m_laneTicker->addTick(n.y, n.backup.kind == BackupKind::Full
                                       ? tr("Chain %1").arg(chainNo)
                                       : tr("Chain %1 (parent missing)").arg(chainNo));
    }

    if (!m_nodes.isEmpty()) {
        const double newest = m_xs.last();
        m_newestRing->setData({newest}, {m_nodes.last().y}, true);
        m_newestLabel->position->setCoords(newest, m_nodes.last().y);
        m_newestLabel->setVisible(true);
        const QCPRange all = fitRange();
        m_overview->setData(m_xs, laneY, m_lanes, all.lower, all.upper);
    } else {
        m_newestRing->data()->clear();
        m_newestLabel->setVisible(false);
        m_overview->setData({}, {}, 0, 0, 1);
    }
    onRangeChanged(m_chainRect->axis(QCPAxis::atBottom)->range());
    updateSelectionMarker();
}

void ChainPlot::updateLaneLabels()
{
    // About one label per 18 pixels of height.
    m_laneTicker->setTickCount(std::max(1, m_chainRect->height() / 18));
}

void ChainPlot::updateSelectionMarker()
{
    const int i = m_index.value(m_selected, -1);
    if (i >= 0)
        m_selectionRing->setData({xOf(i)}, {m_nodes.at(i).y}, true);
    else
        m_selectionRing->data()->clear();
    replot();
}

int ChainPlot::visibleCount() const
{
    const QCPRange r = m_chainRect->axis(QCPAxis::atBottom)->range();
    return int(std::upper_bound(m_xs.cbegin(), m_xs.cend(), r.upper) -
               std::lower_bound(m_xs.cbegin(), m_xs.cend(), r.lower));
}

int ChainPlot::labelsShown() const
{
    return m_labels->shown();
}

QPair<double, double> ChainPlot::xRange() const
{
    const QCPRange r = m_chainRect->axis(QCPAxis::atBottom)->range();
    return {r.lower, r.upper};
}

static QStringList tickLabels(const QCPAxis *axis)
{
    QStringList out;
    for (const QString &s : axis->tickVectorLabels())
        out << s;
    return out;
}

QStringList ChainPlot::timeTickLabels() const
{
    return tickLabels(m_bytesRect->axis(QCPAxis::atBottom));
}

QStringList ChainPlot::bytesTickLabels() const
{
    return tickLabels(m_bytesRect->axis(QCPAxis::atLeft));
}

// Per range change (every pan step): the tick format, the marker size for
// the density in view and the overview's window. Nothing is rebuilt.
void ChainPlot::onRangeChanged(const QCPRange &range)
{
    double span = range.size();
    if (m_ordinal && !m_nodes.isEmpty()) {
        const int a = std::clamp(int(std::floor(range.lower)), 0, int(m_nodes.size()) - 1);
        const int b = std::clamp(int(std::ceil(range.upper)), 0, int(m_nodes.size()) - 1);
        span = m_nodes.at(b).t - m_nodes.at(a).t;
    }
    const QString format = timeFormatFor(span);
    m_timeTicker->setDateTimeFormat(format);
    m_ordinalTicker->format = format;

    updateMarkerSize();
    m_overview->setWindow(range.lower, range.upper);
    Q_EMIT viewChanged();
}

// Markers shrink where they would overlap, down to a dot.
void ChainPlot::updateMarkerSize()
{
    const int count = std::max(1, visibleCount());
    const double perNode = double(m_chainRect->width()) / count;
    const double scale = std::clamp(std::round(perNode / FullMarker * 4) / 4, 0.4, 1.0);
    if (scale == m_markerScale)
        return;
    m_markerScale = scale;
    for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it) {
        const auto kind = BackupKind(it.key() / 16);
        const QColor c = Icons::statusColor(BackupStatus(it.key() % 16));
        it.value()->setScatterStyle(
            kind == BackupKind::Full
                ? QCPScatterStyle(QCPScatterStyle::ssSquare, c.darker(140), c, FullMarker * scale)
                : QCPScatterStyle(QCPScatterStyle::ssCircle, c.darker(140), c, IncrementalMarker * scale));
    }
    for (QCPBars *b : {m_fullBars, m_incrementalBars})
        b->setWidth(std::max(1.0, 7 * scale));
}

void ChainPlot::setXRange(double lower, double upper)
{
    m_chainRect->axis(QCPAxis::atBottom)->setRange(lower, upper);
    replot();
}

QCPRange ChainPlot::fitRange() const
{
    if (m_xs.isEmpty()) {
        const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        return {now - 86400, now};
    }
    const double first = m_xs.first(), last = m_xs.last();
    // Backups minutes or days apart, or (a scripted demo) a fraction of a second.
    const double pad =
        last > first ? std::max((last - first) * 0.04, m_ordinal ? 0.6 : 0.05) : (m_ordinal ? 1.0 : 60.0);
    return {first - pad, last + pad};
}

void ChainPlot::fit()
{
    QCPAxis *y = m_chainRect->axis(QCPAxis::atLeft);
    if (m_nodes.isEmpty())
        y->setRange(-0.6, 0.6);
    else
        y->setRange(-0.7, m_lanes - 0.3);
    const QCPRange r = fitRange();
    setXRange(r.lower, r.upper);
}

void ChainPlot::showRecent()
{
    if (m_nodes.size() <= RecentShown) {
        fit();
        return;
    }
    // The newest backups and every lane they are on.
    const int from = int(m_nodes.size()) - RecentShown;
    const double pad = (m_xs.last() - m_xs.at(from)) * 0.04 + (m_ordinal ? 0.6 : 1.0);
    setXRange(m_xs.at(from) - pad, m_xs.last() + pad);
    fitLanesToView();
}

void ChainPlot::zoomIn()
{
    const QCPRange r = m_chainRect->axis(QCPAxis::atBottom)->range();
    setXRange(r.center() - r.size() / 4, r.center() + r.size() / 4);
    fitLanesToView();
}

// The lanes of the backups in view, and no others (zooming in on a time
// span shows its chains large enough to label).
void ChainPlot::fitLanesToView()
{
    const QCPRange r = m_chainRect->axis(QCPAxis::atBottom)->range();
    const auto from = std::lower_bound(m_xs.cbegin(), m_xs.cend(), r.lower) - m_xs.cbegin();
    const auto to = std::upper_bound(m_xs.cbegin(), m_xs.cend(), r.upper) - m_xs.cbegin();
    if (from >= to)
        return;
    double top = m_nodes.at(from).y, bottom = top;
    for (auto i = from; i < to; ++i) {
        top = std::min(top, m_nodes.at(i).y);
        bottom = std::max(bottom, m_nodes.at(i).y);
    }
    m_chainRect->axis(QCPAxis::atLeft)->setRange(top - 0.7, bottom + 0.7);
    replot();
}

void ChainPlot::zoomOut()
{
    const QCPRange r = m_chainRect->axis(QCPAxis::atBottom)->range();
    if (r.size() * 2 >= fitRange().size()) {
        fit(); // no further out than the whole chain
        return;
    }
    setXRange(r.center() - r.size(), r.center() + r.size());
    fitLanesToView();
}

void ChainPlot::setEvenlySpaced(bool on)
{
    if (on == m_ordinal)
        return;
    // Keep the same backups in view.
    const QCPRange r = m_chainRect->axis(QCPAxis::atBottom)->range();
    const auto a = std::lower_bound(m_xs.cbegin(), m_xs.cend(), r.lower) - m_xs.cbegin();
    const auto b = std::upper_bound(m_xs.cbegin(), m_xs.cend(), r.upper) - m_xs.cbegin() - 1;
    const bool any = b >= a;
    m_ordinal = on;
    m_chainRect->axis(QCPAxis::atBottom)
        ->setTicker(on ? QSharedPointer<QCPAxisTicker>(m_ordinalTicker)
                       : QSharedPointer<QCPAxisTicker>(m_timeTicker));
    m_bytesRect->axis(QCPAxis::atBottom)->setTicker(m_chainRect->axis(QCPAxis::atBottom)->ticker());
    m_bytesRect->axis(QCPAxis::atBottom)->grid()->setSubGridVisible(false);
    rebuild();
    if (!any) {
        fit();
        return;
    }
    // Half a step beyond the first and the last: no neighbour comes into view.
    const double lo = xOf(int(a)), hi = xOf(int(b));
    const double before = a > 0 ? (lo - xOf(int(a) - 1)) / 2 : 0.5;
    const double after = b + 1 < m_nodes.size() ? (xOf(int(b) + 1) - hi) / 2 : 0.5;
    setXRange(lo - std::min(before, std::max(0.5, (hi - lo) * 0.04)),
              hi + std::min(after, std::max(0.5, (hi - lo) * 0.04)));
}

void ChainPlot::setSelected(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = m_index.contains(id) ? id : QString();
    updateSelectionMarker();
    // Bring the selection into view when it is outside.
    const int i = m_index.value(m_selected, -1);
    if (i >= 0) {
        const QCPRange r = m_chainRect->axis(QCPAxis::atBottom)->range();
        const double nx = xOf(i);
        if (!r.contains(nx))
            setXRange(nx - r.size() / 2, nx + r.size() / 2);
        QCPAxis *y = m_chainRect->axis(QCPAxis::atLeft);
        if (!y->range().contains(m_nodes.at(i).y))
            y->setRange(m_nodes.at(i).y - y->range().size() / 2, m_nodes.at(i).y + y->range().size() / 2);
    }
}

QPoint ChainPlot::nodePosition(const QString &id) const
{
    const int i = m_index.value(id, -1);
    if (i < 0)
        return {};
    const QCPAxis *x = m_chainRect->axis(QCPAxis::atBottom);
    const QCPAxis *y = m_chainRect->axis(QCPAxis::atLeft);
    return QPointF(x->coordToPixel(xOf(i)), y->coordToPixel(m_nodes.at(i).y)).toPoint();
}

int ChainPlot::nearest(const QPointF &pixel, double maxDistance) const
{
    if (!m_chainRect->rect().contains(pixel.toPoint()))
        return -1;
    const QCPAxis *x = m_chainRect->axis(QCPAxis::atBottom);
    const QCPAxis *y = m_chainRect->axis(QCPAxis::atLeft);
    // Only the backups within reach along x (m_xs is sorted).
    const double c1 = x->pixelToCoord(pixel.x() - maxDistance), c2 = x->pixelToCoord(pixel.x() + maxDistance);
    const auto from = std::lower_bound(m_xs.cbegin(), m_xs.cend(), std::min(c1, c2)) - m_xs.cbegin();
    const auto to = std::upper_bound(m_xs.cbegin(), m_xs.cend(), std::max(c1, c2)) - m_xs.cbegin();
    int best = -1;
    double bestD = maxDistance * maxDistance;
    for (auto i = from; i < to; ++i) {
        const double dx = x->coordToPixel(m_xs.at(i)) - pixel.x();
        const double dy = y->coordToPixel(m_nodes.at(i).y) - pixel.y();
        const double d = dx * dx + dy * dy;
        if (d <= bestD) {
            bestD = d;
            best = int(i);
        }
    }
    return best;
}

QString ChainPlot::tooltip(const Node &n) const
{
    const Backup &b = n.backup;
    QString html = QStringLiteral("<b>%1</b><br>").arg(b.name.toHtmlEscaped());
    html += tr("Created: %1").arg(dateTimeText(b.createdAt)) + u"<br>";
    html += tr("Type: %1").arg(backupKindText(b.kind)) + u"<br>";
    html += tr("Read: %1").arg(validate::formatSize(b.readBytes)) + u"<br>";
    html += tr("Stored: %1").arg(validate::formatSize(b.storedBytes)) + u"<br>";
    html += tr("Status: <span style=\"color:%1\">%2</span>")
                .arg(Icons::statusColor(b.status).name(), backupStatusText(b.status));
    if (!b.error.isEmpty())
        html += u"<br>" + b.errorText().toHtmlEscaped();
    return html;
}

bool ChainPlot::onKey(QKeyEvent *event)
{
    const QCPRange r = m_chainRect->axis(QCPAxis::atBottom)->range();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return true;
    case Qt::Key_Minus:
        zoomOut();
        return true;
    case Qt::Key_0:
        fit();
        return true;
    case Qt::Key_Left:
        setXRange(r.lower - r.size() / 4, r.upper - r.size() / 4);
        return true;
    case Qt::Key_Right:
        setXRange(r.lower + r.size() / 4, r.upper + r.size() / 4);
        return true;
    default:
        return false;
    }
}

void ChainPlot::onPress(QMouseEvent *event)
{
    m_pressPos = event->pos();
}

void ChainPlot::onRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 4)
        return; // a drag, not a click
    const int i = nearest(event->position(), 14);
    const QString id = i >= 0 ? m_nodes.at(i).backup.id : QString();
    if (id != m_selected && i >= 0) {
        m_selected = id;
        updateSelectionMarker();
        Q_EMIT selectionChanged(id);
    }
}

void ChainPlot::onDoubleClick(QMouseEvent *event)
{
    const int i = nearest(event->position(), 14);
    if (i >= 0)
        Q_EMIT activated(m_nodes.at(i).backup.id);
}

void ChainPlot::onMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const int i = nearest(event->position(), 14);
    if (i == m_hover)
        return;
    m_hover = i;
    m_plot->setCursor(i >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (i >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), tooltip(m_nodes.at(i)), m_plot);
    else
        QToolTip::hideText();
}

bool ChainPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::Leave) {
            m_hover = -1;
            QToolTip::hideText();
        } else if (event->type() == QEvent::KeyPress && onKey(static_cast<QKeyEvent *>(event))) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cb::ui
