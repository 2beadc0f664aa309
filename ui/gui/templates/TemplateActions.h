#pragma once

#include "AssessmentTemplate.h"

class QComboBox;
class QWidget;

namespace readiness::ui {

class AssessmentSession;

/// File ▸ Save as template… and the template choice of the New assessment
/// wizard (docs/templates.md).
namespace TemplateActions {

/// Asks for a name and saves the open assessment's organisation profile and
/// scope answers as a template; returns the path written (empty: nothing).
QString saveWithDialog(QWidget *parent, const AssessmentSession &session);

/// Fills @p box with "No template" and every template in the folder; one
/// that cannot be read is listed disabled with the reason as its tooltip.
void fill(QComboBox *box);
/// The template chosen in a box filled by fill(), if any.
std::optional<AssessmentTemplate> chosen(const QComboBox *box);

/// Writes the template's scope answers into a new document, for the
/// questionnaires it has; returns the first error.
Status applyAnswers(const AssessmentTemplate &value, AssessmentDocument &document);

} // namespace TemplateActions

} // namespace readiness::ui
