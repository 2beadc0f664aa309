#pragma once

#include "AssessmentFile.h"
#include "AssessmentRecords.h"
#include "Questionnaire.h"
#include "Result.h"

#include <QSqlQuery>
#include <QVariantList>

namespace readiness {

/// All SQL on an assessment file's content. Every change is one
/// transaction together with its change-log entry: there is no unsaved state.
class AssessmentRepository final
{
public:
    explicit AssessmentRepository(AssessmentFile &file);
    Q_DISABLE_COPY_MOVE(AssessmentRepository)

    /// Who is recorded as making changes (answers, evidence, change log).
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }

    AssessmentFile &file() { return m_file; }
    const AssessmentFile &file() const { return m_file; }

    QString fileId() const;

    Result<std::optional<Organisation>> organisation() const;
    Status setOrganisation(const Organisation &organisation);

    Result<QList<AssessmentInfo>> assessments() const;
    Result<qint64> createAssessment(const AssessmentInfo &info);
    Status updateAssessment(const AssessmentInfo &info);

    /// Freezes @p questionnaire into the file (once per exact content) and
    /// adds it to the assessment; returns its ref.
    Result<qint64> addQuestionnaire(qint64 assessmentId, const Questionnaire &questionnaire);
    Result<QList<StoredQuestionnaire>> questionnaires(qint64 assessmentId) const;

    Result<QList<AnswerRecord>> answers(qint64 assessmentId) const;
    /// Writes (or, when value and note are empty, removes) one answer.
    Status setAnswer(qint64 assessmentId, const AnswerRecord &answer);

    Result<QList<EvidenceRecord>> evidence(qint64 assessmentId) const;
    /// Marks evidence as removed (the bytes stay, so removal can be undone).
    Status removeEvidence(qint64 evidenceId);
    Status restoreEvidence(qint64 evidenceId);

    Result<QList<ActionRecord>> actions(qint64 assessmentId) const;
    Result<qint64> addAction(qint64 assessmentId, const ActionRecord &action);
    Status updateAction(const ActionRecord &action);
    Status removeAction(qint64 actionId);

    Result<QList<KeyDate>> keyDates(qint64 assessmentId) const;
    Result<qint64> addKeyDate(qint64 assessmentId, const KeyDate &date);
    Status removeKeyDate(qint64 keyDateId);

    Result<QList<ChangeLogEntry>> changeLog(int limit = 100) const;
    /// The newest change-log id: it changes with every write.
    qint64 lastChangeId() const;

    // For EvidenceStore: a prepared query on this file's connection.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    /// Appends a change-log entry and chains it (ChangeLogChain); @p oldValue
    /// and @p newValue are JSON, empty for "none".
    Status log(const QString &action, const QString &entity, const QString &key, const QString &detail = {},
               const QString &oldValue = {}, const QString &newValue = {});
    /// One row of @p sql as a JSON object by column name; empty when none.
    QString rowJson(const QString &sql, const QVariantList &values = {}) const;
    QString now() const;

private:
    AssessmentFile &m_file;
    QString m_actor;
};

} // namespace readiness
