#pragma once

#include <QTest>
#include <QWidget>

namespace cb::test {

// The visible dialog of type T among the window's children, once it shows
// (modal dialogs open from a queued call).
template<typename T> T *waitForDialog(QWidget *window)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            const auto all = window->findChildren<T *>();
            for (T *d : all) {
                if (d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        5000);
    return found;
}

} // namespace cb::test
