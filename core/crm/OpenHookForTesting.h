#pragma once

#include <QString>

#include <functional>

namespace readiness::crm {

/// For tests: called with the path before crm::openFileSource opens it, on
/// the thread that opens it, so a test can hold a run at a known point (an
/// empty function: none). Set it only while no audit runs.
void setOpenHookForTesting(std::function<void(const QString &path)> hook);

} // namespace readiness::crm
