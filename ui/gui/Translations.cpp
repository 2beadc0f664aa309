#include "Translations.h"

#include "DataPaths.h"
#include "LocalizedText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace readiness::ui {

void installTranslations(QCoreApplication &app, const QString &language)
{
    LocalizedText::setDefaultLanguage(language);
    // Keep the system's regional formats (en_GB dates) unless the language differs.
    // English without an English system locale (C, POSIX): British formats,
    // as the users are in the UK and the EU.
    if (QLocale::system().language() != QLocale(language).language())
        QLocale::setDefault(language == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                : QLocale(language));
    auto *own = new QTranslator(&app);
    if (own->load(u"gdpr-readiness_"_s + language, DataPaths::translationsDir()))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace readiness::ui
