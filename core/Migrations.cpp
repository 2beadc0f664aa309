#include "Migrations.h"

using namespace Qt::StringLiterals;

namespace readiness {

namespace {

QString appendOnly(const QString &table)
{
    return u"CREATE TRIGGER %1_append_only_%2 BEFORE %3 ON %1"
           " BEGIN SELECT RAISE(ABORT, 'the %1 table is append-only'); END"_s.arg(table);
}

/// While a sign-off is in force (more sign-offs than reopenings) the
/// content of @p table is frozen for every writer, the command line and the
/// GUI alike. The application's own checks come first with friendlier
/// words; these triggers are the backstop.
QStringList frozen(const QString &table)
{
    QStringList statements;
    for (const QString &op : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s})
        statements << u"CREATE TRIGGER %1_frozen_%2 BEFORE %3 ON %1"
                      " WHEN (SELECT COUNT(*) FROM sign_off) > (SELECT COUNT(*) FROM reopening)"
                      " BEGIN SELECT RAISE(ABORT, 'the assessment is signed off and read-only; reopen it for "
                      "changes (gdpr-readiness reopen FILE --reason TEXT)'); END"_s.arg(table, op.toLower(), op);
    return statements;
}

QStringList lifecycleMigration()
{
    QStringList statements = {
        // Old and new value of a change, as JSON (NULL: there was none).
        u"ALTER TABLE change_log ADD COLUMN old_value TEXT"_s,
        u"ALTER TABLE change_log ADD COLUMN new_value TEXT"_s,
        // hash = SHA-256 over prev_hash and the entry's content (ChangeLogChain).
        u"CREATE TABLE change_log_hash ("
        " entry_id INTEGER PRIMARY KEY REFERENCES change_log(id),"
        " prev_hash TEXT NOT NULL,"
        " hash TEXT NOT NULL)"_s,
        // A signed state: the canonical JSON (snapshot) and its SHA-256.
        u"CREATE TABLE sign_off ("
        " id INTEGER PRIMARY KEY,"
        " assessment_id INTEGER NOT NULL REFERENCES assessment(id),"
        " revision INTEGER NOT NULL CHECK (revision >= 1),"
        " name TEXT NOT NULL,"
        " role TEXT NOT NULL,"
        " opinion TEXT NOT NULL,"
        " signed_at TEXT NOT NULL,"
        " signed_by TEXT NOT NULL,"
        " fingerprint TEXT NOT NULL,"
        " chain_head TEXT NOT NULL,"
        " snapshot TEXT NOT NULL,"
        " UNIQUE (assessment_id, revision))"_s,
        u"CREATE TABLE reopening ("
        " sign_off_id INTEGER PRIMARY KEY REFERENCES sign_off(id),"
        " at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " reason TEXT NOT NULL)"_s,
    };
    for (const QString &table : {u"change_log_hash"_s, u"sign_off"_s, u"reopening"_s})
        statements << appendOnly(table).arg(u"update"_s, u"UPDATE"_s)
                   << appendOnly(table).arg(u"delete"_s, u"DELETE"_s);
    // Signed off: the content is frozen (frozen()).
    for (const QString &table : {u"organisation"_s, u"assessment_questionnaire"_s, u"answer"_s, u"evidence"_s,
                                 u"evidence_chunk"_s, u"action"_s, u"key_date"_s})
        statements << frozen(table);
    return statements;
}

