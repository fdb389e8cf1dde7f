#include "policy/Calendar.h"

#include <QFileInfo>

#include <variant>

namespace cb {

namespace {

constexpr int LastYear = 2199; // as far as systemd looks ahead

struct Shorthand
{
    const char *name;
    const char *expansion;
};

// systemd.time(7), "Calendar Events".
constexpr Shorthand Shorthands[] = {
    {"minutely", "*-*-* *:*:00"},
    {"hourly", "*-*-* *:00:00"},
    {"daily", "*-*-* 00:00:00"},
    {"weekly", "Mon *-*-* 00:00:00"},
    {"monthly", "*-*-01 00:00:00"},
    {"quarterly", "*-01,04,07,10-01 00:00:00"},
    {"semiannually", "*-01,07-01 00:00:00"},
    {"semi-annually", "*-01,07-01 00:00:00"},
    {"yearly", "*-01-01 00:00:00"},
    {"annually", "*-01-01 00:00:00"},
};

constexpr const char *WeekdayNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};

// Why a part of the expression is refused; the caller names the expression.
struct Refusal
{
    Message why;
};

template<typename T> using Parsed = std::variant<T, Refusal>;

int weekdayNumber(const QString &name)
{
    const QString lower = name.toLower();
    for (int i = 0; i < 7; ++i) {
        const QString full = QLatin1String(WeekdayNames[i]);
        if (lower == full || lower == full.left(3))
            return i + 1;
    }
    return 0;
}

Parsed<int> parseNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-')))
        return Refusal{deferTr("Calendar", "“%1” is not a number").arg(text)};
    if (value < min || value > max)
        return Refusal{deferTr("Calendar", "%1 is outside %2..%3").arg(value).arg(min).arg(max)};
    return value;
}

// One item of a field: A, A..B, A/STEP, A..B/STEP, */STEP.
Parsed<CalendarSpec::Range> parseRange(const QString &item, int min, int max)
{
    CalendarSpec::Range range{min, max, 0};
    QString rest = item;
    if (const int slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        const auto step = parseNumber(rest.mid(slash + 1), 1, max - min + 1);
        if (auto *refused = std::get_if<Refusal>(&step))
            return *refused;
        range.step = std::get<int>(step);
        rest.truncate(slash);
    }
    if (rest == QLatin1String("*"))
        return Refusal{
            deferTr("Calendar", "“%1” is not allowed; write a first value, as in “0/15”").arg(item)};
    const int dots = rest.indexOf(QLatin1String(".."));
    const auto first = parseNumber(dots < 0 ? rest : rest.left(dots), min, max);
    if (auto *refused = std::get_if<Refusal>(&first))
        return *refused;
    range.first = std::get<int>(first);
    range.last = range.step > 0 ? max : range.first;
    if (dots >= 0) {
        const auto last = parseNumber(rest.mid(dots + 2), min, max);
        if (auto *refused = std::get_if<Refusal>(&last))
            return *refused;
        range.last = std::get<int>(last);
        if (range.last < range.first)
            return Refusal{deferTr("Calendar", "the range “%1” runs backwards").arg(item)};
    }
    return range;
}

Parsed<CalendarSpec::Field> parseField(const QString &text, int min, int max)
{
    CalendarSpec::Field field;
    if (text == QLatin1String("*"))
        return field;
    if (text.isEmpty())
        return Refusal{deferTr("Calendar", "a field is empty")};
    for (const QString &item : text.split(QLatin1Char(','))) {
        const auto range = parseRange(item, min, max);
        if (auto *refused = std::get_if<Refusal>(&range))
            return *refused;
        field.ranges.append(std::get<CalendarSpec::Range>(range));
    }
    return field;
}

Parsed<int> parseWeekdays(const QString &text)
{
    int mask = 0;
    for (const QString &item : text.split(QLatin1Char(','))) {
        const QStringList ends = item.split(QLatin1String(".."));
        const int first = weekdayNumber(ends.first());
        const int last = ends.size() == 2 ? weekdayNumber(ends.last()) : first;
        if (ends.size() > 2 || first == 0 || last == 0)
            return Refusal{
                deferTr("Calendar", "“%1” is not a day of the week (Mon, Tue, … or Mon..Fri)").arg(item)};
        if (last < first)
            return Refusal{deferTr("Calendar", "the range “%1” runs backwards").arg(item)};
        for (int d = first; d <= last; ++d)
            mask |= 1 << (d - 1);
    }
    return mask;
}

