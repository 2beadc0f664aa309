#include "AssessmentExport.h"

#include "AssessmentDocument.h"
#include "OutputPathGuard.h"
#include "StorageError.h"
#include "UntrustedText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace readiness::AssessmentExport {

namespace {
QJsonValue optional(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject actionJson(const ActionRecord &a, QDate today)
{
    return {{u"id"_s, a.id},
            {u"title"_s, a.title},
            {u"owner"_s, a.owner},
            {u"due"_s, a.dueDate.isValid() ? QJsonValue(date(a.dueDate)) : QJsonValue()},
            {u"status"_s, actionStatusName(a.status)},
            {u"overdue"_s, a.isOverdue(today)},
            {u"notes"_s, a.notes}};
}

// RFC 4180: a field is quoted when it holds a comma, quote or line break;
// quotes inside are doubled. Formula-like text is neutralised first
// (UntrustedText::spreadsheetCell; docs/export-format.md).
QString csvField(const QString &text)
{
    const QString value = UntrustedText::spreadsheetCell(text);
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}
/// The newest CRM data audit run: figures, parameters, input fingerprints
/// (docs/export-format.md "crm_audit"); null when the assessment has none.
QJsonValue crmAuditJson(const std::optional<crm::StoredAuditRun> &run)
{
    if (!run)
        return QJsonValue();
    QJsonArray inputs;
    for (const crm::StoredInput &i : run->inputs)
        inputs.append(QJsonObject {{u"role"_s, i.role},
                                   {u"file"_s, QFileInfo(i.path).fileName()},
                                   {u"bytes"_s, i.bytes},
                                   {u"sha256"_s, i.sha256},
                                   {u"records"_s, i.records}});
    QJsonArray findings;
    QJsonObject figures;
    for (const crm::StoredCount &c : run->counts) {
        if (c.scope == "run"_L1) {
            figures[c.key] = c.count;
            continue;
        }
        findings.append(QJsonObject {{u"scope"_s, c.scope},
                                     {u"rule"_s, c.key},
                                     {u"title"_s, c.title},
                                     {u"law"_s, c.law},
                                     {u"count"_s, c.count}});
    }
    return QJsonObject {{u"run_id"_s, run->id},
                        {u"created_at"_s, run->createdAt.toUTC().toString(Qt::ISODate)},
                        {u"as_of"_s, run->asOf},
                        {u"stale_before"_s, run->staleCutoff},
                        {u"duration_ms"_s, run->durationMs},
                        {u"records"_s, run->records},
                        {u"addresses"_s, run->addresses},
                        {u"duplicate_clusters"_s, run->clusters},
                        {u"duplicate_pairs"_s, run->pairs},
                        {u"rule_parameters"_s, run->ruleParameters},
                        {u"duplicate_parameters"_s, run->duplicateParameters},
                        {u"inputs"_s, inputs},
                        {u"findings"_s, findings},
                        {u"figures"_s, figures}};
}
/// Answers of the previous assessment kept only as history (a questionnaire
/// version move had no place for them; docs/export-format.md).
QJsonArray carriedHistoryJson(const QList<ReportModel::CarriedHistory> &history)
{
    QJsonArray list;
    for (const ReportModel::CarriedHistory &c : history)
        list.append(QJsonObject {{u"questionnaire"_s, c.questionnaireId},
                                 {u"question"_s, c.questionId},
                                 {u"text"_s, c.question},
                                 {u"value"_s, c.value},
                                 {u"note"_s, c.note},
                                 {u"from_version"_s, c.fromVersion},
                                 {u"reason"_s, c.reason},
                                 {u"answered"_s, date(c.answeredAt)}});
    return list;
}
} // namespace

QStringList csvColumns()
{
    return {u"questionnaire"_s,  u"questionnaire_version"_s,
            u"section"_s,        u"section_title"_s,
            u"question"_s,       u"question_text"_s,
            u"references"_s,     u"applies"_s,
            u"value"_s,          u"display"_s,
            u"level"_s,          u"score"_s,
            u"critical_gap"_s,   u"note"_s,
            u"evidence_count"_s, u"actions"_s,
            u"to_review"_s};
}

QByteArray toJson(const ReportModel &m)
{
    QJsonObject assessment {{u"id"_s, m.assessment.id},
                            {u"title"_s, m.assessment.title},
                            {u"assessor"_s, m.assessment.assessor},
                            {u"status"_s, assessmentStatusName(m.assessment.status)},
                            {u"target_date"_s, date(m.assessment.targetDate)},
                            {u"fingerprint"_s, m.fingerprint}};
    QJsonObject organisation {{u"name"_s, m.organisation.name},
                              {u"sector"_s, m.organisation.sector},
                              {u"country"_s, m.organisation.country},
                              {u"land"_s, m.organisation.land},
                              {u"turnover"_s, optional(m.organisation.turnover)},
                              {u"currency"_s, m.organisation.currency}};
    QJsonArray questionnaires;
    for (const auto &q : m.questionnaires)
        questionnaires.append(
            QJsonObject {{u"id"_s, q.id}, {u"version"_s, q.version}, {u"title"_s, q.title}, {u"sha256"_s, q.sha256}});
    QJsonArray answers;
    for (const auto &s : m.sections) {
        for (const auto &d : s.questions) {
            QJsonArray actions;
            for (const ActionRecord &a : d.actions)
                actions.append(actionJson(a, m.today));
            answers.append(QJsonObject {
                {u"questionnaire"_s, d.questionnaireId},
                {u"section"_s, d.sectionId},
                {u"section_title"_s, d.sectionTitle},
                {u"question"_s, d.questionId},
                {u"text"_s, d.text},
                {u"references"_s, QJsonArray::fromStringList(d.references)},
                {u"type"_s, d.type},
                {u"applies"_s, d.applies},
                {u"value"_s, d.value},
                {u"display"_s, d.display},
                {u"level"_s, d.level ? QJsonValue(*d.level) : QJsonValue()},
                {u"score"_s, optional(d.fraction)},
                {u"critical"_s, d.critical},
                {u"critical_gap"_s, d.criticalGap},
                {u"note"_s, d.note},
                {u"evidence_count"_s, int(d.evidence.size())},
                {u"actions"_s, actions},
                {u"to_review"_s, d.toReview},
                {u"carried_from"_s, d.toReview ? QJsonValue(date(d.carriedFrom)) : QJsonValue()},
            });
        }
    }
    // The action plan (every action, tied to a question or not), the evidence
    // manifest and the section scores: what the report's tables and the
    // Excel export's sheets show (added fields; the version stays 1).
    QJsonArray plan;
    for (const ReportModel::ActionItem &a : m.actions) {
        QJsonObject o = actionJson(a.record, m.today);
        o.insert(u"questionnaire"_s, a.questionnaireId);
        o.insert(u"question"_s, a.record.questionId);
        o.insert(u"question_text"_s, a.questionText);
        plan.append(o);
    }
    QJsonArray evidence;
    for (const ReportModel::EvidenceItem &e : m.evidence)
        evidence.append(QJsonObject {{u"id"_s, e.record.id},
                                     {u"questionnaire"_s, e.questionnaireId},
                                     {u"question"_s, e.record.questionId},
                                     {u"name"_s, e.record.name},
                                     {u"mime_type"_s, e.record.mimeType},
                                     {u"size"_s, e.record.size},
                                     {u"sha256"_s, e.record.sha256},
                                     {u"added_at"_s, e.record.addedAt.toUTC().toString(Qt::ISODate)},
                                     {u"added_by"_s, e.record.addedBy}});
    QJsonArray sections;
    for (const ReportModel::SectionDetail &s : m.sections) {
        if (s.scoped)
            continue;
        sections.append(QJsonObject {{u"questionnaire"_s, s.questionnaireId},
                                     {u"section"_s, s.sectionId},
                                     {u"title"_s, s.title},
                                     {u"percent"_s, optional(s.score.percent)},
                                     {u"rag"_s, ragName(s.score.rag)},
                                     {u"applicable"_s, s.score.applicable},
                                     {u"answered"_s, s.score.answered},
                                     {u"critical_gaps"_s, s.score.criticalGaps}});
    }
    QJsonObject score {{u"percent"_s, optional(m.score.percent)},
                       {u"rag"_s, ragName(m.score.rag)},
                       {u"applicable"_s, m.score.applicable},
                       {u"answered"_s, m.score.answered},
                       {u"critical_gaps"_s, m.score.criticalGaps}};
    QJsonObject root {{u"format"_s, QString(kJsonFormat)},
                      {u"version"_s, kJsonVersion},
                      {u"generated"_s, date(m.today)},
                      {u"language"_s, m.language},
                      {u"organisation"_s, organisation},
                      {u"assessment"_s, assessment},
                      {u"questionnaires"_s, questionnaires},
                      {u"score"_s, score},
                      {u"answers"_s, answers},
                      {u"sections"_s, sections},
                      {u"actions"_s, plan},
                      {u"evidence"_s, evidence},
                      {u"crm_audit"_s, crmAuditJson(m.crmAudit)},
                      {u"to_review"_s, m.toReviewCount},
                      {u"carried_history"_s, carriedHistoryJson(m.carriedHistory)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const ReportModel &m)
{
    QString text;
    text += csvColumns().join(u',') + u"\r\n"_s;
    auto append = [&text](const QStringList &row) {
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        text += fields.join(u',') + u"\r\n"_s;
    };
    QHash<QString, QString> versions;
    for (const auto &q : m.questionnaires)
        versions.insert(q.id, q.version);
    for (const auto &s : m.sections) {
        for (const auto &d : s.questions) {
            QStringList actions;
            for (const ActionRecord &a : d.actions)
                actions << u"%1 [%2, %3, %4]"_s.arg(a.title, actionStatusName(a.status), a.owner, date(a.dueDate));
            const QStringList row {d.questionnaireId,
                                   versions.value(d.questionnaireId),
                                   d.sectionId,
                                   d.sectionTitle,
                                   d.questionId,
                                   d.text,
                                   d.references.join(u"; "_s),
                                   d.applies ? u"yes"_s : u"no"_s,
                                   d.value,
                                   d.display,
                                   d.level ? QString::number(*d.level) : QString(),
                                   d.fraction ? QString::number(*d.fraction, 'f', 4) : QString(),
                                   d.criticalGap ? u"yes"_s : u"no"_s,
                                   d.note,
                                   QString::number(d.evidence.size()),
                                   actions.join(u"; "_s),
                                   d.toReview ? u"yes"_s : u"no"_s};
            append(row);
        }
    }
    // The newest CRM audit run's counts, one row per finding type, in the
    // same columns (docs/export-format.md): questionnaire "crm-data-audit",
    // section = scope, question = rule, value = count.
    if (const auto &run = m.crmAudit) {
        for (const crm::StoredCount &c : run->counts) {
            if (c.scope == "run"_L1)
                continue;
            const qint64 base = c.scope == "record"_L1 ? run->records : run->addresses;
            const QStringList row {
                u"crm-data-audit"_s,
                u"run %1"_s.arg(run->id),
                c.scope,
                u"as of %1"_s.arg(run->asOf),
                c.key,
                c.title,
                c.law,
                u"yes"_s,
                QString::number(c.count),
                u"%1 of %2 %3"_s.arg(c.count).arg(base).arg(c.scope == "record"_L1 ? u"records"_s : u"addresses"_s),
                QString(),
                QString(),
                u"no"_s,
                QString(),
                u"0"_s,
                QString(),
                u"no"_s};
            append(row);
        }
    }
    // The BOM makes Excel read the file as UTF-8 rather than the ANSI code page.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<ReportModel> modelFor(const AssessmentDocument &document, const QString &language, const QString &path,
                             const Completion &complete)
{
    if (Status s = OutputPathGuard::check(path, document.path()); !s)
        return s.error();
    ReportModel::Options options;
    options.language = language;
    auto model = ReportModel::build(document, options);
    if (model && complete)
        if (Status s = complete(*model); !s)
            return s.error();
    return model;
}

Status write(const AssessmentDocument &document, Format format, const QString &language, const QString &path,
             const Completion &complete)
{
    auto model = modelFor(document, language, path, complete);
    if (!model)
        return model.error();
    const QByteArray bytes = format == Format::Json ? toJson(*model) : toCsv(*model);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            StorageError::deviceIsFull(path)
                ? StorageError::diskFullMessage(path)
                : QCoreApplication::translate("AssessmentExport", "Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace readiness::AssessmentExport
