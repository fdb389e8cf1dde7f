// qcustomplot.h uses foreach in its templates, which the project turns off.
#undef QT_NO_FOREACH

#include "chain/ChainPlot.h"

#include <qcustomplot.h>

#include "Icons.h"
#include "util/Validate.h"

#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

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

    ChainEdges(QCPAxis *key, QCPAxis *value) : QCPAbstractPlottable(key, value)
    {
        setSelectable(QCP::stNone);
    }

    QVector<Edge> edges;

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }

    QCPRange getKeyRange(bool &found, QCP::SignDomain) const override
    {
        found = !edges.isEmpty();
        QCPRange r;
        if (found) {
            r = QCPRange(edges.first().x1, edges.first().x1);
            for (const Edge &e : edges) {
                r.expand(e.x1);
                r.expand(e.x2);
            }
        }
        return r;
    }

    QCPRange getValueRange(bool &found, QCP::SignDomain, const QCPRange &) const override
    {
        found = !edges.isEmpty();
        QCPRange r;
        if (found) {
            r = QCPRange(edges.first().y1, edges.first().y1);
            for (const Edge &e : edges) {
                r.expand(e.y1);
                r.expand(e.y2);
            }
        }
        return r;
    }

protected:
    void draw(QCPPainter *painter) override
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

    void drawLegendIcon(QCPPainter *, const QRectF &) const override {}
};

namespace {

// Byte counts on the stored-bytes axis: "1.5 GiB", not 1.5e9.
class BytesTicker final : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return validate::formatSize(qint64(tick));
    }
};

} // namespace

ChainPlot::ChainPlot(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_chainRect(m_plot->axisRect()),
      m_bytesRect(new QCPAxisRect(m_plot)), m_laneTicker(new QCPAxisTickerText),
      m_timeTicker(new QCPAxisTickerDateTime)
{
    setObjectName(QStringLiteral("chainPlot"));
    m_plot->setObjectName(QStringLiteral("chainPlotCanvas"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMouseTracking(true);
    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->installEventFilter(this);
    setMinimumHeight(280);

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
    const QSharedPointer<QCPAxisTicker> timeTicker(m_timeTicker);
    x->setTicker(timeTicker);
    bx->setTicker(timeTicker);
    x->setTickLabels(false); // the dates are shown once, under the bytes panel
    y->setTicker(QSharedPointer<QCPAxisTicker>(m_laneTicker));
    y->setRangeReversed(true); // the oldest chain on top
    y->grid()->setVisible(false);
    y->setSubTicks(false);
    y->setTickLength(0, 0);
    by->setTicker(QSharedPointer<QCPAxisTicker>(new BytesTicker));
    by->ticker()->setTickCount(3);
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
    m_bytesRect->setRangeDrag(Qt::Horizontal);
    m_bytesRect->setRangeZoom(Qt::Horizontal);
    m_bytesRect->setRangeDragAxes(bx, nullptr);
    m_bytesRect->setRangeZoomAxes(bx, nullptr);

    // One time axis for both panels.
    connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), bx,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(bx, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), x,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &ChainPlot::updateTimeFormat);

    m_edges = new ChainEdges(x, y);
    m_edges->setPen(QPen(QColor(0x90, 0xa4, 0xae), 2));

    for (auto kind : {BackupKind::Full, BackupKind::Incremental}) {
        for (auto status : {BackupStatus::Available, BackupStatus::Creating, BackupStatus::Error,
                            BackupStatus::Deleting, BackupStatus::Restoring, BackupStatus::Damaged}) {
            auto *g = new QCPGraph(x, y);
            g->setLineStyle(QCPGraph::lsNone);
            const QColor c = Icons::statusColor(status);
            g->setScatterStyle(kind == BackupKind::Full
                                   ? QCPScatterStyle(QCPScatterStyle::ssSquare, c.darker(140), c, 13)
                                   : QCPScatterStyle(QCPScatterStyle::ssCircle, c.darker(140), c, 11));
            g->setSelectable(QCP::stNone);
            m_markers.insert(int(kind) * 16 + int(status), g);
        }
    }
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

    m_fullBars = new QCPBars(bx, by);
    m_incrementalBars = new QCPBars(bx, by);
    for (QCPBars *b : {m_fullBars, m_incrementalBars}) {
        b->setWidthType(QCPBars::wtAbsolute);
        b->setWidth(7);
        b->setSelectable(QCP::stNone);
    }
    m_fullBars->setBrush(QColor(0x37, 0x47, 0x4f));
    m_fullBars->setPen(Qt::NoPen);
    m_incrementalBars->setBrush(QColor(0x90, 0xa4, 0xae));
    m_incrementalBars->setPen(Qt::NoPen);

    connect(m_plot, &QCustomPlot::mousePress, this, &ChainPlot::onPress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ChainPlot::onRelease);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChainPlot::onMove);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &ChainPlot::onDoubleClick);
    retranslate();
}

