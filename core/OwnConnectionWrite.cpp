#include "OwnConnectionWrite.h"

#include "AssessmentCheck.h"
#include "AssessmentFile.h"
#include "AssessmentFileSql.h"
#include "QueryBudget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace readiness {

using filesql::WriteGate;

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AssessmentFile)
};

} // namespace

Status writeOnOwnConnection(AssessmentFile &file, const std::function<Status(QSqlDatabase &)> &body)
{
    if (file.isReadOnly())
        return makeError(
            Text::tr("%1 is open read-only; nothing was changed").arg(QDir::toNativeSeparators(file.path())));
    const std::shared_ptr<WriteGate> gate = WriteGate::of(&file);
    {
        // Waits for a transaction of the owner's thread to end (never the
        // other way round: write() refuses while this one runs).
        const std::lock_guard lock(gate->mutex);
        if (gate->busy.exchange(true))
            return makeError(
                Text::tr("%1 is busy storing a data-audit run").arg(QDir::toNativeSeparators(file.path())));
    }
    Status result = success();
    const QString connection = filesql::nextConnectionName();
    {
        QueryBudget budget; // outlives the connection's last statement
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        // The name SQLite keys the WAL and its locks to: the file's real
        // name (symlinks resolved), as when it was opened.
        db.setDatabaseName(QFileInfo(file.path()).canonicalFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(filesql::kBusyTimeoutMs));
        if (!db.open())
            result = makeError(Text::tr("cannot open %1 a second time: %2")
                                   .arg(QDir::toNativeSeparators(file.path()), sqlErrorText(db.lastError())));
        if (result)
            result = budget.install(db);
        if (result)
            result = AssessmentCheck::distrustSchema(db);
        if (result)
            result = filesql::exec(db, u"PRAGMA foreign_keys = ON"_s);
        if (result)
            result = filesql::exec(db, u"PRAGMA synchronous = FULL"_s);
        if (result)
            result = filesql::transaction(db, file.path(), [&] { return body(db); });
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    gate->busy = false;
    return result;
}

bool isBusyWriting(const AssessmentFile &file)
{
    return WriteGate::of(&file)->busy.load();
}

} // namespace readiness
