#pragma once

#include <string>
#include <string_view>

namespace readiness::crm {

/// The e-mail rule: local@domain, local = runs of [A-Za-z0-9_%+'-]
/// joined by single dots; domain = dot-joined labels of [A-Za-z0-9-] not
/// starting or ending with '-', ending in an alphabetic TLD of 2+ letters.
bool isValidEmail(std::string_view email);

/// The phone rule: after removing spaces and ()+-./, 9-15 ASCII digits.
bool isValidPhoneText(std::string_view phone);

/// E-mail for matching: trimmed, lower-cased; for providers that ignore
/// them, dots (Gmail) and "+tags" dropped; googlemail.com = gmail.com.
/// Empty when there is no '@'.
std::string emailMatchKey(std::string_view email);

/// Name for matching: case- and accent-folded, letters only ("Ó'Brien" -> "obrien").
std::string foldName(std::string_view name);

/// Postcode for matching: letters and digits only, upper case, without a
/// country prefix such as "D-".
std::string normalisePostcode(std::string_view postcode);

/// Company for matching: folded, legal-form suffixes dropped (Ltd, Limited,
/// plc, LLP, GmbH & Co. KG, SAS, Inc …).
std::string normaliseCompany(std::string_view company);

/// ISO 3166 region for a country however it is spelt ("UK", "England",
/// "Deutschland", "Éire", "DE"); empty when unknown or blank.
std::string regionForCountry(std::string_view country);

/// Damerau-Levenshtein distance of at most one (one insert, delete,
/// substitution or adjacent swap).
bool withinOneEdit(std::string_view a, std::string_view b);

} // namespace readiness::crm
