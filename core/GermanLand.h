#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace readiness {

/// The sixteen Länder of Germany: public holidays are Land law, so the
/// working-day count of a German organisation needs its Land.
class GermanLand final
{
public:
    struct Info
    {
        QString code; // ISO 3166-2:DE without "DE-": "BY"
        QString slug; // calendar file suffix: "bayern" -> germany-bayern.json
        QString german; // "Bayern"
        QString english; // "Bavaria"
    };

    static const QList<Info> &all();
    /// The Land written as a code ("BY", "DE-BY"), its German or English
    /// name, case-insensitively; nullptr when it names none.
    static const Info *find(const QString &text);
    /// "germany-bayern" for a known Land, "germany" (nationwide holidays
    /// only) otherwise.
    static QString calendarId(const QString &land);
    /// The name to show: German or English by @p language; @p land as
    /// written when unknown.
    static QString displayName(const QString &land, const QString &language);
    /// The code to store for @p land as written by a user, for an
    /// organisation in @p country: "" for no Land, an error naming the
    /// accepted forms for text that is no Land, or for a Land given with a
    /// country other than Germany.
    static Result<QString> normalise(const QString &land, const QString &country);
};

} // namespace readiness
