#include "DataAuditRegistration.h"

#include "AssessmentPages.h"
#include "DataAuditPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace readiness::ui {

void registerDataAuditPage()
{
    AssessmentPages::add(
        {u"data-audit"_s, [] { return DataAuditPage::tr("Data a&udit"); }, u"view-process-all"_s,
         [](AssessmentSession &session, QWidget *parent) -> QWidget * { return new DataAuditPage(session, parent); }});
}

} // namespace readiness::ui
