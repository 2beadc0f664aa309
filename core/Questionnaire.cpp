#include "Questionnaire.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
struct TypeName
{
    QuestionType type;
    QLatin1StringView name;
};
constexpr TypeName kTypeNames[] = {
    {QuestionType::Maturity, "maturity"_L1}, {QuestionType::YesNo, "yesno"_L1},
    {QuestionType::Choice, "choice"_L1},     {QuestionType::MultiChoice, "multichoice"_L1},
    {QuestionType::Text, "text"_L1},         {QuestionType::Date, "date"_L1},
};
} // namespace

QString questionTypeName(QuestionType type)
{
    for (const auto &t : kTypeNames)
        if (t.type == type)
            return t.name;
    return {};
}

std::optional<QuestionType> questionTypeFromName(const QString &name)
{
    for (const auto &t : kTypeNames)
        if (name == t.name)
            return t.type;
    return std::nullopt;
}

const ScaleLevel *AnswerScale::level(int value) const
{
    for (const ScaleLevel &l : levels)
        if (l.value == value)
            return &l;
    return nullptr;
}

bool Question::isScored() const
{
    switch (type) {
    case QuestionType::Maturity:
    case QuestionType::YesNo:
        return true;
    case QuestionType::Choice:
        return std::any_of(options.cbegin(), options.cend(), [](const ChoiceOption &o) { return o.score.has_value(); });
    case QuestionType::MultiChoice:
    case QuestionType::Text:
    case QuestionType::Date:
        return false;
    }
    return false;
}

const ChoiceOption *Question::option(const QString &optionId) const
{
    for (const ChoiceOption &o : options)
        if (o.id == optionId)
            return &o;
    return nullptr;
}

const Question *Questionnaire::question(const QString &questionId) const
{
    const auto it = m_index.constFind(questionId);
    if (it == m_index.cend())
        return nullptr;
    return &sections.at(it->section).questions.at(it->question);
}

int Questionnaire::sectionIndexOf(const QString &questionId) const
{
    const auto it = m_index.constFind(questionId);
    return it == m_index.cend() ? -1 : it->section;
}

int Questionnaire::questionCount() const
{
    return int(m_index.size());
}

void Questionnaire::buildIndex()
{
    m_index.clear();
    for (int s = 0; s < sections.size(); ++s)
        for (int q = 0; q < sections.at(s).questions.size(); ++q)
            m_index.insert(sections.at(s).questions.at(q).id, {s, q});
}

} // namespace readiness