// A zone the way systemd takes it: a name in the system's zone database
// (QTimeZone alone also takes "Mon" or "Moon" as POSIX TZ strings).
bool looksLikeZone(const QString &token)
{
    if (token == QLatin1String("UTC"))
        return true;
    return token.front().isLetter() && !token.contains(QLatin1String("..")) &&
           QFileInfo(QStringLiteral("/usr/share/zoneinfo/") + token).isFile() &&
           QTimeZone(token.toUtf8()).isValid();
}

} // namespace

bool CalendarSpec::Field::matches(int value) const
{
    if (ranges.isEmpty())
        return true;
    for (const Range &r : ranges) {
        if (value >= r.first && value <= r.last && (r.step == 0 || (value - r.first) % r.step == 0))
            return true;
    }
    return false;
}

namespace {

struct DateFields
{
    CalendarSpec::Field years, months, days;
    bool fromEnd = false;
};

// [YEAR-]MONTH-DAY or [YEAR-]MONTH~DAY.
Parsed<DateFields> parseDate(const QString &token)
{
    DateFields date;
    const int tilde = token.indexOf(QLatin1Char('~'));
    date.fromEnd = tilde >= 0;
    QStringList parts =
        date.fromEnd ? token.left(tilde).split(QLatin1Char('-')) : token.split(QLatin1Char('-'));
    QString day = date.fromEnd ? token.mid(tilde + 1) : parts.takeLast();
    if (parts.isEmpty() || parts.size() > 2)
        return Refusal{deferTr("Calendar", "“%1” is not a date (YEAR-MONTH-DAY)").arg(token)};
    const auto years =
        parts.size() == 2 ? parseField(parts.first(), 1970, LastYear) : Parsed<CalendarSpec::Field>{};
    const auto months = parseField(parts.last(), 1, 12);
    const auto days = parseField(day, 1, 31);
    for (const auto *field : {&years, &months, &days}) {
        if (const auto *refused = std::get_if<Refusal>(field))
            return *refused;
    }
    date.years = std::get<CalendarSpec::Field>(years);
    date.months = std::get<CalendarSpec::Field>(months);
    date.days = std::get<CalendarSpec::Field>(days);
    return date;
}

struct TimeFields
{
    CalendarSpec::Field hours, minutes, seconds;
};

// HOUR:MINUTE[:SECOND]; seconds default to 0.
Parsed<TimeFields> parseTime(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return Refusal{deferTr("Calendar", "“%1” is not a time (HOUR:MINUTE[:SECOND])").arg(token)};
    const auto hours = parseField(parts.at(0), 0, 23);
    const auto minutes = parseField(parts.at(1), 0, 59);
    const auto seconds = parseField(parts.size() == 3 ? parts.at(2) : QStringLiteral("0"), 0, 59);
    for (const auto *field : {&hours, &minutes, &seconds}) {
        if (const auto *refused = std::get_if<Refusal>(field))
            return *refused;
    }
    return TimeFields{std::get<CalendarSpec::Field>(hours), std::get<CalendarSpec::Field>(minutes),
                      std::get<CalendarSpec::Field>(seconds)};
}

QStringList expandShorthand(QStringList tokens)
{
    for (const Shorthand &s : Shorthands) {
        if (!tokens.isEmpty() && tokens.first().compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0) {
            tokens.removeFirst();
            return QString::fromLatin1(s.expansion).split(QLatin1Char(' ')) + tokens;
        }
    }
    return tokens;
}

} // namespace

