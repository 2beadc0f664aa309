#include "GermanLand.h"

#include "Jurisdiction.h"
#include "LocalizedText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::GermanLand)
};

} // namespace

const QList<GermanLand::Info> &GermanLand::all()
{
    static const QList<Info> list {
        {u"BW"_s, u"baden-wuerttemberg"_s, u"Baden-Württemberg"_s, u"Baden-Württemberg"_s},
        {u"BY"_s, u"bayern"_s, u"Bayern"_s, u"Bavaria"_s},
        {u"BE"_s, u"berlin"_s, u"Berlin"_s, u"Berlin"_s},
        {u"BB"_s, u"brandenburg"_s, u"Brandenburg"_s, u"Brandenburg"_s},
        {u"HB"_s, u"bremen"_s, u"Bremen"_s, u"Bremen"_s},
        {u"HH"_s, u"hamburg"_s, u"Hamburg"_s, u"Hamburg"_s},
        {u"HE"_s, u"hessen"_s, u"Hessen"_s, u"Hesse"_s},
        {u"MV"_s, u"mecklenburg-vorpommern"_s, u"Mecklenburg-Vorpommern"_s, u"Mecklenburg-Western Pomerania"_s},
        {u"NI"_s, u"niedersachsen"_s, u"Niedersachsen"_s, u"Lower Saxony"_s},
        {u"NW"_s, u"nordrhein-westfalen"_s, u"Nordrhein-Westfalen"_s, u"North Rhine-Westphalia"_s},
        {u"RP"_s, u"rheinland-pfalz"_s, u"Rheinland-Pfalz"_s, u"Rhineland-Palatinate"_s},
        {u"SL"_s, u"saarland"_s, u"Saarland"_s, u"Saarland"_s},
        {u"SN"_s, u"sachsen"_s, u"Sachsen"_s, u"Saxony"_s},
        {u"ST"_s, u"sachsen-anhalt"_s, u"Sachsen-Anhalt"_s, u"Saxony-Anhalt"_s},
        {u"SH"_s, u"schleswig-holstein"_s, u"Schleswig-Holstein"_s, u"Schleswig-Holstein"_s},
        {u"TH"_s, u"thueringen"_s, u"Thüringen"_s, u"Thuringia"_s},
    };
    return list;
}

const GermanLand::Info *GermanLand::find(const QString &text)
{
    QString t = text.simplified();
    if (t.startsWith(u"DE-"_s, Qt::CaseInsensitive))
        t = t.mid(3);
    if (t.isEmpty())
        return nullptr;
    for (const Info &land : all()) {
        if (t.compare(land.code, Qt::CaseInsensitive) == 0 || t.compare(land.german, Qt::CaseInsensitive) == 0
            || t.compare(land.english, Qt::CaseInsensitive) == 0 || t.compare(land.slug, Qt::CaseInsensitive) == 0)
            return &land;
    }
    // "Thueringen", "Baden-Wuerttemberg": the umlaut spelt out.
    for (const Info &land : all()) {
        QString ascii = land.german;
        ascii.replace(u"ü"_s, u"ue"_s).replace(u"ä"_s, u"ae"_s).replace(u"ö"_s, u"oe"_s);
        if (t.compare(ascii, Qt::CaseInsensitive) == 0)
            return &land;
    }
    return nullptr;
}

QString GermanLand::calendarId(const QString &land)
{
    const Info *info = find(land);
    return info ? u"germany-"_s + info->slug : u"germany"_s;
}

QString GermanLand::displayName(const QString &land, const QString &language)
{
    const Info *info = find(land);
    if (!info)
        return land.trimmed();
    return language == "de"_L1 ? info->german : info->english;
}

Result<QString> GermanLand::normalise(const QString &land, const QString &country)
{
    if (land.trimmed().isEmpty())
        return QString();
    const Info *info = find(land);
    if (!info)
        return makeError(Text::tr("'%1' is not a German Land (Bundesland): give a code such as BY or a name such as "
                                  "Bayern or Bavaria")
                             .arg(land.trimmed()));
    const QString code = Jurisdiction::countryCode(country);
    if (!code.isEmpty() && code != "DE"_L1)
        return makeError(Text::tr("a Land (%1) is only for an organisation in Germany, not in %2")
                             .arg(info->german, Jurisdiction::displayName(country, LocalizedText::defaultLanguage())));
    return info->code;
}

} // namespace readiness
