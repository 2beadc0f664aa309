#pragma once

#include "AssessmentDocument.h"
#include "ReviewRecords.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace readiness::ui {

/// The carried-over answers of the open assessment and which of them wait
/// for review, read from the file and kept current: an answer change (the
/// file ends the review itself) and a confirmation both refresh it before
/// the views redraw (it connects to AssessmentDocument::changed first).
class ReviewMarks final : public QObject
{
    Q_OBJECT

public:
    explicit ReviewMarks(AssessmentDocument &document, QObject *parent = nullptr);

    std::optional<review::CarriedAnswer> carried(qint64 questionnaireRef, const QString &questionId) const;
    bool isToReview(qint64 questionnaireRef, const QString &questionId) const;
    /// Carried answers (history ones aside) and those still to review.
    int carriedCount() const;
    int toReviewCount() const;
    int toReviewCount(qint64 questionnaireRef, const Section &section) const;
    /// The previous assessment's answers kept only as history.
    QList<review::CarriedAnswer> history() const;

    /// The steps of the Confirm command (ConfirmCarriedCommand): each emits
    /// the document's changed() for the answer, so every view follows.
    Status confirm(qint64 questionnaireRef, const QString &questionId);
    Status unconfirm(qint64 questionnaireRef, const QString &questionId);

private:
    void reload();
    Status resolved(const Status &status, qint64 questionnaireRef, const QString &questionId);

    AssessmentDocument &m_document;
    QHash<QString, review::CarriedAnswer> m_carried; // "ref/question"
};

} // namespace readiness::ui
