#pragma once

#include <QObject>

class QWidget;

namespace cb::ui {

// Keeps a dialog tall enough for its contents at its current width. A
// word-wrapped label or banner shown after the first layout (a hint, a
// warning) needs more height than the dialog was given, and the top-level
// minimum size ignores height-for-width: without this the buttons slide over
// the fields or the new text is clipped.
class HeightFitter final : public QObject
{
    Q_OBJECT

public:
    static void install(QWidget *window);
    // Grows the window now if its layout needs more height.
    static void fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_pending = false;
};

} // namespace cb::ui
