#pragma once

#include <QStringView>

namespace readiness {

/// The lexical rules of the questionnaire format (docs/questionnaire-format.md;
/// kept in step with questionnaire.schema.json).
namespace QuestionnaireRules {

/// ^[a-z0-9]+([-.][a-z0-9]+)*$, e.g. "lawfulness.lawful-basis-recorded".
bool isId(QStringView id);
/// ^[a-z]{2,3}(-[A-Z]{2})?$, e.g. "en", "de-AT".
bool isLanguageTag(QStringView tag);
/// MAJOR.MINOR.PATCH without leading zeros.
bool isVersion(const QString &version);
/// "GDPR Art 5(1)(a)", "PECR reg 22(3)", "Recital 39", ... ($defs/reference).
bool isReference(const QString &reference);

} // namespace QuestionnaireRules

} // namespace readiness
