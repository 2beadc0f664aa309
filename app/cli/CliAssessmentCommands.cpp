// new, answer, evidence, score: commands on an assessment file.
#include "AssessmentDocument.h"
#include "AssessmentName.h"
#include "AssessmentSpec.h"
#include "CliFormat.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "Jurisdiction.h"
#include "NativePath.h"
#include "QuestionnaireLibrary.h"
#include "Workshop.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace readiness::cli {

int newCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"new"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli", "Create a new assessment file. It is never written over an existing file.")));
    QCommandLineOption org(u"org"_s, translated(QT_TRANSLATE_NOOP("cli", "Organisation name.")), u"NAME"_s);
    QCommandLineOption questionnaire(
        u"questionnaire"_s,
        translated(QT_TRANSLATE_NOOP("cli", "Questionnaire to include, by id (%1) or file path; repeat for more."))
            .arg(QuestionnaireLibrary::bundledIds().join(u", "_s)),
        u"ID"_s);
    QCommandLineOption output({u"o"_s, u"output"_s}, translated(QT_TRANSLATE_NOOP("cli", "The new file (.gdpra).")),
                              translated(QT_TRANSLATE_NOOP("cli", "FILE")));
    QCommandLineOption title(u"title"_s, translated(QT_TRANSLATE_NOOP("cli", "Assessment title.")), u"TEXT"_s);
    QCommandLineOption assessor(u"assessor"_s, translated(QT_TRANSLATE_NOOP("cli", "Assessor name.")), u"NAME"_s);
    QCommandLineOption target(u"target-date"_s,
                              translated(QT_TRANSLATE_NOOP("cli", "Next audit or board date (YYYY-MM-DD).")),
                              translated(QT_TRANSLATE_NOOP("cli", "DATE")));
    QCommandLineOption sector(u"sector"_s, translated(QT_TRANSLATE_NOOP("cli", "Sector.")), u"TEXT"_s);
    QCommandLineOption country(u"country"_s, translated(QT_TRANSLATE_NOOP("cli", "Country.")), u"TEXT"_s);
    QCommandLineOption land(
        u"land"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "German Land (Bundesland) of an organisation in Germany, e.g. BY or Bayern: its "
                                     "public holidays count in working days.")),
        u"LAND"_s);
    QCommandLineOption turnover(u"turnover"_s, translated(QT_TRANSLATE_NOOP("cli", "Annual turnover.")),
                                translated(QT_TRANSLATE_NOOP("cli", "AMOUNT")));
    QCommandLineOption currency(u"currency"_s,
                                translated(QT_TRANSLATE_NOOP("cli", "Currency of the turnover: EUR or GBP.")),
                                translated(QT_TRANSLATE_NOOP("cli", "CURRENCY")));
    QCommandLineOption from(
        u"from"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "Build from an assessment description (JSON, see docs/assessment-spec.md) "
                                     "instead of the options above.")),
        translated(QT_TRANSLATE_NOOP("cli", "SPEC")));
    QCommandLineOption previous(
        u"from-previous"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "Start next review from a previous assessment file: organisation, answers, notes, "
                                     "evidence and open actions are carried over, every answer marked to review. The "
                                     "previous file is only read.")),
        translated(QT_TRANSLATE_NOOP("cli", "OLD")));
    QCommandLineOption move(
        u"move-questionnaires"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "With --from-previous: move to newer versions of the bundled questionnaires where "
                                     "there are any (answers move by question id).")));
    const QCommandLineOption by = actorOption();
    QCommandLineOption fromTemplate(
        u"template"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "Start from a template (a name from `gdpr-readiness templates`, or a .json "
                                     "file): its organisation profile and scope answers; --org, --title and "
                                     "--assessor override.")),
        u"NAME"_s);
    cmd.parser.addOptions({org, questionnaire, output, title, assessor, target, sector, country, land, turnover,
                           currency, from, previous, move, by, fromTemplate});
    if (int rc = cmd.parse(arguments, io, 0, 0); rc >= 0)
        return rc;
    if (!cmd.parser.isSet(output)) {
        io.err << "gdpr-readiness new: " << translated(QT_TRANSLATE_NOOP("cli", "-o FILE is required")) << '\n';
        return UsageError;
    }
    // As the program received it: a name that is not UTF-8 is refused
    // before anything is made, not created with U+FFFD in it.
    const QString path = NativePath::fromArgument(cmd.parser.value(output));
    if (Status s = AssessmentName::check(path); !s)
        return fail(io, s.error());
    if (cmd.parser.isSet(previous))
        return newFromPrevious(cmd.parser.value(previous), path, cmd.parser.isSet(move), cmd.parser.value(by), io);
    if (cmd.parser.isSet(from)) {
        QList<EvidenceRecord> imported;
        if (Status s = AssessmentSpec::build(cmd.parser.value(from), path, &imported); !s)
            return fail(io, s.error());
        io.out << translated(QT_TRANSLATE_NOOP("cli", "Created %1 from %2")).arg(path, cmd.parser.value(from)) << '\n';
        // Say which files went in: a spec from someone else names them.
        for (const EvidenceRecord &e : imported)
            io.out << "  "
                   << translated(QT_TRANSLATE_NOOP("cli", "evidence %1 (%2, sha256 %3) for %4"))
                          .arg(e.name, format::byteSize(e.size), e.sha256, e.questionId)
                   << '\n';
        return Success;
    }
    if (cmd.parser.isSet(fromTemplate))
        return newFromTemplate(cmd.parser.value(fromTemplate), path,
                               {cmd.parser.value(org), cmd.parser.value(title), cmd.parser.value(assessor)}, io);
    if (!cmd.parser.isSet(org) || !cmd.parser.isSet(questionnaire)) {
        io.err << "gdpr-readiness new: "
               << translated(QT_TRANSLATE_NOOP("cli", "--org NAME and --questionnaire ID are required")) << '\n';
        return UsageError;
    }
    AssessmentDocument::NewAssessment spec;
    spec.organisation.name = cmd.parser.value(org);
    spec.organisation.sector = cmd.parser.value(sector);
    spec.organisation.country = cmd.parser.value(country);
    spec.organisation.land = cmd.parser.value(land);
    spec.organisation.currency = cmd.parser.value(currency).toUpper();
    if (cmd.parser.isSet(turnover)) {
        bool ok = false;
        spec.organisation.turnover = cmd.parser.value(turnover).toDouble(&ok);
        if (!ok || *spec.organisation.turnover < 0 || spec.organisation.currency.isEmpty()) {
            io.err << "gdpr-readiness new: "
                   << translated(
                          QT_TRANSLATE_NOOP("cli", "--turnover needs a non-negative amount and --currency EUR|GBP"))
                   << '\n';
            return UsageError;
        }
    }
    if (!spec.organisation.currency.isEmpty() && spec.organisation.currency != "EUR"_L1
        && spec.organisation.currency != "GBP"_L1) {
        io.err << "gdpr-readiness new: " << translated(QT_TRANSLATE_NOOP("cli", "--currency must be EUR or GBP"))
               << '\n';
        return UsageError;
    }
    // The default title in the user's language ("DSGVO-Bereitschaftsbewertung").
    spec.info.title = cmd.parser.isSet(title) ? cmd.parser.value(title)
                                              : translated(QT_TRANSLATE_NOOP("cli", "GDPR readiness assessment"));
    spec.info.assessor = cmd.parser.value(assessor);
    if (cmd.parser.isSet(target)) {
        spec.info.targetDate = QDate::fromString(cmd.parser.value(target), Qt::ISODate);
        if (!spec.info.targetDate.isValid()) {
            io.err << "gdpr-readiness new: " << translated(QT_TRANSLATE_NOOP("cli", "--target-date must be YYYY-MM-DD"))
                   << '\n';
            return UsageError;
        }
    }
    for (const QString &id : cmd.parser.values(questionnaire)) {
        auto q = QuestionnaireLibrary::load(id);
        if (!q)
            return fail(io, q.error());
        spec.questionnaires.append(std::move(q).value());
    }
    auto doc = AssessmentDocument::create(path, spec);
    if (!doc)
        return fail(io, doc.error());
    int questions = 0;
    for (const auto &e : (*doc)->questionnaires())
        questions += e.questionnaire.questionCount();
    io.out << translated(QT_TRANSLATE_NOOP("cli", "Created %1 for %2: %3 questionnaire(s), %4 questions"))
                  .arg(path, spec.organisation.name)
                  .arg((*doc)->questionnaires().size())
                  .arg(questions)
           << '\n';
    return Success;
}

int answerCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"answer"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Record the answer to one question. VALUE depends on the question: a level of the "
                    "scale (0-4) or na; yes, no or na; an option id; option ids joined by commas; text; "
                    "a date YYYY-MM-DD. An empty VALUE clears the answer.")));
    cmd.addAssessmentFileArgument();
    cmd.parser.addPositionalArgument(
        translated(QT_TRANSLATE_NOOP("cli", "QUESTION")),
        translated(QT_TRANSLATE_NOOP("cli", "Question id, or questionnaire-id:question-id.")));
    cmd.parser.addPositionalArgument(translated(QT_TRANSLATE_NOOP("cli", "VALUE")),
                                     translated(QT_TRANSLATE_NOOP("cli", "The answer.")));
    QCommandLineOption note(u"note"_s,
                            translated(QT_TRANSLATE_NOOP("cli", "A note for the answer (replaces the previous note).")),
                            u"TEXT"_s);
    QCommandLineOption givenBy(u"given-by"_s,
                               translated(QT_TRANSLATE_NOOP("cli",
                                                            "Who gave the answer: a participant of the running "
                                                            "workshop session (see: workshop participants).")),
                               u"NAME"_s);
    const QCommandLineOption assessment = assessmentOption();
    const QCommandLineOption by = actorOption();
    cmd.parser.addOptions({note, givenBy, assessment, by});
    if (int rc = cmd.parse(arguments, io, 3, 3); rc >= 0)
        return rc;
    const QStringList pos = cmd.parser.positionalArguments();
    auto doc = openAssessment(pos.at(0), AssessmentFile::Mode::ReadWrite, cmd.parser, assessment, io);
    if (!doc)
        return fail(io, doc.error());
    AssessmentDocument &d = **doc;
    if (Status s = refuseIfSignedOff(d); !s)
        return fail(io, s.error());
    if (cmd.parser.isSet(by))
        d.repository().setActor(cmd.parser.value(by));
    auto ref = d.resolveQuestion(pos.at(1));
    if (!ref)
        return fail(io, u"%1: %2"_s.arg(pos.at(0), ref.error().message));
    const QString noteText
        = cmd.parser.isSet(note) ? cmd.parser.value(note) : d.answer(ref->questionnaireRef, ref->question->id).note;
    // With --given-by the answer and who gave it are one transaction.
    std::optional<workshop::Participant> giver;
    Status written = success();
    if (cmd.parser.isSet(givenBy)) {
        auto given = workshop::Workshop(d).answer(ref->questionnaireRef, ref->question->id, pos.at(2), noteText,
                                                  cmd.parser.value(givenBy));
        if (given)
            giver = *given;
        else
            written = given.error();
    } else {
        written = d.setAnswer(ref->questionnaireRef, ref->question->id, pos.at(2), noteText);
    }
    if (!written)
        return fail(io,
                    written.error().message.contains(pos.at(0))
                        ? written.error()
                        : makeError(u"%1: %2"_s.arg(pos.at(0), written.error().message)));
    const AnswerRecord a = d.answer(ref->questionnaireRef, ref->question->id);
    io.out << ref->question->id << " = "
           << (a.value.isEmpty() ? translated(QT_TRANSLATE_NOOP("cli", "(cleared)"))
                                 : format::answer(*ref->question, ref->questionnaire->scale, a.value));
    if (giver) // their name as recorded, "Anna Schmidt (Head of HR)"
        io.out << "  " << translated(QT_TRANSLATE_NOOP("cli", "(given by %1)")).arg(giver->label());
    io.out << '\n';
    if (d.outsideJurisdiction(*ref->question))
        io.err << translated(QT_TRANSLATE_NOOP("cli",
                                               "note: %1 does not apply to an organisation in %2 (it is for "
                                               "%3 only); it is stored but not scored"))
                      .arg(ref->question->id, Jurisdiction::displayName(d.organisation().country, outputLanguage()),
                           ref->question->jurisdictions.join(u", "_s))
               << '\n';
    else if (!d.applies(ref->questionnaireRef, *ref->question))
        io.err << translated(
                      QT_TRANSLATE_NOOP(
                          "cli",
                          "note: %1 does not apply with the current scoping answers; it is stored but not scored"))
                      .arg(ref->question->id)
               << '\n';
    return Success;
}

int evidenceCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"evidence"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Add evidence to a question: evidence add FILE QUESTION PATH... The files' bytes are "
                    "stored inside the assessment file with their SHA-256.")));
    cmd.parser.addPositionalArgument(u"add"_s, translated(QT_TRANSLATE_NOOP("cli", "The action (add).")));
    cmd.addAssessmentFileArgument();
    cmd.parser.addPositionalArgument(
        translated(QT_TRANSLATE_NOOP("cli", "QUESTION")),
        translated(QT_TRANSLATE_NOOP("cli", "Question id, or questionnaire-id:question-id.")));
    cmd.parser.addPositionalArgument(translated(QT_TRANSLATE_NOOP("cli", "PATH")),
                                     translated(QT_TRANSLATE_NOOP("cli", "Evidence files.")),
                                     translated(QT_TRANSLATE_NOOP("cli", "PATH...")));
    QCommandLineOption limit(u"max-size"_s,
                             translated(QT_TRANSLATE_NOOP("cli", "Size limit per file in MiB (default 100).")),
                             u"MIB"_s, u"100"_s);
    const QCommandLineOption assessment = assessmentOption();
    const QCommandLineOption by = actorOption();
    cmd.parser.addOptions({limit, assessment, by});
    if (int rc = cmd.parse(arguments, io, 4, -1); rc >= 0)
        return rc;
    const QStringList pos = cmd.parser.positionalArguments();
    if (pos.at(0) != "add"_L1) {
        io.err << "gdpr-readiness evidence: "
               << translated(QT_TRANSLATE_NOOP("cli", "unknown action '%1' (expected: add)")).arg(pos.at(0)) << '\n';
        return UsageError;
    }
    bool ok = false;
    const qint64 mib = cmd.parser.value(limit).toLongLong(&ok);
    // Bytes must fit in 64 bits: 9223372036854775807 MiB overflowed.
    constexpr qint64 kMaxMib = std::numeric_limits<qint64>::max() / (1024 * 1024);
    if (!ok || mib <= 0 || mib > kMaxMib) {
        io.err << "gdpr-readiness evidence: "
               << translated(QT_TRANSLATE_NOOP("cli", "--max-size must be a positive number of MiB, at most %1"))
                      .arg(kMaxMib)
               << '\n';
        return UsageError;
    }
    auto doc = openAssessment(pos.at(1), AssessmentFile::Mode::ReadWrite, cmd.parser, assessment, io);
    if (!doc)
        return fail(io, doc.error());
    AssessmentDocument &d = **doc;
    if (Status s = refuseIfSignedOff(d); !s)
        return fail(io, s.error());
    if (cmd.parser.isSet(by))
        d.repository().setActor(cmd.parser.value(by));
    d.evidenceStore().setSizeLimit(mib * 1024 * 1024);
    auto ref = d.resolveQuestion(pos.at(2));
    if (!ref)
        return fail(io, u"%1: %2"_s.arg(pos.at(1), ref.error().message));
    int failures = 0;
    for (const QString &argument : pos.mid(3)) {
        // The file's own bytes, also when its name is not UTF-8.
        const QString path = NativePath::fromArgument(argument);
        auto e = d.importEvidence(ref->questionnaireRef, ref->question->id, path);
        if (!e) {
            ++failures;
            io.err << "gdpr-readiness: " << e.error().toString() << '\n';
            continue;
        }
        io.out << translated(QT_TRANSLATE_NOOP("cli", "Added %1 (%2, sha256 %3) to %4"))
                      .arg(e->name, format::byteSize(e->size), e->sha256, ref->question->id)
               << '\n';
    }
    return failures ? DataError : Success;
}

