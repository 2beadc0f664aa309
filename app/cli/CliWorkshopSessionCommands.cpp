// workshop ACTION FILE ...: a workshop session on the command line (issue 15
// item 4), headless. The logic is core/workshop (Workshop, the repository,
// WorkshopSummary), shared with the window; here are the arguments, the
// output and the exit codes. The summary PDF is workshop-summary.
#include "AssessmentDocument.h"
#include "CliFormat.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "Workshop.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace readiness::workshop;

namespace readiness::cli {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString shortTime(const QDateTime &t)
{
    return format::date(t.toUTC().date()) + t.toUTC().toString(u" HH:mm 'UTC'"_s);
}

QString titleOf(const WorkshopSessionRecord &s)
{
    return s.title.isEmpty() ? translated(QT_TRANSLATE_NOOP("cli", "(untitled)")) : s.title;
}

QJsonArray peopleJson(const QList<Participant> &people)
{
    QJsonArray list;
    for (const Participant &p : people)
        list.append(QJsonObject {{u"name"_s, p.name}, {u"role"_s, p.role}});
    return list;
}

/// The options every action has, and the run of one: parse, open the file,
/// do the action on its workshop. A listing opens the file read-only; a
/// change opens it for writing (locked) and is refused while the assessment
/// is signed off. An error ends the command with exit 1, naming the file.
struct Action
{
    using Body = std::function<Status(AssessmentDocument &, Workshop &)>;

    Command cmd;
    bool writes;
    QCommandLineOption assessment = assessmentOption();
    QCommandLineOption by = actorOption();
    QCommandLineOption json {u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print JSON."))};

    Action(const QString &name, const char *description, bool changes, bool hasJson)
        : cmd(u"workshop "_s + name, translated(description))
        , writes(changes)
    {
        cmd.addAssessmentFileArgument();
        cmd.parser.addOption(assessment);
        if (writes)
            cmd.parser.addOption(by);
        if (hasJson)
            cmd.parser.addOption(json);
    }
    QString path() const { return cmd.parser.positionalArguments().at(0); }
    QString argument(int i) const { return cmd.parser.positionalArguments().value(i); }
    bool isSet(const QCommandLineOption &option) const { return cmd.parser.isSet(option); }

    int run(const QStringList &arguments, Streams io, int positional, const Body &body)
    {
        if (int rc = cmd.parse(arguments, io, positional, positional); rc >= 0)
            return rc;
        return run(io, body);
    }
    int run(Streams io, const Body &body)
    {
        Status s = open(io, body);
        if (s)
            return Success;
        const Error &e = s.error();
        return fail(io, e.message.contains(path()) ? e : makeError(u"%1: %2"_s.arg(path(), e.message)));
    }

private:
    Status open(Streams io, const Body &body)
    {
        auto doc = openAssessment(path(), writes ? AssessmentFile::Mode::ReadWrite : AssessmentFile::Mode::ReadOnly,
                                  cmd.parser, assessment, io);
        if (!doc)
            return doc.error();
        if (writes) {
            if (Status s = refuseIfSignedOff(**doc); !s)
                return s;
            if (cmd.parser.isSet(by))
                (*doc)->repository().setActor(cmd.parser.value(by));
        }
        Workshop workshop(**doc);
        return body(**doc, workshop);
    }
};

/// @p r's error as a Status, or success.
template<typename T> Status statusOf(const Result<T> &r)
{
    return r ? success() : Status(r.error());
}

int startAction(const QStringList &arguments, Streams io)
{
    Action a(u"start"_s,
             QT_TRANSLATE_NOOP("cli",
                               "Start a workshop session: who is in the room, and from then on who gives each answer "
                               "(answer --given-by), the parking lot and the summary. One session runs at a time."),
             true, false);
    QCommandLineOption title(u"title"_s, translated(QT_TRANSLATE_NOOP("cli", "The session's title.")), u"TEXT"_s);
    QCommandLineOption participant(
        u"participant"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "A participant, \"Name, Role\" (the role follows the first comma); "
                                     "repeat for more.")),
        u"NAME, ROLE"_s);
    a.cmd.parser.addOptions({title, participant});
    return a.run(arguments, io, 1, [&](AssessmentDocument &, Workshop &workshop) -> Status {
        QList<Participant> people;
        for (const QString &line : a.cmd.parser.values(participant))
            people.append(Participant::fromLine(line));
        auto started = workshop.start(a.cmd.parser.value(title), people);
        if (started)
            io.out << translated(QT_TRANSLATE_NOOP("cli",
                                                   "Started workshop session %1 \"%2\" in %3 at %4 with %5 "
                                                   "participant(s)"))
                          .arg(QString::number(started->id), titleOf(*started), a.path(), shortTime(started->startedAt),
                               QString::number(people.size()))
                   << '\n';
        return statusOf(started);
    });
}

