#include "Migrations.h"

using namespace Qt::StringLiterals;

namespace readiness {

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
    };
    return all;
}

} // namespace readiness
