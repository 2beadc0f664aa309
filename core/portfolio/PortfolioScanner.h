#pragma once

#include "PortfolioEntry.h"
#include "QuestionnaireCache.h"

#include <QDate>
#include <QStringList>

#include <atomic>
#include <functional>

namespace readiness::portfolio {

/// Reads a folder of assessment files for the client portfolio, read-only
/// and in parallel: never locks a file, never creates a -wal, -shm or
/// .lock beside one, never migrates (an older format is read as it is).
/// Every .gdpra file yields an entry, with a problem and reason when it
/// cannot be read. docs/portfolio.md.
class PortfolioScanner final
{
public:
    struct Options
    {
        QDate today; // for overdue actions and the next key date; invalid: Clock::current()
        int busyTimeoutMs = 250; // how long a read waits for a writer
        int threads = 0; // 0: QThread::idealThreadCount()
    };
    /// (files done, files in all)
    using Progress = std::function<void(int, int)>;

    PortfolioScanner();
    explicit PortfolioScanner(Options options);
    Q_DISABLE_COPY_MOVE(PortfolioScanner)

    /// The assessment files in @p dir (*.gdpra, any case), sorted by name;
    /// SQLite's and the lock's companions are not assessments.
    static Result<QStringList> assessmentFiles(const QString &dir);

    /// Scans every assessment file of @p dir.
    Result<QList<PortfolioEntry>> scanFolder(const QString &dir, const Progress &progress = {},
                                             const std::atomic_bool *cancel = nullptr);
    /// Scans @p paths on a pool of threads; entries in the order of @p paths.
    QList<PortfolioEntry> scanFiles(const QStringList &paths, const Progress &progress = {},
                                    const std::atomic_bool *cancel = nullptr);
    /// One file, on the calling thread (each call has its own connection).
    PortfolioEntry scanFile(const QString &path);

    const QuestionnaireCache &questionnaires() const { return m_cache; }

private:
    Options m_options;
    QuestionnaireCache m_cache;
};

} // namespace readiness::portfolio
