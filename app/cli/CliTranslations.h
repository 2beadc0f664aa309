#pragma once

#include <QString>
#include <QStringList>

namespace readiness::cli {

/// The language of the command line's own messages: `--language de|en`
/// among @p arguments, else as gettext chooses: the first German or English
/// entry of LANGUAGE, unless the locale is C or POSIX; else the locale of
/// LC_ALL, LC_MESSAGES or LANG (the first set). "de" or "en".
QString cliLanguage(const QStringList &arguments);

/// The language of the running command's output ("de" or "en"): set once
/// by run() from cliLanguage(arguments), so that every command writes its
/// labels, numbers and dates in the language of its messages. It is core's
/// default language (LocalizedText), so core's texts follow it too.
QString outputLanguage();
void setOutputLanguage(const QString &language);

/// Loads the program's and Qt's translations for @p language into the
/// running QCoreApplication (the command line has no Settings dialog).
void installCliTranslations(const QString &language);

/// A command-line message in the user's language: mark the text with
/// QT_TRANSLATE_NOOP("cli", "...") so lupdate finds it.
QString translated(const char *sourceText);

} // namespace readiness::cli