int endAction(const QStringList &arguments, Streams io)
{
    Action a(u"end"_s,
             QT_TRANSLATE_NOOP("cli",
                               "End the running workshop session. Its participants and parked questions stay "
                               "in the file; write its summary with workshop-summary."),
             true, false);
    return a.run(arguments, io, 1, [&](AssessmentDocument &, Workshop &workshop) -> Status {
        auto ended = workshop.end();
        if (ended)
            io.out << translated(QT_TRANSLATE_NOOP("cli", "Ended workshop session %1 \"%2\" (%3 - %4)"))
                          .arg(QString::number(ended->id), titleOf(*ended), shortTime(ended->startedAt),
                               ended->endedAt ? shortTime(*ended->endedAt) : QString())
                   << '\n'
                   << translated(QT_TRANSLATE_NOOP("cli",
                                                   "Its summary: gdpr-readiness workshop-summary %1 --session "
                                                   "%2 -o SUMMARY.pdf"))
                          .arg(a.path(), QString::number(ended->id))
                   << '\n';
        return statusOf(ended);
    });
}

void printSessions(const Action &a, Streams io, const QList<SessionOverview> &all)
{
    if (a.isSet(a.json)) {
        QJsonArray list;
        for (const SessionOverview &o : all)
            list.append(QJsonObject {{u"id"_s, o.session.id},
                                     {u"number"_s, o.number},
                                     {u"title"_s, o.session.title},
                                     {u"started_at"_s, iso(o.session.startedAt)},
                                     {u"ended_at"_s, o.session.endedAt ? iso(*o.session.endedAt) : QString()},
                                     {u"running"_s, o.session.isRunning()},
                                     {u"started_by"_s, o.session.startedBy},
                                     {u"participants"_s, peopleJson(o.participants)},
                                     {u"answered"_s, o.answered},
                                     {u"parked"_s, o.parked},
                                     {u"elapsed_seconds"_s, double(o.elapsedMs / 1000)}});
        printJson(io, QJsonDocument(QJsonObject {{u"file"_s, a.path()}, {u"sessions"_s, list}}));
        return;
    }
    if (all.isEmpty())
        io.out << translated(QT_TRANSLATE_NOOP("cli", "No workshop sessions in %1")).arg(a.path()) << '\n';
    for (const SessionOverview &o : all) {
        QStringList names;
        for (const Participant &p : o.participants)
            names.append(p.label());
        io.out << translated(QT_TRANSLATE_NOOP("cli", "Session %1 \"%2\": %3 - %4"))
                      .arg(QString::number(o.session.id), titleOf(o.session), shortTime(o.session.startedAt),
                           o.session.endedAt ? shortTime(*o.session.endedAt)
                                             : translated(QT_TRANSLATE_NOOP("cli", "running")))
               << '\n'
               << "  "
               << translated(QT_TRANSLATE_NOOP("cli", "%1 answer(s) given, %2 question(s) parked; participants: %3"))
                      .arg(QString::number(o.answered), QString::number(o.parked),
                           names.isEmpty() ? u"-"_s : names.join(u"; "_s))
               << '\n';
    }
}

int sessionsAction(const QStringList &arguments, Streams io)
{
    Action a(u"sessions"_s,
             QT_TRANSLATE_NOOP("cli",
                               "List the workshop sessions of an assessment, oldest first: start, end, "
                               "participants, answers given and questions parked in each."),
             false, true);
    return a.run(arguments, io, 1, [&](AssessmentDocument &, Workshop &workshop) -> Status {
        auto all = workshop.overview();
        if (all)
            printSessions(a, io, *all);
        return statusOf(all);
    });
}

