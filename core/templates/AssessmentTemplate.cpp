#include "AssessmentTemplate.h"

#include "AnswerValue.h"
#include "Clock.h"
#include "JsonSource.h"
#include "QuestionnaireLibrary.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentTemplate)
};

/// Collects problems with their positions; the first one per value.
class Checker
{
public:
    Checker(const JsonSource &source)
        : m_source(source)
    { }
    void problem(const QString &path, const QString &message)
    {
        m_diagnostics.append(m_source.diagnosticAt(path, message));
    }
    QString text(const QJsonObject &o, const QString &path, const QString &key, bool required, qsizetype limit)
    {
        const QString at = path.isEmpty() ? key : path + u'.' + key;
        if (!o.contains(key)) {
            if (required)
                problem(path, Text::tr("'%1' is missing").arg(key));
            return {};
        }
        if (!o.value(key).isString()) {
            problem(at, Text::tr("must be text"));
            return {};
        }
        const QString value = o.value(key).toString();
        if (required && value.trimmed().isEmpty())
            problem(at, Text::tr("must not be empty"));
        if (Status s = TextLimits::check(key, value, limit); !s)
            problem(at, s.error().message);
        return value;
    }
    void onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                problem(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                        Text::tr("unknown key '%1'; allowed: %2").arg(it.key(), allowed.join(u", "_s)));
    }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

private:
    const JsonSource &m_source;
    QList<Diagnostic> m_diagnostics;
};

const Section *sectionOf(const Questionnaire &q, const QString &questionId)
{
    const int index = q.sectionIndexOf(questionId);
    return index < 0 ? nullptr : &q.sections.at(index);
}

} // namespace

Result<AssessmentTemplate> AssessmentTemplate::fromDocument(const AssessmentDocument &document, const QString &name)
{
    AssessmentTemplate t;
    t.name = name.trimmed();
    if (t.name.isEmpty())
        return makeError(Text::tr("a template needs a name"));
    if (Status s = TextLimits::check(Text::tr("the template's name"), t.name, TextLimits::kName); !s)
        return s.error();
    t.savedAt = Clock::current().now().toUTC();
    t.organisation = document.organisation();
    const QStringList bundled = QuestionnaireLibrary::bundledIds();
    for (const AssessmentDocument::QuestionnaireEntry &entry : document.questionnaires()) {
        // A template names questionnaires, never files: only bundled ones travel.
        if (!bundled.contains(entry.questionnaire.id))
            return makeError(
                Text::tr("questionnaire '%1' is not one of the bundled questionnaires (%2); a template can only "
                         "name bundled ones")
                    .arg(entry.questionnaire.id, bundled.join(u", "_s)));
        t.questionnaires << entry.questionnaire.id;
        for (const Section &section : entry.questionnaire.sections) {
            if (!section.scoped)
                continue;
            for (const Question &question : section.questions) {
                const AnswerRecord record = document.answer(entry.ref, question.id);
                if (!record.isEmpty())
                    t.answers.append({entry.questionnaire.id, question.id, record.value, record.note});
            }
        }
    }
    return t;
}

