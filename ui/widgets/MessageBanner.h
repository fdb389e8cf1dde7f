#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace cb::ui {

// An inline message inside a dialog or page (like KMessageWidget): the reason
// an input is not valid, a warning, or a result. Hidden when empty.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum Level
    {
        Info,
        Warning,
        Error,
        Positive
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void show(Level level, const QString &text);
    void clear();
    QString text() const;
    Level level() const { return m_level; }
    void setCloseable(bool closeable);
    // The height its text needs at its current width (a wrapped label's own
    // hint guesses a narrow width, and a box that tall has empty lines).
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Level m_level = Info;
};

} // namespace cb::ui