Result<CalendarSpec> CalendarSpec::parse(const QString &expression)
{
    CalendarSpec spec;
    spec.m_expression = expression.simplified();
    const auto refuse = [&](const Message &why) {
        return fail(deferTr("Calendar", "“%1” is not a schedule: %2. Use systemd's calendar syntax, for "
                                        "example “daily”, “Mon..Fri 22:00” or “*-*-01 03:00 UTC”.")
                        .arg(spec.m_expression, why.text()));
    };
    QStringList tokens = expandShorthand(spec.m_expression.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    if (tokens.isEmpty())
        return refuse(deferTr("Calendar", "it is empty"));
    if (tokens.size() > 1 && looksLikeZone(tokens.last())) {
        const QString zone = tokens.takeLast();
        spec.m_zone = zone == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    }
    bool haveDate = false, haveTime = false;
    spec.m_hours.ranges = spec.m_minutes.ranges = spec.m_seconds.ranges = {Range{0, 0, 0}};
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (i == 0 && token.front().isLetter()) {
            const auto days = parseWeekdays(token);
            if (const auto *refused = std::get_if<Refusal>(&days))
                return refuse(refused->why);
            spec.m_weekdays = std::get<int>(days);
        } else if (!haveTime && token.contains(QLatin1Char(':'))) {
            const auto time = parseTime(token);
            if (const auto *refused = std::get_if<Refusal>(&time))
                return refuse(refused->why);
            const auto &t = std::get<TimeFields>(time);
            spec.m_hours = t.hours;
            spec.m_minutes = t.minutes;
            spec.m_seconds = t.seconds;
            haveTime = true;
        } else if (!haveDate && !haveTime &&
                   (token.contains(QLatin1Char('-')) || token.contains(QLatin1Char('~')))) {
            const auto date = parseDate(token);
            if (const auto *refused = std::get_if<Refusal>(&date))
                return refuse(refused->why);
            const auto &d = std::get<DateFields>(date);
            spec.m_years = d.years;
            spec.m_months = d.months;
            spec.m_days = d.days;
            spec.m_daysFromEnd = d.fromEnd;
            haveDate = true;
        } else {
            return refuse(deferTr("Calendar", "“%1” is not expected here").arg(token));
        }
    }
    return spec;
}

bool CalendarSpec::matchesDate(const QDate &date) const
{
    if (!(m_weekdays & (1 << (date.dayOfWeek() - 1))))
        return false;
    const int day = m_daysFromEnd ? date.daysInMonth() - date.day() + 1 : date.day();
    return m_days.matches(day);
}

// The first instant of a wall-clock time in the zone: none when the clock
// skips it, the earlier of two when it passes it twice.
std::optional<QDateTime> CalendarSpec::instant(const QDate &date, const QTime &time) const
{
    const QTimeZone zone = m_zone.isValid() ? m_zone : QTimeZone::systemTimeZone();
    const QDateTime wall(date, time, Qt::UTC);
    std::optional<QDateTime> first;
    // Offsets in force around the day cover both sides of any transition.
    for (const qint64 around : {-86400, 0, 86400}) {
        const int offset = zone.offsetFromUtc(wall.addSecs(around));
        const QDateTime candidate = wall.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!first || candidate < *first))
            first = candidate;
    }
    return first;
}

std::optional<QDateTime> CalendarSpec::firstOnDay(const QDate &day, const QTime &notBefore, bool sameDay,
                                                  const QDateTime &after) const
{
    for (int h = sameDay ? notBefore.hour() : 0; h < 24; ++h) {
        if (!m_hours.matches(h))
            continue;
        const bool sameHour = sameDay && h == notBefore.hour();
        for (int m = sameHour ? notBefore.minute() : 0; m < 60; ++m) {
            if (!m_minutes.matches(m))
                continue;
            for (int s = 0; s < 60; ++s) {
                const QTime time(h, m, s);
                if (!m_seconds.matches(s) || (sameDay && time <= notBefore))
                    continue;
                if (const auto at = instant(day, time); at && *at > after)
                    return at;
            }
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> CalendarSpec::nextAfter(const QDateTime &after) const
{
    const QTimeZone zone = m_zone.isValid() ? m_zone : QTimeZone::systemTimeZone();
    const QDateTime local = after.toTimeZone(zone);
    const QDate start = local.date();
    const QTime wall = QTime(local.time().hour(), local.time().minute(), local.time().second());
    for (QDate d = start; d.isValid() && d.year() <= LastYear;) {
        if (!m_years.matches(d.year())) {
            d = QDate(d.year() + 1, 1, 1);
        } else if (!m_months.matches(d.month())) {
            d = QDate(d.year(), d.month(), 1).addMonths(1);
        } else {
            if (matchesDate(d)) {
                if (auto at = firstOnDay(d, wall, d == start, after))
                    return at;
            }
            d = d.addDays(1);
        }
    }
    return std::nullopt;
}

QList<QDateTime> CalendarSpec::next(const QDateTime &after, int count) const
{
    QList<QDateTime> runs;
    QDateTime from = after;
    while (runs.size() < count) {
        const auto at = nextAfter(from);
        if (!at)
            break;
        runs.append(at->toUTC());
        from = *at;
    }
    return runs;
}

} // namespace cb
