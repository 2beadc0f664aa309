#include "Cli.h"

#include "Backups.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "NativePath.h"
#include "Result.h"
#include "UntrustedText.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace readiness::cli {

namespace {
struct BuiltIn
{
    QLatin1StringView name;
    const char *summary;
    int (*run)(const QStringList &, Streams);
};

constexpr BuiltIn kCommands[] = {
    {"validate"_L1, QT_TRANSLATE_NOOP("cli", "Check questionnaire files and report every problem"), validateCommand},
    {"new"_L1, QT_TRANSLATE_NOOP("cli", "Create a new assessment file"), newCommand},
    {"answer"_L1, QT_TRANSLATE_NOOP("cli", "Record the answer to one question"), answerCommand},
    {"evidence"_L1, QT_TRANSLATE_NOOP("cli", "Add evidence files to a question (evidence add FILE QUESTION PATH)"),
     evidenceCommand},
    {"score"_L1, QT_TRANSLATE_NOOP("cli", "Show the readiness score per section and overall"), scoreCommand},
    {"countdown"_L1, QT_TRANSLATE_NOOP("cli", "Calendar and working days to (or since) a date"), countdownCommand},
    {"fines"_L1, QT_TRANSLATE_NOOP("cli", "Maximum fines of Art 83(4) and 83(5) for a turnover"), finesCommand},
    {"audit-crm"_L1, QT_TRANSLATE_NOOP("cli", "Audit a CRM and Mailchimp export for GDPR and PECR risks"),
     auditCrmCommand},
    {"verify"_L1, QT_TRANSLATE_NOOP("cli", "Check the change log's hash chain, evidence hashes and sign-offs"),
     verifyCommand},
    {"sign-off"_L1, QT_TRANSLATE_NOOP("cli", "Record the DPO's sign-off; the assessment becomes read-only"),
     signOffCommand},
    {"reopen"_L1, QT_TRANSLATE_NOOP("cli", "Reopen a signed-off assessment for changes (a new revision)"),
     reopenCommand},
    {"compare"_L1, QT_TRANSLATE_NOOP("cli", "Compare assessments of one organisation: score changes, gaps, trend"),
     compareCommand},
    {"review"_L1, QT_TRANSLATE_NOOP("cli", "List or confirm the answers carried over from the previous assessment"),
     reviewCommand},
    {"templates"_L1, QT_TRANSLATE_NOOP("cli", "List the assessment templates (new --template NAME starts from one)"),
     templatesCommand},
    {"backup"_L1, QT_TRANSLATE_NOOP("cli", "Write a checked backup of an assessment file (backup FILE [--to DIR])"),
     backupCommand},
    {"backups"_L1, QT_TRANSLATE_NOOP("cli", "List the backups of an assessment file"), backupsCommand},
    {"restore"_L1, QT_TRANSLATE_NOOP("cli", "Put a backup in place of an assessment file (restore FILE BACKUP)"),
     restoreCommand},
    {"portfolio"_L1, QT_TRANSLATE_NOOP("cli", "One line per assessment of a client folder (read-only)"),
     portfolioCommand},
    {"workshop"_L1,
     QT_TRANSLATE_NOOP("cli", "A workshop session: start, end, participants, parking lot (workshop --help)"),
     workshopCommand},
};

QList<ExtraCommand> &extraCommands()
{
    static QList<ExtraCommand> list;
    return list;
}

} // namespace

void printUsage(QTextStream &s)
{
    s << translated(QT_TRANSLATE_NOOP("cli",
                                      "Usage: gdpr-readiness [FILE.gdpra]            start the application\n"
                                      "       gdpr-readiness COMMAND [options] ...   run a command headless\n\n"
                                      "Commands:\n"));
    // The summaries start in one column, past the longest name
    // ("workshop-summary" ran into its summary at a fixed 12).
    qsizetype width = 10;
    for (const BuiltIn &c : kCommands)
        width = std::max(width, c.name.size());
    for (const ExtraCommand &c : std::as_const(extraCommands()))
        width = std::max(width, c.name.size());
    for (const BuiltIn &c : kCommands)
        s << "  " << QString(c.name).leftJustified(width + 2) << translated(c.summary) << '\n';
    for (const ExtraCommand &c : std::as_const(extraCommands()))
        s << "  " << c.name.leftJustified(width + 2) << translated(c.summary.toUtf8().constData()) << '\n';
    s << translated(
        QT_TRANSLATE_NOOP("cli",
                          "\nOptions:\n  -h, --help     Show this help, or a command's help: COMMAND --help\n"
                          "  -v, --version  Show the version\n\n"
                          "Exit status: 0 success, 1 a problem with a file or data (the message "
                          "names it), 2 wrong usage.\n"));
}

void registerCommand(const ExtraCommand &command)
{
    extraCommands().append(command);
}

bool isSubcommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (first.startsWith(u'-') || arguments.size() > 1)
        return true;
    for (const BuiltIn &c : kCommands)
        if (first == c.name)
            return true;
    for (const ExtraCommand &c : std::as_const(extraCommands()))
        if (first == c.name)
            return true;
    const bool namesAssessment = QFileInfo::exists(first) || first.endsWith(u".gdpra"_s, Qt::CaseInsensitive);
    return !namesAssessment;
}

