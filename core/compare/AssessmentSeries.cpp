#include "AssessmentSeries.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace readiness::compare {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::compare::AssessmentSeries)
};

} // namespace

bool sameOrganisation(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

QString AssessmentSeries::Warning::message() const
{
    if (kind == Kind::SameFile)
        return Text::tr("%1 and %2 are the same assessment file (file id %3), or copies of it")
            .arg(file, otherFile, organisation);
    return Text::tr("%1 is an assessment of \"%2\", %3 of \"%4\": compared all the same")
        .arg(file, organisation, otherFile, otherOrganisation);
}

QList<AssessmentSeries::TrendLine> AssessmentSeries::trend() const
{
    QList<TrendLine> lines;
    TrendLine overall;
    overall.title = u"Overall"_s;
    for (const ComparedAssessment &a : assessments)
        overall.points.append(a.percent);
    lines.append(overall);
    // Sections in the newest assessment's order, then any only older ones had.
    QStringList keys;
    QHash<QString, QString> titles;
    for (auto it = assessments.crbegin(); it != assessments.crend(); ++it)
        for (const ComparedAssessment::Section &s : it->sections)
            if (!titles.contains(s.key)) {
                keys.append(s.key);
                titles.insert(s.key, s.title);
            }
    for (const QString &key : std::as_const(keys)) {
        TrendLine line {key, titles.value(key), {}};
        for (const ComparedAssessment &a : assessments) {
            const ComparedAssessment::Section *s = a.section(key);
            line.points.append(s ? s->percent : std::nullopt);
        }
        lines.append(line);
    }
    return lines;
}

Result<AssessmentSeries> AssessmentSeries::of(QList<ComparedAssessment> list)
{
    if (list.size() < 2)
        return makeError(Text::tr("a comparison needs at least two assessments"));
    std::stable_sort(list.begin(), list.end(),
                     [](const ComparedAssessment &a, const ComparedAssessment &b) { return a.date < b.date; });
    AssessmentSeries series;
    series.assessments = std::move(list);
    const ComparedAssessment &newest = series.assessments.last();
    for (int i = 0; i + 1 < series.assessments.size(); ++i) {
        const ComparedAssessment &a = series.assessments.at(i);
        if (!sameOrganisation(a.organisation, newest.organisation))
            series.warnings.append({Warning::Kind::OtherOrganisation, QFileInfo(a.path).fileName(),
                                    QFileInfo(newest.path).fileName(), a.organisation, newest.organisation});
        for (int j = i + 1; j < series.assessments.size(); ++j) {
            const ComparedAssessment &b = series.assessments.at(j);
            if (!a.fileId.isEmpty() && a.fileId == b.fileId)
                series.warnings.append({Warning::Kind::SameFile,
                                        QFileInfo(a.path).fileName(),
                                        QFileInfo(b.path).fileName(),
                                        a.fileId,
                                        {}});
        }
        series.steps.append(AssessmentComparison::between(a, series.assessments.at(i + 1)));
    }
    return series;
}

Result<AssessmentSeries> AssessmentSeries::load(const QStringList &paths, const QString &language)
{
    QList<ComparedAssessment> list;
    for (const QString &path : paths) {
        auto a = ComparedAssessment::load(path, language);
        if (!a)
            return a.error();
        list.append(std::move(a).value());
    }
    return of(std::move(list));
}

} // namespace readiness::compare
