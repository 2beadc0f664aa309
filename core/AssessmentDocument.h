#pragma once

#include "AnswerValue.h"
#include "AssessmentFile.h"
#include "AssessmentRecords.h"
#include "AssessmentRepository.h"
#include "EvidenceStore.h"
#include "Questionnaire.h"
#include "ReadinessScore.h"

#include <QObject>

#include <memory>

namespace readiness {

/// What changed in an open assessment; views translate it to their rows.
struct ChangeEvent
{
    enum class Kind { Answer, Evidence, Action, KeyDate, Assessment, Organisation };
    Kind kind = Kind::Answer;
    qint64 questionnaireRef = 0;
    QString questionId;
    qint64 id = 0;
};

/// An open assessment file: the frozen questionnaires, answers, evidence
/// and actions of one assessment, kept in memory and written through at
/// once. One changed() signal drives every view.
class AssessmentDocument final : public QObject
{
    Q_OBJECT

public:
    struct QuestionnaireEntry
    {
        qint64 ref = 0;
        Questionnaire questionnaire;
        AnswerMap answers; // question id -> value
    };

    struct QuestionRef
    {
        qint64 questionnaireRef = 0;
        const Questionnaire *questionnaire = nullptr;
        const Question *question = nullptr;
    };

    struct NewAssessment
    {
        Organisation organisation;
        AssessmentInfo info;
        QList<Questionnaire> questionnaires;
    };

    ~AssessmentDocument() override;

    static Result<std::unique_ptr<AssessmentDocument>> open(const QString &path,
                                                            AssessmentFile::Mode mode = AssessmentFile::Mode::ReadWrite,
                                                            AssessmentFile::Failure *failure = nullptr);
    static Result<std::unique_ptr<AssessmentDocument>> create(const QString &path, const NewAssessment &spec);

    /// Moves the document, its child objects and its file's connection to
    /// @p thread (see AssessmentOpener); call from the thread that owns it
    /// now. Any QObject the document comes to hold must be its child (or
    /// be moved here too), and nothing may start a timer while opening: the
    /// opening thread has no event loop.
    void handOverTo(QThread *thread);

    QString path() const { return m_file->path(); }
    /// What the user should be told about the open (AssessmentFile::notices).
    QStringList notices() const { return m_file->notices(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }
    AssessmentRepository &repository() { return *m_repository; }
    const AssessmentRepository &repository() const { return *m_repository; }
    EvidenceStore &evidenceStore() { return *m_evidenceStore; }
    QDateTime lastWritten() const { return m_lastWritten; }
    /// A short stable fingerprint of the file's identity and state.
    QString fingerprint() const;

    const Organisation &organisation() const { return m_organisation; }
    Status setOrganisation(const Organisation &organisation);
    const QList<AssessmentInfo> &assessments() const { return m_assessments; }
    const AssessmentInfo &assessment() const;
    /// Switches to another assessment of the file (default: the newest).
    Status selectAssessment(qint64 assessmentId);
    Status updateAssessment(const AssessmentInfo &info);

    const QList<QuestionnaireEntry> &questionnaires() const { return m_questionnaires; }
    const QuestionnaireEntry *questionnaire(qint64 ref) const;
    /// "question-id" when unique, or "questionnaire-id:question-id".
    Result<QuestionRef> resolveQuestion(const QString &spec) const;

    AnswerRecord answer(qint64 questionnaireRef, const QString &questionId) const;
    /// Normalises @p value for the question, writes it with @p note, emits changed().
    Status setAnswer(qint64 questionnaireRef, const QString &questionId, const QString &value, const QString &note);
    bool applies(qint64 questionnaireRef, const Question &question) const;
    /// Whether @p question is limited to jurisdictions the organisation is
    /// not in ("does not apply to Germany"); its applies_if aside.
    bool outsideJurisdiction(const Question &question) const;
    /// The organisation's jurisdictions (Jurisdiction::ofCountry).
    const QStringList &jurisdictions() const { return m_jurisdictions; }
    ReadinessScore score() const;

    const QList<EvidenceRecord> &evidence() const { return m_evidence; }
    QList<EvidenceRecord> evidenceFor(qint64 questionnaireRef, const QString &questionId) const;
    Result<EvidenceRecord> importEvidence(qint64 questionnaireRef, const QString &questionId, const QString &path,
                                          const EvidenceStore::Progress &progress = {});
    Status removeEvidence(qint64 evidenceId);
    Status restoreEvidence(qint64 evidenceId);

    const QList<ActionRecord> &actions() const { return m_actions; }
    Result<qint64> addAction(const ActionRecord &action);
    Status updateAction(const ActionRecord &action);
    Status removeAction(qint64 actionId);

    const QList<KeyDate> &keyDates() const { return m_keyDates; }
    Result<qint64> addKeyDate(const KeyDate &date);
    Status removeKeyDate(qint64 id);

signals:
    void changed(const readiness::ChangeEvent &event);

private:
    explicit AssessmentDocument(std::unique_ptr<AssessmentFile> file);
    Status load();
    Status loadAssessment();
    Status reloadEvidence();
    Status reloadActions();
    void touched(const ChangeEvent &event);
    AnswerMap *answersOf(qint64 ref);

    std::unique_ptr<AssessmentFile> m_file;
    std::unique_ptr<AssessmentRepository> m_repository;
    std::unique_ptr<EvidenceStore> m_evidenceStore;
    Organisation m_organisation;
    QStringList m_jurisdictions;
    QList<AssessmentInfo> m_assessments;
    int m_current = -1;
    QList<QuestionnaireEntry> m_questionnaires;
    QHash<QString, AnswerRecord> m_answerRecords; // "ref/question" -> record
    QList<EvidenceRecord> m_evidence;
    QList<ActionRecord> m_actions;
    QList<KeyDate> m_keyDates;
    QDateTime m_lastWritten;
};

} // namespace readiness
