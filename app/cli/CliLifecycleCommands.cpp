// verify, sign-off, reopen, history: the assessment lifecycle (issue 14,
// docs/lifecycle.md).
#include "AssessmentDocument.h"
#include "CliSupport.h"
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
        return makeError(u"%1 is signed off (revision %2, by %3, %4, on %5) and read-only; to change it, reopen it "
                         "first: gdpr-readiness reopen %1 --reason TEXT"_s.arg(
                             doc.path(), QString::number((*active)->revision), (*active)->name, (*active)->role,
                             (*active)->signedAt.toString(Qt::ISODate)));
    return success();
}

int verifyCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"verify"_s,
                u"Check that the file was not altered behind the application's back: the change log's hash chain, "
                "every evidence file against its SHA-256, and every DPO sign-off against its fingerprint. Exits 1 "
                "naming the first entry that does not verify."_s);
    cmd.parser.addPositionalArgument(u"FILE"_s, u"Assessment file."_s);
    QCommandLineOption json(u"json"_s, u"Print the result as JSON."_s);
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
        io.out << path << ": verified: " << r.entries << " change-log entries chained (head " << r.head.left(16)
               << "…), " << r.evidence << " evidence file(s) match their SHA-256, " << r.signOffs
               << " sign-off(s) match their fingerprint\n";
        return Success;
    }
    const TrailProblem &p = *r.problem;
    io.err << "gdpr-readiness verify: " << path << " does not verify: ";
    if (p.entryId > 0)
        io.err << "entry " << p.entryId << " (" << (p.at.isEmpty() ? u"time unknown"_s : p.at) << ", " << p.what
               << "): ";
    io.err << p.message << '\n';
    return DataError;
}

int signOffCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"sign-off"_s,
                u"Record the DPO's sign-off: the assessment becomes read-only and its fingerprint (SHA-256 over "
                "every answer, note, evidence hash and action) is stored with the signed state."_s);
    cmd.parser.addPositionalArgument(u"FILE"_s, u"Assessment file."_s);
    QCommandLineOption name(u"name"_s, u"The DPO's name."_s, u"NAME"_s);
    QCommandLineOption role(u"role"_s, u"The DPO's role."_s, u"ROLE"_s);
    QCommandLineOption opinion(u"opinion"_s, u"The DPO's opinion."_s, u"TEXT"_s);
    QCommandLineOption opinionFile(u"opinion-file"_s, u"Read the opinion from a UTF-8 text file."_s, u"FILE"_s);
    const QCommandLineOption by = actorOption();
    const QCommandLineOption assessment = assessmentOption();
    cmd.parser.addOptions({name, role, opinion, opinionFile, by, assessment});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    if (!cmd.parser.isSet(name) || !cmd.parser.isSet(role)
        || cmd.parser.isSet(opinion) == cmd.parser.isSet(opinionFile)) {
        io.err << "gdpr-readiness sign-off: --name, --role and one of --opinion or --opinion-file are required\n";
        return UsageError;
    }
    QString text = cmd.parser.value(opinion);
    if (cmd.parser.isSet(opinionFile)) {
        QFile f(cmd.parser.value(opinionFile));
        if (!f.open(QIODevice::ReadOnly))
            return fail(io, u"cannot read %1: %2"_s.arg(f.fileName(), f.errorString()));
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
    io.out << "Signed off by " << s->name << ", " << s->role << " on " << s->signedAt.toString(Qt::ISODate)
           << " (revision " << s->revision << ") — fingerprint " << s->fingerprint << '\n';
    return Success;
}

int reopenCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"reopen"_s,
                u"Reopen a signed-off assessment for changes. A new revision starts; the signed state stays in the "
                "file, and verify keeps checking it."_s);
    cmd.parser.addPositionalArgument(u"FILE"_s, u"Assessment file."_s);
    QCommandLineOption reason(u"reason"_s, u"Why it is reopened (recorded in the change log)."_s, u"TEXT"_s);
    const QCommandLineOption by = actorOption();
    const QCommandLineOption assessment = assessmentOption();
    cmd.parser.addOptions({reason, by, assessment});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    if (!cmd.parser.isSet(reason)) {
        io.err << "gdpr-readiness reopen: --reason TEXT is required\n";
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
    io.out << "Reopened " << path << " for changes: revision " << (all ? all->size() + 1 : 0)
           << " starts; the signed revision stays in the file\n";
    return Success;
}

} // namespace readiness::cli
