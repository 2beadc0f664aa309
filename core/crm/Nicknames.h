#pragma once

#include <string_view>

namespace readiness::crm {

/// Whether two folded first names are known forms of one name (Bob/Robert,
/// Liz/Elizabeth, Hans/Johannes).
bool sameGivenName(std::string_view a, std::string_view b);

} // namespace readiness::crm
