#include "ImportPeakMemory.h"

#include "BenchEnvironment.h"
#include "SyntheticAssessment.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace benchsupport {

namespace {

/// A "VmRSS:  1234 kB" style field of /proc/self/status, in KiB (-1 if absent).
qint64 statusKib(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// Resets VmHWM to the current RSS (Linux 4.0+), so the peak read after the
/// import belongs to the import and not to the set-up before it.
bool resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

int measureImportPeakMemory(const QString &file)
{
    if (!QFileInfo(file).isFile())
        fail(u"%1 is not a file"_s.arg(file));
    BenchEnvironment &env = BenchEnvironment::instance();
    const QString path = env.freshPath(u"rss"_s);
    auto doc = SyntheticAssessment::createEmpty(env.dir(), path, {1, 5, 0, 0});
    if (!doc)
        fail(doc.error().toString());
    const qint64 ref = (*doc)->questionnaires().constFirst().ref;

    const qint64 baseline = statusKib("VmRSS");
    const qint64 peakBefore = statusKib("VmHWM");
    const bool reset = resetPeak();
    auto record = (*doc)->importEvidence(ref, SyntheticAssessment::questionId(1, 1), file);
    const qint64 peak = statusKib("VmHWM");
    if (!record)
        fail(record.error().toString());
    if (baseline < 0 || peak < 0)
        fail(u"cannot read /proc/self/status"_s);

    // Without the reset the peak may date from the set-up; then the figure
    // is an upper bound of the import's own peak, still valid for a limit.
    std::printf("import_bytes=%lld\n", record->size);
    std::printf("baseline_rss_kib=%lld\n", baseline);
    std::printf("peak_before_kib=%lld\n", peakBefore);
    std::printf("peak_reset=%s\n", reset ? "yes" : "no");
    std::printf("peak_during_import_kib=%lld\n", peak);
    std::printf("delta_kib=%lld\n", peak - baseline);
    return 0;
}

} // namespace benchsupport
