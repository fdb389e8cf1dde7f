#include "policy/BackupPolicy.h"

#include "model/Types.h"
#include "policy/Calendar.h"
#include "policy/Mail.h"
#include "util/Validate.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace cb {

namespace {

struct Unit
{
    char letter;
    qint64 seconds;
};
constexpr Unit Units[] = {{'w', 7 * 86400}, {'d', 86400}, {'h', 3600}, {'m', 60}, {'s', 1}};

QJsonObject retentionJson(const RetentionRules &r)
{
    return {{QStringLiteral("keep_last"), r.last},
            {QStringLiteral("keep_hourly"), r.hourly},
            {QStringLiteral("keep_daily"), r.daily},
            {QStringLiteral("keep_weekly"), r.weekly},
            {QStringLiteral("keep_monthly"), r.monthly},
            {QStringLiteral("keep_yearly"), r.yearly},
            {QStringLiteral("min_age_seconds"), r.minAgeSeconds}};
}

RetentionRules retentionFromJson(const QJsonObject &o)
{
    RetentionRules r;
    r.last = o.value(QStringLiteral("keep_last")).toInt();
    r.hourly = o.value(QStringLiteral("keep_hourly")).toInt();
    r.daily = o.value(QStringLiteral("keep_daily")).toInt();
    r.weekly = o.value(QStringLiteral("keep_weekly")).toInt();
    r.monthly = o.value(QStringLiteral("keep_monthly")).toInt();
    r.yearly = o.value(QStringLiteral("keep_yearly")).toInt();
    r.minAgeSeconds = o.value(QStringLiteral("min_age_seconds")).toInteger();
    return r;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

qint64 parseDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*([wdhms]?)"));
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return -1;
    qint64 total = 0;
    qsizetype at = 0;
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() != at)
            return -1;
        at = m.capturedEnd();
        const qint64 n = m.captured(1).toLongLong();
        qint64 unit = 1;
        for (const Unit &u : Units) {
            if (m.captured(2) == QLatin1Char(u.letter))
                unit = u.seconds;
        }
        if (n > (qint64(1) << 40) / unit)
            return -1;
        total += n * unit;
        while (at < t.size() && t.at(at).isSpace())
            ++at;
    }
    return at == t.size() ? total : -1;
}

QString formatDuration(qint64 seconds)
{
    if (seconds == 0)
        return QStringLiteral("0s");
    QString out;
    for (const Unit &u : Units) {
        if (seconds >= u.seconds) {
            out += QString::number(seconds / u.seconds) + QLatin1Char(u.letter);
            seconds %= u.seconds;
        }
    }
    return out;
}

QString BackupPolicy::kindKey(Kind k)
{
    switch (k) {
    case Kind::Verify:
        return QStringLiteral("verify");
    case Kind::Gc:
        return QStringLiteral("gc");
    case Kind::Backup:
        break;
    }
    return QStringLiteral("backup");
}

