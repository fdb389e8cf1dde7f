#pragma once

#include <QStringList>

namespace cb::i18n {

// "zh_CN" or "en".
QStringList available();
// From LANGUAGE / LC_ALL / LC_MESSAGES / LANG: Chinese locales give "zh_CN", anything else "en".
QString systemLanguage();
// Takes "--lang X" / "--lang=X" out of args; falls back to `fallback`, or
// to systemLanguage() when that is empty.
QString languageFromArgs(QStringList &args, const QString &fallback = {});
// The language chosen in the console's settings (QSettings "ui/language"),
// empty when none was chosen; saveLanguage() stores the choice.
QString savedLanguage();
void saveLanguage(const QString &language);
// Installs our translation and Qt's own for the language, replacing the
// previous ones (QEvent::LanguageChange reaches every widget), and makes it
// the default QLocale for numbers, sizes and dates.
bool install(const QString &language);
QString current();
// The language's own name: "中文（简体）", "English".
QString nativeName(const QString &language);

} // namespace cb::i18n
