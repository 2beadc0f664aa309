#include "SyntheticAssessment.h"

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

// Each question carries the fields the bundled questionnaires carry (two
// languages, guidance, references, evidence, remediation), about 1 KB of
// JSON, so parsing cost per question is representative.
QJsonObject question(int s, int q)
{
    const QString id = SyntheticAssessment::questionId(s, q);
    return QJsonObject {
        {u"id"_s, id},
        {u"text"_s,
         text(u"Is control %1.%2 documented, implemented, owned and reviewed at least once a year?"_s.arg(s).arg(q),
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
            questions.append(question(s, q));
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
    const QString jsonPath = dir + u"/bench-synthetic-%1x%2.json"_s.arg(shape.sections).arg(shape.questionsPerSection);
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
    spec.organisation = {u"Benchmark Ltd"_s, u"Retail"_s, u"UK"_s, 48e6, u"GBP"_s};
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
    Status s = doc.repository().file().write([&]() -> Status {
        for (int sec = 1; sec <= shape.sections; ++sec)
            for (int q = 1; q <= shape.questionsPerSection; ++q)
                if (Status a = doc.setAnswer(ref, questionId(sec, q), QString::number((sec + q) % 5),
                                             q % 10 == 0 ? u"Reviewed with the process owner."_s : QString());
                    !a)
                    return a;
        QByteArray bytes(shape.evidenceBytes, Qt::Uninitialized);
        for (int i = 0; i < shape.evidenceFiles; ++i) {
            QRandomGenerator rng(quint32(i + 1));
            rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            const QString file = dir + u"/evidence-%1.bin"_s.arg(i, 3, 10, QChar(u'0'));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                return makeError(u"cannot write %1: %2"_s.arg(file, out.errorString()));
            out.close();
            const int total = shape.sections * shape.questionsPerSection;
            const int n = (i * 7) % total; // spread over the questionnaire
            auto e = doc.importEvidence(
                ref, questionId(1 + n / shape.questionsPerSection, 1 + n % shape.questionsPerSection), file);
            if (!e)
                return e.error();
            QFile::remove(file);
        }
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
