// gdpr-readiness portfolio DIR [--json]: one line per assessment file of a
// client folder, read without changing any file (core/portfolio).
#include "CliFormat.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "PortfolioScanner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace readiness::cli {

using portfolio::PortfolioEntry;
using portfolio::SignOffState;

namespace {
QString cut(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + u"…"_s : text;
}

QString signOffText(const PortfolioEntry &e)
{
    switch (e.signOff) {
    case SignOffState::NotRecorded:
        return u"—"_s;
    case SignOffState::None:
        return translated(QT_TRANSLATE_NOOP("cli", "not signed"));
    case SignOffState::SignedOff:
        return translated(QT_TRANSLATE_NOOP("cli", "signed %1")).arg(format::date(e.signedAt.date()));
    case SignOffState::Reopened:
        return translated(QT_TRANSLATE_NOOP("cli", "reopened"));
    }
    return {};
}

/// The tag of a file that could not be read: the --json key in English
/// ("locked", "too-new" …), a German word in German.
QString problemText(portfolio::Problem problem)
{
    switch (problem) {
    case portfolio::Problem::None:
        return {};
    case portfolio::Problem::Damaged:
        return translated(QT_TRANSLATE_NOOP("cli", "damaged"));
    case portfolio::Problem::Locked:
        return translated(QT_TRANSLATE_NOOP("cli", "locked"));
    case portfolio::Problem::TooNew:
        return translated(QT_TRANSLATE_NOOP("cli", "too-new"));
    case portfolio::Problem::NotAssessment:
        return translated(QT_TRANSLATE_NOOP("cli", "not-assessment"));
    case portfolio::Problem::Unreadable:
        return translated(QT_TRANSLATE_NOOP("cli", "unreadable"));
    }
    return {};
}

void printTable(Streams io, const QList<PortfolioEntry> &entries)
{
    auto row = [&](const QStringList &cells) {
        static constexpr int widths[] = {22, 28, 8, 6, 10, 9, 11, 16, 19, 16};
        QString line;
        for (int i = 0; i < cells.size(); ++i)
            line += (i + 1 < cells.size() ? cut(cells.at(i), widths[i]).leftJustified(widths[i] + 1) : cells.at(i));
        io.out << line.trimmed() << '\n';
    };
    row({translated(QT_TRANSLATE_NOOP("cli", "File")), translated(QT_TRANSLATE_NOOP("cli", "Organisation")),
         translated(QT_TRANSLATE_NOOP("cli", "Score")), translated(QT_TRANSLATE_NOOP("cli", "RAG")),
         translated(QT_TRANSLATE_NOOP("cli", "Coverage")), translated(QT_TRANSLATE_NOOP("cli", "Critical")),
         translated(QT_TRANSLATE_NOOP("cli", "Overdue")), translated(QT_TRANSLATE_NOOP("cli", "Next date")),
         translated(QT_TRANSLATE_NOOP("cli", "Sign-off")), translated(QT_TRANSLATE_NOOP("cli", "Last change"))});
    for (const PortfolioEntry &e : entries) {
        if (!e.readable())
            continue;
        row({e.fileName, e.organisation, format::percent(e.percent), e.rag == Rag::None ? u"—"_s : format::rag(e.rag),
             format::percent(e.coverage * 100), format::number(e.criticalGaps), format::number(e.overdueActions),
             e.nextKeyDate ? format::date(e.nextKeyDate->date) : u"—"_s, signOffText(e),
             e.lastChange.isValid() ? format::date(e.lastChange.toLocalTime().date()) : u"—"_s});
    }
}
} // namespace

int portfolioCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"portfolio"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "One line per assessment file (*.gdpra) of a folder: organisation, score and RAG, coverage, "
                    "critical gaps, overdue actions, next key date, sign-off, last change. Files are read without "
                    "being changed; a file that cannot be read is listed with the reason. Exit status: 0 every "
                    "file was read, 1 a file (listed) or the folder could not be read, 2 wrong usage.")));
    cmd.parser.addPositionalArgument(translated(QT_TRANSLATE_NOOP("cli", "DIR")),
                                     translated(QT_TRANSLATE_NOOP("cli", "The folder of assessment files.")));
    QCommandLineOption json(u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print JSON.")));
    cmd.parser.addOption(json);
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    const QString dir = cmd.parser.positionalArguments().constFirst();
    portfolio::PortfolioScanner scanner;
    auto entries = scanner.scanFolder(dir);
    if (!entries)
        return fail(io, entries.error());
    int unreadable = 0;
    for (const PortfolioEntry &e : std::as_const(*entries))
        unreadable += e.readable() ? 0 : 1;
    if (cmd.parser.isSet(json)) {
        QJsonArray files;
        for (const PortfolioEntry &e : std::as_const(*entries))
            files.append(e.toJson());
        printJson(io,
                  QJsonDocument(QJsonObject {
                      {u"folder"_s, QDir(dir).absolutePath()}, {u"files"_s, files}, {u"unreadable"_s, unreadable}}));
        return unreadable ? DataError : Success;
    }
    if (entries->isEmpty()) {
        io.out << translated(QT_TRANSLATE_NOOP("cli", "No assessment files (*.gdpra) in %1"))
                      .arg(QDir::toNativeSeparators(dir))
               << '\n';
        return Success;
    }
    printTable(io, *entries);
    for (const PortfolioEntry &e : std::as_const(*entries))
        if (!e.inUseBy.isEmpty())
            io.out << translated(QT_TRANSLATE_NOOP("cli", "%1 is open for changes in %2")).arg(e.fileName, e.inUseBy)
                   << '\n';
    if (unreadable) {
        io.out << '\n'
               << translated(QT_TRANSLATE_NOOP("cli", "Files that could not be read (%1):")).arg(unreadable) << '\n';
        for (const PortfolioEntry &e : std::as_const(*entries))
            if (!e.readable())
                io.out << "  " << e.fileName << " [" << problemText(e.problem) << "] " << e.reason << '\n';
    }
    return unreadable ? DataError : Success;
}

} // namespace readiness::cli
