#include "widgets/HeightFitter.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace cb::ui {

void HeightFitter::install(QWidget *window)
{
    window->installEventFilter(new HeightFitter(window));
}

void HeightFitter::fit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    int need = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                           : layout->totalSizeHint().height();
    need = std::max(need, layout->totalMinimumSize().height());
    // Never past the screen: there the window manager would move the title bar off it.
    if (const QScreen *screen = window->screen())
        need = std::min(need, screen->availableGeometry().height() - 40);
    if (window->height() < need)
        window->resize(window->width(), need);
}

bool HeightFitter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (!m_fitting && watched->isWidgetType() &&
        (type == QEvent::LayoutRequest || type == QEvent::Show || type == QEvent::Resize)) {
        m_fitting = true;
        fit(static_cast<QWidget *>(watched));
        m_fitting = false;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cb::ui
