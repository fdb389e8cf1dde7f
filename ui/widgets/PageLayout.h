#pragma once

class QLabel;
class QToolBar;
class QVBoxLayout;
class QWidget;

namespace cb::ui::PageLayout {

// The look every list page shares: a tool bar with text beside its icons and
// the page's bold title first.
void setUpToolBar(QToolBar *bar, QLabel *title);
// Pushes the tool bar's later actions to its right edge.
void addSpacer(QToolBar *bar);
// A message banner indented like the page's filters.
void addBanner(QVBoxLayout *layout, QWidget *banner);

} // namespace cb::ui::PageLayout
