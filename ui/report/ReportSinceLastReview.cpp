// The report's "Since last review" section: the comparison with the
// previous assessment (core/compare, docs/lifecycle.md), or why there is none.
#include "AssessmentComparison.h"
#include "DisplayText.h"
#include "ReportDocument.h"
#include "ReportHtml.h"
#include "ReportStyle.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace readiness::ui {

using namespace reporthtml;
using compare::pointsChange;

namespace {
using Review = ReportModel::SinceLastReview;

QString coloured(const QString &text, std::optional<double> change)
{
    // Rounded as printed: a change shown as 0.0 is not coloured.
    if (!change || std::abs(*change) < 0.05)
        return esc(text);
    const QColor c = ReportStyle::ragColour(*change > 0 ? Rag::Green : Rag::Red);
    return u"<span style=\"color:%1; font-weight:bold;\">%2</span>"_s.arg(c.name(QColor::HexRgb), esc(text));
}
} // namespace

QString ReportDocument::sinceLastReview() const
{
    if (!m_model.sinceLastReview)
        return {};
    const Review &r = *m_model.sinceLastReview;
    const QString lang = m_model.language;
    QString h = heading(nextNumber(), t("Since last review", "Seit der letzten Bewertung"));
    const QString file = QFileInfo(r.previousFile).fileName();
    auto para = [](const QString &text) { return u"<p>%1</p>"_s.arg(text); };
    switch (r.state) {
    case Review::State::Missing:
        return h
            + para(esc(t("This assessment names %1 as its previous assessment, but that file was not found at %2. "
                         "No comparison is shown: give the previous assessment with report --previous FILE.",
                         "Diese Bewertung nennt %1 als vorige Bewertung, die Datei wurde unter %2 aber nicht "
                         "gefunden. Ein Vergleich entfällt; geben Sie die vorige Bewertung mit report --previous "
                         "DATEI an.")
                           .arg(file, r.previousFile)));
    case Review::State::DifferentFile:
        return h
            + para(esc(t("This assessment names %1 as its previous assessment, but the file found there is another "
                         "assessment (file id %2, expected %3). No comparison is shown.",
                         "Diese Bewertung nennt %1 als vorige Bewertung, die dort gefundene Datei ist aber eine "
                         "andere Bewertung (Datei-ID %2, erwartet %3). Ein Vergleich entfällt.")
                           .arg(file, r.foundFileId, r.expectedFileId)));
    case Review::State::Unreadable:
        return h
            + para(esc(t("This assessment names %1 as its previous assessment, but it could not be read: %2. No "
                         "comparison is shown.",
                         "Diese Bewertung nennt %1 als vorige Bewertung, die Datei konnte aber nicht gelesen "
                         "werden: %2. Ein Vergleich entfällt.")
                           .arg(file, r.problem)));
    case Review::State::Compared:
        break;
    }
    h += para(esc((r.chosen ? t("Compared with the assessment “%1” of %2 (%3), chosen for this report.",
                                "Verglichen mit der Bewertung „%1“ vom %2 (%3), für diesen Bericht ausgewählt.")
                            : t("Compared with the previous assessment “%1” of %2 (%3).",
                                "Verglichen mit der vorigen Bewertung „%1“ vom %2 (%3)."))
                      .arg(r.previousTitle, day(r.previousDate), file)));
    h += para(
        t("Overall readiness: %1 → %2 (%3 points); critical gaps: %4 → %5.",
          "Gesamtbereitschaft: %1 → %2 (%3 Prozentpunkte); kritische Lücken: %4 → %5.")
            .arg(esc(pct(r.before)), esc(pct(r.after)),
                 coloured(DisplayText::points(pointsChange(r.before, r.after), lang), pointsChange(r.before, r.after)),
                 DisplayText::number(r.criticalBefore, lang), DisplayText::number(r.criticalAfter, lang)));

    QString table = kTable
        + headerRow({t("Section", "Bereich"), t("Previous", "Vorher"), t("Now", "Jetzt"), t("Change", "Änderung")},
                    {52, 16, 16, 16});
    for (const Review::Section &s : r.sections) {
        const auto change = pointsChange(s.before, s.after);
        table += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
            esc(s.title), esc(pct(s.before)), esc(pct(s.after)), coloured(DisplayText::points(change, lang), change));
    }
    h += table + u"</table>"_s;

    auto list = [&](const QString &title, const QList<Review::Change> &changes) -> QString {
        QString out
            = u"<h3 style=\"color:#1F4E79;\">%1 (%2)</h3>"_s.arg(esc(title), DisplayText::number(changes.size(), lang));
        if (changes.isEmpty())
            return out + para(esc(t("None.", "Keine.")));
        out += kTable
            + headerRow({t("Question", "Frage"), t("Previous answer", "Vorige Antwort"), t("Now", "Jetzt")},
                        {56, 22, 22});
        for (const Review::Change &c : changes)
            out += u"<tr><td>%1<br/><span style=\"color:#7F8C8D;\">%2:%3</span></td><td>%4</td><td>%5</td></tr>"_s.arg(
                esc(c.question), esc(c.questionnaireId), esc(c.questionId), esc(c.before.isEmpty() ? u"—"_s : c.before),
                esc(c.after));
        return out + u"</table>"_s;
    };
    h += list(t("Newly critical gaps", "Neue kritische Lücken"), r.newlyCritical);
    h += list(t("Resolved critical gaps", "Geschlossene kritische Lücken"), r.resolved);
    h += list(t("Answers that went down", "Verschlechterte Antworten"), r.wentDown);
    h += para(esc(t("%1 answers went up. The questionnaire versions added %2 and removed %3 questions.",
                    "%1 Antworten haben sich verbessert. Die Fragebogenversionen haben %2 Fragen hinzugefügt und %3 "
                    "entfernt.")
                      .arg(DisplayText::number(r.wentUp, lang), DisplayText::number(r.added, lang),
                           DisplayText::number(r.removed, lang))));
    return h;
}

} // namespace readiness::ui
