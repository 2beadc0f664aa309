#include "FineExposure.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
FineExposure::Tier tier(const QString &article, double fixedCap, double percent, double turnover)
{
    FineExposure::Tier t;
    t.article = article;
    t.fixedCap = fixedCap;
    t.percent = percent;
    t.percentOfTurnover = turnover * percent / 100.0;
    t.turnoverDecides = t.percentOfTurnover > fixedCap;
    t.maximum = std::max(fixedCap, t.percentOfTurnover);
    return t;
}
} // namespace

QString formatAmount(double amount, const QString &currency)
{
    // llround is undefined past qint64: such amounts print unrounded.
    const bool fits = std::isfinite(amount) && std::fabs(amount) < 9e18;
    QString digits = fits ? QString::number(qint64(std::llround(amount))) : QString::number(amount, 'f', 0);
    for (qsizetype i = digits.size() - 3; i > 0 && digits.at(i - 1).isDigit(); i -= 3)
        digits.insert(i, u',');
    return currency.isEmpty() ? digits : digits + u' ' + currency;
}

Result<FineExposure> FineExposure::compute(double annualTurnover, const QString &currency)
{
    // Far above any company's turnover (world GDP is about 1e14), and well
    // inside what the arithmetic and the formatting handle exactly: 1e308
    // once printed negative fines.
    constexpr double kMaxTurnover = 1e15;
    if (!std::isfinite(annualTurnover) || annualTurnover < 0)
        return makeError(u"turnover must be a non-negative amount"_s);
    if (annualTurnover > kMaxTurnover)
        return makeError(u"turnover %1 is not plausible: at most %2"_s.arg(QString::number(annualTurnover, 'g', 6),
                                                                           formatAmount(kMaxTurnover, QString())));
    FineExposure f;
    f.turnover = annualTurnover;
    f.currency = currency.toUpper();
    if (f.currency == "EUR"_L1) {
        f.regime = u"EU GDPR"_s;
        f.lower = tier(u"GDPR Art 83(4)"_s, 10'000'000, 2, annualTurnover);
        f.upper = tier(u"GDPR Art 83(5)"_s, 20'000'000, 4, annualTurnover);
    } else if (f.currency == "GBP"_L1) {
        // UK GDPR Art 83 as amended: £8.7m and £17.5m.
        f.regime = u"UK GDPR"_s;
        f.lower = tier(u"UK GDPR Art 83(4)"_s, 8'700'000, 2, annualTurnover);
        f.upper = tier(u"UK GDPR Art 83(5)"_s, 17'500'000, 4, annualTurnover);
    } else {
        return makeError(u"currency must be EUR or GBP (got '%1')"_s.arg(currency));
    }
    return f;
}

} // namespace readiness
