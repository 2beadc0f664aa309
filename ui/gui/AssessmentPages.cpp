#include "AssessmentPages.h"

namespace readiness::ui::AssessmentPages {

namespace {
QList<AssessmentPageType> &registry()
{
    static QList<AssessmentPageType> pages;
    return pages;
}
} // namespace

void add(const AssessmentPageType &type)
{
    for (const AssessmentPageType &known : std::as_const(registry()))
        if (known.id == type.id)
            return;
    registry().append(type);
}

const QList<AssessmentPageType> &all()
{
    return registry();
}

} // namespace readiness::ui::AssessmentPages
