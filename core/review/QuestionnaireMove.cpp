#include "QuestionnaireMove.h"

#include "QuestionnaireLibrary.h"

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

/// Reworded: the text differs in a language both versions have. A language
/// added later (German texts came with gdpr-principles 2.1.0) is no rewording.
bool reworded(const Question &before, const Question &after)
{
    const QJsonValue a = before.text.toJson();
    const QJsonValue b = after.text.toJson();
    QStringList languages = {u"en"_s};
    if (a.isObject())
        languages += a.toObject().keys();
    for (const QString &language : std::as_const(languages))
        if (before.text.hasLanguage(language) && after.text.hasLanguage(language)
            && before.text.text(language) != after.text.text(language))
            return true;
    return false;
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
        else if (reworded(*before, *to.question(id)))
            change.reworded << id;
    }
    for (const QString &id : questionIds(from))
        if (!to.question(id))
            change.removed << id;
    return change;
}

} // namespace readiness::review::QuestionnaireMove
