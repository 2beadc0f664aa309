#include "Translations.h"

#include "DataPaths.h"
#include "LocalizedText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
// The translators in use, so a new language replaces them rather than
// stacking a second set under the first.
QPointer<QTranslator> &ownTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void replace(QPointer<QTranslator> &slot, QCoreApplication &app, const QString &name, const QString &directory)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(name, directory)) {
        QCoreApplication::installTranslator(translator);
        slot = translator;
    } else {
        delete translator;
    }
}
} // namespace

void installTranslations(QCoreApplication &app, const QString &language)
{
    LocalizedText::setDefaultLanguage(language);
    // Keep the system's regional formats (en_GB dates) unless the language differs.
    // English without an English system locale (C, POSIX): British formats,
    // as the users are in the UK and the EU.
    if (QLocale::system().language() == QLocale(language).language())
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(language == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                : QLocale(language));
    // Each change sends LanguageChange to every widget (MainWindow rebuilds).
    replace(ownTranslator(), app, u"gdpr-readiness_"_s + language, DataPaths::translationsDir());
    replace(qtTranslator(), app, u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace readiness::ui
