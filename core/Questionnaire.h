#pragma once

#include "LocalizedText.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace readiness {

enum class QuestionType { Maturity, YesNo, Choice, MultiChoice, Text, Date };

QString questionTypeName(QuestionType type);
std::optional<QuestionType> questionTypeFromName(const QString &name);

struct ScaleLevel
{
    int value = 0;
    LocalizedText label;
    LocalizedText description;
};

/// The maturity scale of a questionnaire; levels are in increasing order.
struct AnswerScale
{
    QList<ScaleLevel> levels;
    LocalizedText naLabel;

    int minValue() const { return levels.isEmpty() ? 0 : levels.first().value; }
    int maxValue() const { return levels.isEmpty() ? 0 : levels.last().value; }
    const ScaleLevel *level(int value) const;
};

struct ChoiceOption
{
    QString id;
    LocalizedText label;
    std::optional<double> score;
};

/// applies_if: a test on the answer of an earlier question.
struct Condition
{
    enum class Test { Equals, NotEquals, In, Contains };
    QString questionId;
    Test test = Test::Equals;
    QStringList values;
};

struct Question
{
    QString id;
    LocalizedText text;
    LocalizedText guidance;
    QStringList references;
    double weight = 1.0;
    bool critical = false;
    QuestionType type = QuestionType::Maturity;
    bool allowNa = true;
    QList<ChoiceOption> options;
    bool evidenceExpected = false;
    LocalizedText evidenceHint;
    LocalizedText remediation;
    std::optional<Condition> appliesIf;
    /// Where the question applies (EU, UK, DE …); empty: wherever its
    /// questionnaire does.
    QStringList jurisdictions;

    /// Whether an answer to this question contributes to the score.
    bool isScored() const;
    const ChoiceOption *option(const QString &id) const;
};

struct Section
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    QStringList references;
    double weight = 1.0;
    bool scoped = false; // scoping section: drives applies_if, not scored
    QList<Question> questions;
};

struct RagThresholds
{
    double redBelow = 50.0;
    double amberBelow = 80.0;
};

/// A loaded, validated questionnaire. Immutable once loaded.
class Questionnaire
{
public:
    QString id;
    QString version;
    LocalizedText title;
    LocalizedText description;
    QStringList jurisdictions;
    AnswerScale scale;
    RagThresholds rag;
    QList<Section> sections;

    QByteArray sourceJson; // the exact bytes it was loaded from
    QString sha256; // hex SHA-256 of sourceJson

    const Question *question(const QString &questionId) const;
    /// Index of the section holding @p questionId, or -1.
    int sectionIndexOf(const QString &questionId) const;
    int questionCount() const;

    /// Builds the id index; the loader calls it once.
    void buildIndex();

private:
    struct Position
    {
        int section;
        int question;
    };
    QHash<QString, Position> m_index;
};

} // namespace readiness
