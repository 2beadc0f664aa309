#include "FineExposure.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::FineExposure)
};

/// A note as stored in FineExposure::notes: English, marked for the translator (FineExposure::noteText).
QString note(const char *english)
{
    return QString::fromUtf8(english);
}

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

Result<FineExposure> FineExposure::compute(double annualTurnover, const QString &currency, Subject subject)
{
    // Far above any company's turnover (world GDP is about 1e14), and well
    // inside what the arithmetic and the formatting handle exactly: 1e308
    // once printed negative fines.
    constexpr double kMaxTurnover = 1e15;
    if (!std::isfinite(annualTurnover) || annualTurnover < 0)
        return makeError(Text::tr("turnover must be a non-negative amount"));
    if (annualTurnover > kMaxTurnover)
        return makeError(Text::tr("turnover %1 is not plausible: at most %2")
                             .arg(QString::number(annualTurnover, 'g', 6), formatAmount(kMaxTurnover, QString())));
    FineExposure f;
    f.turnover = annualTurnover;
    f.currency = currency.toUpper();
    f.subject = subject;
    // Art 83(4)-(5): the percentage limb is "in the case of an undertaking"
    // only; a public body that is not an undertaking faces the fixed amount.
    const bool undertaking = subject == Subject::Undertaking;
    const double lowerPercent = undertaking ? 2 : 0;
    const double upperPercent = undertaking ? 4 : 0;
    const bool eu = f.currency == "EUR"_L1;
    if (!eu && f.currency != "GBP"_L1)
        return makeError(Text::tr("currency must be EUR or GBP (got '%1')").arg(currency));
    // UK GDPR Art 83 as amended: £8.7m and £17.5m instead of €10m and €20m.
    const QString prefix = eu ? u"GDPR"_s : u"UK GDPR"_s;
    f.regime = eu ? u"EU GDPR"_s : u"UK GDPR"_s;
    f.lower = tier(prefix + u" Art 83(4)"_s, eu ? 10'000'000 : 8'700'000, lowerPercent, annualTurnover);
    f.upper = tier(prefix + u" Art 83(5)"_s, eu ? 20'000'000 : 17'500'000, upperPercent, annualTurnover);
    if (eu) {
        f.notes << note(
            QT_TRANSLATE_NOOP("readiness::FineExposure",
                              "ePrivacy (cookies, electronic marketing): penalties are set by each member state's law "
                              "(ePrivacy Directive Art 15a); there is no EU-wide maximum."));
        if (!undertaking)
            f.notes << note(QT_TRANSLATE_NOOP(
                "readiness::FineExposure",
                "Public authorities and bodies: each member state decides whether and to what extent fines "
                "may be imposed on them (GDPR Art 83(7)); Germany imposes none on public bodies "
                "(BDSG § 43(3)). The figures are the ceiling where fines are allowed."));
    } else {
        // Since 5 February 2026 (Data (Use and Access) Act 2025) PECR
        // penalties follow the UK GDPR higher maximum; before, £500,000.
        f.pecr = tier(u"PECR (DUAA 2025)"_s, 17'500'000, upperPercent, annualTurnover);
        f.notes << note(
            QT_TRANSLATE_NOOP("readiness::FineExposure",
                              "PECR: maximum penalty aligned with the UK GDPR higher maximum since 5 February 2026 "
                              "(Data (Use and Access) Act 2025); £500,000 for infringements before then."));
        if (!undertaking)
            f.notes << note(QT_TRANSLATE_NOOP(
                "readiness::FineExposure",
                "Public authorities: the percentage applies only to undertakings, so a public body that is "
                "not an undertaking faces the fixed amounts."));
    }
    if (undertaking)
        f.notes.prepend(note(
            QT_TRANSLATE_NOOP("readiness::FineExposure",
                              "The percentage is of the undertaking's total worldwide annual turnover of the preceding "
                              "financial year: for a company in a group, the whole group's turnover (GDPR Recital 150; "
                              "CJEU C-807/21 Deutsche Wohnen, 5 December 2023).")));
    return f;
}

QString FineExposure::noteText(const QString &note)
{
    return QCoreApplication::translate("readiness::FineExposure", note.toUtf8().constData());
}

} // namespace readiness
