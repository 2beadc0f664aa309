#pragma once

#include <QString>
#include <QStringList>

namespace readiness {

/// Where an organisation is, as the codes questions are matched against:
/// its country (ISO 3166-1 alpha-2), "EU" for a member state of the EU (and
/// the EEA, where the GDPR applies through the EEA Agreement), "UK" for the
/// United Kingdom. The country is free text in the profile ("Germany",
/// "Deutschland", "DE", "Scotland" …), so it is normalised here.
class Jurisdiction final
{
public:
    /// The ISO 3166-1 alpha-2 code of a country written in English, German,
    /// its own language or as a code ("DE", "DEU"); "GB" for the UK and its
    /// nations. Empty when the text names no country we know.
    static QString countryCode(const QString &country);
    /// {"DE", "EU"} for Germany, {"GB", "UK"} for the United Kingdom, {"CH"}
    /// for Switzerland. Empty when the country is blank or unknown: then
    /// every question applies, as before questions carried jurisdictions.
    static QStringList ofCountry(const QString &country);
    /// Whether a question limited to @p question (empty: no limit) applies
    /// to an organisation in @p organisation (empty: unknown, so it does).
    static bool applies(const QStringList &question, const QStringList &organisation);
    /// The country's name for display ("Germany" / "Deutschland"), or
    /// @p country as written when it is unknown.
    static QString displayName(const QString &country, const QString &language);
    /// The holiday calendar for counting working days: the Land's for an
    /// organisation in Germany ("germany-bayern"; "germany", the nationwide
    /// holidays, without a Land), else @p fallback (the user's setting).
    static QString holidayCalendar(const QString &country, const QString &land, const QString &fallback);
};

} // namespace readiness
