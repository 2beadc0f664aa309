#pragma once

#include <QList>
#include <QStringList>

namespace readiness {

/// Schema migrations of the assessment file: migrations()[n] takes a file
/// from user_version n to n + 1. One statement per string (QSQLITE runs
/// one per exec). Never edit a published migration; add a new one.
const QList<QStringList> &migrations();

} // namespace readiness
