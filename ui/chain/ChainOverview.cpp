// qcustomplot.h uses foreach in its templates, which the project turns off.
#undef QT_NO_FOREACH

#include "chain/ChainOverview.h"

#include <qcustomplot.h>

#include <QMouseEvent>
#include <QVBoxLayout>

namespace cb::ui {

ChainOverview::ChainOverview(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_dots(nullptr), m_window(nullptr),
      m_windowLayer(nullptr)
{
    setObjectName(QStringLiteral("chainOverview"));
    m_plot->setObjectName(QStringLiteral("chainOverviewCanvas"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setFixedHeight(44);
    m_plot->setCursor(Qt::SizeHorCursor);
    m_plot->installEventFilter(this);

    QCPAxisRect *rect = m_plot->axisRect();
    rect->setAutoMargins(QCP::msNone);
    rect->setMargins(QMargins(0, 2, 0, 2));
    for (QCPAxis *a : rect->axes())
        a->setVisible(false);
    rect->axis(QCPAxis::atLeft)->setRangeReversed(true);
    m_plot->setBackground(QColor(0xf5, 0xf7, 0xf8));

    m_dots = m_plot->addGraph();
    m_dots->setLineStyle(QCPGraph::lsNone);
    m_dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x78, 0x90, 0x9c), 3));
    m_dots->setSelectable(QCP::stNone);

    // The window on a buffered layer of its own: moving it repaints that layer only.
    m_plot->addLayer(QStringLiteral("window"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_windowLayer = m_plot->layer(QStringLiteral("window"));
    m_windowLayer->setMode(QCPLayer::lmBuffered);
    m_window = new QCPItemRect(m_plot);
    m_window->setLayer(m_windowLayer);
    m_window->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 1.5));
    m_window->setBrush(QColor(30, 136, 229, 45));
    m_window->setSelectable(false);
    m_window->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_window->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
}

QWidget *ChainOverview::canvas() const
{
    return m_plot;
}

void ChainOverview::setData(const QVector<double> &xs, const QVector<double> &ys, int lanes, double lower,
                            double upper)
{
    m_dots->setData(xs, ys, true);
    m_plot->xAxis->setRange(lower, upper);
    m_plot->yAxis->setRange(-0.8, std::max(0, lanes - 1) + 0.8);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChainOverview::setWindow(double lower, double upper)
{
    m_window->topLeft->setCoords(lower, 0);
    m_window->bottomRight->setCoords(upper, 1);
    m_windowLayer->replot();
}

QPair<int, int> ChainOverview::windowPixels() const
{
    return {int(m_window->topLeft->pixelPosition().x()), int(m_window->bottomRight->pixelPosition().x())};
}

bool ChainOverview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot &&
        (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseMove)) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->buttons() & Qt::LeftButton) {
            Q_EMIT centerRequested(m_plot->xAxis->pixelToCoord(mouse->position().x()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cb::ui
