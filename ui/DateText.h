#pragma once

class QDateTime;
class QString;

namespace cb::ui {

// A time in lists, dialogs and tooltips: local time with a four-digit year in
// every language (QLocale::ShortFormat gives "3/4/25" in en_US, which reads
// as any of three dates). Empty for an invalid time.
QString dateTimeText(const QDateTime &at);

} // namespace cb::ui
