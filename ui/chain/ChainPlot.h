#pragma once

#include "model/Types.h"

#include <QHash>
#include <QWidget>

class QCustomPlot;
class QCPAxisRect;
class QCPAxisTickerDateTime;
class QCPBars;
class QCPGraph;
class QCPItemText;
class QCPRange;

namespace cb::ui {

class ChainEdges;
class ChainLabels;
class ChainOverview;
class LaneTicker;
class OrdinalTicker;
class TimeTicker;

// One volume's backup chain (备份链): one lane per chain (each full backup
// starts one), full and incremental backups as different markers coloured
// by status, an edge from each incremental to its parent, the newest backup
// marked; below, the bytes each backup stored, and a strip with the whole
// chain and the visible window. The x axis is either time or evenly spaced
// (one slot per backup, for chains whose backups bunch up). Wheel and +/-
// zoom, 0 fits, drag or the arrow keys pan; click selects, double-click
// activates. Panning only replots (queued): nothing is rebuilt per pan.
class ChainPlot final : public QWidget
{
    Q_OBJECT

public:
    explicit ChainPlot(QWidget *parent = nullptr);
    ~ChainPlot() override;

    // keepView: keep the visible range (an update of the same volume).
    void setBackups(const QList<Backup> &backups, bool keepView);
    void setSelected(const QString &id);
    QString selectedId() const { return m_selected; }
    // The backups in drawing order (oldest first).
    QStringList ids() const;

    void fit();
    void zoomIn();
    void zoomOut();
    void setEvenlySpaced(bool on);
    bool isEvenlySpaced() const { return m_ordinal; }

    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const;
    int laneCount() const { return m_lanes; }
    // What is in view: the x range, the backups inside it, the labels drawn.
    QPair<double, double> xRange() const;
    int visibleCount() const;
    int labelsShown() const;
    QStringList timeTickLabels() const;
    QStringList bytesTickLabels() const;
    // Where a backup is drawn, in canvas pixels (tests click there).
    QPoint nodePosition(const QString &id) const;
    QWidget *canvas() const;
    QCustomPlot *customPlot() const { return m_plot; }
    ChainOverview *overview() const { return m_overview; }
    void retranslate();

Q_SIGNALS:
    void selectionChanged(const QString &id);
    void activated(const QString &id);
    void viewChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Node
    {
        Backup backup;
        double t = 0; // seconds since the epoch
        double y = 0; // lane
    };
    double xOf(int i) const;
    int nearest(const QPointF &pixel, double maxDistance) const;
    void setupAxes();
    void setupMarkers();
    void rebuild();
    void updateLaneLabels();
    void updateSelectionMarker();
    void onRangeChanged(const QCPRange &range);
    void showRecent();
    void fitLanesToView();
    void updateMarkerSize();
    QCPRange fitRange() const;
    void setXRange(double lower, double upper);
    QString tooltip(const Node &n) const;
    bool onKey(QKeyEvent *event);
    void onPress(QMouseEvent *event);
    void onRelease(QMouseEvent *event);
    void onMove(QMouseEvent *event);
    void onDoubleClick(QMouseEvent *event);
    void replot();

    QList<Node> m_nodes;
    QVector<double> m_xs; // x of each node in the current axis mode, ascending
    QHash<QString, int> m_index;
    QString m_selected;
    int m_lanes = 0;
    bool m_ordinal = false;
    double m_markerScale = 1;
    QCustomPlot *m_plot;
    ChainOverview *m_overview;
    QCPAxisRect *m_chainRect;
    QCPAxisRect *m_bytesRect;
    ChainEdges *m_edges;
    ChainLabels *m_labels;
    QHash<int, QCPGraph *> m_markers; // kind * 16 + status
    QCPGraph *m_selectionRing;
    QCPGraph *m_newestRing;
    QCPItemText *m_newestLabel;
    QCPBars *m_fullBars;
    QCPBars *m_incrementalBars;
    QSharedPointer<LaneTicker> m_laneTicker;
    QSharedPointer<TimeTicker> m_timeTicker;       // the time axis
    QSharedPointer<OrdinalTicker> m_ordinalTicker; // the evenly spaced axis
    QPoint m_pressPos;
    int m_hover = -1;
};

} // namespace cb::ui
