// Backups of the large assessment (issue 14 item 5, docs/backups.md): the
// two ways SQLite offers to copy a live database, timed on the same file,
// so the choice between them rests on a measurement. Each call makes a new
// copy; the folder keeps two.
#include "AssessmentDocument.h"
#include "Backups.h"
#include "BenchEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using benchsupport::BenchEnvironment;
using benchsupport::fail;
using readiness::AssessmentDocument;

namespace {

std::unique_ptr<AssessmentDocument> openLarge()
{
    auto doc = AssessmentDocument::open(BenchEnvironment::instance().largeAssessment());
    if (!doc)
        fail(doc.error().toString());
    return std::move(doc).value();
}

/// What the application does: VACUUM INTO on the writer's connection, the
/// journal-mode check, integrity_check on a read-only connection, fsync,
/// rename and pruning.
void backupVacuumInto(benchmark::State &state)
{
    auto doc = openLarge();
    const readiness::backup::BackupPolicy policy {BenchEnvironment::instance().dir() + u"/backups-vacuum"_s, 2};
    qint64 bytes = 0;
    for (auto _ : state) {
        auto made = readiness::backup::write(doc->repository().file(), u"bench"_s, policy);
        if (!made)
            fail(made.error().toString());
        bytes = made->size;
    }
    state.counters["copy_MiB"] = double(bytes) / (1 << 20);
    state.counters["source_MiB"] = double(QFileInfo(doc->path()).size()) / (1 << 20);
}
BENCHMARK(backupVacuumInto)->Name("Backup/VacuumInto+check")->Unit(benchmark::kMillisecond)->UseRealTime();

/// VACUUM INTO alone (no check, no fsync): the copy's own cost.
void vacuumIntoOnly(benchmark::State &state)
{
    auto doc = openLarge();
    const QString target = BenchEnvironment::instance().dir() + u"/vacuum-only.gdpra"_s;
    for (auto _ : state) {
        QFile::remove(target);
        QSqlQuery q(doc->repository().file().database());
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(target);
        if (!q.exec())
            fail(q.lastError().text());
    }
    QFile::remove(target);
}
BENCHMARK(vacuumIntoOnly)->Name("Backup/VacuumIntoOnly")->Unit(benchmark::kMillisecond)->UseRealTime();

/// The SQLite online backup API, all pages in one step (so one read
/// transaction, as consistent as VACUUM INTO), to a file in WAL-free mode.
void backupApi(benchmark::State &state)
{
    auto doc = openLarge();
    QSqlDatabase db = doc->repository().file().database();
    auto *source = *static_cast<sqlite3 **>(db.driver()->handle().data());
    const QByteArray target = QFile::encodeName(BenchEnvironment::instance().dir() + u"/backup-api.gdpra"_s);
    qint64 bytes = 0;
    for (auto _ : state) {
        QFile::remove(QFile::decodeName(target));
        sqlite3 *dest = nullptr;
        if (sqlite3_open(target.constData(), &dest) != SQLITE_OK)
            fail(u"cannot open the backup target"_s);
        sqlite3_backup *b = sqlite3_backup_init(dest, "main", source, "main");
        if (!b || sqlite3_backup_step(b, -1) != SQLITE_DONE)
            fail(QString::fromUtf8(sqlite3_errmsg(dest)));
        sqlite3_backup_finish(b);
        sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        sqlite3_close(dest);
        bytes = QFileInfo(QFile::decodeName(target)).size();
    }
    state.counters["copy_MiB"] = double(bytes) / (1 << 20);
    QFile::remove(QFile::decodeName(target));
}
BENCHMARK(backupApi)->Name("Backup/BackupApiOnly")->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
