#pragma once

#include "AssessmentRecords.h"

#include <QDialog>

namespace readiness::ui {

class OrganisationForm;

/// Edits the organisation profile of an open assessment (Dashboard ▸
/// Organisation…). The country decides which questions apply; for Germany
/// the Land decides the holidays in working days.
class OrganisationDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OrganisationDialog(const Organisation &organisation, QWidget *parent = nullptr);

    OrganisationForm *form() const { return m_form; }
    Organisation organisation() const;

private:
    OrganisationForm *m_form;
};

} // namespace readiness::ui