QStringList reviewMigration()
{
    QStringList statements = {
        // An answer carried over from the previous assessment (docs/lifecycle.md
        // "Re-assessment"): what it was there, from which questionnaire
        // version, and whether the assessor has looked at it since.
        // state: to-review until confirmed or changed; history: an answer the
        // newer questionnaire has no place for (kept, shown read-only).
        u"CREATE TABLE carried_answer ("
        " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
        " questionnaire_id INTEGER NOT NULL REFERENCES questionnaire(id),"
        " question_id TEXT NOT NULL,"
        " from_version TEXT NOT NULL,"
        " from_sha256 TEXT NOT NULL,"
        " question_text TEXT NOT NULL DEFAULT '',"
        " value TEXT NOT NULL DEFAULT '',"
        " note TEXT NOT NULL DEFAULT '',"
        " answered_by TEXT NOT NULL DEFAULT '',"
        " answered_at TEXT NOT NULL DEFAULT '',"
        " move TEXT NOT NULL DEFAULT 'kept' CHECK (move IN ('kept', 'reworded', 'removed', 'not-valid')),"
        " state TEXT NOT NULL DEFAULT 'to-review' CHECK (state IN ('to-review', 'confirmed', 'changed', 'history')),"
        " resolved_at TEXT,"
        " resolved_by TEXT,"
        " PRIMARY KEY (assessment_id, questionnaire_id, question_id)) WITHOUT ROWID"_s,
        // Changing a carried answer's value (by any writer: every answer
        // change is logged) ends its review: who and when come from the entry.
        u"CREATE TRIGGER carried_answer_changed AFTER INSERT ON change_log"
        " WHEN new.entity = 'answer' AND new.action IN ('set', 'clear')"
        " BEGIN UPDATE carried_answer SET state = 'changed', resolved_at = new.at, resolved_by = new.actor"
        " WHERE state = 'to-review'"
        " AND questionnaire_id = CAST(substr(new.entity_key, 1, instr(new.entity_key, '/') - 1) AS INTEGER)"
        " AND question_id = substr(new.entity_key, instr(new.entity_key, '/') + 1)"
        " AND value IS NOT COALESCE((SELECT a.value FROM answer a WHERE a.assessment_id = carried_answer.assessment_id"
        " AND a.questionnaire_id = carried_answer.questionnaire_id AND a.question_id = carried_answer.question_id), "
        "'');"
        " END"_s,
    };
    statements << frozen(u"carried_answer"_s);
    return statements;
}

