#pragma once

namespace readiness::ui {

/// Adds the Data audit page to every assessment window (AssessmentPages);
/// call once before the main window is built. The program and the tests
/// that want the page call it.
void registerDataAuditPage();

} // namespace readiness::ui
