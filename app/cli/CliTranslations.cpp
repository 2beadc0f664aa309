#include "CliTranslations.h"

#include "DataPaths.h"
#include "LocalizedText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace readiness::cli {

QString cliLanguage(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        QString value;
        if (a == "--language"_L1 && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (a.startsWith("--language="_L1))
            value = a.mid(11);
        if (!value.isEmpty())
            return value.startsWith("de"_L1, Qt::CaseInsensitive) ? u"de"_s : u"en"_s;
    }
    QString locale;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = qEnvironmentVariable(variable);
        if (!locale.isEmpty())
            break;
    }
    // As gettext does: LANGUAGE (a priority list such as "de_AT:de:en") comes
    // first, unless the locale is C or POSIX, which means untranslated.
    const bool plain = locale.isEmpty() || locale == "POSIX"_L1 || locale == "C"_L1 || locale.startsWith("C."_L1);
    if (!plain)
        for (const QString &entry : qEnvironmentVariable("LANGUAGE").split(u':', Qt::SkipEmptyParts)) {
            if (entry.startsWith("de"_L1))
                return u"de"_s;
            if (entry.startsWith("en"_L1))
                return u"en"_s;
        }
    return locale.startsWith("de"_L1) ? u"de"_s : u"en"_s;
}

QString outputLanguage()
{
    return LocalizedText::defaultLanguage();
}

void setOutputLanguage(const QString &language)
{
    // Core's own texts follow it too (the figures in a CRM audit's reasons;
    // scale labels an answer may be given by), as in the window.
    LocalizedText::setDefaultLanguage(language == "de"_L1 ? u"de"_s : u"en"_s);
}

void installCliTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || language == "en"_L1)
        return; // the source texts are English
    auto *own = new QTranslator(app);
    if (own->load(u"gdpr-readiness_"_s + language, DataPaths::translationsDir()))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // QCommandLineParser's own words ("Usage:", "Options:", "Unknown option").
    auto *qt = new QTranslator(app);
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QString translated(const char *sourceText)
{
    return QCoreApplication::translate("cli", sourceText);
}

} // namespace readiness::cli
