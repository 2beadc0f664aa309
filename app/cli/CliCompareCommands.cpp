// compare: two or more assessments of one organisation, oldest first
// (issue 14, item 2; docs/lifecycle.md "Comparing assessments").
#include "AssessmentSeries.h"
#include "CliFormat.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "ComparisonJson.h"
#include "DisplayText.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace readiness::compare;

namespace readiness::cli {

namespace {
QString shortened(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + u"…"_s : text;
}

void printQuestions(Streams io, const char *heading, const QList<AssessmentComparison::QuestionChange> &list,
                    bool withAnswers)
{
    if (list.isEmpty())
        return;
    io.out << "  " << translated(heading).arg(list.size()) << '\n';
    for (const AssessmentComparison::QuestionChange &c : list) {
        io.out << "    " << c.questionnaireId << ':' << c.questionId;
        if (withAnswers)
            io.out << "  " << (c.before.isEmpty() ? u"—"_s : c.before) << " → "
                   << (c.after.isEmpty() ? u"—"_s : c.after);
        io.out << "\n      " << shortened(c.text, 100) << '\n';
    }
}

void printWarning(Streams io, const AssessmentSeries::Warning &w)
{
    io.err << "gdpr-readiness compare: ";
    if (w.kind == AssessmentSeries::Warning::Kind::SameFile)
        io.err << translated(QT_TRANSLATE_NOOP("cli",
                                               "warning: %1 and %2 are the same assessment file (file id %3), "
                                               "or copies of it"))
                      .arg(w.file, w.otherFile, w.organisation);
    else
        io.err << translated(QT_TRANSLATE_NOOP("cli",
                                               "warning: %1 is an assessment of \"%2\", %3 of \"%4\"; "
                                               "compared all the same"))
                      .arg(w.file, w.organisation, w.otherFile, w.otherOrganisation);
    io.err << '\n';
}

void printSeries(Streams io, const AssessmentSeries &series, const QString &lang)
{
    const ComparedAssessment &newest = series.assessments.last();
    io.out << translated(QT_TRANSLATE_NOOP("cli", "%1: %2 assessments, oldest first"))
                  .arg(newest.organisation)
                  .arg(series.assessments.size())
           << '\n';
    for (int i = 0; i < series.assessments.size(); ++i) {
        const ComparedAssessment &a = series.assessments.at(i);
        io.out << "  [" << i + 1 << "] " << format::date(a.date.toUTC().date()) << "  " << QFileInfo(a.path).fileName()
               << "  \"" << a.title << "\"\n";
    }
    // The trend: one column per assessment, and the change of the newest.
    io.out << '\n' << translated(QT_TRANSLATE_NOOP("cli", "Scores")).leftJustified(40);
    for (int i = 0; i < series.assessments.size(); ++i)
        io.out << u"[%1]"_s.arg(i + 1).rightJustified(10);
    io.out << translated(QT_TRANSLATE_NOOP("cli", "change")).rightJustified(9) << '\n';
    const auto lines = series.trend();
    for (const AssessmentSeries::TrendLine &line : lines) {
        const QString title
            = line.key.isEmpty() ? translated(QT_TRANSLATE_NOOP("cli", "Overall")) : u"  "_s + line.title;
        io.out << shortened(title, 38).leftJustified(40);
        for (const std::optional<double> &p : line.points)
            io.out << DisplayText::percent(p, lang).rightJustified(10);
        const qsizetype n = line.points.size();
        io.out
            << DisplayText::points(pointsChange(line.points.at(n - 2), line.points.at(n - 1)), lang).rightJustified(9)
            << '\n';
    }
    for (int i = 0; i < series.steps.size(); ++i) {
        const AssessmentComparison &c = series.steps.at(i);
        io.out << '\n'
               << translated(QT_TRANSLATE_NOOP("cli", "From [%1] to [%2]: overall %3 points, critical gaps %4 → %5"))
                      .arg(i + 1)
                      .arg(i + 2)
                      .arg(DisplayText::points(c.change(), lang))
                      .arg(c.criticalBefore)
                      .arg(c.criticalAfter)
               << '\n';
        for (const AssessmentComparison::VersionChange &v : c.versions)
            io.out << "  "
                   << translated(QT_TRANSLATE_NOOP("cli", "questionnaire %1: version %2 → %3"))
                          .arg(v.questionnaireId, v.before.isEmpty() ? u"—"_s : v.before,
                               v.after.isEmpty() ? u"—"_s : v.after)
                   << '\n';
        printQuestions(io, QT_TRANSLATE_NOOP("cli", "Newly critical (%1):"), c.newlyCritical, true);
        printQuestions(io, QT_TRANSLATE_NOOP("cli", "Resolved critical gaps (%1):"), c.resolved, true);
        printQuestions(io, QT_TRANSLATE_NOOP("cli", "Answers that went down (%1):"), c.wentDown, true);
        printQuestions(io, QT_TRANSLATE_NOOP("cli", "Answers that went up (%1):"), c.wentUp, true);
        printQuestions(io, QT_TRANSLATE_NOOP("cli", "Questions added (%1):"), c.added, false);
        printQuestions(io, QT_TRANSLATE_NOOP("cli", "Questions removed (%1):"), c.removed, false);
    }
}
} // namespace

int compareCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"compare"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Compare two or more assessments of the same organisation, oldest first by assessment date: the "
                    "score per section and overall, newly critical and resolved gaps, answers that went down or up, "
                    "questions added or removed between questionnaire versions. The files are opened read-only.")));
    cmd.parser.addPositionalArgument(translated(QT_TRANSLATE_NOOP("cli", "FILE")),
                                     translated(QT_TRANSLATE_NOOP("cli", "Assessment files (two or more).")),
                                     translated(QT_TRANSLATE_NOOP("cli", "FILE FILE [FILE...]")));
    QCommandLineOption json(u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print JSON (docs/lifecycle.md).")));
    QCommandLineOption language(u"language"_s,
                                translated(QT_TRANSLATE_NOOP(
                                    "cli", "Language of questionnaire texts: en or de; default: the locale's (LANG).")),
                                u"LANG"_s, outputLanguage());
    cmd.parser.addOptions({json, language});
    if (int rc = cmd.parse(arguments, io, 2, -1); rc >= 0)
        return rc;
    const QString lang = cmd.parser.value(language).toLower();
    if (lang != "en"_L1 && lang != "de"_L1) {
        io.err << "gdpr-readiness compare: " << translated(QT_TRANSLATE_NOOP("cli", "--language must be en or de"))
               << '\n';
        return UsageError;
    }
    auto series = AssessmentSeries::load(cmd.parser.positionalArguments(), lang);
    if (!series)
        return fail(io, series.error());
    for (const AssessmentSeries::Warning &w : std::as_const(series->warnings))
        printWarning(io, w);
    if (cmd.parser.isSet(json)) {
        printJson(io, QJsonDocument(comparisonJson(*series)));
        return Success;
    }
    printSeries(io, *series, lang);
    return Success;
}

} // namespace readiness::cli