namespace {
int runCommand(const QStringList &arguments, Streams io)
{
    if (arguments.isEmpty() || arguments.first() == "-h"_L1 || arguments.first() == "--help"_L1
        || arguments.first() == "help"_L1) {
        printUsage(io.out);
        return Success;
    }
    if (arguments.first() == "-v"_L1 || arguments.first() == "--version"_L1) {
        io.out << "gdpr-readiness " << READINESS_VERSION << '\n';
        return Success;
    }
    const QString name = arguments.first();
    const QStringList rest = arguments.mid(1);
    for (const BuiltIn &c : kCommands)
        if (name == c.name)
            return c.run(rest, io);
    for (const ExtraCommand &c : std::as_const(extraCommands()))
        if (name == c.name)
            return c.run(rest, io);
    io.err << translated(QT_TRANSLATE_NOOP("cli", "gdpr-readiness: unknown command '%1'")).arg(name) << "\n\n";
    printUsage(io.err);
    return UsageError;
}
} // namespace

int run(const QStringList &arguments, Streams io)
{
    // Commands print names and titles from files: everything they write
    // passes UntrustedText::forTerminal, so an escape sequence in a file can
    // neither set the terminal's title nor clear its screen. JSON output
    // escapes control characters itself and passes unchanged.
    // Labels, numbers and dates in the language of the messages.
    setOutputLanguage(cliLanguage(arguments));
    QString out;
    QString err;
    QTextStream outBuffer(&out);
    QTextStream errBuffer(&err);
    const int code = runCommand(arguments, {outBuffer, errBuffer});
    outBuffer.flush();
    errBuffer.flush();
    io.out << UntrustedText::forTerminal(out, true);
    io.err << UntrustedText::forTerminal(err, true);
    return code;
}

Command::Command(const QString &commandName, const QString &description)
    : name(commandName)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
}

void Command::addAssessmentFileArgument()
{
    parser.addPositionalArgument(translated(QT_TRANSLATE_NOOP("cli", "FILE")),
                                 translated(QT_TRANSLATE_NOOP("cli", "Assessment file.")));
}

QString Command::help() const
{
    // QCommandLineParser names the program by its path ("Usage:
    // /usr/bin/gdpr-readiness [options] FILE"); the user types the command.
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype firstLine = text.indexOf(u'\n');
    if (!arguments.isEmpty() && firstLine > 0) {
        const qsizetype at = text.left(firstLine).indexOf(arguments.constFirst());
        if (at >= 0)
            text.replace(at, arguments.constFirst().size(), u"gdpr-readiness "_s + name);
    }
    return text;
}

int Command::parse(const QStringList &arguments, Streams io, int minPositional, int maxPositional)
{
    QStringList args = arguments;
    args.prepend(u"gdpr-readiness "_s + name);
    if (!parser.parse(args)) {
        io.err << "gdpr-readiness " << name << ": " << parser.errorText() << "\n\n" << help();
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << help();
        return Success;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        io.err << "gdpr-readiness " << name << ": "
               << (n < minPositional ? translated(QT_TRANSLATE_NOOP("cli", "missing arguments"))
                                     : translated(QT_TRANSLATE_NOOP("cli", "too many arguments")))
               << "\n\n"
               << help();
        return UsageError;
    }
    return -1;
}

QCommandLineOption actorOption()
{
    return QCommandLineOption(u"by"_s, translated(QT_TRANSLATE_NOOP("cli", "Who makes the change (default: $USER).")),
                              u"NAME"_s);
}

QCommandLineOption assessmentOption()
{
    return QCommandLineOption(
        u"assessment"_s, translated(QT_TRANSLATE_NOOP("cli", "Assessment id within the file (default: the newest).")),
        u"ID"_s);
}

Result<std::unique_ptr<AssessmentDocument>> openAssessment(const QString &path, AssessmentFile::Mode mode,
                                                           const QCommandLineParser &parser,
                                                           const QCommandLineOption &option, Streams io)
{
    AssessmentFile::Failure failure = AssessmentFile::Failure::None;
    // As the program received it: a name that is not UTF-8 is then refused
    // as such (AssessmentName::check), not taken for a missing file.
    auto doc = AssessmentDocument::open(NativePath::fromArgument(path), mode, &failure);
    if (!doc) {
        if (backup::isDamage(failure))
            if (const QString hint = newestGoodBackupHint(path); !hint.isEmpty())
                return makeError(u"%1\n%2"_s.arg(doc.error().message, hint));
        return doc;
    }
    for (const QString &notice : (*doc)->notices())
        io.err << translated(QT_TRANSLATE_NOOP("cli", "note: %1")).arg(notice) << '\n';
    if (parser.isSet(option)) {
        bool ok = false;
        const qint64 id = parser.value(option).toLongLong(&ok);
        if (!ok)
            return makeError(translated(QT_TRANSLATE_NOOP("cli", "--assessment needs a number, not '%1'"))
                                 .arg(parser.value(option)));
        if (Status s = (*doc)->selectAssessment(id); !s)
            return s.error();
    }
    if ((*doc)->assessment().id == 0)
        return makeError(translated(QT_TRANSLATE_NOOP("cli", "%1 has no assessment yet")).arg(path));
    return doc;
}

int fail(Streams io, const Error &error)
{
    io.err << "gdpr-readiness: " << error.toString() << '\n';
    return DataError;
}

int fail(Streams io, const QString &message)
{
    return fail(io, makeError(message));
}

void printJson(Streams io, const QJsonDocument &doc)
{
    io.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace readiness::cli
