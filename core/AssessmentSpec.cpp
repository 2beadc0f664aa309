#include "AssessmentSpec.h"

#include "InputFile.h"
#include "JsonSource.h"
#include "QuestionnaireLibrary.h"
#include "QuestionnaireLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace readiness::AssessmentSpec {

namespace {
/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentSpec)
};

Error at(const JsonSource &source, const QString &path, const QString &message)
{
    return Error {Text::tr("the assessment description has a problem"), {source.diagnosticAt(path, message)}};
}
} // namespace

namespace {
Status fill(const QString &specPath, const QString &outputPath, QList<EvidenceRecord> *imported)
{
    auto bytes = InputFile::readAll(specPath, QuestionnaireLoader::kMaxFileBytes, Text::tr("assessment description"));
    if (!bytes)
        return bytes.error();
    const JsonSource source = JsonSource::parse(*bytes, specPath);
    if (source.hasErrors())
        return Error {Text::tr("%1 is not valid JSON").arg(specPath), source.diagnostics()};
    const QJsonObject root = source.root().toObject();
    const QDir base = QFileInfo(specPath).absoluteDir();

    AssessmentDocument::NewAssessment spec;
    const QJsonObject org = root.value(u"organisation"_s).toObject();
    spec.organisation.name = org.value(u"name"_s).toString();
    spec.organisation.sector = org.value(u"sector"_s).toString();
    spec.organisation.country = org.value(u"country"_s).toString();
    spec.organisation.land = org.value(u"land"_s).toString();
    if (org.contains(u"turnover"_s))
        spec.organisation.turnover = org.value(u"turnover"_s).toDouble();
    spec.organisation.currency = org.value(u"currency"_s).toString();
    const QJsonObject a = root.value(u"assessment"_s).toObject();
    spec.info.title = a.value(u"title"_s).toString();
    spec.info.assessor = a.value(u"assessor"_s).toString();
    spec.info.targetDate = QDate::fromString(a.value(u"target_date"_s).toString(), Qt::ISODate);
    spec.info.status = assessmentStatusFromName(a.value(u"status"_s).toString()).value_or(AssessmentStatus::InProgress);
    const QJsonArray qs = root.value(u"questionnaires"_s).toArray();
    for (qsizetype i = 0; i < qs.size(); ++i) {
        const QString ref = qs.at(i).toString();
        auto q = QuestionnaireLibrary::load(QFileInfo(base.filePath(ref)).isFile() ? base.filePath(ref) : ref);
        if (!q)
            return at(source, u"questionnaires[%1]"_s.arg(i), q.error().toString());
        spec.questionnaires.append(std::move(q).value());
    }

    auto doc = AssessmentDocument::create(outputPath, spec);
    if (!doc)
        return doc.error();
    AssessmentDocument &d = **doc;
    if (root.contains(u"assessor"_s))
        d.repository().setActor(root.value(u"assessor"_s).toString());
    else if (!spec.info.assessor.isEmpty())
        d.repository().setActor(spec.info.assessor);

    auto resolve = [&](const QString &path, const QString &question) -> Result<AssessmentDocument::QuestionRef> {
        auto r = d.resolveQuestion(question);
        if (!r)
            return at(source, path, r.error().message);
        return r;
    };
    const QJsonArray answers = root.value(u"answers"_s).toArray();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString p = u"answers[%1]"_s.arg(i);
        const QJsonObject o = answers.at(i).toObject();
        auto r = resolve(p + u".question"_s, o.value(u"question"_s).toString());
        if (!r)
            return r.error();
        if (Status s = d.setAnswer(r->questionnaireRef, r->question->id, o.value(u"value"_s).toString(),
                                   o.value(u"note"_s).toString());
            !s)
            return at(source, p + u".value"_s, s.error().message);
    }
    const QJsonArray evidence = root.value(u"evidence"_s).toArray();
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        const QString p = u"evidence[%1]"_s.arg(i);
        const QJsonObject o = evidence.at(i).toObject();
        auto r = resolve(p + u".question"_s, o.value(u"question"_s).toString());
        if (!r)
            return r.error();
        // A spec may come from someone else: it names files beside it, never
        // /etc/shadow or ../../.ssh/id_rsa (nor a symlink out of its folder).
        const QString file = o.value(u"file"_s).toString();
        const QString canonicalBase = base.canonicalPath();
        const QString canonical = QFileInfo(base.filePath(file)).canonicalFilePath();
        if (QDir::isAbsolutePath(file) || QDir::fromNativeSeparators(file).split(u'/').contains(u".."_s)
            || (!canonical.isEmpty() && !canonical.startsWith(canonicalBase + u'/')))
            return at(
                source, p + u".file"_s,
                Text::tr("'%1' is outside the spec's folder %2: evidence files must be named relative to it, without "
                         "'..'")
                    .arg(file, QDir::toNativeSeparators(canonicalBase)));
        auto e = d.importEvidence(r->questionnaireRef, r->question->id, base.filePath(file));
        if (!e)
            return at(source, p + u".file"_s, e.error().message);
        if (imported)
            imported->append(*e);
    }
    const QJsonArray actions = root.value(u"actions"_s).toArray();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QString p = u"actions[%1]"_s.arg(i);
        const QJsonObject o = actions.at(i).toObject();
        ActionRecord action;
        if (o.contains(u"question"_s)) {
            auto r = resolve(p + u".question"_s, o.value(u"question"_s).toString());
            if (!r)
                return r.error();
            action.questionnaireRef = r->questionnaireRef;
            action.questionId = r->question->id;
            action.title = r->question->remediation.text(u"en"_s);
        }
        if (o.contains(u"title"_s))
            action.title = o.value(u"title"_s).toString();
        action.owner = o.value(u"owner"_s).toString();
        action.dueDate = QDate::fromString(o.value(u"due"_s).toString(), Qt::ISODate);
        action.status = actionStatusFromName(o.value(u"status"_s).toString()).value_or(ActionStatus::Open);
        action.notes = o.value(u"notes"_s).toString();
        if (auto id = d.addAction(action); !id)
            return at(source, p, id.error().message);
    }
    const QJsonArray dates = root.value(u"key_dates"_s).toArray();
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QJsonObject o = dates.at(i).toObject();
        KeyDate kd {0, o.value(u"label"_s).toString(), QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate)};
        if (auto id = d.addKeyDate(kd); !id)
            return at(source, u"key_dates[%1]"_s.arg(i), id.error().message);
    }
    return success();
}
} // namespace

Status build(const QString &specPath, const QString &outputPath, QList<EvidenceRecord> *imported)
{
    if (QFileInfo::exists(outputPath))
        return makeError(
            Text::tr("%1 already exists; nothing was overwritten").arg(QDir::toNativeSeparators(outputPath)));
    // Build under a temporary name of our own (never one a user's file may
    // have, like OUT.partial): a failure half-way leaves nothing behind.
    const QFileInfo target(outputPath);
    const QString partial = target.absoluteDir().filePath(
        u".%1.%2.partial"_s.arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    QList<EvidenceRecord> stored;
    Status s = fill(specPath, partial, &stored);
    if (s && imported)
        *imported = stored;
    if (s && !QFile::rename(partial, outputPath))
        s = makeError(Text::tr("cannot move the new assessment to %1").arg(QDir::toNativeSeparators(outputPath)));
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
        QFile::remove(partial + suffix);
    return s;
}

} // namespace readiness::AssessmentSpec
