#pragma once

#include "AssessmentTemplate.h"
#include "Result.h"

namespace readiness {

/// The user's templates: one JSON file each in
/// QStandardPaths::AppDataLocation/templates, or in the folder named by
/// GDPR_READINESS_TEMPLATES_DIR (tests, shared team folders).
namespace TemplateLibrary {

inline constexpr auto kDirectoryVariable = "GDPR_READINESS_TEMPLATES_DIR";
inline constexpr qint64 kMaxFileBytes = 1024 * 1024;

QString directory();
/// The file name a template called @p name is saved under: letters, digits,
/// '-' and '_' only, at most 64 characters ("Retail UK / 2026" ->
/// "Retail-UK-2026.json"); empty when nothing is left of the name.
QString fileNameFor(const QString &name);

struct Entry
{
    QString path;
    std::optional<AssessmentTemplate> value;
    QString error; // why it could not be read
};
/// Every *.json in the folder, readable or not (a broken one says why).
QList<Entry> list();

/// Reads and checks the template at @p path.
Result<AssessmentTemplate> load(const QString &path);
/// A template by name (as listed) or by the path of a .json file.
Result<AssessmentTemplate> find(const QString &nameOrPath);
/// Saves @p value in the folder; refuses to replace a template of the same
/// name unless @p replace. Returns the path written.
Result<QString> save(const AssessmentTemplate &value, bool replace = false);

} // namespace TemplateLibrary

} // namespace readiness
