#include "QuestionnaireCache.h"

#include "QuestionnaireLibrary.h"
#include "QuestionnaireLoader.h"
#include "Sha256.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace readiness::portfolio {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::portfolio::QuestionnaireCache)
};

} // namespace

QuestionnaireCache::QuestionnaireCache()
{
    for (const QString &file : QuestionnaireLibrary::bundledFiles())
        if (auto q = QuestionnaireLoader::loadFile(file))
            m_bySha.insert(q->sha256, std::make_shared<const Questionnaire>(std::move(q).value()));
}

Result<std::shared_ptr<const Questionnaire>> QuestionnaireCache::get(const StoredQuestionnaire &stored,
                                                                     const QString &label)
{
    {
        QReadLocker locker(&m_lock);
        if (auto it = m_bySha.constFind(stored.sha256); it != m_bySha.constEnd())
            return *it;
    }
    // Not bundled (an older or custom questionnaire): as AssessmentDocument
    // does, the copy must match its hash before it is trusted.
    if (Sha256::hex(stored.json) != stored.sha256)
        return makeError(
            Text::tr("%1: the stored copy of questionnaire '%2' does not match its SHA-256").arg(label, stored.id));
    auto q = QuestionnaireLoader::loadTrusted(stored.json, label + u"#questionnaire/"_s + stored.id, stored.sha256);
    if (!q)
        return q.error();
    auto shared = std::make_shared<const Questionnaire>(std::move(q).value());
    QWriteLocker locker(&m_lock);
    return *m_bySha.insert(stored.sha256, shared);
}

int QuestionnaireCache::size() const
{
    QReadLocker locker(&m_lock);
    return int(m_bySha.size());
}

} // namespace readiness::portfolio
