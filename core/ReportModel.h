#pragma once

#include "AssessmentRecords.h"
#include "AuditRepository.h"
#include "Countdown.h"
#include "FineExposure.h"
#include "ReadinessScore.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace readiness {

class AssessmentDocument;

/// Everything the readiness report and the data exports show, as plain
/// data built once from an open assessment. The PDF, the ODT, the JSON and
/// the CSV all read this one model, so they cannot disagree.
struct ReportModel
{
    struct Options
    {
        QString language = QStringLiteral("en");
        QDate today; // invalid: Clock::current().today()
        QString calendarId = QStringLiteral("england-and-wales");
        int topRiskCount = 4;
    };

    struct QuestionDetail
    {
        QString questionnaireId;
        qint64 questionnaireRef = 0;
        QString sectionId;
        QString sectionTitle;
        QString questionId;
        QString text;
        QStringList references;
        QString type; // questionTypeName()
        double weight = 1.0;
        bool critical = false;
        bool applies = true;
        bool outsideJurisdiction = false; // limited to jurisdictions the organisation is not in
        bool scored = false;
        QString value; // stored form; empty when unanswered
        QString display; // the answer in words
        std::optional<int> level; // maturity questions answered with a level
        std::optional<double> fraction; // share of full marks, when scored
        bool criticalGap = false;
        QString note;
        QString remediation;
        QList<EvidenceRecord> evidence;
        QList<ActionRecord> actions;
        /// Carried over from the previous assessment and neither confirmed
        /// nor changed since (set by review::ReviewReport).
        bool toReview = false;
        QDate carriedFrom; // when it was answered in the previous assessment
    };

    struct SectionDetail
    {
        QString questionnaireId;
        QString questionnaireTitle;
        QString sectionId;
        QString title;
        QString description;
        QStringList references;
        bool scoped = false;
        SectionScore score;
        QList<QuestionDetail> questions;
    };

    /// A question that pulls readiness down, and what fixes it.
    struct Risk
    {
        QString questionnaireId;
        QString questionId;
        QString sectionTitle;
        QString question;
        QString answer; // display text, or "Unanswered"
        bool criticalGap = false;
        double weight = 1.0;
        double shortfall = 0; // 1 - fraction
        QString action; // the open action's title, else the questionnaire's remediation
        QString owner;
        QDate due;
    };

    /// A critical question answered "not applicable", with the reason given.
    struct NotApplicableCritical
    {
        QString questionnaireId;
        QString questionId;
        QString question;
        QString reason; // the answer's note; empty in files written before a reason was required
    };

    struct ActionItem
    {
        ActionRecord record;
        QString questionnaireId;
        QString questionText;
        bool overdue = false;
    };

    struct EvidenceItem
    {
        EvidenceRecord record;
        QString questionnaireId;
    };

    struct QuestionnaireInfo
    {
        QString id;
        QString version;
        QString title;
        QString sha256;
        RagThresholds thresholds;
        QStringList scale; // "0 Not started", ...
    };

    // Cover
    QString language;
    QDate today;
    Organisation organisation;
    AssessmentInfo assessment;
    /// The DPO sign-off in force, set by the report renderer (the lifecycle
    /// library, docs/lifecycle.md); the report states it on the cover.
    struct SignOff
    {
        QString name;
        QString role;
        QDateTime at;
        QString fingerprint;
        int revision = 0;
        /// A report of a past signed revision (report --revision N), built
        /// from its snapshot; reopenedAt: when it was reopened for changes.
        bool pastRevision = false;
        std::optional<QDateTime> reopenedAt;
    };
    std::optional<SignOff> signOff;
    /// The report's "Since last review" section, set by the report renderer
    /// (the compare library, docs/lifecycle.md) when the assessment names
    /// its predecessor or the user chose one: the comparison with it, or
    /// why there is none (the predecessor is missing or another file).
    struct SinceLastReview
    {
        enum class State { Compared, Missing, DifferentFile, Unreadable };
        State state = State::Compared;
        bool chosen = false; // chosen by the user (report --previous), not named by the assessment
        QString previousFile; // as named or chosen
        QString expectedFileId; // what the assessment names; the file found has foundFileId
        QString foundFileId;
        QString problem; // Unreadable: why
        QString previousTitle;
        QDate previousDate;
        std::optional<double> before;
        std::optional<double> after;
        int criticalBefore = 0;
        int criticalAfter = 0;
        struct Section
        {
            QString title;
            std::optional<double> before;
            std::optional<double> after;
        };
        QList<Section> sections;
        struct Change
        {
            QString questionnaireId;
            QString questionId;
            QString question;
            QString before;
            QString after;
        };
        QList<Change> newlyCritical;
        QList<Change> resolved;
        QList<Change> wentDown;
        int wentUp = 0;
        int added = 0;
        int removed = 0;
    };
    std::optional<SinceLastReview> sinceLastReview;
    QString sourceFile;
    QString fingerprint;
    std::optional<Countdown> toTarget; // when a target date is set
    Countdown sinceGdpr;
    struct DatedCountdown
    {
        QString label;
        Countdown countdown; // from today to the date
    };
    QList<DatedCountdown> keyDates; // dates the user added, in date order
    QString calendarName;

    // Summary
    ReadinessScore score;
    QString verdict;
    QList<Risk> topRisks;
    int riskCount = 0; // all questions with a shortfall
    QList<NotApplicableCritical> criticalNotApplicable; // in questionnaire order

    QList<SectionDetail> sections; // every section, scoping ones included
    QList<ActionItem> actions; // by due date, undated last
    int overdueCount = 0;
    std::optional<FineExposure> fines;
    QList<EvidenceItem> evidence;
    QList<QuestionnaireInfo> questionnaires;
    /// The newest CRM data audit run of the assessment (figures only, no
    /// personal data), if it has one: the report's "CRM data audit" section.
    std::optional<crm::StoredAuditRun> crmAudit;

    /// An answer of the previous assessment that the newer questionnaire
    /// version has no place for: shown read-only in the report's appendix.
    struct CarriedHistory
    {
        QString questionnaireId;
        QString questionId;
        QString question; // as the previous version asked it
        QString value; // as stored there
        QString note;
        QString fromVersion;
        QString reason; // "removed" or "not-valid"
        QDate answeredAt;
    };
    /// Filled by review::ReviewReport::complete (readiness_review) for a
    /// file carried over from a previous one; empty otherwise.
    int toReviewCount = 0;
    QList<CarriedHistory> carriedHistory;

    /// Scored sections with a score, in questionnaire order (the radar axes).
    QList<const SectionDetail *> scoredSections() const;

    static Result<ReportModel> build(const AssessmentDocument &document, const Options &options);

    /// This model with every text a user enters cut to its input limit
    /// (TextLimits::forDisplay): what the PDF and ODT lay out. Only a file
    /// written behind the application's back holds longer texts, and laying
    /// them out whole took minutes (a 100 KB name on every page's header).
    /// The data exports keep the texts whole.
    ReportModel forLayout() const;
};

} // namespace readiness
