#include "AssessmentOpener.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentOpener)
};

} // namespace

AssessmentOpener::AssessmentOpener(const QString &path, AssessmentFile::Mode mode)
    : m_owner(QThread::currentThread())
{
    m_worker = std::thread([this, path, mode] {
        AssessmentFile::Failure failure = AssessmentFile::Failure::None;
        auto document = AssessmentDocument::open(path, mode, &failure);
        if (document)
            (*document)->handOverTo(m_owner);
        m_outcome.emplace(Outcome {std::move(document), failure});
    });
}

AssessmentOpener::~AssessmentOpener()
{
    if (m_worker.joinable())
        m_worker.join();
}

AssessmentOpener::Outcome AssessmentOpener::take()
{
    if (m_worker.joinable())
        m_worker.join(); // the worker's writes to m_outcome happen-before this
    if (!m_outcome)
        return {makeError(Text::tr("the assessment was already taken from this opener"))};
    Outcome outcome = std::move(*m_outcome);
    m_outcome.reset();
    return outcome;
}

} // namespace readiness