Result<AssessmentTemplate> AssessmentTemplate::parse(const QByteArray &bytes, const QString &fileName)
{
    const JsonSource source = JsonSource::parse(bytes, fileName);
    if (source.hasErrors())
        return Error {Text::tr("%1 is not valid JSON").arg(fileName), source.diagnostics()};
    Checker check(source);
    AssessmentTemplate t;
    if (!source.root().isObject()) {
        check.problem({}, Text::tr("a template is a JSON object"));
        return Error {Text::tr("%1 is not a template").arg(fileName), check.diagnostics()};
    }
    const QJsonObject root = source.root().toObject();
    check.onlyKeys(
        root, {},
        {u"format"_s, u"version"_s, u"name"_s, u"saved_at"_s, u"organisation"_s, u"questionnaires"_s, u"answers"_s});
    if (root.value(u"format"_s).toString() != QLatin1StringView(kFormat))
        check.problem(root.contains(u"format"_s) ? u"format"_s : QString(),
                      Text::tr("'format' must be \"%1\"").arg(QLatin1StringView(kFormat)));
    if (root.value(u"version"_s).toInt(-1) != kVersion)
        check.problem(root.contains(u"version"_s) ? u"version"_s : QString(),
                      Text::tr("'version' must be %1 (a newer program may have written this template)").arg(kVersion));
    t.name = check.text(root, {}, u"name"_s, true, TextLimits::kName).trimmed();
    if (root.contains(u"saved_at"_s))
        t.savedAt = QDateTime::fromString(check.text(root, {}, u"saved_at"_s, false, 64), Qt::ISODate);

    const QJsonValue orgValue = root.value(u"organisation"_s);
    if (!orgValue.isObject()) {
        check.problem(root.contains(u"organisation"_s) ? u"organisation"_s : QString(),
                      Text::tr("'organisation' must be an object with at least a name"));
    } else {
        const QJsonObject org = orgValue.toObject();
        const QString at = u"organisation"_s;
        check.onlyKeys(org, at, {u"name"_s, u"sector"_s, u"country"_s, u"land"_s, u"turnover"_s, u"currency"_s});
        t.organisation.name = check.text(org, at, u"name"_s, true, TextLimits::kName);
        t.organisation.sector = check.text(org, at, u"sector"_s, false, TextLimits::kName);
        t.organisation.country = check.text(org, at, u"country"_s, false, TextLimits::kName);
        t.organisation.land = check.text(org, at, u"land"_s, false, TextLimits::kName);
        t.organisation.currency = check.text(org, at, u"currency"_s, false, 3);
        if (!t.organisation.currency.isEmpty() && t.organisation.currency != "EUR"_L1
            && t.organisation.currency != "GBP"_L1)
            check.problem(u"organisation.currency"_s, Text::tr("must be EUR or GBP"));
        if (org.contains(u"turnover"_s)) {
            if (!org.value(u"turnover"_s).isDouble() || org.value(u"turnover"_s).toDouble() < 0)
                check.problem(u"organisation.turnover"_s, Text::tr("must be a number of at least 0"));
            else
                t.organisation.turnover = org.value(u"turnover"_s).toDouble();
        }
    }

    QHash<QString, Questionnaire> loaded;
    const QStringList bundled = QuestionnaireLibrary::bundledIds();
    const QJsonValue qsValue = root.value(u"questionnaires"_s);
    if (!qsValue.isArray() || qsValue.toArray().isEmpty())
        check.problem(root.contains(u"questionnaires"_s) ? u"questionnaires"_s : QString(),
                      Text::tr("'questionnaires' must list at least one bundled questionnaire id (%1)")
                          .arg(bundled.join(u", "_s)));
    const QJsonArray qs = qsValue.toArray();
    for (qsizetype i = 0; i < qs.size(); ++i) {
        const QString at = u"questionnaires[%1]"_s.arg(i);
        const QString id = qs.at(i).toString();
        if (!qs.at(i).isString() || !bundled.contains(id)) {
            check.problem(at,
                          Text::tr("must be the id of a bundled questionnaire (%1); a template names no files")
                              .arg(bundled.join(u", "_s)));
            continue;
        }
        auto q = QuestionnaireLibrary::load(id);
        if (!q) {
            check.problem(at, q.error().message);
            continue;
        }
        t.questionnaires << id;
        loaded.insert(id, std::move(q).value());
    }

    const QJsonArray answers = root.value(u"answers"_s).toArray();
    if (root.contains(u"answers"_s) && !root.value(u"answers"_s).isArray())
        check.problem(u"answers"_s, Text::tr("'answers' must be a list"));
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString at = u"answers[%1]"_s.arg(i);
        if (!answers.at(i).isObject()) {
            check.problem(at, Text::tr("must be an object with 'question' and 'value'"));
            continue;
        }
        const QJsonObject o = answers.at(i).toObject();
        check.onlyKeys(o, at, {u"question"_s, u"value"_s, u"note"_s});
        const QString spec = check.text(o, at, u"question"_s, true, TextLimits::kName);
        ScopeAnswer answer;
        answer.note = check.text(o, at, u"note"_s, false, TextLimits::kNote);
        const QString value = check.text(o, at, u"value"_s, true, TextLimits::kAnswer);
        const qsizetype colon = spec.indexOf(u':');
        answer.questionnaireId = spec.left(colon);
        answer.questionId = spec.mid(colon + 1);
        if (spec.isEmpty())
            continue;
        if (colon <= 0 || !loaded.contains(answer.questionnaireId)) {
            check.problem(
                at + u".question"_s,
                Text::tr("'%1' must be QUESTIONNAIRE:QUESTION with a questionnaire the template lists").arg(spec));
            continue;
        }
        const Questionnaire &q = loaded[answer.questionnaireId];
        const Question *question = q.question(answer.questionId);
        const Section *section = sectionOf(q, answer.questionId);
        if (!question || !section) {
            check.problem(
                at + u".question"_s,
                Text::tr("questionnaire '%1' has no question '%2'").arg(answer.questionnaireId, answer.questionId));
            continue;
        }
        if (!section->scoped) {
            check.problem(
                at + u".question"_s,
                Text::tr("'%1' is not a scoping question: a template carries the scope, never another client's "
                         "answers")
                    .arg(spec));
            continue;
        }
        auto normalised = AnswerValue::normalise(*question, q.scale, value);
        if (!normalised) {
            check.problem(at + u".value"_s, normalised.error().message);
            continue;
        }
        answer.value = *normalised;
        t.answers.append(answer);
    }
    if (!check.diagnostics().isEmpty())
        return Error {Text::tr("%1 is not a valid template").arg(fileName), check.diagnostics()};
    return t;
}

