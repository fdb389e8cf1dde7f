#include "DateText.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace cb::ui {

QString dateTimeText(const QDateTime &at)
{
    // ISO order: unambiguous in both languages and sorts as it reads.
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QString();
}

} // namespace cb::ui
