#pragma once

#include "AssessmentDocument.h"

#include <QThread>

#include <memory>
#include <optional>
#include <thread>

namespace readiness {

/// Opens an assessment (AssessmentDocument::open) on a worker thread, so the
/// caller can do other work meanwhile: the desktop application builds its
/// window while the file is checked and read on a second core
/// (docs/benchmarks.md, start-up). take() waits for the open to finish and
/// hands the document, SQLite connection included, to the thread that
/// created the opener.
class AssessmentOpener final
{
public:
    struct Outcome
    {
        Result<std::unique_ptr<AssessmentDocument>> document;
        AssessmentFile::Failure failure = AssessmentFile::Failure::None;
    };

    AssessmentOpener(const QString &path, AssessmentFile::Mode mode);
    /// Waits for the worker; a document nobody took is closed here.
    ~AssessmentOpener();
    Q_DISABLE_COPY_MOVE(AssessmentOpener)

    /// The result of the open, once; the document now belongs to this thread.
    Outcome take();

private:
    QThread *m_owner;
    std::optional<Outcome> m_outcome;
    std::thread m_worker;
};

} // namespace readiness
