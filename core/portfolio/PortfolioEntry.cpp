#include "PortfolioEntry.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace readiness::portfolio {

QString problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Damaged:
        return u"damaged"_s;
    case Problem::Locked:
        return u"locked"_s;
    case Problem::TooNew:
        return u"too-new"_s;
    case Problem::NotAssessment:
        return u"not-assessment"_s;
    case Problem::Unreadable:
        return u"unreadable"_s;
    }
    return {};
}

QString signOffStateName(SignOffState state)
{
    switch (state) {
    case SignOffState::NotRecorded:
        return u"not-recorded"_s;
    case SignOffState::None:
        return u"none"_s;
    case SignOffState::SignedOff:
        return u"signed-off"_s;
    case SignOffState::Reopened:
        return u"reopened"_s;
    }
    return {};
}

QJsonObject PortfolioEntry::toJson() const
{
    QJsonObject o {{u"file"_s, fileName}, {u"path"_s, path}};
    if (!readable()) {
        o.insert(u"problem"_s, problemName(problem));
        o.insert(u"reason"_s, reason);
        return o;
    }
    auto dateTime = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(); };
    o.insert(u"format"_s, format);
    o.insert(u"organisation"_s, organisation);
    o.insert(u"assessment"_s, assessmentTitle);
    o.insert(u"status"_s, assessmentStatusName(status));
    o.insert(u"score"_s, percent ? QJsonValue(std::round(*percent * 10) / 10) : QJsonValue());
    o.insert(u"rag"_s, ragName(rag));
    o.insert(u"coverage"_s, std::round(coverage * 1000) / 10); // percent, as `score --json`
    o.insert(u"applicable"_s, applicable);
    o.insert(u"answered"_s, answered);
    o.insert(u"critical_gaps"_s, criticalGaps);
    o.insert(u"open_actions"_s, openActions);
    o.insert(u"overdue_actions"_s, overdueActions);
    o.insert(u"next_key_date"_s,
             nextKeyDate ? QJsonValue(
                 QJsonObject {{u"label"_s, nextKeyDate->label}, {u"date"_s, nextKeyDate->date.toString(Qt::ISODate)}})
                         : QJsonValue());
    QJsonObject sign {{u"state"_s, signOffStateName(signOff)}};
    if (signOff == SignOffState::SignedOff || signOff == SignOffState::Reopened) {
        sign.insert(u"by"_s, signedBy);
        sign.insert(u"at"_s, dateTime(signedAt));
    }
    o.insert(u"sign_off"_s, sign);
    o.insert(u"last_change"_s, dateTime(lastChange));
    if (!inUseBy.isEmpty())
        o.insert(u"in_use_by"_s, inUseBy);
    if (!notices.isEmpty())
        o.insert(u"notices"_s, QJsonArray::fromStringList(notices));
    return o;
}

} // namespace readiness::portfolio
