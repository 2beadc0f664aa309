#pragma once

#include "SyntheticAssessment.h"

#include <QString>
#include <QTemporaryDir>

namespace benchsupport {

/// The files the benchmarks share, made once per process in a temporary
/// folder (TMPDIR) and removed at exit. Set-up failures abort the run: a
/// benchmark of a half-built file would report meaningless figures.
class BenchEnvironment final
{
public:
    static constexpr qint64 kLargeEvidenceBytes = 50 * 1024 * 1024;

    static BenchEnvironment &instance();

    /// From --evidence-file=PATH; empty means "generate one".
    void setEvidenceFile(const QString &path) { m_evidenceFile = path; }

    QString dir() const { return m_dir.path(); }
    const SyntheticAssessment::Shape &largeShape() const { return m_largeShape; }
    /// The 2,000-question assessment with every answer and 500 evidence files.
    const QString &largeAssessment();
    /// The 50 MiB evidence file (given or generated).
    const QString &evidenceFile();
    /// A fresh path in the folder, never used before in this process.
    QString freshPath(const QString &stem);

private:
    BenchEnvironment();

    QTemporaryDir m_dir;
    SyntheticAssessment::Shape m_largeShape;
    QString m_largeAssessment;
    QString m_evidenceFile;
    int m_serial = 0;
};

/// Prints @p message to stderr and exits: set-up cannot continue.
[[noreturn]] void fail(const QString &message);

} // namespace benchsupport
