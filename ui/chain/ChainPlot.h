#pragma once

#include "model/Types.h"

#include <QHash>
#include <QWidget>

class QCustomPlot;
class QCPAxisRect;
class QCPAxisTickerDateTime;
class QCPAxisTickerText;
class QCPBars;
class QCPGraph;
class QCPItemText;
class QCPRange;

namespace cb::ui {

class ChainEdges;

// One volume's backup chain (备份链) on a time axis: one lane per chain (each
// full backup starts one), full and incremental backups as different
// markers coloured by status, an edge from each incremental to its parent,
// the newest backup marked; below, the bytes each backup stored on the same
// time axis. Wheel zooms, drag pans; click selects, double-click activates.
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
    void fit();

    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const;
    int laneCount() const { return m_lanes; }
    // Where a backup is drawn, in canvas pixels (tests click there).
    QPoint nodePosition(const QString &id) const;
    QWidget *canvas() const;
    void retranslate();

Q_SIGNALS:
    void selectionChanged(const QString &id);
    void activated(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Node
    {
        Backup backup;
        double x = 0; // seconds since the epoch
        double y = 0; // lane
    };
    int nearest(const QPointF &pixel, double maxDistance) const;
    void rebuild();
    void updateSelectionMarker();
    void updateTimeFormat(const QCPRange &range);
    QString tooltip(const Node &n) const;
    void onPress(QMouseEvent *event);
    void onRelease(QMouseEvent *event);
    void onMove(QMouseEvent *event);
    void onDoubleClick(QMouseEvent *event);
    void replot();

    QList<Node> m_nodes;
    QHash<QString, int> m_index;
    QString m_selected;
    int m_lanes = 0;
    QCustomPlot *m_plot;
    QCPAxisRect *m_chainRect;
    QCPAxisRect *m_bytesRect;
    ChainEdges *m_edges;
    QHash<int, QCPGraph *> m_markers; // kind * 16 + status
    QCPGraph *m_selectionRing;
    QCPGraph *m_newestRing;
    QCPItemText *m_newestLabel;
    QCPBars *m_fullBars;
    QCPBars *m_incrementalBars;
    QCPAxisTickerText *m_laneTicker;     // owned by its axis
    QCPAxisTickerDateTime *m_timeTicker; // owned by its axes
    QPoint m_pressPos;
    int m_hover = -1;
};

} // namespace cb::ui
