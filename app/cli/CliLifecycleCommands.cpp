// verify, sign-off, reopen, history: the assessment lifecycle (issue 14,
// docs/lifecycle.md).
#include "AssessmentDocument.h"
#include "CliFormat.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "LifecycleRepository.h"
#include "TrailVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace readiness::lifecycle;

namespace readiness::cli {

Status refuseIfSignedOff(AssessmentDocument &doc)
{
    LifecycleRepository lifecycle(doc.repository());
    auto active = lifecycle.activeSignOff(doc.assessment().id);
    if (!active)
        return active.error();
    if (*active)
        return makeError(
            translated(QT_TRANSLATE_NOOP(
                           "cli",
                           "%1 is signed off (revision %2, by %3, %4, on %5) and read-only; to change it, reopen it "
                           "first: gdpr-readiness reopen %1 --reason TEXT"))
                .arg(doc.path(), QString::number((*active)->revision), (*active)->name, (*active)->role,
                     format::dateTime((*active)->signedAt)));
    return success();
}

int verifyCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"verify"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Check that the file was not altered behind the application's back: the change log's hash chain, "
                    "every evidence file against its SHA-256, and every DPO sign-off against its fingerprint. Exits 1 "
                    "naming the first entry that does not verify.")));
    cmd.addAssessmentFileArgument();
    QCommandLineOption json(u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print the result as JSON.")));
    const QCommandLineOption assessment = assessmentOption();
    cmd.parser.addOptions({json, assessment});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    const QString path = cmd.parser.positionalArguments().at(0);
    auto doc = openAssessment(path, AssessmentFile::Mode::ReadOnly, cmd.parser, assessment, io);
    if (!doc)
        return fail(io, doc.error());
    const TrailReport r = TrailVerifier((*doc)->repository()).verify((*doc)->assessment().id);
    if (cmd.parser.isSet(json)) {
        QJsonObject o = {{u"file"_s, path},           {u"ok"_s, r.ok()},           {u"entries"_s, r.entries},
                         {u"evidence"_s, r.evidence}, {u"signOffs"_s, r.signOffs}, {u"head"_s, r.head}};
        if (r.problem)
            o.insert(u"problem"_s,
                     QJsonObject {{u"kind"_s, r.problem->kind},
                                  {u"entry"_s, r.problem->entryId},
                                  {u"at"_s, r.problem->at},
                                  {u"what"_s, r.problem->what},
                                  {u"message"_s, r.problem->message}});
        printJson(io, QJsonDocument(o));
        return r.ok() ? Success : DataError;
    }
    if (r.ok()) {
        io.out << translated(QT_TRANSLATE_NOOP("cli",
                                               "%1: verified: %2 change-log entries chained (head %3…), %4 evidence "
                                               "file(s) match their SHA-256, %5 sign-off(s) match their fingerprint"))
                      .arg(path, format::number(r.entries), r.head.left(16), format::number(r.evidence),
                           format::number(r.signOffs))
               << '\n';
        return Success;
    }
    const TrailProblem &p = *r.problem;
    io.err << "gdpr-readiness verify: " << translated(QT_TRANSLATE_NOOP("cli", "%1 does not verify: ")).arg(path);
    if (p.entryId > 0)
        io.err << translated(QT_TRANSLATE_NOOP("cli", "entry %1 (%2, %3): "))
                      .arg(QString::number(p.entryId),
                           p.at.isEmpty() ? translated(QT_TRANSLATE_NOOP("cli", "time unknown")) : p.at, p.what);
    io.err << p.message << '\n';
    return DataError;
}

int signOffCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"sign-off"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Record the DPO's sign-off: the assessment becomes read-only and its fingerprint (SHA-256 over "
                    "every answer, note, evidence hash and action) is stored with the signed state.")));
    cmd.addAssessmentFileArgument();
    QCommandLineOption name(u"name"_s, translated(QT_TRANSLATE_NOOP("cli", "The DPO's name.")), u"NAME"_s);
    QCommandLineOption role(u"role"_s, translated(QT_TRANSLATE_NOOP("cli", "The DPO's role.")),
                            translated(QT_TRANSLATE_NOOP("cli", "ROLE")));
    QCommandLineOption opinion(u"opinion"_s, translated(QT_TRANSLATE_NOOP("cli", "The DPO's opinion.")), u"TEXT"_s);
    QCommandLineOption opinionFile(u"opinion-file"_s,
                                   translated(QT_TRANSLATE_NOOP("cli", "Read the opinion from a UTF-8 text file.")),
                                   translated(QT_TRANSLATE_NOOP("cli", "FILE")));
    const QCommandLineOption by = actorOption();
    const QCommandLineOption assessment = assessmentOption();
    cmd.parser.addOptions({name, role, opinion, opinionFile, by, assessment});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    if (!cmd.parser.isSet(name) || !cmd.parser.isSet(role)
        || cmd.parser.isSet(opinion) == cmd.parser.isSet(opinionFile)) {
        io.err << "gdpr-readiness sign-off: "
               << translated(
                      QT_TRANSLATE_NOOP("cli", "--name, --role and one of --opinion or --opinion-file are required"))
               << '\n';
        return UsageError;
    }
    QString text = cmd.parser.value(opinion);
    if (cmd.parser.isSet(opinionFile)) {
        QFile f(cmd.parser.value(opinionFile));
        if (!f.open(QIODevice::ReadOnly))
            return fail(io,
                        translated(QT_TRANSLATE_NOOP("cli", "cannot read %1: %2")).arg(f.fileName(), f.errorString()));
        text = QString::fromUtf8(f.readAll());
    }
    const QString path = cmd.parser.positionalArguments().at(0);
    auto doc = openAssessment(path, AssessmentFile::Mode::ReadWrite, cmd.parser, assessment, io);
    if (!doc)
        return fail(io, doc.error());
    if (cmd.parser.isSet(by))
        (*doc)->repository().setActor(cmd.parser.value(by));
    LifecycleRepository lifecycle((*doc)->repository());
    auto s = lifecycle.signOff((*doc)->assessment().id, {cmd.parser.value(name), cmd.parser.value(role), text});
    if (!s)
        return fail(io, u"%1: %2"_s.arg(path, s.error().message));
    io.out << translated(QT_TRANSLATE_NOOP("cli", "Signed off by %1, %2 on %3 (revision %4) — fingerprint %5"))
                  .arg(s->name, s->role, format::dateTime(s->signedAt), QString::number(s->revision), s->fingerprint)
           << '\n';
    return Success;
}

int reopenCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"reopen"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Reopen a signed-off assessment for changes. A new revision starts; the signed state stays in the "
                    "file, and verify keeps checking it.")));
    cmd.addAssessmentFileArgument();
    QCommandLineOption reason(u"reason"_s,
                              translated(QT_TRANSLATE_NOOP("cli", "Why it is reopened (recorded in the change log).")),
                              u"TEXT"_s);
    const QCommandLineOption by = actorOption();
    const QCommandLineOption assessment = assessmentOption();
    cmd.parser.addOptions({reason, by, assessment});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    if (!cmd.parser.isSet(reason)) {
        io.err << "gdpr-readiness reopen: " << translated(QT_TRANSLATE_NOOP("cli", "--reason TEXT is required"))
               << '\n';
        return UsageError;
    }
    const QString path = cmd.parser.positionalArguments().at(0);
    auto doc = openAssessment(path, AssessmentFile::Mode::ReadWrite, cmd.parser, assessment, io);
    if (!doc)
        return fail(io, doc.error());
    if (cmd.parser.isSet(by))
        (*doc)->repository().setActor(cmd.parser.value(by));
    LifecycleRepository lifecycle((*doc)->repository());
    if (Status s = lifecycle.reopen((*doc)->assessment().id, cmd.parser.value(reason)); !s)
        return fail(io, u"%1: %2"_s.arg(path, s.error().message));
    auto all = lifecycle.signOffs((*doc)->assessment().id);
    io.out << translated(QT_TRANSLATE_NOOP("cli",
                                           "Reopened %1 for changes: revision %2 starts; the signed revision stays in "
                                           "the file"))
                  .arg(path)
                  .arg(all ? all->size() + 1 : 0)
           << '\n';
    return Success;
}

} // namespace readiness::cli