QJsonObject AssessmentTemplate::toJson() const
{
    QJsonObject org {{u"name"_s, organisation.name}};
    if (!organisation.sector.isEmpty())
        org.insert(u"sector"_s, organisation.sector);
    if (!organisation.country.isEmpty())
        org.insert(u"country"_s, organisation.country);
    if (!organisation.land.isEmpty())
        org.insert(u"land"_s, organisation.land);
    if (organisation.turnover)
        org.insert(u"turnover"_s, *organisation.turnover);
    if (!organisation.currency.isEmpty())
        org.insert(u"currency"_s, organisation.currency);
    QJsonArray answerList;
    for (const ScopeAnswer &a : answers) {
        QJsonObject o {{u"question"_s, QString(a.questionnaireId + u':' + a.questionId)}, {u"value"_s, a.value}};
        if (!a.note.isEmpty())
            o.insert(u"note"_s, a.note);
        answerList.append(o);
    }
    return QJsonObject {
        {u"format"_s, QLatin1StringView(kFormat)},
        {u"version"_s, kVersion},
        {u"name"_s, name},
        {u"saved_at"_s, savedAt.toUTC().toString(Qt::ISODate)},
        {u"organisation"_s, org},
        {u"questionnaires"_s, QJsonArray::fromStringList(questionnaires)},
        {u"answers"_s, answerList},
    };
}

Result<std::unique_ptr<AssessmentDocument>> AssessmentTemplate::create(const QString &path,
                                                                       const Overrides &overrides) const
{
    AssessmentDocument::NewAssessment spec;
    spec.organisation = organisation;
    if (!overrides.organisationName.trimmed().isEmpty())
        spec.organisation.name = overrides.organisationName.trimmed();
    spec.info.title = overrides.title.isEmpty() ? u"GDPR readiness assessment"_s : overrides.title;
    spec.info.assessor = overrides.assessor;
    for (const QString &id : questionnaires) {
        auto q = QuestionnaireLibrary::load(id);
        if (!q)
            return q.error();
        spec.questionnaires.append(std::move(q).value());
    }
    auto doc = AssessmentDocument::create(path, spec);
    if (!doc)
        return doc.error();
    for (const ScopeAnswer &a : answers) {
        auto question = (*doc)->resolveQuestion(a.questionnaireId + u':' + a.questionId);
        Status s = question ? (*doc)->setAnswer(question->questionnaireRef, a.questionId, a.value, a.note)
                            : Status(question.error());
        if (!s) {
            // Ours alone so far: nothing half-made is left behind.
            doc->reset();
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
                QFile::remove(path + suffix);
            return Error {Text::tr("%1 was not created: %2").arg(path, s.error().message), {}};
        }
    }
    return doc;
}

} // namespace readiness
