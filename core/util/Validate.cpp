#include "util/Validate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace cb::validate {

static bool hasControl(const QString &s, bool allowNewline)
{
    for (QChar c : s) {
        if (allowNewline && (c == u'\n' || c == u'\t'))
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar(0x2028) || c == QChar(0x2029))
            return true;
    }
    return false;
}

static Result<void> identifier(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return fail(deferTr("Validate", "The %1 must not be empty.").arg(what));
    if (name.size() > MaxVolumeName)
        return fail(
            deferTr("Validate", "The %1 is too long (at most %2 characters).").arg(what).arg(MaxVolumeName));
    if (hasControl(name, false))
        return fail(deferTr("Validate", "The %1 must not contain control characters.").arg(what));
    static const QRegularExpression allowed(QStringLiteral("^[\\w][\\w.\\-]*$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!allowed.match(name).hasMatch())
        return fail(
            deferTr("Validate",
                    "The %1 \"%2\" may contain only letters, digits, \".\", \"-\" and \"_\", and must start "
                    "with a letter or digit.")
                .arg(what, name));
    return {};
}

Result<void> volumeName(const QString &name)
{
    return identifier(name, QCoreApplication::translate("Validate", "volume name"));
}

Result<void> projectName(const QString &name)
{
    return identifier(name, QCoreApplication::translate("Validate", "project name"));
}

Result<void> accountName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z][a-z0-9_.\\-]{0,62}$"));
    if (!allowed.match(name).hasMatch())
        return fail(deferTr("Validate",
                            "The account name \"%1\" may contain only lowercase letters a–z, digits, "
                            "\".\", \"-\" and \"_\", must start with a letter and have at most 63 "
                            "characters.")
                        .arg(name));
    if (name.startsWith(QLatin1String("pg_")) || name.startsWith(QLatin1String("cloudbackup")))
        return fail(deferTr("Validate", "The account name \"%1\" is reserved.").arg(name));
    return {};
}

Result<void> backupName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return fail(deferTr("Validate", "The backup name must not be empty."));
    if (name.size() > MaxBackupName)
        return fail(
            deferTr("Validate", "The backup name is too long (at most %1 characters).").arg(MaxBackupName));
    if (hasControl(name, false))
        return fail(deferTr("Validate", "The backup name must not contain control characters."));
    return {};
}

Result<void> description(const QString &text)
{
    if (text.size() > MaxDescription)
        return fail(
            deferTr("Validate", "The description is too long (at most %1 characters).").arg(MaxDescription));
    if (hasControl(text, true))
        return fail(deferTr("Validate", "The description must not contain control characters."));
    return {};
}

Result<void> tag(const QString &t)
{
    if (t.trimmed().isEmpty())
        return fail(deferTr("Validate", "A tag must not be empty."));
    if (t != t.trimmed())
        return fail(deferTr("Validate", "A tag must not start or end with spaces."));
    if (t.size() > MaxTag)
        return fail(deferTr("Validate", "The tag \"%1\" is too long (at most %2 characters).")
                        .arg(t.left(MaxTag))
                        .arg(MaxTag));
    if (hasControl(t, false) || t.contains(u','))
        return fail(deferTr("Validate", "A tag must not contain control characters or commas."));
    return {};
}

Result<qint64> parseSize(const QString &input)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([KMGTP]?)(?:I?B)?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(input);
    if (!m.hasMatch())
        return fail(
            deferTr("Validate", "\"%1\" is not a size; use a number with K, M, G or T (for example 10G).")
                .arg(input));
    const QString unit = m.captured(2).toUpper();
    int shift = 0;
    if (unit == u'K')
        shift = 10;
    else if (unit == u'M')
        shift = 20;
    else if (unit == u'G')
        shift = 30;
    else if (unit == u'T')
        shift = 40;
    else if (unit == u'P')
        shift = 50;
    const double number = m.captured(1).toDouble();
    const long double bytes = static_cast<long double>(number) * static_cast<long double>(1LL << shift);
    constexpr long double maxBytes = 1LL << 56; // 64 PiB: far beyond any volume
    if (bytes > maxBytes)
        return fail(deferTr("Validate", "The size \"%1\" is too large.").arg(input));
    const auto value = static_cast<qint64>(bytes);
    if (value <= 0)
        return fail(deferTr("Validate", "The size must be greater than zero."));
    return value;
}

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace cb::validate
