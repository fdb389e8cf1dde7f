#pragma once

#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemRect;
class QCPLayer;

namespace cb::ui {

// The whole chain in a thin strip under the graph, with the part the graph
// shows as a window; pressing or dragging in the strip moves the window
// there. Moving the window redraws only its own layer.
class ChainOverview final : public QWidget
{
    Q_OBJECT

public:
    explicit ChainOverview(QWidget *parent = nullptr);

    void setData(const QVector<double> &xs, const QVector<double> &ys, int lanes, double lower, double upper);
    void setWindow(double lower, double upper);
    QWidget *canvas() const;
    // The window's left and right edges in canvas pixels (tests).
    QPair<int, int> windowPixels() const;

Q_SIGNALS:
    // The user pressed or dragged at this x (in graph coordinates).
    void centerRequested(double x);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCustomPlot *m_plot;
    QCPGraph *m_dots;
    QCPItemRect *m_window;
    QCPLayer *m_windowLayer;
};

} // namespace cb::ui