ChainPlot::~ChainPlot() = default;

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
    rebuild();
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
    for (const Backup &b : std::as_const(sorted)) {
        int lane;
        if (b.kind == BackupKind::Full || !laneOf.contains(b.parentId))
            lane = m_lanes++;
        else
            lane = laneOf.value(b.parentId);
        laneOf.insert(b.id, lane);
        Node n;
        n.backup = b;
        n.x = double(b.createdAt.toMSecsSinceEpoch()) / 1000.0;
        n.y = lane;
        m_index.insert(b.id, int(m_nodes.size()));
        m_nodes << n;
    }
    if (!m_index.contains(m_selected))
        m_selected.clear();
    m_hover = -1;
    rebuild();
    if (keepView && !m_nodes.isEmpty()) {
        m_chainRect->axis(QCPAxis::atBottom)->setRange(xr);
        m_chainRect->axis(QCPAxis::atLeft)->setRange(yr);
        replot();
    } else {
        fit();
    }
}

int ChainPlot::edgeCount() const
{
    return int(m_edges->edges.size());
}

void ChainPlot::rebuild()
{
    QHash<int, QVector<double>> xs, ys;
    QVector<double> fullX, fullY, incX, incY;
    m_edges->edges.clear();
    QHash<int, double> lastOnLane; // x of the previous backup on each lane
    QHash<int, QString> lastIdOnLane;
    double maxStored = 0;
    for (const Node &n : std::as_const(m_nodes)) {
        const Backup &b = n.backup;
        const int key = int(b.kind) * 16 + int(b.status);
        xs[key] << n.x;
        ys[key] << n.y;
        if (!b.parentId.isEmpty() && m_index.contains(b.parentId)) {
            const Node &p = m_nodes.at(m_index.value(b.parentId));
            const int lane = int(n.y);
            const bool adjacent = lastIdOnLane.value(lane) == b.parentId;
            m_edges->edges.append({p.x, p.y, n.x, n.y, !adjacent || p.y != n.y});
        }
        lastOnLane.insert(int(n.y), n.x);
        lastIdOnLane.insert(int(n.y), b.id);
        (b.kind == BackupKind::Full ? fullX : incX) << n.x;
        (b.kind == BackupKind::Full ? fullY : incY) << double(b.storedBytes);
        maxStored = std::max(maxStored, double(b.storedBytes));
    }
    for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it)
        it.value()->setData(xs.value(it.key()), ys.value(it.key()), true);
    m_fullBars->setData(fullX, fullY, true);
    m_incrementalBars->setData(incX, incY, true);
    m_bytesRect->axis(QCPAxis::atLeft)->setRange(0, maxStored > 0 ? maxStored * 1.15 : 1);

    m_laneTicker->clear();
    QHash<int, bool> labelled;
    int chainNo = 0;
    for (const Node &n : std::as_const(m_nodes)) {
        const int lane = int(n.y);
        if (labelled.contains(lane))
            continue;
        labelled.insert(lane, true);
        ++chainNo;
        m_laneTicker->addTick(lane, n.backup.kind == BackupKind::Full
                                        ? tr("Chain %1").arg(chainNo)
                                        : tr("Chain %1 (parent missing)").arg(chainNo));
    }

    if (!m_nodes.isEmpty()) {
        const Node &newest = m_nodes.last();
        m_newestRing->setData({newest.x}, {newest.y}, true);
        m_newestLabel->position->setCoords(newest.x, newest.y);
        m_newestLabel->setVisible(true);
    } else {
        m_newestRing->data()->clear();
        m_newestLabel->setVisible(false);
    }
    updateSelectionMarker();
}