/// The session --session names, else the running one, else the latest.
Result<WorkshopSessionRecord> chosenSession(const QList<WorkshopSessionRecord> &all, const QString &wanted)
{
    std::optional<WorkshopSessionRecord> chosen;
    for (const WorkshopSessionRecord &s : all) {
        if (wanted.isEmpty() || wanted == QString::number(s.id))
            chosen = s;
        if (wanted.isEmpty() && s.isRunning())
            break;
    }
    if (chosen)
        return *chosen;
    return wanted.isEmpty() ? makeError(u"there is no workshop session yet"_s)
                            : makeError(u"there is no workshop session %1"_s.arg(wanted));
}

int participantsAction(const QStringList &arguments, Streams io)
{
    Action a(u"participants"_s,
             QT_TRANSLATE_NOOP("cli",
                               "List the participants of the running workshop session (or of the latest, or "
                               "of --session ID)."),
             false, true);
    QCommandLineOption session(u"session"_s,
                               translated(QT_TRANSLATE_NOOP("cli",
                                                            "Session id (see: workshop "
                                                            "sessions).")),
                               u"ID"_s);
    a.cmd.parser.addOption(session);
    return a.run(arguments, io, 1, [&](AssessmentDocument &doc, Workshop &workshop) -> Status {
        auto all = workshop.repository().sessions(doc.assessment().id);
        if (!all)
            return all.error();
        auto chosen = chosenSession(*all, a.cmd.parser.value(session));
        if (!chosen)
            return chosen.error();
        auto people = workshop.repository().participants(chosen->id);
        if (!people)
            return people.error();
        if (a.isSet(a.json)) {
            printJson(io,
                      QJsonDocument(QJsonObject {{u"file"_s, a.path()},
                                                 {u"session"_s,
                                                  QJsonObject {{u"id"_s, chosen->id},
                                                               {u"title"_s, chosen->title},
                                                               {u"running"_s, chosen->isRunning()}}},
                                                 {u"participants"_s, peopleJson(*people)}}));
            return success();
        }
        io.out << translated(QT_TRANSLATE_NOOP("cli", "Session %1 \"%2\" (%3): %4 participant(s)"))
                      .arg(QString::number(chosen->id), titleOf(*chosen),
                           chosen->isRunning() ? translated(QT_TRANSLATE_NOOP("cli", "running"))
                                               : translated(QT_TRANSLATE_NOOP("cli", "ended")),
                           QString::number(people->size()))
               << '\n';
        for (const Participant &p : std::as_const(*people))
            io.out << "  " << p.label() << '\n';
        return success();
    });
}

int addParticipantAction(const QStringList &arguments, Streams io)
{
    Action a(u"add-participant"_s,
             QT_TRANSLATE_NOOP("cli",
                               "Add a participant to the running workshop session. Names must differ: "
                               "answer --given-by and remove-participant name them."),
             true, false);
    a.cmd.parser.addPositionalArgument(u"NAME"_s, translated(QT_TRANSLATE_NOOP("cli", "The participant's name.")));
    QCommandLineOption role(u"role"_s, translated(QT_TRANSLATE_NOOP("cli", "Their role, e.g. \"Head of HR\".")),
                            u"ROLE"_s);
    a.cmd.parser.addOption(role);
    return a.run(arguments, io, 2, [&](AssessmentDocument &, Workshop &workshop) -> Status {
        auto added = workshop.addParticipant(a.argument(1), a.cmd.parser.value(role));
        if (added)
            io.out << translated(QT_TRANSLATE_NOOP("cli", "Added %1 to workshop session %2"))
                          .arg(added->label(), QString::number(added->sessionId))
                   << '\n';
        return statusOf(added);
    });
}

