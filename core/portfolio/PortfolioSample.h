#pragma once

#include "Questionnaire.h"
#include "Result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace readiness::portfolio {

/// A consultant's folder of made-up clients for the portfolio benchmark and
/// tests: each client an assessment description (docs/assessment-spec.md)
/// built with AssessmentSpec, so the files are exactly what `new --from`
/// makes. Deterministic: client @p index always gets the same answers.
class PortfolioSample final
{
public:
    /// Loads the bundled questionnaires the clients are assessed on.
    static Result<PortfolioSample> load();

    /// The description of client @p index: organisation, questionnaires,
    /// answers to a share of the questions (levels spread by the client's
    /// maturity), actions (some overdue on @p today), key dates.
    QJsonObject spec(int index, QDate today) const;

    /// Writes client-001.gdpra … into @p dir; never overwrites.
    Result<QStringList> write(const QString &dir, int count, QDate today) const;

    /// The files a folder also holds, for the benchmark and the tests: a
    /// copy of @p from with its second half overwritten (quick_check fails),
    /// and one whose header claims a newer file format. Never overwrite.
    static Status writeDamaged(const QString &from, const QString &to);
    static Status writeNewerFormat(const QString &from, const QString &to);

private:
    QList<Questionnaire> m_questionnaires;
};

} // namespace readiness::portfolio
