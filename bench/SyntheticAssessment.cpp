#include "SyntheticAssessment.h"

#include "Clock.h"
#include "QuestionnaireLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using readiness::AssessmentDocument;
using readiness::makeError;
using readiness::Result;
using readiness::Status;

namespace benchsupport {

namespace {

QJsonObject text(const QString &en, const QString &de)
{
    return QJsonObject {{u"en"_s, en}, {u"de"_s, de}};
}

// Question texts for Shape::realisticText, English and German: 85 to 205
// characters, about 130 on average, like the bundled questionnaires.
QJsonObject longText(int s, int q)
{
    switch (q % 4) {
    case 0:
        return text(
            u"Is control %1.%2 documented, implemented, owned and reviewed at least once a year?"_s.arg(s).arg(q),
            u"Ist Maßnahme %1.%2 dokumentiert, umgesetzt, verantwortet und mindestens jährlich überprüft?"_s.arg(s).arg(
                q));
    case 1:
        return text(
            u"Does the organisation keep a written procedure for control %1.%2 that names an owner and says how "
            "personal data is handled at each step?"_s.arg(s)
                .arg(q),
            u"Gibt es für Maßnahme %1.%2 ein schriftliches Verfahren, das eine verantwortliche Person benennt "
            "und festlegt, wie personenbezogene Daten in jedem Schritt behandelt werden?"_s.arg(s)
                .arg(q));
    case 2:
        return text(u"For control %1.%2, can you show records from the last twelve months that the procedure is "
                    "followed, that the staff who apply it were trained, and that exceptions were approved?"_s.arg(s)
                        .arg(q),
                    u"Können Sie für Maßnahme %1.%2 Nachweise der letzten zwölf Monate vorlegen, dass das Verfahren "
                    "angewandt wird, das Personal geschult wurde und Ausnahmen genehmigt wurden?"_s.arg(s)
                        .arg(q));
    default:
        return text(
            u"Has control %1.%2 been reviewed since the last change to the processing it covers?"_s.arg(s).arg(q),
            u"Wurde Maßnahme %1.%2 seit der letzten Änderung der betroffenen Verarbeitung überprüft?"_s.arg(s).arg(q));
    }
}

// Each question carries the fields the bundled questionnaires carry (two
// languages, guidance, references, evidence, remediation), about 1 KB of
// JSON, so parsing cost per question is representative.
QJsonObject question(int s, int q, bool realistic)
{
    const QString id = SyntheticAssessment::questionId(s, q);
    return QJsonObject {
        {u"id"_s, id},
        {u"text"_s,
         realistic
             ? longText(s, q)
             : text(
                 u"Is control %1.%2 documented, implemented, owned and reviewed at least once a year?"_s.arg(s).arg(q),
                 u"Ist Maßnahme %1.%2 dokumentiert, umgesetzt, verantwortet und mindestens jährlich überprüft?"_s.arg(s)
                     .arg(q))},
        {u"guidance"_s,
         text(u"Good looks like a written procedure with a named owner, records that show it is followed, and a "
              "review date in the last twelve months."_s,
              u"Gut ist ein schriftliches Verfahren mit benannter verantwortlicher Person, Nachweisen der "
              "Anwendung und einer Überprüfung in den letzten zwölf Monaten."_s)},
        {u"references"_s, QJsonArray {u"GDPR Art %1"_s.arg(5 + q % 40), u"Recital %1"_s.arg(39 + s)}},
        {u"type"_s, u"maturity"_s},
        {u"weight"_s, 1 + q % 3},
        {u"critical"_s, q % 25 == 0},
        {u"evidence"_s,
         QJsonObject {{u"expected"_s, true},
                      {u"hint"_s, text(u"Procedure and review record"_s, u"Verfahren und Prüfprotokoll"_s)}}},
        {u"remediation"_s,
         text(u"Write the procedure for control %1.%2, name an owner and schedule a yearly review."_s.arg(s).arg(q),
              u"Verfahren für Maßnahme %1.%2 schreiben, Verantwortliche benennen, jährliche Prüfung planen."_s.arg(s)
                  .arg(q))},
    };
}

// Notes for Shape::realisticText, 30 to 190 characters.
QString longNote(int n)
{
    switch (n % 3) {
    case 0:
        return u"Reviewed with the process owner."_s;
    case 1:
        return u"Procedure exists but the review date slipped; HR to confirm training records for new starters by "
               "the end of the quarter."_s;
    default:
        return u"Partly in place: the main system follows the procedure, the legacy mailing tool does not. "
               "Migration is planned; until then exports are checked by hand every month."_s;
    }
}

// Evidence file names for Shape::realisticText: what a DPO attaches.
QString evidenceName(int i, bool realistic)
{
    if (!realistic)
        return u"evidence-%1.bin"_s.arg(i, 3, 10, QChar(u'0'));
    static const char *const names[] = {"Records of processing activities",
                                        "Data retention schedule",
                                        "Privacy notice (website)",
                                        "DPIA customer analytics",
                                        "Processor agreement signed",
                                        "Staff training attendance",
                                        "Breach log extract",
                                        "Access review minutes"};
    static const char *const suffixes[] = {".pdf", ".xlsx", ".docx", ".png"};
    return u"%1 %2%3"_s.arg(QLatin1StringView(names[i % 8]))
        .arg(i, 3, 10, QChar(u'0'))
        .arg(QLatin1StringView(suffixes[i % 4]));
}

// Actions for Shape::actions: titles, owners, due dates from two months
// overdue to ten months ahead, mixed statuses, a note on every fourth.
readiness::ActionRecord action(int i, qint64 ref, const QString &questionId, QDate today)
{
    static const char *const owners[] = {"Priya Shah (DPO)", "Tom Becker", "IT Operations", "HR Manager", "Legal"};
    static const char *const titles[]
        = {"Write the procedure, name an owner and schedule a yearly review",
           "Collect training records for the team that applies this control",
           "Update the processor contract with the Article 28 terms",
           "Add the processing to the record of processing activities and check the retention period",
           "Review access rights"};
    readiness::ActionRecord a;
    a.questionnaireRef = ref;
    a.questionId = questionId;
    a.title = u"%1 (%2)"_s.arg(QLatin1StringView(titles[i % 5]), questionId);
    a.owner = QLatin1StringView(owners[(i * 3) % 5]);
    a.dueDate = today.addDays(7 * i - 60);
    a.status = i % 5 == 0 ? readiness::ActionStatus::Done
        : i % 3 == 0      ? readiness::ActionStatus::InProgress
                          : readiness::ActionStatus::Open;
    if (i % 4 == 0)
        a.notes = u"Waiting for the supplier's signed copy; chase at the next monthly review."_s;
    return a;
}

} // namespace

QString SyntheticAssessment::questionId(int section, int question)
{
    return u"s%1.q%2"_s.arg(section, 2, 10, QChar(u'0')).arg(question, 3, 10, QChar(u'0'));
}

QByteArray SyntheticAssessment::questionnaireJson(const Shape &shape)
{
    QJsonArray levels;
    const QStringList names {u"Not started"_s, u"Initial"_s, u"Developing"_s, u"Defined"_s, u"Embedded"_s};
    for (int v = 0; v < names.size(); ++v)
        levels.append(QJsonObject {{u"value"_s, v}, {u"label"_s, text(names.at(v), names.at(v))}});
    QJsonArray sections;
    for (int s = 1; s <= shape.sections; ++s) {
        QJsonArray questions;
        for (int q = 1; q <= shape.questionsPerSection; ++q)
            questions.append(question(s, q, shape.realisticText));
        sections.append(QJsonObject {
            {u"id"_s, u"s%1"_s.arg(s, 2, 10, QChar(u'0'))},
            {u"title"_s, text(u"Section %1"_s.arg(s), u"Abschnitt %1"_s.arg(s))},
            {u"references"_s, QJsonArray {u"GDPR Art %1"_s.arg(s + 4)}},
            {u"weight"_s, 1 + s % 2},
            {u"questions"_s, questions},
        });
    }
    const QJsonObject root {
        {u"format"_s, readiness::QuestionnaireLoader::kFormat},
        {u"id"_s, u"bench-synthetic"_s},
        {u"version"_s, u"1.0.0"_s},
        {u"title"_s, text(u"Synthetic benchmark questionnaire"_s, u"Synthetischer Benchmark-Fragebogen"_s)},
        {u"jurisdictions"_s, QJsonArray {u"EU"_s, u"UK"_s}},
        {u"scale"_s,
         QJsonObject {{u"levels"_s, levels}, {u"na_label"_s, text(u"Not applicable"_s, u"Nicht zutreffend"_s)}}},
        {u"rag"_s, QJsonObject {{u"red_below"_s, 50}, {u"amber_below"_s, 80}}},
        {u"sections"_s, sections},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<std::unique_ptr<AssessmentDocument>> SyntheticAssessment::createEmpty(const QString &dir, const QString &path,
                                                                             const Shape &shape)
{
    const QString jsonPath = dir
        + u"/bench-synthetic-%1x%2%3.json"_s.arg(shape.sections)
              .arg(shape.questionsPerSection)
              .arg(shape.realisticText ? u"-long"_s : QString());
    if (!QFile::exists(jsonPath)) {
        QFile out(jsonPath);
        const QByteArray json = questionnaireJson(shape);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
            return makeError(u"cannot write %1: %2"_s.arg(jsonPath, out.errorString()));
    }
    auto questionnaire = readiness::QuestionnaireLoader::loadFile(jsonPath);
    if (!questionnaire)
        return questionnaire.error();
    AssessmentDocument::NewAssessment spec;
    spec.organisation = {u"Benchmark Ltd"_s, u"Retail"_s, u"UK"_s, 48e6, u"GBP"_s, {}};
    spec.info.title = u"Benchmark assessment"_s;
    spec.questionnaires = {std::move(questionnaire).value()};
    return AssessmentDocument::create(path, spec);
}

Result<QString> SyntheticAssessment::build(const QString &dir, const Shape &shape)
{
    const QString path = dir + u"/large.gdpra"_s;
    auto created = createEmpty(dir, path, shape);
    if (!created)
        return created.error();
    AssessmentDocument &doc = **created;
    const qint64 ref = doc.questionnaires().constFirst().ref;

    // One outer transaction for the set-up: the nested writes become
    // savepoints, so 2,500 changes cost one fsync instead of 2,500.
    const auto note = [&](int sec, int q) {
        if (shape.realisticText)
            return q % 3 == 0 ? longNote(sec + q / 3) : QString();
        return q % 10 == 0 ? u"Reviewed with the process owner."_s : QString();
    };
    const int total = shape.sections * shape.questionsPerSection;
    const auto spread = [&](int n) { // the n-th question, wrapping
        n %= total;
        return questionId(1 + n / shape.questionsPerSection, 1 + n % shape.questionsPerSection);
    };
    Status s = doc.repository().file().write([&]() -> Status {
        for (int sec = 1; sec <= shape.sections; ++sec)
            for (int q = 1; q <= shape.questionsPerSection; ++q)
                if (Status a = doc.setAnswer(ref, questionId(sec, q), QString::number((sec + q) % 5), note(sec, q)); !a)
                    return a;
        QByteArray bytes(shape.evidenceBytes, Qt::Uninitialized);
        for (int i = 0; i < shape.evidenceFiles; ++i) {
            QRandomGenerator rng(quint32(i + 1));
            rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            const QString file = dir + u'/' + evidenceName(i, shape.realisticText);
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                return makeError(u"cannot write %1: %2"_s.arg(file, out.errorString()));
            out.close();
            auto e = doc.importEvidence(ref, spread(i * 7), file); // spread over the questionnaire
            if (!e)
                return e.error();
            QFile::remove(file);
        }
        const QDate today = readiness::Clock::current().today();
        // Through the repository: AssessmentDocument::addAction re-reads the
        // whole plan after each action (quadratic for 20,000 of them); the
        // bench opens the file afresh anyway.
        for (int i = 0; i < shape.actions; ++i)
            if (auto a = doc.repository().addAction(doc.assessment().id, action(i, ref, spread(i * 11 + 3), today)); !a)
                return a.error();
        return readiness::success();
    });
    if (!s)
        return s.error();
    return path;
}

Status writeRandomFile(const QString &path, qint64 bytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(u"cannot write %1: %2"_s.arg(path, out.errorString()));
    QRandomGenerator rng(20240525);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 done = 0; done < bytes;) {
        rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        const qint64 n = std::min<qint64>(chunk.size(), bytes - done);
        if (out.write(chunk.constData(), n) != n)
            return makeError(u"cannot write %1: %2"_s.arg(path, out.errorString()));
        done += n;
    }
    return readiness::success();
}

} // namespace benchsupport
