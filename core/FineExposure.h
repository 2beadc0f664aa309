#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace readiness {

/// The maximum administrative fines of Art 83(4) and 83(5), and the PECR
/// penalty maximum where one is set, for a turnover. They are maxima set by
/// law, not a prediction of any fine.
struct FineExposure
{
    /// Who is fined: the percentage limb applies only to an undertaking,
    /// whose turnover is that of the whole group (Recital 150; CJEU C-807/21).
    enum class Subject { Undertaking, PublicBody };

    struct Tier
    {
        QString article; // "GDPR Art 83(4)"
        double fixedCap = 0; // €10m / €20m, £8.7m / £17.5m
        double percent = 0; // 2 or 4; 0 where no percentage applies (a public body)
        double percentOfTurnover = 0;
        double maximum = 0; // the higher of the two
        bool turnoverDecides = false; // the percentage is the higher
    };

    QString regime; // "EU GDPR" or "UK GDPR"
    QString currency; // "EUR" or "GBP"
    double turnover = 0; // the undertaking's (group's) total worldwide annual turnover
    Subject subject = Subject::Undertaking;
    Tier lower; // Art 83(4)
    Tier upper; // Art 83(5)
    std::optional<Tier> pecr; // UK PECR maximum; EU ePrivacy penalties are set by national law
    QStringList notes; // what the figures assume, in plain English (machine-readable output keeps them so)

    /// One of notes in the language of the user interface.
    static QString noteText(const QString &note);

    /// EUR gives the EU GDPR figures, GBP the UK GDPR ones.
    static Result<FineExposure> compute(double annualTurnover, const QString &currency,
                                        Subject subject = Subject::Undertaking);
};

/// "17,500,000 GBP": whole units with thousands separators, and the currency.
QString formatAmount(double amount, const QString &currency);

} // namespace readiness
