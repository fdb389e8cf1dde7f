#include "widgets/HeightFitter.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>
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
    if (!m_pending && watched->isWidgetType() &&
        (type == QEvent::LayoutRequest || type == QEvent::Show || type == QEvent::Resize)) {
        // After the event: the layout has settled and the window is mapped.
        m_pending = true;
        QTimer::singleShot(0, this, [this, window = static_cast<QWidget *>(watched)] {
            m_pending = false;
            fit(window);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cb::ui
