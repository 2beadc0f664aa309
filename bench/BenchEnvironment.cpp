#include "BenchEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace benchsupport {

void fail(const QString &message)
{
    std::fprintf(stderr, "readiness_bench: %s\n", qPrintable(message));
    std::exit(2);
}

BenchEnvironment::BenchEnvironment()
    : m_dir(QDir::tempPath() + u"/readiness-bench-XXXXXX"_s)
{
    if (!m_dir.isValid())
        fail(u"cannot create a temporary folder: %1"_s.arg(m_dir.errorString()));
}

BenchEnvironment &BenchEnvironment::instance()
{
    static BenchEnvironment env;
    return env;
}

const QString &BenchEnvironment::largeAssessment()
{
    if (m_largeAssessment.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        auto path = SyntheticAssessment::build(dir(), m_largeShape);
        if (!path)
            fail(u"cannot build the large assessment: %1"_s.arg(path.error().toString()));
        m_largeAssessment = *path;
        std::fprintf(stderr, "set-up: %d questions, %d evidence files of %d bytes, %s (%.1f MiB) in %lld ms\n",
                     m_largeShape.sections * m_largeShape.questionsPerSection, m_largeShape.evidenceFiles,
                     m_largeShape.evidenceBytes, qPrintable(m_largeAssessment),
                     double(QFileInfo(m_largeAssessment).size()) / (1024.0 * 1024.0), timer.elapsed());
    }
    return m_largeAssessment;
}

const QString &BenchEnvironment::evidenceFile()
{
    if (m_evidenceFile.isEmpty()) {
        const QString path = dir() + u"/evidence-50MiB.bin"_s;
        if (readiness::Status s = writeRandomFile(path, kLargeEvidenceBytes); !s)
            fail(s.error().toString());
        m_evidenceFile = path;
    } else if (!QFileInfo(m_evidenceFile).isFile()) {
        fail(u"%1 is not a file"_s.arg(m_evidenceFile));
    }
    return m_evidenceFile;
}

QString BenchEnvironment::freshPath(const QString &stem)
{
    return dir() + u"/%1-%2.gdpra"_s.arg(stem).arg(++m_serial);
}

} // namespace benchsupport
