#include "QuestionnaireMove.h"

#include "QuestionnaireLibrary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace readiness::review::QuestionnaireMove {

namespace {
QStringList questionIds(const Questionnaire &q)
{
    QStringList ids;
    for (const Section &s : q.sections)
        for (const Question &question : s.questions)
            ids << question.id;
    return ids;
}

QByteArray textOf(const Question &question)
{
    const QJsonValue v = question.text.toJson();
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) : v.toString().toUtf8();
}
} // namespace

Candidates bundled()
{
    return [](const QString &id) -> std::optional<Questionnaire> {
        if (!QuestionnaireLibrary::bundledIds().contains(id))
            return std::nullopt;
        auto q = QuestionnaireLibrary::load(id);
        if (!q)
            return std::nullopt;
        return std::move(q).value();
    };
}

bool isNewer(const QString &candidate, const QString &current)
{
    const QVersionNumber a = QVersionNumber::fromString(candidate);
    const QVersionNumber b = QVersionNumber::fromString(current);
    if (a.isNull() || b.isNull())
        return false; // not comparable: never move on a guess
    return QVersionNumber::compare(a, b) > 0;
}

QuestionnaireChange compare(const Questionnaire &from, const Questionnaire &to)
{
    QuestionnaireChange change;
    change.questionnaireId = from.id;
    change.fromVersion = from.version;
    change.toVersion = to.version;
    for (const QString &id : questionIds(to)) {
        const Question *before = from.question(id);
        if (!before)
            change.added << id;
        else if (textOf(*before) != textOf(*to.question(id)))
            change.reworded << id;
    }
    for (const QString &id : questionIds(from))
        if (!to.question(id))
            change.removed << id;
    return change;
}

} // namespace readiness::review::QuestionnaireMove
