// new --from-previous and review: next year's assessment from this year's
// (issue 14 item 1, docs/lifecycle.md "Re-assessment").
#include "AnswerValue.h"
#include "AssessmentDocument.h"
#include "CarryOver.h"
#include "CliFormat.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "ReviewRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace readiness::review;

namespace readiness::cli {

int newFromPrevious(const QString &source, const QString &target, bool move, const QString &actor, Streams io)
{
    CarryOver::Options options;
    options.source = source;
    options.target = target;
    options.moveQuestionnaires = move;
    options.actor = actor;
    auto done = CarryOver::run(options);
    if (!done)
        return fail(io, done.error());
    const CarryOver::Summary &s = *done;
    io.out << translated(QT_TRANSLATE_NOOP("cli", "Created %1 from %2 (%3)")).arg(target, source, s.organisation)
           << '\n'
           << "  "
           << translated(QT_TRANSLATE_NOOP("cli",
                                           "%1 answer(s) carried over, %2 to review until confirmed or changed "
                                           "(gdpr-readiness review)"))
                  .arg(s.answers)
                  .arg(s.toReview)
           << '\n'
           << "  "
           << translated(QT_TRANSLATE_NOOP("cli", "%1 evidence file(s) copied (%2), each with its SHA-256"))
                  .arg(s.evidence)
                  .arg(formatByteSize(s.evidenceBytes))
           << '\n'
           << "  " << translated(QT_TRANSLATE_NOOP("cli", "%1 open action(s) carried over")).arg(s.actions) << '\n';
    if (!s.predecessor.signOff.isEmpty())
        io.out << "  " << translated(QT_TRANSLATE_NOOP("cli", "previous assessment: %1")).arg(s.predecessor.signOff)
               << '\n';
    for (const QuestionnaireChange &c : s.changes) {
        io.out << (c.moved ? translated(QT_TRANSLATE_NOOP("cli", "Questionnaire %1 moved from version %2 to %3:"))
                           : translated(QT_TRANSLATE_NOOP("cli",
                                                          "Questionnaire %1 %2 has a newer version %3 (not "
                                                          "moved; use --move-questionnaires):")))
                      .arg(c.questionnaireId, c.fromVersion, c.toVersion)
               << '\n';
        const auto list = [&](const char *label, const QStringList &ids) {
            io.out << "  " << translated(label) << ' ' << (ids.isEmpty() ? u"-"_s : ids.join(u", "_s)) << '\n';
        };
        list(QT_TRANSLATE_NOOP("cli", "added:"), c.added);
        list(QT_TRANSLATE_NOOP("cli", "removed:"), c.removed);
        list(QT_TRANSLATE_NOOP("cli", "reworded:"), c.reworded);
    }
    if (s.history > 0)
        io.out << translated(QT_TRANSLATE_NOOP("cli",
                                               "%1 answer(s) kept as history only: their question was removed or "
                                               "cannot take the old value (shown in the report's appendix)"))
                      .arg(s.history)
               << '\n';
    return Success;
}

int reviewCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"review"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "List the answers carried over from the previous assessment that still wait for review, or confirm "
                    "them as still right. Changing an answer (gdpr-readiness answer) also ends its review.")));
    cmd.addAssessmentFileArgument();
    QCommandLineOption confirm(
        u"confirm"_s,
        translated(QT_TRANSLATE_NOOP("cli", "Confirm this carried answer (question id); repeat for more.")),
        translated(QT_TRANSLATE_NOOP("cli", "QUESTION")));
    QCommandLineOption all(u"all"_s,
                           translated(QT_TRANSLATE_NOOP("cli", "Confirm every carried answer still to review.")));
    QCommandLineOption json(u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print the carried answers as JSON.")));
    const QCommandLineOption assessment = assessmentOption();
    const QCommandLineOption by = actorOption();
    cmd.parser.addOptions({confirm, all, json, assessment, by});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    const QString path = cmd.parser.positionalArguments().at(0);
    const bool writes = cmd.parser.isSet(confirm) || cmd.parser.isSet(all);
    auto doc = openAssessment(path, writes ? AssessmentFile::Mode::ReadWrite : AssessmentFile::Mode::ReadOnly,
                              cmd.parser, assessment, io);
    if (!doc)
        return fail(io, doc.error());
    AssessmentDocument &d = **doc;
    ReviewRepository review(d.repository());
    const qint64 id = d.assessment().id;
    if (writes) {
        if (Status s = refuseIfSignedOff(d); !s)
            return fail(io, s.error());
        if (cmd.parser.isSet(by))
            d.repository().setActor(cmd.parser.value(by));
        QList<std::pair<qint64, QString>> targets;
        for (const QString &spec : cmd.parser.values(confirm)) {
            auto ref = d.resolveQuestion(spec);
            if (!ref)
                return fail(io, u"%1: %2"_s.arg(path, ref.error().message));
            targets.append({ref->questionnaireRef, ref->question->id});
        }
        if (cmd.parser.isSet(all)) {
            auto carried = review.carried(id);
            if (!carried)
                return fail(io, carried.error());
            for (const CarriedAnswer &c : std::as_const(*carried))
                if (c.isToReview())
                    targets.append({c.questionnaireRef, c.questionId});
        }
        // One transaction: all named answers are confirmed, or none.
        Status s = d.repository().file().write([&]() -> Status {
            for (const auto &[ref, question] : std::as_const(targets))
                if (Status c = review.confirm(id, ref, question); !c)
                    return c;
            return success();
        });
        if (!s)
            return fail(io, u"%1: %2"_s.arg(path, s.error().message));
        auto left = review.toReviewCount(id);
        io.out << translated(QT_TRANSLATE_NOOP("cli", "Confirmed %1 carried answer(s); %2 still to review"))
                      .arg(targets.size())
                      .arg(left ? *left : 0)
               << '\n';
        return Success;
    }
    auto carried = review.carried(id);
    if (!carried)
        return fail(io, carried.error());
    if (cmd.parser.isSet(json)) {
        QJsonArray list;
        for (const CarriedAnswer &c : std::as_const(*carried)) {
            const auto *entry = d.questionnaire(c.questionnaireRef);
            list.append(QJsonObject {{u"questionnaire"_s, entry ? entry->questionnaire.id : QString()},
                                     {u"question"_s, c.questionId},
                                     {u"state"_s, carriedStateName(c.state)},
                                     {u"move"_s, carriedMoveName(c.move)},
                                     {u"fromVersion"_s, c.fromVersion},
                                     {u"value"_s, c.value},
                                     {u"note"_s, c.note},
                                     {u"answeredAt"_s, c.answeredAt.toUTC().toString(Qt::ISODate)},
                                     {u"resolvedAt"_s, c.resolvedAt.toUTC().toString(Qt::ISODate)},
                                     {u"resolvedBy"_s, c.resolvedBy}});
        }
        const auto p = review.predecessor();
        printJson(
            io,
            QJsonDocument(QJsonObject {
                {u"file"_s, path},
                {u"predecessor"_s, p ? QJsonObject {{u"file_id"_s, p->fileId}, {u"path"_s, p->path}} : QJsonValue()},
                {u"carried"_s, list}}));
        return Success;
    }
    int toReview = 0;
    for (const CarriedAnswer &c : std::as_const(*carried)) {
        if (!c.isToReview())
            continue;
        ++toReview;
        const auto *entry = d.questionnaire(c.questionnaireRef);
        const Question *q = entry ? entry->questionnaire.question(c.questionId) : nullptr;
        io.out << c.questionId << " = "
               << (q && !c.value.isEmpty() ? format::answer(*q, entry->questionnaire.scale, c.value) : c.value) << "  ("
               << format::date(c.answeredAt.date()) << ")\n";
    }
    io.out << translated(QT_TRANSLATE_NOOP("cli", "%1 of %2 carried answer(s) still to review"))
                  .arg(toReview)
                  .arg(std::count_if(carried->cbegin(), carried->cend(),
                                     [](const CarriedAnswer &c) { return c.state != CarriedState::History; }))
           << '\n';
    return Success;
}

} // namespace readiness::cli
