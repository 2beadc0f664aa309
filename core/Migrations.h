#pragma once

#include <QList>
#include <QStringList>

namespace readiness {

/// Schema migrations of the assessment file: migrations()[n] takes a file
/// from user_version n to n + 1. One statement per string (QSQLITE runs
/// one per exec). Never edit a published migration; add a new one.
const QList<QStringList> &migrations();

/// The format that starts the hash-chained change log and the sign-off
/// tables: migrating to it chains the entries written before
/// (AssessmentFile::migrate, docs/lifecycle.md).
constexpr int kChainedLogFormat = 3;

/// The format that adds the workshop tables (docs/workshop.md).
constexpr int kWorkshopFormat = 5;

} // namespace readiness