QStringList workshopMigration()
{
    QStringList statements = {
        // One workshop session per meeting; ended_at NULL while it runs.
        u"CREATE TABLE workshop_session ("
        " id INTEGER PRIMARY KEY,"
        " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
        " title TEXT NOT NULL DEFAULT '',"
        " started_at TEXT NOT NULL,"
        " ended_at TEXT,"
        " started_by TEXT NOT NULL DEFAULT '')"_s,
        // Removal is a flag, so it can be undone and answers keep their giver.
        u"CREATE TABLE workshop_participant ("
        " id INTEGER PRIMARY KEY,"
        " session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,"
        " name TEXT NOT NULL CHECK (name <> ''),"
        " role TEXT NOT NULL DEFAULT '',"
        " removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)))"_s,
        // Who gave an answer: one row each time an answer is given in a
        // session, with the value given (a later change shows it is stale).
        u"CREATE TABLE workshop_attribution ("
        " id INTEGER PRIMARY KEY,"
        " session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,"
        " participant_id INTEGER NOT NULL REFERENCES workshop_participant(id),"
        " questionnaire_id INTEGER NOT NULL REFERENCES questionnaire(id),"
        " question_id TEXT NOT NULL,"
        " value TEXT NOT NULL,"
        " at TEXT NOT NULL)"_s,
        u"CREATE INDEX workshop_attribution_by_question ON workshop_attribution (questionnaire_id, question_id)"_s,
        // The parking lot: questions to come back to.
        u"CREATE TABLE workshop_parked ("
        " id INTEGER PRIMARY KEY,"
        " session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,"
        " questionnaire_id INTEGER NOT NULL REFERENCES questionnaire(id),"
        " question_id TEXT NOT NULL,"
        " note TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL DEFAULT '',"
        " resolved_at TEXT,"
        " resolved_by TEXT NOT NULL DEFAULT '')"_s,
        // Time spent per section in a session, in milliseconds.
        u"CREATE TABLE workshop_section_time ("
        " session_id INTEGER NOT NULL REFERENCES workshop_session(id) ON DELETE CASCADE,"
        " questionnaire_id INTEGER NOT NULL REFERENCES questionnaire(id),"
        " section_id TEXT NOT NULL,"
        " elapsed_ms INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),"
        " PRIMARY KEY (session_id, questionnaire_id, section_id)) WITHOUT ROWID"_s,
    };
    // What was said in the room is part of the assessment: frozen with it.
    for (const QString &table : {u"workshop_session"_s, u"workshop_participant"_s, u"workshop_attribution"_s,
                                 u"workshop_parked"_s, u"workshop_section_time"_s})
        statements << frozen(table);
    return statements;
}

} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        // 0 -> 1: the first schema.
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
            u"CREATE TABLE organisation ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " name TEXT NOT NULL,"
            " sector TEXT NOT NULL DEFAULT '',"
            " country TEXT NOT NULL DEFAULT '',"
            " turnover REAL CHECK (turnover IS NULL OR turnover >= 0),"
            " currency TEXT CHECK (currency IS NULL OR currency IN ('EUR', 'GBP')))"_s,
            u"CREATE TABLE questionnaire ("
            " id INTEGER PRIMARY KEY,"
            " qid TEXT NOT NULL,"
            " version TEXT NOT NULL,"
            " sha256 TEXT NOT NULL UNIQUE,"
            " json BLOB NOT NULL,"
            " added_at TEXT NOT NULL)"_s,
            u"CREATE TABLE assessment ("
            " id INTEGER PRIMARY KEY,"
            " title TEXT NOT NULL,"
            " assessor TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " target_date TEXT,"
            " status TEXT NOT NULL DEFAULT 'in-progress'"
            "  CHECK (status IN ('draft', 'in-progress', 'completed', 'signed-off')))"_s,
            u"CREATE TABLE assessment_questionnaire ("
            " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
            " questionnaire_id INTEGER NOT NULL REFERENCES questionnaire(id),"
            " position INTEGER NOT NULL,"
            " PRIMARY KEY (assessment_id, questionnaire_id)) WITHOUT ROWID"_s,
            u"CREATE TABLE answer ("
            " assessment_id INTEGER NOT NULL,"
            " questionnaire_id INTEGER NOT NULL,"
            " question_id TEXT NOT NULL,"
            " value TEXT NOT NULL DEFAULT '',"
            " note TEXT NOT NULL DEFAULT '',"
            " answered_by TEXT NOT NULL DEFAULT '',"
            " answered_at TEXT NOT NULL,"
            " PRIMARY KEY (assessment_id, questionnaire_id, question_id),"
            " FOREIGN KEY (assessment_id, questionnaire_id)"
            "  REFERENCES assessment_questionnaire(assessment_id, questionnaire_id) ON DELETE CASCADE"
            ") WITHOUT ROWID"_s,
            u"CREATE TABLE evidence ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL,"
            " questionnaire_id INTEGER NOT NULL,"
            " question_id TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " mime_type TEXT NOT NULL,"
            " size INTEGER NOT NULL CHECK (size >= 0),"
            " sha256 TEXT NOT NULL,"
            " added_at TEXT NOT NULL,"
            " added_by TEXT NOT NULL DEFAULT '',"
            " removed_at TEXT,"
            " FOREIGN KEY (assessment_id, questionnaire_id)"
            "  REFERENCES assessment_questionnaire(assessment_id, questionnaire_id) ON DELETE CASCADE)"_s,
            u"CREATE INDEX evidence_by_question ON evidence (assessment_id, questionnaire_id, question_id)"_s,
            // Evidence bytes in 1 MiB chunks: QSQLITE has no incremental BLOB
            // I/O, so chunks keep import and export memory bounded.
            u"CREATE TABLE evidence_chunk ("
            " id INTEGER PRIMARY KEY,"
            " evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,"
            " seq INTEGER NOT NULL,"
            " data BLOB NOT NULL,"
            " UNIQUE (evidence_id, seq))"_s,
            u"CREATE TABLE action ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
            " questionnaire_id INTEGER REFERENCES questionnaire(id),"
            " question_id TEXT NOT NULL DEFAULT '',"
            " title TEXT NOT NULL,"
            " owner TEXT NOT NULL DEFAULT '',"
            " due_date TEXT,"
            " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done', 'wont-do')),"
            " notes TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"_s,
            u"CREATE INDEX action_by_assessment ON action (assessment_id)"_s,
            u"CREATE TABLE key_date ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
            " label TEXT NOT NULL,"
            " date TEXT NOT NULL)"_s,
            u"CREATE TABLE change_log ("
            " id INTEGER PRIMARY KEY,"
            " at TEXT NOT NULL,"
            " actor TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " entity TEXT NOT NULL,"
            " entity_key TEXT NOT NULL,"
            " detail TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TRIGGER change_log_append_only_update BEFORE UPDATE ON change_log"
            " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END"_s,
            u"CREATE TRIGGER change_log_append_only_delete BEFORE DELETE ON change_log"
            " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END"_s,
        },
        // 1 -> 2: CRM data audit runs (issue 11, docs/crm-audit.md "Storage").
        // Data minimisation (Art 5(1)(c)): no names, e-mail addresses or
        // phone numbers. Records are named by their number in the contacts
        // file and their CRM id; an address of the Mailchimp cross-check by
        // its position in the cross-check, which the same input files (same
        // SHA-256) reproduce, so a detail view finds the address again only
        // while the source files are at hand.
        {
            u"CREATE TABLE crm_audit_run ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
            " created_at TEXT NOT NULL,"
            " as_of TEXT NOT NULL,"
            " stale_cutoff TEXT NOT NULL,"
            " duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),"
            " records INTEGER NOT NULL CHECK (records >= 0),"
            " addresses INTEGER NOT NULL CHECK (addresses >= 0),"
            " clusters INTEGER NOT NULL CHECK (clusters >= 0),"
            " pairs INTEGER NOT NULL CHECK (pairs >= 0),"
            " rule_parameters TEXT NOT NULL,"
            " duplicate_parameters TEXT NOT NULL,"
            " created_by TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX crm_audit_run_by_assessment ON crm_audit_run (assessment_id)"_s,
            u"CREATE TABLE crm_audit_input ("
            " run_id INTEGER NOT NULL REFERENCES crm_audit_run(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " role TEXT NOT NULL CHECK (role IN ('contacts', 'consent-log', 'mailchimp')),"
            " path TEXT NOT NULL,"
            " bytes INTEGER NOT NULL CHECK (bytes >= 0),"
            " sha256 TEXT NOT NULL,"
            " records INTEGER NOT NULL CHECK (records >= 0),"
            " PRIMARY KEY (run_id, position)) WITHOUT ROWID"_s,
            // Counts per finding type ('record', 'address') and the run's
            // other figures ('run': candidate pairs, consent events, ...),
            // with the title and law as the audit named them, so a report
            // of an old run reads the same after the rules are reworded.
            u"CREATE TABLE crm_audit_count ("
            " run_id INTEGER NOT NULL REFERENCES crm_audit_run(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " scope TEXT NOT NULL CHECK (scope IN ('record', 'address', 'run')),"
            " finding TEXT NOT NULL,"
            " title TEXT NOT NULL DEFAULT '',"
            " law TEXT NOT NULL DEFAULT '',"
            " count INTEGER NOT NULL CHECK (count >= 0),"
            " PRIMARY KEY (run_id, scope, finding)) WITHOUT ROWID"_s,
            // Only records with a finding or in a cluster of two or more (the
            // cluster's first record carries no "duplicate" bit); bits as
            // RecordFinding; cluster_no: record number of the cluster's first.
            u"CREATE TABLE crm_audit_record ("
            " run_id INTEGER NOT NULL REFERENCES crm_audit_run(id) ON DELETE CASCADE,"
            " record_no INTEGER NOT NULL CHECK (record_no >= 1),"
            " crm_id TEXT NOT NULL,"
            " cluster_no INTEGER CHECK (cluster_no IS NULL OR cluster_no >= 1),"
            " findings INTEGER NOT NULL CHECK (findings >= 0),"
            " PRIMARY KEY (run_id, record_no)) WITHOUT ROWID"_s,
            // Only addresses with at least one finding; bits as AddressFinding;
            // crm_records: the record numbers with that address, comma-separated.
            u"CREATE TABLE crm_audit_address ("
            " run_id INTEGER NOT NULL REFERENCES crm_audit_run(id) ON DELETE CASCADE,"
            " address_no INTEGER NOT NULL CHECK (address_no >= 1),"
            " mailchimp_status TEXT NOT NULL"
            "  CHECK (mailchimp_status IN ('absent', 'subscribed', 'unsubscribed', 'cleaned')),"
            " findings INTEGER NOT NULL CHECK (findings > 0),"
            " crm_records TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY (run_id, address_no)) WITHOUT ROWID"_s,
            // What a run was linked to (evidence, actions), so linking twice adds nothing twice.
            u"CREATE TABLE crm_audit_link ("
            " id INTEGER PRIMARY KEY,"
            " run_id INTEGER NOT NULL REFERENCES crm_audit_run(id) ON DELETE CASCADE,"
            " question_id TEXT NOT NULL,"
            " finding TEXT NOT NULL DEFAULT '',"
            " evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,"
            " action_id INTEGER REFERENCES action(id) ON DELETE SET NULL,"
            " created_at TEXT NOT NULL)"_s,
            u"CREATE INDEX crm_audit_link_by_run ON crm_audit_link (run_id)"_s,
        },
        // 2 -> 3: the hash-chained change log and the DPO sign-off (issue 14,
        // docs/lifecycle.md). Entries written before this format are chained
        // when the file is migrated (AssessmentFile::migrate).
        lifecycleMigration(),
        // 3 -> 4: answers carried over from a previous assessment, to review
        // (issue 14 item 1, docs/lifecycle.md "Re-assessment").
        reviewMigration(),
        // 4 -> 5: workshop sessions (issue 15, docs/workshop.md): participants,
        // who gave an answer, the parking lot and the time per section.
        workshopMigration(),
    };
    return all;
}

} // namespace readiness