int scoreCommand(const QStringList &arguments, Streams io)
{
    Command cmd(
        u"score"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "Readiness per section and overall with RAG rating, coverage and critical gaps. "
                                     "The method is in docs/scoring.md.")));
    cmd.addAssessmentFileArgument();
    QCommandLineOption json(u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print JSON.")));
    const QCommandLineOption assessment = assessmentOption();
    cmd.parser.addOptions({json, assessment});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    auto doc = openAssessment(cmd.parser.positionalArguments().at(0), AssessmentFile::Mode::ReadOnly, cmd.parser,
                              assessment, io);
    if (!doc)
        return fail(io, doc.error());
    const AssessmentDocument &d = **doc;
    const ReadinessScore score = d.score();
    auto optional = [](std::optional<double> v) { return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue(); };
    if (cmd.parser.isSet(json)) {
        QJsonArray questionnaires;
        for (const QuestionnaireScore &qs : score.questionnaires) {
            QJsonArray sections;
            for (const SectionScore &s : qs.sections) {
                if (s.scoped)
                    continue;
                sections.append(QJsonObject {{u"id"_s, s.sectionId},
                                             {u"title"_s, s.title.text(u"en"_s)},
                                             {u"percent"_s, optional(s.percent)},
                                             {u"rag"_s, ragName(s.rag)},
                                             {u"capped_by_critical"_s, s.cappedByCritical},
                                             {u"applicable"_s, s.applicable},
                                             {u"answered"_s, s.answered},
                                             {u"not_applicable"_s, s.notApplicable},
                                             {u"critical_gaps"_s, s.criticalGaps}});
            }
            questionnaires.append(QJsonObject {{u"id"_s, qs.questionnaireId},
                                               {u"version"_s, qs.version},
                                               {u"percent"_s, optional(qs.percent)},
                                               {u"rag"_s, ragName(qs.rag)},
                                               {u"applicable"_s, qs.applicable},
                                               {u"answered"_s, qs.answered},
                                               {u"critical_gaps"_s, qs.criticalGaps},
                                               {u"sections"_s, sections}});
        }
        printJson(io,
                  QJsonDocument(QJsonObject {{u"organisation"_s, d.organisation().name},
                                             {u"assessment"_s, d.assessment().title},
                                             {u"percent"_s, optional(score.percent)},
                                             {u"rag"_s, ragName(score.rag)},
                                             {u"coverage"_s, std::round(score.coverage() * 1000) / 10},
                                             {u"applicable"_s, score.applicable},
                                             {u"answered"_s, score.answered},
                                             {u"critical_gaps"_s, score.criticalGaps},
                                             {u"questionnaires"_s, questionnaires}}));
        return Success;
    }
    // Fixed columns: long titles are shortened, and a section with nothing
    // to score shows no rating.
    auto title = [](const QString &t) { return t.size() > 50 ? t.left(49) + u"…"_s : t; };
    io.out << d.organisation().name << " - " << d.assessment().title << '\n'
           << translated(QT_TRANSLATE_NOOP("cli",
                                           "Overall readiness: %1  %2   coverage %3 (%4 of %5 answered)   "
                                           "critical gaps: %6"))
                  .arg(format::percent(score.percent), format::rag(score.rag),
                       format::wholePercent(score.coverage() * 100), format::number(score.answered),
                       format::number(score.applicable), format::number(score.criticalGaps))
           << "\n";
    for (const QuestionnaireScore &qs : score.questionnaires) {
        io.out << '\n'
               << title(format::text(qs.title) + u" "_s + qs.version).leftJustified(52)
               << format::percent(qs.percent).rightJustified(8) << "  " << format::rag(qs.rag) << '\n';
        for (const SectionScore &s : qs.sections) {
            if (s.scoped)
                continue;
            io.out << "  " << title(format::text(s.title)).leftJustified(50)
                   << format::percent(s.percent).rightJustified(8) << "  " << format::rag(s.rag).leftJustified(6)
                   << "  " << s.answered << '/' << s.applicable
                   << (s.criticalGaps
                           ? u"  "_s + translated(QT_TRANSLATE_NOOP("cli", "critical gaps: %1")).arg(s.criticalGaps)
                           : QString())
                   << '\n';
        }
    }
    return Success;
}

} // namespace readiness::cli
