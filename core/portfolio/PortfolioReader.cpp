#include "PortfolioReader.h"

#include "AssessmentCheck.h"
#include "Jurisdiction.h"
#include "Migrations.h"
#include "QueryBudget.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace readiness::portfolio {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::portfolio::PortfolioReader)
};

using Failure = AssessmentFile::Failure;
QAtomicInt g_connections;

Problem problemOf(Failure failure)
{
    switch (failure) {
    case Failure::Corrupt:
    case Failure::ForeignSchema:
        return Problem::Damaged;
    case Failure::Locked:
    case Failure::PendingRecovery:
        return Problem::Locked;
    case Failure::TooNew:
        return Problem::TooNew;
    case Failure::NotAssessment:
        return Problem::NotAssessment;
    default:
        return Problem::Unreadable;
    }
}

/// Who holds the application's write lock, from the lock file alone.
QString lockOwner(const QString &real)
{
    const QString lockPath = real + u".lock"_s;
    if (!QFileInfo::exists(lockPath))
        return {};
    qint64 pid = 0;
    QString host;
    QString app;
    if (!QLockFile(lockPath).getLockInfo(&pid, &host, &app))
        return Text::tr("another program");
    return Text::tr("%1 (process %2 on %3)").arg(app.isEmpty() ? Text::tr("another program") : app).arg(pid).arg(host);
}

