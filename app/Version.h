#pragma once

#include <QString>

namespace cb::app {

// The version both programs print: project(VERSION) of the top CMakeLists.txt,
// with "(git DESCRIBE)" in a development build.
QString version();

} // namespace cb::app
