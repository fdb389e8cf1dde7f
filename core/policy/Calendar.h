#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace cb {

// A schedule in systemd's calendar-event syntax (systemd.time(7)):
//   [WEEKDAYS] [YEAR-]MONTH-DAY [HOUR:MINUTE[:SECOND]] [TIMEZONE]
// and the shorthands minutely, hourly, daily, weekly, monthly, quarterly,
// semiannually, yearly/annually. Each field takes *, a value, a list (1,15),
// a range (Mon..Fri, 9..17) and a repetition (0/15, 9..17/2); "~" before the
// day counts from the end of the month. Elapse times are computed on the wall
// clock of the schedule's time zone (the system's when none is named) the way
// `systemd-analyze calendar` does: a time the clock skips (spring forward) is
// not a run, a time it passes twice (fall back) runs once, at the first pass.
class CalendarSpec
{
public:
    static Result<CalendarSpec> parse(const QString &expression);

    QString expression() const { return m_expression; }
    // The first elapse strictly after `after`, or none (a spec wholly in the past).
    std::optional<QDateTime> nextAfter(const QDateTime &after) const;
    // The next `count` elapses after `after`, in UTC.
    QList<QDateTime> next(const QDateTime &after, int count) const;

    // One field: empty means "*"; else the value matches any of the ranges.
    struct Range
    {
        int first = 0;
        int last = 0;
        int step = 0; // 0: every value of first..last
    };
    struct Field
    {
        QList<Range> ranges;
        bool matches(int value) const;
        bool isAny() const { return ranges.isEmpty(); }
    };

private:
    bool matchesDate(const QDate &date) const;
    std::optional<QDateTime> firstOnDay(const QDate &day, const QTime &notBefore, bool sameDay,
                                        const QDateTime &after) const;
    std::optional<QDateTime> instant(const QDate &date, const QTime &time) const;

    QString m_expression;
    int m_weekdays = 0x7f; // bit d-1 for Qt's day of week d (Monday = 1)
    Field m_years, m_months, m_days, m_hours, m_minutes, m_seconds;
    bool m_daysFromEnd = false; // "~": day 1 is the month's last day
    QTimeZone m_zone;           // invalid: the system's zone when computed
};

} // namespace cb