Result<QSqlQuery> select(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return makeError(sqlErrorText(q.lastError()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(sqlErrorText(q.lastError()));
    return q;
}

/// The figures of the newest assessment in @p db (the one the application opens).
Status figures(const QSqlDatabase &db, int format, QDate today, QuestionnaireCache &cache, PortfolioEntry &e)
{
    QString country;
    {
        auto q = select(db, u"SELECT name, country FROM organisation WHERE id = 1"_s);
        if (!q)
            return q.error();
        if (q->next()) {
            e.organisation = q->value(0).toString();
            country = q->value(1).toString();
        }
    }
    qint64 id = 0;
    QDate target;
    {
        auto q = select(db, u"SELECT id, title, status, target_date FROM assessment ORDER BY id DESC LIMIT 1"_s);
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(Text::tr("the file holds no assessment"));
        id = q->value(0).toLongLong();
        e.assessmentTitle = q->value(1).toString();
        e.status = assessmentStatusFromName(q->value(2).toString()).value_or(AssessmentStatus::InProgress);
        target = QDate::fromString(q->value(3).toString(), Qt::ISODate);
    }
    // Score: the frozen questionnaires (shared through the cache) and the answers.
    QList<std::shared_ptr<const Questionnaire>> questionnaires;
    QHash<qint64, int> byRef;
    {
        auto q = select(db,
                        u"SELECT q.id, q.qid, q.version, q.sha256, q.json FROM assessment_questionnaire aq"
                        " JOIN questionnaire q ON q.id = aq.questionnaire_id WHERE aq.assessment_id = ?"
                        " ORDER BY aq.position"_s,
                        {id});
        if (!q)
            return q.error();
        while (q->next()) {
            const StoredQuestionnaire stored {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                              q->value(3).toString(), q->value(4).toByteArray()};
            auto parsed = cache.get(stored, e.path);
            if (!parsed)
                return parsed.error();
            byRef.insert(stored.ref, int(questionnaires.size()));
            questionnaires.append(*parsed);
        }
    }
    QList<AnswerMap> answers(questionnaires.size());
    {
        auto q = select(db,
                        u"SELECT questionnaire_id, question_id, value FROM answer WHERE assessment_id = ?"
                        " AND value IS NOT NULL AND value <> ''"_s,
                        {id});
        if (!q)
            return q.error();
        while (q->next())
            if (auto it = byRef.constFind(q->value(0).toLongLong()); it != byRef.constEnd())
                answers[*it].insert(q->value(1).toString(), q->value(2).toString());
    }
    const QStringList jurisdictions = Jurisdiction::ofCountry(country);
    QList<ReadinessScore::Input> inputs;
    for (int i = 0; i < questionnaires.size(); ++i)
        inputs.append({questionnaires.at(i).get(), &answers.at(i), jurisdictions});
    const ReadinessScore score = ReadinessScore::compute(inputs);
    e.percent = score.percent;
    e.rag = score.rag;
    e.coverage = score.coverage();
    e.applicable = score.applicable;
    e.answered = score.answered;
    e.criticalGaps = score.criticalGaps;
    {
        auto q = select(db, u"SELECT due_date, status FROM action WHERE assessment_id = ?"_s, {id});
        if (!q)
            return q.error();
        while (q->next()) {
            ActionRecord a;
            a.dueDate = QDate::fromString(q->value(0).toString(), Qt::ISODate);
            a.status = actionStatusFromName(q->value(1).toString()).value_or(ActionStatus::Open);
            e.openActions += a.status == ActionStatus::Open || a.status == ActionStatus::InProgress ? 1 : 0;
            e.overdueActions += a.isOverdue(today) ? 1 : 0;
        }
    }
    {
        // The next date that matters: a key date or the target date.
        if (target.isValid() && target >= today)
            e.nextKeyDate = KeyDate {0, Text::tr("Target date"), target};
        auto q = select(db,
                        u"SELECT id, label, date FROM key_date WHERE assessment_id = ? AND date >= ?"
                        " ORDER BY date, id LIMIT 1"_s,
                        {id, today.toString(Qt::ISODate)});
        if (!q)
            return q.error();
        if (q->next()) {
            const KeyDate k {q->value(0).toLongLong(), q->value(1).toString(),
                             QDate::fromString(q->value(2).toString(), Qt::ISODate)};
            if (k.date.isValid() && (!e.nextKeyDate || k.date <= e.nextKeyDate->date))
                e.nextKeyDate = k;
        }
    }
    if (format < kChainedLogFormat) {
        e.signOff = SignOffState::NotRecorded;
    } else {
        auto q = select(db,
                        u"SELECT s.name, s.signed_at, r.at FROM sign_off s LEFT JOIN reopening r"
                        " ON r.sign_off_id = s.id WHERE s.assessment_id = ? ORDER BY s.revision DESC LIMIT 1"_s,
                        {id});
        if (!q)
            return q.error();
        if (q->next()) {
            e.signOff = q->value(2).isNull() ? SignOffState::SignedOff : SignOffState::Reopened;
            e.signedBy = q->value(0).toString();
            e.signedAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        }
    }
    {
        auto q = select(db, u"SELECT at FROM change_log ORDER BY id DESC LIMIT 1"_s);
        if (!q)
            return q.error();
        e.lastChange = q->next() ? QDateTime::fromString(q->value(0).toString(), Qt::ISODateWithMs) : e.fileModified;
    }
    return success();
}

/// Opens, checks and reads; a failure sets @p failure.
Status readChecked(const QString &path, const QString &real, int busyTimeoutMs, QDate today, QuestionnaireCache &cache,
                   PortfolioEntry &e, Failure *failure)
{
    const QString native = QDir::toNativeSeparators(path);
    if (Status s = AssessmentCheck::header(real, path, failure); !s)
        return s;
    if (QFileInfo(real + u"-journal"_s).size() > 0) {
        *failure = Failure::PendingRecovery;
        return makeError(Text::tr("%1 has an unfinished change (%2-journal beside it) that only opening it for writing "
                                  "can finish; the file was not changed")
                             .arg(native, native));
    }
    // mode=ro creates a missing -wal and -shm (and leaves them); immutable
    // creates nothing but ignores a log. So: a writer's log and index
    // there, read through them; no log, read the file alone; a log without
    // its index (a writer in exclusive locking mode, or one that died)
    // cannot be read without creating one: refused as in use.
    const bool log = QFileInfo(real + u"-wal"_s).size() > 0;
    const bool index = QFileInfo::exists(real + u"-shm"_s);
    if (log && !index) {
        *failure = Failure::Locked;
        return makeError(
            Text::tr("%1 is in use by a program writing to it, or was left with unsaved changes in %2-wal; "
                     "open it in GDPR Readiness to finish them (the file was not changed)")
                .arg(native, native));
    }
    if (log)
        if (Status s = AssessmentCheck::writeAheadLog(real, path, failure); !s)
            return s;
    const QString connection = u"portfolio-%1"_s.arg(g_connections.fetchAndAddRelaxed(1));
    Status result = success();
    {
        QueryBudget budget; // outlives every statement below
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(AssessmentCheck::uri(real, log ? u"mode=ro"_s : u"immutable=1"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
        if (!db.open()) {
            *failure = Failure::Io;
            result = makeError(Text::tr("cannot open %1: %2").arg(native, sqlErrorText(db.lastError())));
        } else {
            result = [&]() -> Status {
                if (Status s = budget.install(db); !s)
                    return s;
                if (Status s = AssessmentCheck::distrustSchema(db); !s)
                    return s;
                {
                    // A writer holding SQLite's exclusive lock: say so, not "damaged".
                    constexpr int kSqliteBusy = 5;
                    constexpr int kSqliteLocked = 6;
                    QSqlQuery probe(db);
                    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
                        const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
                        if (code == kSqliteBusy || code == kSqliteLocked) {
                            *failure = Failure::Locked;
                            return makeError(
                                Text::tr("%1 is locked by a program writing to it; try again when it has finished")
                                    .arg(native));
                        }
                    }
                }
                if (Status s = AssessmentCheck::contents(db, real, path, failure); !s)
                    return s;
                auto version = select(db, u"PRAGMA user_version"_s);
                if (!version || !version->next()) {
                    *failure = Failure::Corrupt;
                    return makeError(Text::tr("%1 cannot be read").arg(native));
                }
                e.format = version->value(0).toInt();
                if (Status s = figures(db, e.format, today, cache, e); !s) {
                    *failure = Failure::Corrupt;
                    return makeError(Text::tr("%1 cannot be read: %2").arg(native, s.error().message));
                }
                return success();
            }();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

namespace PortfolioReader {

void read(const QString &path, int busyTimeoutMs, QDate today, QuestionnaireCache &cache, PortfolioEntry &entry)
{
    const QFileInfo fi(path);
    if (!fi.exists() || !fi.isFile()) {
        entry.problem = fi.exists() ? Problem::NotAssessment : Problem::Unreadable;
        entry.reason = fi.exists() ? Text::tr("%1 is not a file").arg(QDir::toNativeSeparators(path))
                                   : Text::tr("%1 no longer exists").arg(QDir::toNativeSeparators(path));
        return;
    }
    // Symbolic links resolved: SQLite names the -wal and -shm after the real file.
    const QString real = fi.canonicalFilePath();
    Failure failure = Failure::None;
    PortfolioEntry read = entry;
    if (Status s = readChecked(path, real, busyTimeoutMs, today, cache, read, &failure); !s) {
        entry.problem = problemOf(failure);
        entry.reason = s.error().message; // no half-read figures beside the reason
        return;
    }
    entry = read;
    entry.inUseBy = lockOwner(real);
}

} // namespace PortfolioReader

} // namespace readiness::portfolio
