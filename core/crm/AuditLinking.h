#pragma once

#include "AuditRepository.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace readiness {
class AssessmentDocument;
}

namespace readiness::crm {

/// The questionnaire whose questions a run's figures speak to.
inline constexpr auto kCrmQuestionnaireId = "crm-data-quality";

/// One finding type's figure in a run: count, base and rate.
struct FindingFigure
{
    QString scope; // "record" or "address"
    QString key;
    QString title;
    QString law;
    qint64 count = 0;
    qint64 base = 0; // records, or addresses in the cross-check
    double rate() const { return base > 0 ? double(count) / double(base) : 0.0; }
};

/// A maturity level the figures suggest for a question, with its reason.
/// Only a suggestion: the DPO accepts it or keeps their own answer.
struct MaturitySuggestion
{
    QString questionId;
    int level = 0; // 0-3; one run never suggests 4 ("Embedded" needs routine, not one audit)
    QString reason;
    QList<FindingFigure> figures;
};

/// A finding type turned into an action on its question.
struct ActionProposal
{
    QString questionId;
    QString finding;
    qint64 count = 0;
    QString title;
    QString notes;
};

/// The questions of the crm-data-quality questionnaire the audit speaks
/// to, each with the finding types that bear on it (docs/crm-audit.md).
QStringList linkedQuestionIds();
QStringList findingsForQuestion(const QString &questionId); // "record:stale", "address:mc_not_in_crm"

/// The suggested level per linked question, from the figures alone (pure).
/// Thresholds per finding type, the lowest level wins:
///  - none found: 3 (Defined);
///  - a finding that means an objection or opt-out is not honoured
///    (consent conflict, opt-out ignored, Mailchimp subscribed / CRM
///    blocked, CRM allows / Mailchimp unsubscribed): any found caps at 1,
///    above 1 % gives 0;
///  - any other: up to 1 % gives 2, up to 5 % gives 1, above 5 % gives 0.
/// Questions without data in the run (no consent log, no Mailchimp
/// export) get no suggestion.
QList<MaturitySuggestion> suggestMaturity(const StoredAuditRun &run);

/// One action per finding type with a count above zero (pure).
QList<ActionProposal> proposeActions(const StoredAuditRun &run);

/// The run's summary as evidence text (UTF-8): figures, rules and
/// parameters, input fingerprints; no personal data.
QByteArray evidenceText(const StoredAuditRun &run);

struct LinkOutcome
{
    int evidenceAdded = 0;
    int evidenceKept = 0; // already linked from this run
    int actionsAdded = 0;
    int actionsKept = 0;
};

/// Adds the run's summary as evidence to every linked question (when
/// @p evidence) and one action per finding type (when @p actions), through
/// the document so that every view updates. Linking the same run again
/// adds nothing twice. Needs the crm-data-quality questionnaire in the
/// assessment.
Result<LinkOutcome> linkRun(AssessmentDocument &document, qint64 runId, bool evidence, bool actions);

/// Sets the suggested level as the answer, with the reason as its note.
/// Only called when the DPO accepts it.
Status acceptSuggestion(AssessmentDocument &document, const MaturitySuggestion &suggestion);

/// The crm-data-quality questionnaire's reference in @p document, or an error.
Result<qint64> crmQuestionnaireRef(const AssessmentDocument &document);

} // namespace readiness::crm
