#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace readiness::cli {

enum ExitCode { Success = 0, DataError = 1, UsageError = 2 };

/// Where a command writes: normal output and messages.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

/// Runs the command line (arguments without the program name). Runs core
/// only, headless. Returns the process exit code.
int run(const QStringList &arguments, Streams io);

/// Whether @p arguments are for the command line rather than the desktop
/// application. The application starts with no argument or with one that
/// names an assessment (an existing file, or a name ending in .gdpra);
/// anything else is the command line's, so a mistyped command is a usage
/// error (exit 2) rather than a window that opens a file called "verfy".
bool isSubcommand(const QStringList &arguments);

/// The list of commands and options, as `gdpr-readiness --help` prints it.
void printUsage(QTextStream &stream);

/// Lets the GUI library add commands that need it (report): name, one-line
/// summary, and the handler taking the subcommand's arguments.
struct ExtraCommand
{
    QString name;
    QString summary;
    std::function<int(const QStringList &, Streams)> run;
};
void registerCommand(const ExtraCommand &command);

} // namespace readiness::cli