int removeParticipantAction(const QStringList &arguments, Streams io)
{
    Action a(u"remove-participant"_s,
             QT_TRANSLATE_NOOP("cli",
                               "Remove a participant from the running workshop session. The answers they "
                               "gave keep their name."),
             true, false);
    a.cmd.parser.addPositionalArgument(u"NAME"_s, translated(QT_TRANSLATE_NOOP("cli", "The participant's name.")));
    return a.run(arguments, io, 2, [&](AssessmentDocument &, Workshop &workshop) -> Status {
        auto removed = workshop.removeParticipant(a.argument(1));
        if (removed)
            io.out << translated(QT_TRANSLATE_NOOP("cli", "Removed %1 from workshop session %2"))
                          .arg(removed->label(), QString::number(removed->sessionId))
                   << '\n';
        return statusOf(removed);
    });
}

void addQuestionArgument(Action &a)
{
    a.cmd.parser.addPositionalArgument(
        u"QUESTION"_s, translated(QT_TRANSLATE_NOOP("cli", "Question id, or questionnaire-id:question-id.")));
}

int parkAction(const QStringList &arguments, Streams io)
{
    Action a(u"park"_s,
             QT_TRANSLATE_NOOP("cli",
                               "Put a question on the parking lot of the running workshop session, with a "
                               "note on what to come back to."),
             true, false);
    addQuestionArgument(a);
    a.cmd.parser.addPositionalArgument(u"NOTE"_s, translated(QT_TRANSLATE_NOOP("cli", "What to come back to.")),
                                       u"[NOTE]"_s);
    if (int rc = a.cmd.parse(arguments, io, 2, 3); rc >= 0)
        return rc;
    return a.run(io, [&](AssessmentDocument &doc, Workshop &workshop) -> Status {
        auto ref = doc.resolveQuestion(a.argument(1));
        if (!ref)
            return ref.error();
        auto parked = workshop.park(ref->questionnaireRef, ref->question->id, a.argument(2));
        if (parked)
            io.out << translated(QT_TRANSLATE_NOOP("cli", "Parked %1")).arg(ref->question->id) << '\n';
        return statusOf(parked);
    });
}

int resolveAction(const QStringList &arguments, Streams io)
{
    Action a(u"resolve"_s,
             QT_TRANSLATE_NOOP("cli",
                               "Mark a parked question as resolved (it stays on the parking lot, ticked), or "
                               "open it again with --reopen."),
             true, false);
    addQuestionArgument(a);
    QCommandLineOption reopen(u"reopen"_s,
                              translated(QT_TRANSLATE_NOOP("cli", "Open a resolved parked question again.")));
    a.cmd.parser.addOption(reopen);
    return a.run(arguments, io, 2, [&](AssessmentDocument &doc, Workshop &workshop) -> Status {
        auto ref = doc.resolveQuestion(a.argument(1));
        if (!ref)
            return ref.error();
        const bool resolved = !a.isSet(reopen);
        auto changed = workshop.resolve(ref->questionnaireRef, ref->question->id, resolved);
        if (changed)
            io.out << (resolved ? translated(QT_TRANSLATE_NOOP("cli", "Resolved %1 on the parking lot"))
                                : translated(QT_TRANSLATE_NOOP("cli", "Reopened %1 on the parking lot")))
                          .arg(ref->question->id)
                   << '\n';
        return statusOf(changed);
    });
}

void printParked(const Action &a, Streams io, AssessmentDocument &doc, const QList<ParkedQuestion> &lot, bool openOnly)
{
    QJsonArray list;
    int shown = 0;
    for (const ParkedQuestion &p : lot) {
        if (openOnly && p.isResolved())
            continue;
        ++shown;
        const auto *entry = doc.questionnaire(p.questionnaireRef);
        const Question *question = entry ? entry->questionnaire.question(p.questionId) : nullptr;
        if (a.isSet(a.json)) {
            list.append(QJsonObject {{u"questionnaire"_s, entry ? entry->questionnaire.id : QString()},
                                     {u"question"_s, p.questionId},
                                     {u"text"_s, question ? question->text.text(u"en"_s) : QString()},
                                     {u"note"_s, p.note},
                                     {u"session"_s, p.sessionId},
                                     {u"parked_at"_s, iso(p.createdAt)},
                                     {u"parked_by"_s, p.createdBy},
                                     {u"resolved"_s, p.isResolved()},
                                     {u"resolved_at"_s, p.resolvedAt ? iso(*p.resolvedAt) : QString()},
                                     {u"resolved_by"_s, p.resolvedBy}});
            continue;
        }
        io.out << (p.isResolved() ? translated(QT_TRANSLATE_NOOP("cli", "resolved"))
                                  : translated(QT_TRANSLATE_NOOP("cli", "open")))
                      .leftJustified(9)
               << p.questionId << "  " << (p.note.isEmpty() ? u"-"_s : p.note) << "  ("
               << translated(QT_TRANSLATE_NOOP("cli", "session %1, %2"))
                      .arg(QString::number(p.sessionId), shortTime(p.createdAt))
               << ")\n";
    }
    if (a.isSet(a.json))
        printJson(io, QJsonDocument(QJsonObject {{u"file"_s, a.path()}, {u"parked"_s, list}}));
    else if (shown == 0)
        io.out << translated(QT_TRANSLATE_NOOP("cli", "The parking lot is empty")) << '\n';
}

