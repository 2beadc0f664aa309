#include "CliFormat.h"

#include "CliTranslations.h"
#include "DisplayText.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace readiness::cli::format {

namespace {
bool german()
{
    return outputLanguage() == "de"_L1;
}
} // namespace

QString percent(std::optional<double> value)
{
    return DisplayText::percent(value, outputLanguage());
}

QString wholePercent(double value)
{
    return number(std::llround(value)) + u" %"_s;
}

QString number(qint64 value)
{
    return DisplayText::number(value, outputLanguage());
}

QString amount(double value, const QString &currency)
{
    return DisplayText::amount(value, currency, outputLanguage());
}

QString byteSize(qint64 bytes)
{
    return DisplayText::byteSize(bytes, outputLanguage());
}

QString date(QDate date)
{
    return DisplayText::numericDate(date, outputLanguage());
}

QString utcTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return date(utc.date()) + u' ' + utc.time().toString(u"HH:mm:ss"_s) + u" UTC"_s;
}

QString dateTime(const QDateTime &time)
{
    return german() ? utcTime(time) : time.toUTC().toString(Qt::ISODate);
}

QString rag(Rag rag)
{
    return rag == Rag::None ? QString() : DisplayText::rag(rag, outputLanguage());
}

QString text(const LocalizedText &text)
{
    return text.text(outputLanguage());
}

QString answer(const Question &question, const AnswerScale &scale, const QString &value)
{
    return AnswerValue::display(question, scale, value, outputLanguage());
}

} // namespace readiness::cli::format
