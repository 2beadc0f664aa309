#pragma once

#include "Result.h"

#include <QString>

namespace readiness {

/// The maximum administrative fines of Art 83(4) and 83(5) for a turnover.
/// They are maxima set by law, not a prediction of any fine.
struct FineExposure
{
    struct Tier
    {
        QString article; // "GDPR Art 83(4)"
        double fixedCap = 0; // €10m / €20m, £8.7m / £17.5m
        double percent = 0; // 2 or 4
        double percentOfTurnover = 0;
        double maximum = 0; // the higher of the two
        bool turnoverDecides = false; // the percentage is the higher
    };

    QString regime; // "EU GDPR" or "UK GDPR"
    QString currency; // "EUR" or "GBP"
    double turnover = 0;
    Tier lower; // Art 83(4)
    Tier upper; // Art 83(5)

    /// EUR gives the EU GDPR figures, GBP the UK GDPR ones.
    static Result<FineExposure> compute(double annualTurnover, const QString &currency);
};

/// "17,500,000 GBP": whole units with thousands separators, and the currency.
QString formatAmount(double amount, const QString &currency);

} // namespace readiness
