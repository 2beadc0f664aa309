#pragma once

#include "AssessmentDocument.h"
#include "AssessmentTemplate.h"
#include "Cli.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace readiness::cli {

/// A parser for one subcommand: "gdpr-readiness NAME ...".
struct Command
{
    explicit Command(const QString &name, const QString &description);
    QCommandLineParser parser;
    QString name;

    /// The FILE argument most commands take: "Assessment file.".
    void addAssessmentFileArgument();
    /// The parser's help, with "gdpr-readiness NAME" in its usage line.
    QString help() const;
    /// Parses @p arguments; on --help prints help and returns Success, on a
    /// usage error prints it and returns UsageError; otherwise -1.
    int parse(const QStringList &arguments, Streams io, int minPositional, int maxPositional);
};

/// --by NAME: who makes the change (the change log's actor).
QCommandLineOption actorOption();
/// --assessment ID: which assessment of a file a command works on.
QCommandLineOption assessmentOption();
/// Opens @p path (read-only for commands that only read it) and selects the
/// assessment named by @p option, if given; the file must have one. What the
/// user should know about the open (a lock taken over) goes to @p io.err.
Result<std::unique_ptr<AssessmentDocument>> openAssessment(const QString &path, AssessmentFile::Mode mode,
                                                           const QCommandLineParser &parser,
                                                           const QCommandLineOption &option, Streams io);

int fail(Streams io, const Error &error);
int fail(Streams io, const QString &message);
void printJson(Streams io, const QJsonDocument &doc);

int validateCommand(const QStringList &arguments, Streams io);
int newCommand(const QStringList &arguments, Streams io);
int answerCommand(const QStringList &arguments, Streams io);
int evidenceCommand(const QStringList &arguments, Streams io);
int scoreCommand(const QStringList &arguments, Streams io);
int countdownCommand(const QStringList &arguments, Streams io);
int finesCommand(const QStringList &arguments, Streams io);
int auditCrmCommand(const QStringList &arguments, Streams io);
int verifyCommand(const QStringList &arguments, Streams io);
int signOffCommand(const QStringList &arguments, Streams io);
int reopenCommand(const QStringList &arguments, Streams io);
int compareCommand(const QStringList &arguments, Streams io);
int reviewCommand(const QStringList &arguments, Streams io);
/// new --from-previous OLD -o NEW: the carry-over (CliReviewCommands.cpp).
int newFromPrevious(const QString &source, const QString &target, bool moveQuestionnaires, const QString &actor,
                    Streams io);
int templatesCommand(const QStringList &arguments, Streams io);
/// new --template NAME|FILE.json -o OUT (docs/templates.md).
int newFromTemplate(const QString &nameOrPath, const QString &output, const AssessmentTemplate::Overrides &overrides,
                    Streams io);
int backupCommand(const QStringList &arguments, Streams io);
int backupsCommand(const QStringList &arguments, Streams io);
int restoreCommand(const QStringList &arguments, Streams io);
/// For a damaged file's message: its newest good backup and how to restore
/// it; empty when there is none (docs/backups.md).
QString newestGoodBackupHint(const QString &path);
int portfolioCommand(const QStringList &arguments, Streams io);
/// workshop ACTION FILE ...: sessions, participants, the parking lot
/// (CliWorkshopSessionCommands.cpp, docs/workshop.md).
int workshopCommand(const QStringList &arguments, Streams io);
/// Refuses a change to a signed-off assessment, saying how to reopen it.
Status refuseIfSignedOff(AssessmentDocument &doc);

} // namespace readiness::cli
