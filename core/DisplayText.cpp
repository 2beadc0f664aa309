#include "DisplayText.h"

#include "EvidenceStore.h"
#include "FineExposure.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace readiness::DisplayText {

namespace {
bool german(const QString &language)
{
    return language == "de"_L1;
}

const QLocale &de()
{
    static const QLocale locale(QLocale::German, QLocale::Germany);
    return locale;
}
} // namespace

QString percent(std::optional<double> value, const QString &language)
{
    if (!german(language) || !value)
        return formatPercent(value);
    return de().toString(*value, 'f', 1) + u" %"_s;
}

QString percent(double value, int decimals, const QString &language)
{
    return (german(language) ? de() : QLocale::c()).toString(value, 'f', decimals) + u" %"_s;
}

QString points(std::optional<double> change, const QString &language)
{
    if (!change)
        return u"—"_s;
    // Rounded as printed, so a change that shows as 0.0 has no sign.
    const double rounded = std::round(*change * 10.0) / 10.0;
    const double magnitude = std::abs(rounded);
    const QString text = german(language) ? de().toString(magnitude, 'f', 1) : QString::number(magnitude, 'f', 1);
    return (rounded > 0 ? u"+"_s : rounded < 0 ? u"−"_s : QString()) + text;
}

QString number(qint64 value, const QString &language)
{
    return german(language) ? de().toString(value) : QString::number(value);
}

QString amount(double value, const QString &currency, const QString &language)
{
    if (!german(language) || !std::isfinite(value) || std::fabs(value) >= 9e18)
        return formatAmount(value, currency);
    const QString digits = de().toString(qint64(std::llround(value)));
    return currency.isEmpty() ? digits : digits + u' ' + currency;
}

QString byteSize(qint64 bytes, const QString &language)
{
    return german(language) ? de().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat) : formatByteSize(bytes);
}

QString date(QDate date, const QString &language)
{
    if (!date.isValid())
        return u"—"_s;
    return german(language) ? de().toString(date, u"d. MMMM yyyy"_s) : date.toString(u"d MMM yyyy"_s);
}

QString numericDate(QDate date, const QString &language)
{
    if (!date.isValid())
        return u"—"_s;
    return german(language) ? date.toString(u"dd.MM.yyyy"_s) : date.toString(Qt::ISODate);
}

QString rag(Rag rag, const QString &language)
{
    if (!german(language))
        return ragName(rag).toUpper();
    switch (rag) {
    case Rag::Red:
        return u"ROT"_s;
    case Rag::Amber:
        return u"GELB"_s;
    case Rag::Green:
        return u"GRÜN"_s;
    case Rag::None:
        break;
    }
    return u"KEINE"_s;
}

QString assessmentStatus(AssessmentStatus status, const QString &language)
{
    if (!german(language))
        return assessmentStatusName(status);
    switch (status) {
    case AssessmentStatus::Draft:
        return u"Entwurf"_s;
    case AssessmentStatus::InProgress:
        return u"In Bearbeitung"_s;
    case AssessmentStatus::Completed:
        return u"Abgeschlossen"_s;
    case AssessmentStatus::SignedOff:
        return u"Freigegeben"_s;
    }
    return assessmentStatusName(status);
}

QString actionStatus(ActionStatus status, const QString &language)
{
    if (!german(language))
        return actionStatusName(status);
    switch (status) {
    case ActionStatus::Open:
        return u"Offen"_s;
    case ActionStatus::InProgress:
        return u"In Arbeit"_s;
    case ActionStatus::Done:
        return u"Erledigt"_s;
    case ActionStatus::WontDo:
        return u"Nicht umgesetzt"_s;
    }
    return actionStatusName(status);
}

} // namespace readiness::DisplayText
