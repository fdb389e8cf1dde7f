#pragma once

#include <QColor>
#include <QIcon>

namespace cb::ui::PolicyIcons {

// Icons of backup policies and protection, painted like Icons (no image plugin).
QIcon policy();                  // a calendar: the Policies page
QIcon policy(const QColor &ink); // the same for dark backgrounds
QIcon protect();                 // a closed padlock: a protected backup
QIcon unprotect();
QIcon run();

} // namespace cb::ui::PolicyIcons
