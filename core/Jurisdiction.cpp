#include "Jurisdiction.h"

#include "GermanLand.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
enum Membership { Other, Eu, Eea, Uk };

struct Country
{
    const char *code; // ISO 3166-1 alpha-2
    const char *english;
    const char *german;
    const char *aliases; // '|'-separated: alpha-3, own language, common forms
    Membership membership;
};

// The EU 27, the EEA three, the UK and the neighbours a DPO is likely to
// type. Names in UTF-8; compared case-insensitively after trimming.
constexpr Country kCountries[] = {
    {"AT", "Austria", "Österreich", "AUT|Republik Österreich", Eu},
    {"BE", "Belgium", "Belgien", "BEL|België|Belgique|Belgien", Eu},
    {"BG", "Bulgaria", "Bulgarien", "BGR|България", Eu},
    {"HR", "Croatia", "Kroatien", "HRV|Hrvatska", Eu},
    {"CY", "Cyprus", "Zypern", "CYP|Κύπρος|Kıbrıs", Eu},
    {"CZ", "Czechia", "Tschechien", "CZE|Czech Republic|Česko|Česká republika|Tschechische Republik", Eu},
    {"DK", "Denmark", "Dänemark", "DNK|Danmark", Eu},
    {"EE", "Estonia", "Estland", "EST|Eesti", Eu},
    {"FI", "Finland", "Finnland", "FIN|Suomi", Eu},
    {"FR", "France", "Frankreich", "FRA|République française", Eu},
    {"DE", "Germany", "Deutschland",
     "DEU|Federal Republic of Germany|Bundesrepublik Deutschland|BRD|Allemagne|Germania|Alemania", Eu},
    {"GR", "Greece", "Griechenland", "GRC|EL|Ελλάδα|Hellas", Eu},
    {"HU", "Hungary", "Ungarn", "HUN|Magyarország", Eu},
    {"IE", "Ireland", "Irland", "IRL|Éire|Republic of Ireland", Eu},
    {"IT", "Italy", "Italien", "ITA|Italia", Eu},
    {"LV", "Latvia", "Lettland", "LVA|Latvija", Eu},
    {"LT", "Lithuania", "Litauen", "LTU|Lietuva", Eu},
    {"LU", "Luxembourg", "Luxemburg", "LUX|Lëtzebuerg", Eu},
    {"MT", "Malta", "Malta", "MLT", Eu},
    {"NL", "Netherlands", "Niederlande", "NLD|Nederland|Holland|The Netherlands", Eu},
    {"PL", "Poland", "Polen", "POL|Polska", Eu},
    {"PT", "Portugal", "Portugal", "PRT", Eu},
    {"RO", "Romania", "Rumänien", "ROU|România", Eu},
    {"SK", "Slovakia", "Slowakei", "SVK|Slovensko", Eu},
    {"SI", "Slovenia", "Slowenien", "SVN|Slovenija", Eu},
    {"ES", "Spain", "Spanien", "ESP|España", Eu},
    {"SE", "Sweden", "Schweden", "SWE|Sverige", Eu},
    {"IS", "Iceland", "Island", "ISL|Ísland", Eea},
    {"LI", "Liechtenstein", "Liechtenstein", "LIE", Eea},
    {"NO", "Norway", "Norwegen", "NOR|Norge|Noreg", Eea},
    {"GB", "United Kingdom", "Vereinigtes Königreich",
     "GBR|UK|U.K.|Great Britain|Britain|Großbritannien|Grossbritannien|England|Scotland|Wales|Northern Ireland|"
     "England and Wales|United Kingdom of Great Britain and Northern Ireland|Schottland|Nordirland|England & Wales",
     Uk},
    {"CH", "Switzerland", "Schweiz", "CHE|Suisse|Svizzera|Schweizerische Eidgenossenschaft", Other},
    {"US", "United States", "Vereinigte Staaten", "USA|U.S.|U.S.A.|United States of America|America|USA", Other},
};

QString key(const QString &text)
{
    return text.simplified().toCaseFolded();
}

const QHash<QString, const Country *> &index()
{
    static const QHash<QString, const Country *> map = [] {
        QHash<QString, const Country *> m;
        for (const Country &c : kCountries) {
            m.insert(key(QString::fromLatin1(c.code)), &c);
            m.insert(key(QString::fromUtf8(c.english)), &c);
            m.insert(key(QString::fromUtf8(c.german)), &c);
            for (const QString &alias : QString::fromUtf8(c.aliases).split(u'|', Qt::SkipEmptyParts))
                m.insert(key(alias), &c);
        }
        return m;
    }();
    return map;
}

const Country *find(const QString &country)
{
    QString k = key(country);
    // "DE-BY", "GB-SCT": a subdivision code names its country.
    if (k.size() > 3 && k.at(2) == u'-')
        k.truncate(2);
    return index().value(k, nullptr);
}
} // namespace

QString Jurisdiction::countryCode(const QString &country)
{
    const Country *c = find(country);
    return c ? QString::fromLatin1(c->code) : QString();
}

QStringList Jurisdiction::ofCountry(const QString &country)
{
    const Country *c = find(country);
    if (!c)
        return {};
    QStringList codes {QString::fromLatin1(c->code)};
    if (c->membership == Eu || c->membership == Eea)
        codes << u"EU"_s;
    if (c->membership == Uk)
        codes << u"UK"_s;
    return codes;
}

bool Jurisdiction::applies(const QStringList &question, const QStringList &organisation)
{
    if (question.isEmpty() || organisation.isEmpty())
        return true;
    for (const QString &code : question)
        if (organisation.contains(code))
            return true;
    return false;
}

QString Jurisdiction::displayName(const QString &country, const QString &language)
{
    const Country *c = find(country);
    if (!c)
        return country.trimmed();
    return QString::fromUtf8(language == "de"_L1 ? c->german : c->english);
}

QString Jurisdiction::holidayCalendar(const QString &country, const QString &land, const QString &fallback)
{
    return countryCode(country) == "DE"_L1 ? GermanLand::calendarId(land) : fallback;
}

} // namespace readiness