void ChainPlot::updateSelectionMarker()
{
    const int i = m_index.value(m_selected, -1);
    if (i >= 0)
        m_selectionRing->setData({m_nodes.at(i).x}, {m_nodes.at(i).y}, true);
    else
        m_selectionRing->data()->clear();
    replot();
}

void ChainPlot::fit()
{
    QCPAxis *x = m_chainRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_chainRect->axis(QCPAxis::atLeft);
    if (m_nodes.isEmpty()) {
        const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        x->setRange(now - 86400, now);
        y->setRange(-0.6, 0.6);
    } else {
        const double first = m_nodes.first().x, last = m_nodes.last().x;
        // Backups minutes or days apart, or (a scripted demo) a fraction of a second.
        const double pad = last > first ? std::max((last - first) * 0.06, 0.05) : 60.0;
        x->setRange(first - pad, last + pad);
        y->setRange(-0.7, m_lanes - 0.3);
    }
    replot();
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
        QCPAxis *x = m_chainRect->axis(QCPAxis::atBottom);
        const double nx = m_nodes.at(i).x;
        if (!x->range().contains(nx))
            x->setRange(nx - x->range().size() / 2, nx + x->range().size() / 2);
    }
}

QPoint ChainPlot::nodePosition(const QString &id) const
{
    const int i = m_index.value(id, -1);
    if (i < 0)
        return {};
    const QCPAxis *x = m_chainRect->axis(QCPAxis::atBottom);
    const QCPAxis *y = m_chainRect->axis(QCPAxis::atLeft);
    return QPointF(x->coordToPixel(m_nodes.at(i).x), y->coordToPixel(m_nodes.at(i).y)).toPoint();
}

int ChainPlot::nearest(const QPointF &pixel, double maxDistance) const
{
    if (!m_chainRect->rect().contains(pixel.toPoint()))
        return -1;
    const QCPAxis *x = m_chainRect->axis(QCPAxis::atBottom);
    const QCPAxis *y = m_chainRect->axis(QCPAxis::atLeft);
    int best = -1;
    double bestD = maxDistance * maxDistance;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const double dx = x->coordToPixel(m_nodes.at(i).x) - pixel.x();
        const double dy = y->coordToPixel(m_nodes.at(i).y) - pixel.y();
        const double d = dx * dx + dy * dy;
        if (d <= bestD) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

QString ChainPlot::tooltip(const Node &n) const
{
    const Backup &b = n.backup;
    QString html = QStringLiteral("<b>%1</b><br>").arg(b.name.toHtmlEscaped());
    html +=
        tr("Created: %1").arg(QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat)) + u"<br>";
    html += tr("Type: %1").arg(backupKindText(b.kind)) + u"<br>";
    html += tr("Read: %1").arg(validate::formatSize(b.readBytes)) + u"<br>";
    html += tr("Stored: %1").arg(validate::formatSize(b.storedBytes)) + u"<br>";
    html += tr("Status: <span style=\"color:%1\">%2</span>")
                .arg(Icons::statusColor(b.status).name(), backupStatusText(b.status));
    if (!b.error.isEmpty())
        html += u"<br>" + b.errorText().toHtmlEscaped();
    return html;
}

void ChainPlot::updateTimeFormat(const QCPRange &range)
{
    const double span = range.size();
    QString format;
    if (span < 20)
        format = QStringLiteral("HH:mm:ss.zzz");
    else if (span < 2 * 3600)
        format = QStringLiteral("HH:mm:ss");
    else if (span < 3 * 86400)
        format = QStringLiteral("MM-dd HH:mm");
    else if (span < 400 * 86400)
        format = QStringLiteral("yyyy-MM-dd");
    else
        format = QStringLiteral("yyyy-MM");
    if (m_timeTicker->dateTimeFormat() != format)
        m_timeTicker->setDateTimeFormat(format);
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
    if (watched == m_plot && event->type() == QEvent::Leave) {
        m_hover = -1;
        QToolTip::hideText();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cb::ui
