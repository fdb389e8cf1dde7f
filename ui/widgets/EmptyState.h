#pragma once

#include "Icons.h"

#include <QScrollArea>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace cb::ui {

// What an empty page shows: an icon, a title, what to do next in full (word
// wrapped in a column of readable width, scrolling rather than cutting text
// off in a small window) and the buttons that do it.
class EmptyState final : public QScrollArea
{
    Q_OBJECT

public:
    explicit EmptyState(Icons::Id icon, QWidget *parent = nullptr);

    QLabel *title() const { return m_title; }
    QLabel *text() const { return m_text; }
    void addButton(QPushButton *button);

private:
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace cb::ui
