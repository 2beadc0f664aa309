#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace readiness::portfolio {

/// Writes the report of every assessment in a folder. Each report is
/// written by a worker process of the program itself (`gdpr-readiness
/// report FILE -o OUT`), exactly as the single-file command writes it: the
/// report's charts use QGraphicsScene, which must stay on a process's main
/// thread, and a worker that fails or crashes takes only its own file with
/// it. docs/portfolio.md.
class BatchReport final
{
public:
    struct Options
    {
        QString program; // the gdpr-readiness executable
        QString outputDir;
        QStringList reportArguments; // passed on: --language de, --page-size Letter
        int jobs = 0; // worker processes at once; 0: QThread::idealThreadCount()
        bool replace = false; // replace PDFs an earlier batch wrote (never other files)
        int timeoutMs = 300'000; // per report
    };

    struct Item
    {
        QString input;
        QString output; // empty when no name could be given
        bool ok = false;
        bool replaced = false;
        bool existing = false; // refused only because an earlier report is there (see replace)
        QString message; // why it failed
    };
    /// (items done, items in all, the item just finished); called on the
    /// thread that ran the worker.
    using Progress = std::function<void(int, int, const Item &)>;

    /// The report's name for @p input: its base name made safe (no path
    /// separators, control characters or leading dot or dash) plus ".pdf".
    static QString outputName(const QString &input);

    /// Output paths for @p inputs in @p outputDir, each checked: never an
    /// assessment or its companions (OutputPathGuard), never a file that is
    /// not a report of ours, never an existing report unless @p replace.
    /// Two inputs with the same name get "-2", "-3".
    static QList<Item> plan(const QStringList &inputs, const QString &outputDir, bool replace);

    /// Whether @p path is a PDF this program wrote (its XMP CreatorTool).
    static bool isOurReport(const QString &path);

    /// Runs the plan in worker processes; blocks until every item is done
    /// (or @p cancel is set: items not started fail as cancelled).
    static QList<Item> run(const QStringList &inputs, const Options &options, const Progress &progress = {},
                           const std::atomic_bool *cancel = nullptr);
};

} // namespace readiness::portfolio