int parkedAction(const QStringList &arguments, Streams io)
{
    Action a(u"parked"_s,
             QT_TRANSLATE_NOOP("cli", "List the parking lot of an assessment (all sessions), oldest first."), false,
             true);
    QCommandLineOption open(u"open"_s, translated(QT_TRANSLATE_NOOP("cli", "Only the questions not resolved yet.")));
    a.cmd.parser.addOption(open);
    return a.run(arguments, io, 1, [&](AssessmentDocument &doc, Workshop &workshop) -> Status {
        auto lot = workshop.repository().parked(doc.assessment().id);
        if (lot)
            printParked(a, io, doc, *lot, a.isSet(open));
        return statusOf(lot);
    });
}

struct Subcommand
{
    QLatin1StringView name;
    const char *summary;
    int (*run)(const QStringList &, Streams);
};

constexpr Subcommand kActions[] = {
    {"start"_L1, QT_TRANSLATE_NOOP("cli", "Start a session (--title, --participant \"Name, Role\")"), startAction},
    {"end"_L1, QT_TRANSLATE_NOOP("cli", "End the running session"), endAction},
    {"sessions"_L1, QT_TRANSLATE_NOOP("cli", "List the sessions with their counts"), sessionsAction},
    {"participants"_L1, QT_TRANSLATE_NOOP("cli", "List a session's participants"), participantsAction},
    {"add-participant"_L1, QT_TRANSLATE_NOOP("cli", "Add a participant (NAME [--role ROLE])"), addParticipantAction},
    {"remove-participant"_L1, QT_TRANSLATE_NOOP("cli", "Remove a participant (NAME)"), removeParticipantAction},
    {"park"_L1, QT_TRANSLATE_NOOP("cli", "Park a question (QUESTION [NOTE])"), parkAction},
    {"resolve"_L1, QT_TRANSLATE_NOOP("cli", "Resolve a parked question, or --reopen it (QUESTION)"), resolveAction},
    {"parked"_L1, QT_TRANSLATE_NOOP("cli", "List the parking lot"), parkedAction},
};

void printActions(QTextStream &s)
{
    s << translated(QT_TRANSLATE_NOOP("cli",
                                      "Usage: gdpr-readiness workshop ACTION FILE [arguments] [options]\n"
                                      "A workshop session on the command line; who gave an answer: answer FILE "
                                      "QUESTION VALUE --given-by NAME.\n"
                                      "Help on one action: gdpr-readiness workshop ACTION --help\n\n"
                                      "Actions:\n"));
    for (const Subcommand &c : kActions)
        s << "  " << QString(c.name).leftJustified(20) << translated(c.summary) << '\n';
}

} // namespace

int workshopCommand(const QStringList &arguments, Streams io)
{
    if (arguments.isEmpty() || arguments.first() == "-h"_L1 || arguments.first() == "--help"_L1) {
        printActions(arguments.isEmpty() ? io.err : io.out);
        return arguments.isEmpty() ? UsageError : Success;
    }
    for (const Subcommand &c : kActions)
        if (arguments.first() == c.name)
            return c.run(arguments.mid(1), io);
    io.err << "gdpr-readiness workshop: "
           << translated(QT_TRANSLATE_NOOP("cli", "unknown action '%1'")).arg(arguments.first()) << "\n\n";
    printActions(io.err);
    return UsageError;
}

} // namespace readiness::cli