std::optional<BackupPolicy::Kind> BackupPolicy::kindFromKey(const QString &key)
{
    for (Kind k : {Kind::Backup, Kind::Verify, Kind::Gc}) {
        if (kindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString BackupPolicy::owningProject(const QList<Volume> &known) const
{
    if (!project.isEmpty())
        return project;
    QString only;
    for (const QString &id : volumes) {
        const auto v =
            std::find_if(known.cbegin(), known.cend(), [&](const Volume &k) { return k.id == id; });
        if (v == known.cend() || (!only.isEmpty() && only != v->project))
            return {};
        only = v->project;
    }
    return only;
}

std::function<bool(const Volume &)> BackupPolicy::coverage() const
{
    if (!volumes.isEmpty())
        return [ids = QSet<QString>(volumes.cbegin(), volumes.cend())](const Volume &v) {
            return ids.contains(v.id);
        };
    if (!project.isEmpty())
        return [p = project](const Volume &v) { return v.project == p; };
    // Compiled once for every volume asked about. Names have no "/"; ids do
    // ("rbd:pool/image"), and "*" stops at it.
    return [glob = QRegularExpression(QRegularExpression::wildcardToRegularExpression(match))](
               const Volume &v) { return glob.match(v.name).hasMatch() || glob.match(v.id).hasMatch(); };
}

bool BackupPolicy::covers(const Volume &volume) const
{
    return coverage()(volume);
}

Result<void> BackupPolicy::validate() const
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!nameRe.match(name).hasMatch())
        return fail(deferTr("Policy", "The policy name \"%1\" is not valid: use 1 to 64 letters, digits, "
                                      "\".\", \"_\" or \"-\", starting with a letter or digit.")
                        .arg(name));
    const int targets = int(!volumes.isEmpty()) + int(!project.isEmpty()) + int(!match.isEmpty());
    if (kind == Kind::Backup && targets != 1)
        return fail(deferTr("Policy", "Say which volumes the policy backs up with exactly one of --volume, "
                                      "--project or --match."));
    if (kind != Kind::Backup && (targets != 0 || retention.keepsByRule() || retention.minAgeSeconds > 0))
        return fail(deferTr("Policy",
                            "A %1 policy works on the whole repository: give it a schedule only, no "
                            "volumes and no retention.")
                        .arg(kindKey(kind)));
    if (!project.isEmpty()) {
        if (auto r = validate::projectName(project); !r)
            return r;
    }
    auto spec = CalendarSpec::parse(schedule);
    if (!spec)
        return fail(spec);
    if (!spec->nextAfter(QDateTime::currentDateTimeUtc()))
        return fail(deferTr("Policy", "The schedule \"%1\" never runs again.").arg(schedule));
    const int counts[] = {fullEvery,       fullEveryDays,    retention.last,    retention.hourly,
                          retention.daily, retention.weekly, retention.monthly, retention.yearly};
    for (int n : counts) {
        if (n < 0 || n > 100000)
            return fail(deferTr("Policy", "Counts must be between 0 and 100000."));
    }
    if (retention.minAgeSeconds < 0)
        return fail(deferTr("Policy", "The minimum age must not be negative."));
    if (!mailTo.isEmpty() && !isMailAddress(mailTo))
        return fail(deferTr("Policy", "\"%1\" is not a mail address; give one address such as "
                                      "ops@example.com.")
                        .arg(mailTo));
    return {};
}

QJsonObject BackupPolicy::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kindKey(kind)},
                  {QStringLiteral("retries"), retries},
                  {QStringLiteral("schedule"), schedule},
                  {QStringLiteral("full_every"), fullEvery},
                  {QStringLiteral("full_every_days"), fullEveryDays},
                  {QStringLiteral("force"), force},
                  {QStringLiteral("retention"), retentionJson(retention)},
                  {QStringLiteral("created_at"), iso(createdAt)},
                  {QStringLiteral("updated_at"), iso(updatedAt)}};
    if (!volumes.isEmpty())
        o.insert(QStringLiteral("volumes"), QJsonArray::fromStringList(volumes));
    if (!project.isEmpty())
        o.insert(QStringLiteral("project"), project);
    if (!match.isEmpty())
        o.insert(QStringLiteral("match"), match);
    if (!mailTo.isEmpty())
        o.insert(QStringLiteral("mail_to"), mailTo);
    return o;
}

BackupPolicy BackupPolicy::fromJson(const QJsonObject &o)
{
    BackupPolicy p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.kind = kindFromKey(o.value(QStringLiteral("kind")).toString()).value_or(Kind::Backup);
    p.retries = o.value(QStringLiteral("retries")).toInt();
    for (const auto &v : o.value(QStringLiteral("volumes")).toArray())
        p.volumes << v.toString();
    p.project = o.value(QStringLiteral("project")).toString();
    p.match = o.value(QStringLiteral("match")).toString();
    p.mailTo = o.value(QStringLiteral("mail_to")).toString();
    p.schedule = o.value(QStringLiteral("schedule")).toString();
    p.fullEvery = o.value(QStringLiteral("full_every")).toInt();
    p.fullEveryDays = o.value(QStringLiteral("full_every_days")).toInt();
    p.force = o.value(QStringLiteral("force")).toBool();
    p.retention = retentionFromJson(o.value(QStringLiteral("retention")).toObject());
    p.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    p.updatedAt = QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    return p;
}

} // namespace cb
