#include "PortfolioScanner.h"

#include "Clock.h"
#include "PortfolioReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::portfolio {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::portfolio::PortfolioScanner)
};

} // namespace

PortfolioScanner::PortfolioScanner()
    : PortfolioScanner(Options {})
{ }

PortfolioScanner::PortfolioScanner(Options options)
    : m_options(options)
{
    if (!m_options.today.isValid())
        m_options.today = Clock::current().today();
}

Result<QStringList> PortfolioScanner::assessmentFiles(const QString &dir)
{
    const QFileInfo fi(dir);
    if (!fi.isDir())
        return makeError(Text::tr("%1 is not a folder").arg(QDir::toNativeSeparators(dir)));
    QDir folder(dir);
    if (!folder.isReadable())
        return makeError(Text::tr("cannot read the folder %1").arg(QDir::toNativeSeparators(dir)));
    folder.setNameFilters({u"*.gdpra"_s});
    folder.setFilter(QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot); // System: broken links
    folder.setSorting(QDir::Name | QDir::IgnoreCase);
    QStringList paths;
    for (const QFileInfo &f : folder.entryInfoList())
        if (!f.fileName().startsWith(u'.')) // a half-made new file (AssessmentFile::create)
            paths << f.absoluteFilePath();
    return paths;
}

Result<QList<PortfolioEntry>> PortfolioScanner::scanFolder(const QString &dir, const Progress &progress,
                                                           const std::atomic_bool *cancel)
{
    auto paths = assessmentFiles(dir);
    if (!paths)
        return paths.error();
    return scanFiles(*paths, progress, cancel);
}

QList<PortfolioEntry> PortfolioScanner::scanFiles(const QStringList &paths, const Progress &progress,
                                                  const std::atomic_bool *cancel)
{
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    std::atomic_int done = 0;
    const int total = int(paths.size());
    QList<PortfolioEntry> entries
        = QtConcurrent::blockingMapped<QList<PortfolioEntry>>(&pool, paths, [&](const QString &path) {
              PortfolioEntry e;
              if (cancel && cancel->load()) {
                  e.path = path;
                  e.fileName = QFileInfo(path).fileName();
                  e.problem = Problem::Unreadable;
                  e.reason = Text::tr("not read: the scan was cancelled");
              } else {
                  e = scanFile(path);
              }
              const int n = ++done;
              if (progress)
                  progress(n, total);
              return e;
          });
    return entries;
}

PortfolioEntry PortfolioScanner::scanFile(const QString &path)
{
    PortfolioEntry e;
    const QFileInfo fi(path);
    e.path = fi.absoluteFilePath();
    e.fileName = fi.fileName();
    e.fileSize = fi.size();
    e.fileModified = fi.lastModified();
    PortfolioReader::read(path, m_options.busyTimeoutMs, m_options.today, m_cache, e);
    return e;
}

} // namespace readiness::portfolio
