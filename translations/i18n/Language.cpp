#include "i18n/Language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace cb::i18n {

namespace {
std::unique_ptr<QTranslator> ourTranslator;
std::unique_ptr<QTranslator> qtTranslator;
QString currentLanguage;
} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

static QString normalize(const QString &value)
{
    const QString v = value.trimmed();
    if (v.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    if (v.startsWith(QLatin1String("en"), Qt::CaseInsensitive) || v == QLatin1String("C") ||
        v == QLatin1String("POSIX"))
        return QStringLiteral("en");
    return {};
}

QString systemLanguage()
{
    for (const char *var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(var);
        if (value.isEmpty())
            continue;
        const QString lang = normalize(value.section(u':', 0, 0));
        return lang.isEmpty() ? QStringLiteral("en") : lang;
    }
    return normalize(QLocale::system().name()).isEmpty() ? QStringLiteral("en")
                                                         : normalize(QLocale::system().name());
}

QString languageFromArgs(QStringList &args, const QString &fallback)
{
    for (int i = 0; i < args.size(); ++i) {
        QString value;
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            value = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            value = args[i].mid(7);
            args.remove(i);
        } else {
            continue;
        }
        const QString lang = normalize(value);
        return lang.isEmpty() ? QStringLiteral("en") : lang;
    }
    return normalize(fallback).isEmpty() ? systemLanguage() : normalize(fallback);
}

static QSettings settings()
{
    // Named explicitly: the CLI and tests do not set an organization.
    return QSettings(QStringLiteral("cloudbackup"), QStringLiteral("cloudbackup"));
}

QString savedLanguage()
{
    return normalize(settings().value(QStringLiteral("ui/language")).toString());
}

void saveLanguage(const QString &language)
{
    auto s = settings();
    s.setValue(QStringLiteral("ui/language"), normalize(language));
}

bool install(const QString &language)
{
    const QString lang = normalize(language).isEmpty() ? QStringLiteral("en") : normalize(language);
    // The locale first: what retranslates on LanguageChange formats numbers,
    // sizes and dates with QLocale().
    QLocale::setDefault(QLocale(lang == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                lang == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    currentLanguage = lang;
    auto ours = std::make_unique<QTranslator>();
    auto qts = std::make_unique<QTranslator>();
    const bool ok = ours->load(QStringLiteral(":/i18n/cloudbackup_") + lang + QStringLiteral(".qm"));
    const bool qtOk =
        lang != QLatin1String("en") &&
        qts->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (ourTranslator)
        QCoreApplication::removeTranslator(ourTranslator.get());
    if (qtTranslator)
        QCoreApplication::removeTranslator(qtTranslator.get());
    ourTranslator = std::move(ours);
    qtTranslator = std::move(qts);
    if (ok)
        QCoreApplication::installTranslator(ourTranslator.get());
    if (qtOk)
        QCoreApplication::installTranslator(qtTranslator.get());
    // Widgets that did not set a locale of their own follow the new default
    // (QApplication hands it to every window and its children).
    if (QCoreApplication *app = QCoreApplication::instance()) {
        QEvent localeChange(QEvent::LocaleChange);
        QCoreApplication::sendEvent(app, &localeChange);
    }
    return ok;
}

QString current()
{
    return currentLanguage.isEmpty() ? QStringLiteral("en") : currentLanguage;
}

QString nativeName(const QString &language)
{
    return normalize(language) == QLatin1String("zh_CN") ? QStringLiteral("中文（简体）")
                                                         : QStringLiteral("English");
}

} // namespace cb::i18n
