#pragma once

#include <QString>

class QWidget;

namespace readiness::ui {

class AssessmentSession;

/// File > Export report… and Export data…: asks where (the save dialog
/// proposes a name beside the assessment), writes through the same
/// functions as the `report` and `export` commands, and says what happened.
/// Writing over the open assessment or its companion files is refused
/// there (core/OutputPathGuard).
namespace ReportExport {

enum class Kind { Report, Data };

/// Returns the path written, or an empty string (cancelled or refused,
/// with a message shown). @p revision > 0: the report of that signed
/// revision, from its snapshot (Kind::Report only).
QString run(QWidget *parent, AssessmentSession &session, Kind kind, int revision = 0);

} // namespace ReportExport

} // namespace readiness::ui
