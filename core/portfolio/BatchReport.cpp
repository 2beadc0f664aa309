#include "BatchReport.h"

#include "OutputPathGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace readiness::portfolio {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::portfolio::BatchReport)
};

/// The last lines a worker wrote to stderr: its own error message.
QString workerMessage(QProcess &process)
{
    const QString err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > 3)
        lines = lines.mid(lines.size() - 3);
    return lines.join(u' ');
}
} // namespace

QString BatchReport::outputName(const QString &input)
{
    QString base = QFileInfo(input).completeBaseName();
    if (base.endsWith(u".gdpra"_s, Qt::CaseInsensitive)) // "x.gdpra.gdpra"
        base.chop(6);
    QString safe;
    for (const QChar c : std::as_const(base))
        safe += (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.' || c == u'(' || c == u')'
                 || c == u'+' || c == u',')
            ? c
            : u'_';
    safe = safe.trimmed();
    while (safe.startsWith(u'.') || safe.startsWith(u'-'))
        safe.remove(0, 1);
    if (safe.isEmpty())
        safe = u"report"_s;
    return safe.left(200) + u".pdf"_s;
}

bool BatchReport::isOurReport(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.read(5).startsWith("%PDF-"))
        return false;
    // PDF/A keeps the XMP metadata uncompressed; reports are a few MB at most.
    return f.readAll().contains("<xmp:CreatorTool>gdpr-readiness ");
}

QList<BatchReport::Item> BatchReport::plan(const QStringList &inputs, const QString &outputDir, bool replace)
{
    QList<Item> items;
    QSet<QString> taken;
    const QDir out(outputDir);
    for (const QString &input : inputs) {
        Item item;
        item.input = input;
        const QString name = outputName(input);
        QString candidate = out.absoluteFilePath(name);
        for (int n = 2; taken.contains(candidate); ++n)
            candidate = out.absoluteFilePath(name.chopped(4) + u"-%1.pdf"_s.arg(n));
        taken.insert(candidate);
        item.output = candidate;
        const QString native = QDir::toNativeSeparators(candidate);
        if (Status s = OutputPathGuard::check(candidate, input); !s) {
            item.message = s.error().message;
        } else if (QFileInfo(candidate).isSymLink()
                   || (QFileInfo::exists(candidate) && !QFileInfo(candidate).isFile())) {
            item.message = Text::tr("%1 exists and is not a plain file; nothing was overwritten").arg(native);
        } else if (QFileInfo::exists(candidate) && !isOurReport(candidate)) {
            item.message
                = Text::tr("%1 exists and is not a GDPR Readiness report; nothing was overwritten (move it or choose "
                           "another folder)")
                      .arg(native);
        } else if (QFileInfo::exists(candidate) && !replace) {
            item.existing = true;
            item.message = Text::tr("%1 already exists; nothing was overwritten (use --replace to write the reports "
                                    "again)")
                               .arg(native);
        } else {
            item.replaced = QFileInfo::exists(candidate);
            item.ok = true; // planned; run() sets the outcome
        }
        items.append(item);
    }
    return items;
}

QList<BatchReport::Item> BatchReport::run(const QStringList &inputs, const Options &options, const Progress &progress,
                                          const std::atomic_bool *cancel)
{
    const QList<Item> planned = plan(inputs, options.outputDir, options.replace);
    QThreadPool pool;
    pool.setMaxThreadCount(options.jobs > 0 ? options.jobs : QThread::idealThreadCount());
    std::atomic_int done = 0;
    const int total = int(planned.size());
    return QtConcurrent::blockingMapped<QList<Item>>(&pool, planned, [&](Item item) {
        if (item.ok && cancel && cancel->load()) {
            item.ok = false;
            item.message = Text::tr("not written: the batch was cancelled");
        } else if (item.ok) {
            // Each worker is the single-file command, which opens the file
            // read-only and writes the report atomically (QSaveFile).
            QProcess worker;
            worker.setProcessChannelMode(QProcess::SeparateChannels);
            worker.setStandardOutputFile(QProcess::nullDevice());
            worker.start(options.program,
                         QStringList {u"report"_s, item.input, u"-o"_s, item.output} + options.reportArguments);
            if (!worker.waitForStarted()) {
                item.ok = false;
                item.message = Text::tr("cannot start %1: %2").arg(options.program, worker.errorString());
            } else if (!worker.waitForFinished(options.timeoutMs)) {
                worker.kill();
                worker.waitForFinished();
                item.ok = false;
                item.message
                    = Text::tr("the report took longer than %1 s and was stopped").arg(options.timeoutMs / 1000);
            } else if (worker.exitStatus() != QProcess::NormalExit || worker.exitCode() != 0) {
                item.ok = false;
                item.message = worker.exitStatus() == QProcess::NormalExit
                    ? workerMessage(worker)
                    : Text::tr("the report process crashed: %1").arg(workerMessage(worker));
                if (item.message.isEmpty())
                    item.message = Text::tr("the report process ended with status %1").arg(worker.exitCode());
            }
        }
        const int n = ++done;
        if (progress)
            progress(n, total, item);
        return item;
    });
}

} // namespace readiness::portfolio
