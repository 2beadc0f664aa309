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

/// Whether @p arguments name a subcommand (otherwise the GUI starts).
bool isSubcommand(const QStringList &arguments);

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
