#include "AssessmentRecords.h"

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
template<typename Enum> struct Name
{
    Enum value;
    QLatin1StringView name;
};

constexpr Name<AssessmentStatus> kAssessmentStatus[] = {
    {AssessmentStatus::Draft, "draft"_L1},
    {AssessmentStatus::InProgress, "in-progress"_L1},
    {AssessmentStatus::Completed, "completed"_L1},
    {AssessmentStatus::SignedOff, "signed-off"_L1},
};
constexpr Name<ActionStatus> kActionStatus[] = {
    {ActionStatus::Open, "open"_L1},
    {ActionStatus::InProgress, "in-progress"_L1},
    {ActionStatus::Done, "done"_L1},
    {ActionStatus::WontDo, "wont-do"_L1},
};

template<typename Enum, size_t N> QString nameOf(const Name<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return entry.name;
    return {};
}

template<typename Enum, size_t N> std::optional<Enum> valueOf(const Name<Enum> (&table)[N], const QString &name)
{
    for (const auto &entry : table)
        if (name == entry.name)
            return entry.value;
    return std::nullopt;
}
} // namespace

QString assessmentStatusName(AssessmentStatus status)
{
    return nameOf(kAssessmentStatus, status);
}

std::optional<AssessmentStatus> assessmentStatusFromName(const QString &name)
{
    return valueOf(kAssessmentStatus, name);
}

QString actionStatusName(ActionStatus status)
{
    return nameOf(kActionStatus, status);
}

std::optional<ActionStatus> actionStatusFromName(const QString &name)
{
    return valueOf(kActionStatus, name);
}

} // namespace readiness
