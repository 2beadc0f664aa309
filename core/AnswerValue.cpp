#include "AnswerValue.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

using namespace Qt::StringLiterals;

namespace readiness::AnswerValue {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AnswerValue)
};

} // namespace

bool isNotApplicable(const QString &value)
{
    return value == kNotApplicable;
}

Result<QString> normalise(const Question &question, const AnswerScale &scale, const QString &input)
{
    const QString raw = input.trimmed();
    const QString lower = raw.toLower();
    const bool saysNa = lower == "na"_L1 || lower == "n/a"_L1 || lower == "not applicable"_L1;
    auto naOrRefuse = [&]() -> Result<QString> {
        if (question.allowNa)
            return QString(kNotApplicable);
        return makeError(Text::tr("question '%1' cannot be answered 'not applicable'").arg(question.id));
    };
    switch (question.type) {
    case QuestionType::Maturity: {
        if (saysNa)
            return naOrRefuse();
        bool isInt = false;
        const int level = raw.toInt(&isInt);
        if (isInt && scale.level(level))
            return QString::number(level);
        QStringList labels;
        for (const ScaleLevel &l : scale.levels) {
            if (l.label.text(u"en"_s).compare(raw, Qt::CaseInsensitive) == 0
                || l.label.text().compare(raw, Qt::CaseInsensitive) == 0)
                return QString::number(l.value);
            labels << u"%1 (%2)"_s.arg(l.value).arg(l.label.text());
        }
        return makeError(
            Text::tr("'%1' is not a level of the scale for '%2'; expected one of %3%4")
                .arg(raw, question.id, labels.join(u", "_s), question.allowNa ? Text::tr(", or na") : QString()));
    }
    case QuestionType::YesNo:
        if (saysNa)
            return naOrRefuse();
        if (lower == "yes"_L1 || lower == "y"_L1 || lower == "ja"_L1)
            return u"yes"_s;
        if (lower == "no"_L1 || lower == "n"_L1 || lower == "nein"_L1)
            return u"no"_s;
        return makeError(Text::tr("'%1' is not an answer to yes/no question '%2'; expected yes, no%3")
                             .arg(raw, question.id, question.allowNa ? Text::tr(" or na") : QString()));
    case QuestionType::Choice: {
        if (const ChoiceOption *o = question.option(raw))
            return o->id;
        QStringList ids;
        for (const ChoiceOption &o : question.options)
            ids << o.id;
        return makeError(
            Text::tr("'%1' is not an option of '%2'; expected one of %3").arg(raw, question.id, ids.join(u", "_s)));
    }
    case QuestionType::MultiChoice: {
        QSet<QString> chosen;
        for (const QString &part : raw.split(u',', Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (!question.option(id))
                return makeError(Text::tr("'%1' is not an option of '%2'").arg(id, question.id));
            chosen.insert(id);
        }
        QStringList ordered;
        for (const ChoiceOption &o : question.options)
            if (chosen.contains(o.id))
                ordered << o.id;
        return ordered.join(u',');
    }
    case QuestionType::Text:
        return input;
    case QuestionType::Date: {
        const QDate date = QDate::fromString(raw, Qt::ISODate);
        if (!date.isValid())
            return makeError(Text::tr("'%1' is not a date (YYYY-MM-DD) for '%2'").arg(raw, question.id));
        return date.toString(Qt::ISODate);
    }
    }
    return makeError(Text::tr("unknown question type"));
}

std::optional<double> fraction(const Question &question, const AnswerScale &scale, const QString &value)
{
    if (value.isEmpty() || isNotApplicable(value) || !question.isScored())
        return std::nullopt;
    switch (question.type) {
    case QuestionType::Maturity: {
        bool isInt = false;
        const int level = value.toInt(&isInt);
        const int span = scale.maxValue() - scale.minValue();
        if (!isInt || span <= 0)
            return std::nullopt;
        return double(level - scale.minValue()) / span;
    }
    case QuestionType::YesNo:
        if (value == "yes"_L1)
            return 1.0;
        if (value == "no"_L1)
            return 0.0;
        return std::nullopt;
    case QuestionType::Choice:
        if (const ChoiceOption *o = question.option(value))
            return o->score.value_or(0.0);
        return std::nullopt;
    case QuestionType::MultiChoice:
    case QuestionType::Text:
    case QuestionType::Date:
        break;
    }
    return std::nullopt;
}

bool needsReason(const Question &question, const QString &value)
{
    return question.critical && isNotApplicable(value);
}

bool isCriticalGap(const Question &question, const AnswerScale &scale, const QString &value)
{
    if (!question.critical)
        return false;
    const auto f = fraction(question, scale, value);
    return f.has_value() && *f < 0.5;
}

QString display(const Question &question, const AnswerScale &scale, const QString &value, const QString &language)
{
    if (value.isEmpty())
        return {};
    if (isNotApplicable(value))
        return scale.naLabel.text(language);
    switch (question.type) {
    case QuestionType::Maturity:
        if (const ScaleLevel *l = scale.level(value.toInt()))
            return u"%1 (%2)"_s.arg(l->label.text(language)).arg(l->value);
        break;
    case QuestionType::YesNo:
        if (language == "de"_L1)
            return value == "yes"_L1 ? u"Ja"_s : u"Nein"_s;
        return value == "yes"_L1 ? u"Yes"_s : u"No"_s;
    case QuestionType::Choice:
    case QuestionType::MultiChoice: {
        QStringList labels;
        for (const QString &id : value.split(u',', Qt::SkipEmptyParts))
            if (const ChoiceOption *o = question.option(id))
                labels << o->label.text(language);
        return labels.join(u", "_s);
    }
    case QuestionType::Text:
    case QuestionType::Date:
        break;
    }
    return value;
}

} // namespace readiness::AnswerValue
