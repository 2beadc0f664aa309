#include "ReviewMarks.h"

#include "ReviewRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QString key(qint64 ref, const QString &questionId)
{
    return QString::number(ref) + u'/' + questionId;
}
} // namespace

ReviewMarks::ReviewMarks(AssessmentDocument &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    reload();
    connect(&m_document, &AssessmentDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Kind::Answer || event.kind == ChangeEvent::Kind::Assessment)
            reload();
    });
}

void ReviewMarks::reload()
{
    m_carried.clear();
    // An unreadable table shows no marks; the report reads it again and
    // reports the error there.
    auto list = review::ReviewRepository::carriedOf(m_document.repository(), m_document.assessment().id);
    if (!list)
        return;
    for (const review::CarriedAnswer &c : std::as_const(*list))
        m_carried.insert(key(c.questionnaireRef, c.questionId), c);
}

std::optional<review::CarriedAnswer> ReviewMarks::carried(qint64 questionnaireRef, const QString &questionId) const
{
    const auto it = m_carried.constFind(key(questionnaireRef, questionId));
    if (it == m_carried.cend())
        return std::nullopt;
    return *it;
}

bool ReviewMarks::isToReview(qint64 questionnaireRef, const QString &questionId) const
{
    const auto it = m_carried.constFind(key(questionnaireRef, questionId));
    return it != m_carried.cend() && it->isToReview();
}

int ReviewMarks::carriedCount() const
{
    return int(std::count_if(m_carried.cbegin(), m_carried.cend(),
                             [](const review::CarriedAnswer &c) { return c.state != review::CarriedState::History; }));
}

int ReviewMarks::toReviewCount() const
{
    return int(std::count_if(m_carried.cbegin(), m_carried.cend(),
                             [](const review::CarriedAnswer &c) { return c.isToReview(); }));
}

int ReviewMarks::toReviewCount(qint64 questionnaireRef, const Section &section) const
{
    int n = 0;
    for (const Question &q : section.questions)
        n += isToReview(questionnaireRef, q.id) ? 1 : 0;
    return n;
}

QList<review::CarriedAnswer> ReviewMarks::history() const
{
    QList<review::CarriedAnswer> list;
    for (const review::CarriedAnswer &c : m_carried)
        if (c.state == review::CarriedState::History)
            list.append(c);
    return list;
}

Status ReviewMarks::confirm(qint64 questionnaireRef, const QString &questionId)
{
    review::ReviewRepository repository(m_document.repository());
    return resolved(repository.confirm(m_document.assessment().id, questionnaireRef, questionId), questionnaireRef,
                    questionId);
}

Status ReviewMarks::unconfirm(qint64 questionnaireRef, const QString &questionId)
{
    review::ReviewRepository repository(m_document.repository());
    return resolved(repository.unconfirm(m_document.assessment().id, questionnaireRef, questionId), questionnaireRef,
                    questionId);
}

Status ReviewMarks::resolved(const Status &status, qint64 questionnaireRef, const QString &questionId)
{
    if (!status)
        return status;
    // The one change signal every view listens to; this object reloads first.
    emit m_document.changed({ChangeEvent::Kind::Answer, questionnaireRef, questionId, 0});
    return status;
}

} // namespace readiness::ui
