#include "ReportDocument.h"

#include "DisplayText.h"
#include "EvidenceStore.h"
#include "GermanLand.h"
#include "Jurisdiction.h"
#include "LegalReference.h"
#include "ReportCharts.h"
#include "ReportHtml.h"
#include "ReportStyle.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace readiness::ui {

using namespace reporthtml;

namespace {
QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

// The detail tables' smaller print.
const QString kSmallTable = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                            "style=\"border-collapse: collapse; border-color: #D5D8DC; border-style: solid; "
                            "font-size:7.5pt;\">"_s;

QString chip(const QString &text, const QColor &colour)
{
    return u"<span style=\"color:%1; font-weight:bold;\">%2</span>"_s.arg(hex(colour), esc(text));
}

QString ragChip(Rag rag, const QString &label)
{
    return chip(label, ReportStyle::ragColour(rag));
}

QString chart(const QString &url, QSizeF size)
{
    return u"<img src=\"%1\" width=\"%2\" height=\"%3\">"_s.arg(url)
        .arg(qRound(size.width()))
        .arg(qRound(size.height()));
}

} // namespace

ReportDocument::ReportDocument(const ReportModel &model)
    : m_model(model)
{ }

QString ReportDocument::t(const char *english, const char *german) const
{
    return QString::fromUtf8(m_model.language == "de"_L1 ? german : english);
}

QString ReportDocument::day(QDate date) const
{
    return DisplayText::date(date, m_model.language);
}

QString ReportDocument::pct(std::optional<double> value) const
{
    return DisplayText::percent(value, m_model.language);
}

QString ReportDocument::amount(double value, const QString &currency) const
{
    return DisplayText::amount(value, currency, m_model.language);
}

QString ReportDocument::html() const
{
    m_number = 0;
    QString html = u"<html><body style=\"color:#2C3E50;\">"_s;
    html += cover();
    html += summary();
    html += sinceLastReview();
    html += sectionDetail();
    html += actionPlan();
    html += crmAudit();
    html += fines();
    html += evidence();
    html += carriedHistory();
    html += method();
    return html + u"</body></html>"_s;
}

QString ReportDocument::nextNumber() const
{
    return QString::number(++m_number);
}

QString ReportDocument::countdownText(const Countdown &c) const
{
    // Always after "in" / "vor": German needs the dative.
    return t("%1 calendar days, %2 working days", "%1 Kalendertagen, %2 Arbeitstagen")
        .arg(DisplayText::number(c.calendarDays, m_model.language),
             DisplayText::number(c.workingDays, m_model.language));
}

QString ReportDocument::cover() const
{
    const ReportModel &m = m_model;
    const QColor rag = ReportStyle::ragColour(m.score.rag);
    QString h;
    h += u"<p style=\"font-size:10pt; color:#7F8C8D; margin-top:40px;\">%1</p>"_s.arg(
        esc(t("GDPR READINESS ASSESSMENT", "DSGVO-BEREITSCHAFTSBEWERTUNG")));
    h += u"<p style=\"font-size:28pt; font-weight:bold; color:#1F4E79; margin-top:6px;\">%1</p>"_s.arg(
        esc(m.organisation.name));
    h += u"<p style=\"font-size:15pt; margin-bottom:30px;\">%1</p>"_s.arg(esc(m.assessment.title));
    // The score as a solid RAG block: what a board member sees first.
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"18\"><tr><td bgcolor=\"%1\" width=\"45%\">"
         "<p style=\"color:#FFFFFF; font-size:11pt;\">%2</p>"
         "<p style=\"color:#FFFFFF; font-size:44pt; font-weight:bold;\">%3</p>"
         "<p style=\"color:#FFFFFF; font-size:14pt; font-weight:bold;\">%4</p></td>"
         "<td width=\"55%\" valign=\"middle\" style=\"padding-left:24px;\"><p style=\"font-size:10pt;\">%5</p></td>"
         "</tr></table>"_s.arg(hex(rag), esc(t("Overall readiness", "Gesamtbereitschaft")), esc(pct(m.score.percent)),
                               esc(DisplayText::rag(m.score.rag, m.language)), esc(m.verdict));
    auto fact = [](const QString &label, const QString &value) {
        return u"<tr><td width=\"35%\" style=\"color:#7F8C8D; font-size:9pt;\">%1</td>"
               "<td style=\"font-size:9pt;\">%2</td></tr>"_s.arg(esc(label), value);
    };
    h += u"<p style=\"margin-top:30px;\"></p>"_s + kTable;
    h += fact(t("Organisation", "Organisation"), esc(m.organisation.name));
    if (!m.organisation.sector.isEmpty())
        h += fact(t("Sector", "Branche"), esc(m.organisation.sector));
    if (!m.organisation.country.isEmpty())
        h += fact(t("Country", "Land"), esc(Jurisdiction::displayName(m.organisation.country, m.language)));
    if (!m.organisation.land.isEmpty())
        h += fact(t("German Land", "Bundesland"), esc(GermanLand::displayName(m.organisation.land, m.language)));
    h += fact(t("Assessor", "Prüfer/in"), esc(m.assessment.assessor));
    h += fact(t("Status", "Status"), esc(DisplayText::assessmentStatus(m.assessment.status, m.language)));
    if (m.signOff && m.signOff->pastRevision) {
        // A report of a past revision says so first: it is not today's state.
        QString text = t("Revision %5, signed off by %1 (%2) on %3 — fingerprint %4",
                         "Revision %5, freigegeben von %1 (%2) am %3 — Fingerabdruck %4")
                           .arg(m.signOff->name, m.signOff->role, day(m.signOff->at.toUTC().date()),
                                m.signOff->fingerprint, DisplayText::number(m.signOff->revision, m.language));
        if (m.signOff->reopenedAt)
            text += u' '
                + t("(the state as signed; reopened for changes on %1)",
                    "(der freigegebene Stand; am %1 zur Bearbeitung wieder geöffnet)")
                      .arg(day(m.signOff->reopenedAt->toUTC().date()));
        h += fact(t("Sign-off", "Freigabe"), esc(text));
    } else if (m.signOff)
        h += fact(t("Sign-off", "Freigabe"),
                  esc(t("signed off by %1 (%2) on %3 — fingerprint %4 (revision %5)",
                        "freigegeben von %1 (%2) am %3 — Fingerabdruck %4 (Revision %5)")
                          .arg(m.signOff->name, m.signOff->role, day(m.signOff->at.toUTC().date()),
                               m.signOff->fingerprint, DisplayText::number(m.signOff->revision, m.language))));
    h += fact(t("Report date", "Berichtsdatum"), esc(day(m.today)));
    h += fact(t("Coverage", "Abdeckung"),
              esc(t("%1 of %2 applicable questions answered (%3)", "%1 von %2 zutreffenden Fragen beantwortet (%3)")
                      .arg(m.score.answered)
                      .arg(m.score.applicable)
                      .arg(pct(100.0 * m.score.coverage()))));
    if (m.toTarget) {
        const QString when = m.toTarget->since ? t("%1 ago (overdue)", "vor %1 (überfällig)") : t("in %1", "in %1");
        h += fact(t("Target date", "Zieldatum"),
                  u"%1 — %2"_s.arg(esc(day(m.assessment.targetDate)), esc(when.arg(countdownText(*m.toTarget)))));
    }
    for (const ReportModel::DatedCountdown &d : m.keyDates) {
        const QString when = d.countdown.since ? t("%1 ago", "vor %1") : t("in %1", "in %1");
        h += fact(d.label, u"%1 — %2"_s.arg(esc(day(d.countdown.to)), esc(when.arg(countdownText(d.countdown)))));
    }
    h += fact(t("GDPR in force since", "DSGVO gilt seit"),
              u"%1 — %2"_s.arg(esc(day(m.sinceGdpr.to)), esc(t("%1 ago", "vor %1").arg(countdownText(m.sinceGdpr)))));
    h += fact(t("Working days", "Arbeitstage"),
              esc(t("Mon–Fri less public holidays (%1)", "Mo–Fr ohne Feiertage (%1)").arg(m.calendarName)));
    h += fact(t("Assessment fingerprint", "Fingerabdruck"), esc(m.fingerprint));
    h += u"</table>"_s;
    h += u"<p style=\"font-size:8pt; color:#7F8C8D; margin-top:30px;\">%1</p>"_s.arg(esc(
        t("This report informs; it is not legal advice.", "Dieser Bericht informiert; er ist keine Rechtsberatung.")));
    return h;
}

QString ReportDocument::summary() const
{
    const ReportModel &m = m_model;
    QString h = heading(nextNumber(), t("Executive summary", "Zusammenfassung"));
    h += u"<p style=\"font-size:10pt;\">%1</p>"_s.arg(esc(m.verdict));
    if (m.toReviewCount > 0)
        h += u"<p style=\"font-size:10pt;\">%1</p>"_s.arg(
            chip(t("%1 answer(s) carried over from the previous assessment have not been reviewed yet: they are "
                   "marked TO REVIEW in the detail.",
                   "%1 aus der vorigen Bewertung übernommene Antwort(en) sind noch nicht geprüft: Sie sind in den "
                   "Details als ZU PRÜFEN markiert.")
                     .arg(DisplayText::number(m.toReviewCount, m.language)),
                 ReportStyle::kAmber));

    // Scores beside the radar chart: one numbered row per radar axis.
    QString table
        = kTable + headerRow({t("Section", "Bereich"), t("Score", "Wert"), t("Answered", "Beantw.")}, {62, 20, 18});
    const auto sections = m.scoredSections();
    QString lastQuestionnaire;
    for (int i = 0; i < sections.size(); ++i) {
        const ReportModel::SectionDetail *s = sections.at(i);
        if (s->questionnaireTitle != lastQuestionnaire) {
            lastQuestionnaire = s->questionnaireTitle;
            table += u"<tr><td colspan=\"3\" bgcolor=\"#F4F6F7\"><b>%1</b></td></tr>"_s.arg(esc(lastQuestionnaire));
        }
        QString score = ragChip(s->score.rag, pct(s->score.percent));
        if (s->score.criticalGaps > 0)
            score += u" <span style=\"color:#C0392B;\">!</span>"_s;
        table += u"<tr><td>%1.&nbsp;%2</td><td>%3</td><td>%4</td></tr>"_s.arg(i + 1).arg(
            esc(s->title), score, DisplayText::number(qRound(100 * s->score.coverage()), m.language) + u"&nbsp;%"_s);
    }
    table += u"</table>"_s;
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"56%\" valign=\"top\">%1<p "
         u"style=\"font-size:7pt; color:#7F8C8D;\">%2</p></td>"
         "<td width=\"44%\" valign=\"middle\" align=\"center\">%3</td></tr></table>"_s.arg(
             table, esc(t("! a critical gap caps the section at red.", "! eine kritische Lücke begrenzt auf Rot.")),
             chart(kRadarUrl, ReportCharts::size(ReportCharts::Kind::Radar, int(sections.size()))));

    h += u"<h3 style=\"color:#1F4E79;\">%1</h3>"_s.arg(
        esc(t("Top risks and the action each needs", "Größte Risiken und nötige Maßnahmen")));
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: "
         "collapse; border-color: #D5D8DC; border-style: solid; font-size:7.5pt;\">"_s
        + headerRow({t("Risk", "Risiko"), t("Answer", "Antwort"), t("Action", "Maßnahme")}, {44, 16, 40});
    for (const ReportModel::Risk &r : m.topRisks) {
        QString risk = esc(r.question) + u"<br><span style=\"color:#7F8C8D;\">%1</span>"_s.arg(esc(r.sectionTitle));
        if (r.criticalGap)
            risk = chip(t("CRITICAL GAP", "KRITISCHE LÜCKE"), ReportStyle::kRed) + u" "_s + risk;
        QString action = esc(r.action);
        if (!r.owner.isEmpty())
            action += u"<br><span style=\"color:#7F8C8D;\">%1 · %2</span>"_s.arg(esc(r.owner), esc(day(r.due)));
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(risk, esc(r.answer), action);
    }
    h += u"</table><p style=\"font-size:7pt; color:#7F8C8D;\">%1</p>"_s.arg(
        esc(t("%1 of %2 questions with a shortfall, critical gaps first, then by weight × shortfall.",
              "%1 von %2 Fragen mit Defizit, kritische Lücken zuerst, dann nach Gewicht × Defizit.")
                .arg(m.topRisks.size())
                .arg(m.riskCount)));
    h += notApplicableCritical();
    return h;
}

QString ReportDocument::notApplicableCritical() const
{
    // A critical question is a legal duty: whoever reads the verdict sees
    // every one declared "not applicable" and why, because N/A drops it out
    // of the score and of the critical cap.
    const ReportModel &m = m_model;
    if (m.criticalNotApplicable.isEmpty())
        return {};
    QString h
        = u"<h3 style=\"color:#1F4E79;\">%1</h3>"_s.arg(esc(t("Critical questions answered \u201cnot applicable\u201d",
                                                              "Kritische Fragen mit \u201enicht zutreffend\u201c")));
    h += kTable + headerRow({t("Question", "Frage"), t("Reason given", "Angegebene Begründung")}, {50, 50});
    for (const ReportModel::NotApplicableCritical &n : m.criticalNotApplicable) {
        const QString reason
            = n.reason.isEmpty() ? chip(t("NO REASON GIVEN", "KEINE BEGRÜNDUNG"), ReportStyle::kRed) : esc(n.reason);
        h += u"<tr><td>%1<br><span style=\"color:#7F8C8D;\">%2</span></td><td>%3</td></tr>"_s.arg(
            esc(n.question), esc(n.questionnaireId + u':' + n.questionId), reason);
    }
    return h + u"</table>"_s;
}

QString ReportDocument::sectionDetail() const
{
    const ReportModel &m = m_model;
    QString h = heading(nextNumber(), t("Detail by section", "Details nach Bereich"));
    h += u"<p>%1</p>"_s.arg(esc(t("How many maturity answers sit at each level of the scale, per section:",
                                  "Anzahl der Reifegrad-Antworten je Stufe und Bereich:")));
    h += u"<p align=\"center\">%1</p>"_s.arg(
        chart(kLevelsUrl, ReportCharts::size(ReportCharts::Kind::Levels, int(m.scoredSections().size()))));
    for (const ReportModel::SectionDetail &s : m.sections) {
        const bool hasScore = !s.scoped && s.score.percent.has_value();
        h += u"<h2 style=\"color:#1F4E79; font-size:12pt; margin-top:16px;\">%1</h2>"_s.arg(esc(s.title));
        QString line = esc(s.questionnaireTitle);
        if (s.scoped)
            line += u" · "_s + esc(t("scoping questions, not scored", "Eingrenzungsfragen, nicht bewertet"));
        else if (hasScore)
            line += u" · "_s
                + ragChip(s.score.rag, pct(s.score.percent) + u" "_s + DisplayText::rag(s.score.rag, m.language));
        else
            line += u" · "_s + esc(t("nothing to score", "nichts zu bewerten"));
        if (s.score.cappedByCritical)
            line += u" · "_s + chip(t("capped by a critical gap", "durch kritische Lücke begrenzt"), ReportStyle::kRed);
        if (!s.references.isEmpty())
            line += u" · "_s + esc(LegalReference::display(s.references, m.language).join(u", "_s));
        h += u"<p style=\"font-size:8pt; color:#7F8C8D;\">%1</p>"_s.arg(line);
        h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: "
             "collapse; border-color: #D5D8DC; border-style: solid; font-size:7.5pt;\">"_s
            + headerRow({t("Question", "Frage"), t("Answer", "Antwort"),
                         t("Note, evidence, actions", "Notiz, Nachweise, Maßnahmen")},
                        {48, 17, 35});
        for (const ReportModel::QuestionDetail &q : s.questions) {
            QString question = esc(q.text);
            QString meta = q.questionId;
            if (!q.references.isEmpty())
                meta += u" · "_s + LegalReference::display(q.references, m.language).join(u", "_s);
            if (q.critical)
                meta += u" · "_s + t("critical", "kritisch");
            question += u"<br><span style=\"color:#7F8C8D; font-size:6.5pt;\">%1</span>"_s.arg(esc(meta));
            QString answer;
            if (!q.applies && q.outsideJurisdiction)
                answer = u"<span style=\"color:#7F8C8D;\">%1</span>"_s.arg(
                    esc(t("Does not apply to %1", "Entfällt für %1")
                            .arg(Jurisdiction::displayName(m.organisation.country, m.language))));
            else if (!q.applies)
                answer = u"<span style=\"color:#7F8C8D;\">%1</span>"_s.arg(esc(t("Does not apply", "Entfällt")));
            else if (q.value.isEmpty())
                answer = chip(t("Unanswered", "Unbeantwortet"), ReportStyle::kMuted);
            else if (q.fraction)
                answer = chip(q.display,
                              *q.fraction >= 0.75      ? ReportStyle::kGreen
                                  : *q.fraction >= 0.5 ? ReportStyle::kAmber
                                                       : ReportStyle::kRed);
            else
                answer = esc(q.display);
            if (q.criticalGap)
                answer += u"<br>"_s + chip(t("CRITICAL GAP", "KRITISCHE LÜCKE"), ReportStyle::kRed);
            if (q.toReview)
                answer += u"<br>"_s
                    + chip(t("TO REVIEW: carried over from %1", "ZU PRÜFEN: übernommen vom %1").arg(day(q.carriedFrom)),
                           ReportStyle::kAmber);
            QStringList extra;
            if (!q.note.isEmpty())
                extra << esc(q.note);
            for (const EvidenceRecord &e : q.evidence)
                extra << u"<span style=\"color:#1F4E79;\">%1 %2</span>"_s.arg(esc(t("Evidence:", "Nachweis:")),
                                                                              esc(e.name));
            for (const ActionRecord &a : q.actions)
                extra << u"<span style=\"color:#1F4E79;\">%1 %2 (%3, %4)</span>"_s.arg(
                    esc(t("Action:", "Maßnahme:")), esc(a.title), esc(a.owner), esc(day(a.dueDate)));
            h += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(question, answer, extra.join(u"<br>"_s));
        }
        h += u"</table>"_s;
    }
    return h;
}

QString ReportDocument::actionPlan() const
{
    const ReportModel &m = m_model;
    QString h = heading(nextNumber(), t("Action plan", "Maßnahmenplan"));
    if (m.actions.isEmpty())
        return h + u"<p>%1</p>"_s.arg(esc(t("No actions recorded.", "Keine Maßnahmen erfasst.")));
    h += u"<p>%1</p>"_s.arg(esc(
        (m.actions.size() == 1 ? t("%1 action, %2 overdue (highlighted).", "%1 Maßnahme, %2 überfällig (markiert).")
                               : t("%1 actions, %2 overdue (highlighted).", "%1 Maßnahmen, %2 überfällig (markiert)."))
            .arg(m.actions.size())
            .arg(m.overdueCount)));
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: "
         "collapse; border-color: #D5D8DC; border-style: solid; font-size:7.5pt;\">"_s
        + headerRow({t("Action", "Maßnahme"), t("Owner", "Verantwortlich"), t("Due", "Fällig"), t("Status", "Status")},
                    {58, 16, 13, 13});
    for (const ReportModel::ActionItem &a : m.actions) {
        QString title = esc(a.record.title);
        if (!a.questionText.isEmpty())
            title += u"<br><span style=\"color:#7F8C8D;\">%1</span>"_s.arg(esc(a.questionText));
        if (!a.record.notes.isEmpty())
            title += u"<br><i>%1</i>"_s.arg(esc(a.record.notes));
        const QString bg = a.overdue ? u" bgcolor=\"#F9E0DD\""_s : QString();
        QString due = esc(day(a.record.dueDate));
        if (a.overdue)
            due = chip(day(a.record.dueDate), ReportStyle::kRed) + u"<br>"_s
                + chip(t("OVERDUE", "ÜBERFÄLLIG"), ReportStyle::kRed);
        h += u"<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            bg, title, esc(a.record.owner), due, esc(DisplayText::actionStatus(a.record.status, m.language)));
    }
    return h + u"</table>"_s;
}

QString ReportDocument::crmAudit() const
{
    // Figures, rules and fingerprints only: the run holds no names, e-mail
    // addresses or phone numbers, and neither does the report.
    if (!m_model.crmAudit)
        return {};
    const crm::StoredAuditRun &run = *m_model.crmAudit;
    QString h = heading(nextNumber(), t("CRM data audit", "CRM-Datenprüfung"));
    const QString crossCheck = run.hasCrossCheck()
        ? t(", %1 e-mail addresses compared with Mailchimp", ", %1 E-Mail-Adressen mit Mailchimp abgeglichen")
              .arg(run.addresses)
        : QString();
    h += u"<p>%1</p>"_s.arg(
        esc(t("The newest audit of the CRM contacts export (run %1 of %2, as of %3): %4 records, %5 duplicate clusters "
              "(%6 matched pairs)%7. Counts per finding type; red bars mean an objection or opt-out is not honoured.",
              "Die neueste Prüfung des CRM-Kontaktexports (Lauf %1 vom %2, Stichtag %3): %4 Datensätze, %5 "
              "Dublettengruppen (%6 Paare)%7. Anzahl je Befund; rote Balken: ein Widerspruch oder Opt-out wird nicht "
              "beachtet.")
                .arg(run.id)
                .arg(day(run.createdAt.toLocalTime().date()), run.asOf.left(10))
                .arg(run.records)
                .arg(run.clusters)
                .arg(run.pairs)
                .arg(crossCheck)));
    h += u"<p align=\"center\">%1</p>"_s.arg(
        chart(kCrmAuditUrl, ReportCharts::size(ReportCharts::Kind::CrmAudit, ReportCharts::crmFindingCount(m_model))));
    h += kSmallTable
        + headerRow({t("Finding", "Befund"), t("Count", "Anzahl"), t("Share", "Anteil"), t("Relates to", "Bezug")},
                    {50, 12, 12, 26});
    for (const crm::StoredCount &c : run.counts) {
        if (c.scope == "run"_L1)
            continue;
        const qint64 base = c.scope == "record"_L1 ? run.records : run.addresses;
        const QString share = base > 0 ? pct(100.0 * double(c.count) / double(base)) : u"—"_s;
        const QString count = crm::isSevereFinding(c.key) && c.count > 0
            ? chip(DisplayText::number(c.count, m_model.language), ReportStyle::kRed)
            : esc(DisplayText::number(c.count, m_model.language));
        h += u"<tr><td>%1<br><span style=\"color:#7F8C8D; font-size:6.5pt;\">%2</span></td><td>%3</td><td>%4</td>"
             "<td>%5</td></tr>"_s.arg(esc(c.title), esc(c.key), count, esc(share), esc(c.law));
    }
    h += u"</table>"_s;

    h += u"<h3 style=\"color:#1F4E79;\">%1</h3>"_s.arg(esc(t("Rules and parameters", "Regeln und Parameter")));
    QStringList parameters;
    for (const QJsonObject &o : {run.ruleParameters, run.duplicateParameters})
        for (auto it = o.begin(); it != o.end(); ++it)
            parameters << u"%1 = %2"_s.arg(it.key(), it.value().toVariant().toString());
    for (const crm::StoredCount &c : run.counts)
        if (c.scope == "run"_L1)
            parameters << u"%1 = %2"_s.arg(c.key).arg(c.count);
    h += u"<p style=\"font-size:8pt;\">%1</p>"_s.arg(esc(parameters.join(u" · "_s)));

    h += u"<h3 style=\"color:#1F4E79;\">%1</h3>"_s.arg(esc(t("Input files", "Eingabedateien")));
    h += kSmallTable
        + headerRow({t("File and SHA-256", "Datei und SHA-256"), t("Kind", "Art"), t("Size", "Größe"),
                     t("Records", "Datensätze")},
                    {62, 14, 12, 12});
    for (const crm::StoredInput &i : run.inputs)
        h += u"<tr><td><b>%1</b><br><span style=\"font-family:'DejaVu Sans Mono'; font-size:6.5pt;\">%2</span></td>"
             "<td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(esc(QFileInfo(i.path).fileName()), esc(i.sha256),
                                                            esc(i.role), esc(formatByteSize(i.bytes)),
                                                            QString::number(i.records));
    h += u"</table><p style=\"font-size:7pt; color:#7F8C8D;\">%1</p>"_s.arg(
        esc(t("The assessment file keeps only counts, record numbers and CRM ids of this run (data minimisation, "
              "Art 5(1)(c)); details need the input files above, unchanged.",
              "Die Bewertungsdatei enthält von diesem Lauf nur Anzahlen, Datensatznummern und CRM-IDs "
              "(Datenminimierung, Art. 5(1)(c)); Details erfordern die obigen Eingabedateien unverändert.")));
    return h;
}

QString ReportDocument::fines() const
{
    const ReportModel &m = m_model;
    if (!m.fines)
        return {};
    const FineExposure &f = *m.fines;
    QString h = heading(nextNumber(), t("Maximum fine exposure", "Maximales Bußgeldrisiko"));
    h += u"<p>%1</p>"_s.arg(
        esc(t("The statutory maxima of Art 83 for a total worldwide annual turnover of %1 (%2), "
              "taken as the turnover of the undertaking: for a company in a group, the whole "
              "group's (Recital 150; CJEU C-807/21 Deutsche Wohnen). With a single company's "
              "turnover the maxima can be understated. These are the legal maxima, not a "
              "prediction of any fine.",
              "Die gesetzlichen Höchstbeträge nach Art. 83 DSGVO bei einem weltweiten Jahresumsatz von "
              "%1 (%2), verstanden als Umsatz des Unternehmens: bei einer Konzerngesellschaft der "
              "des ganzen Konzerns (Erwägungsgrund 150 DSGVO; EuGH C-807/21 Deutsche Wohnen). Mit dem Umsatz nur "
              "einer Gesellschaft können die Höchstbeträge zu niedrig sein. Dies sind "
              "Höchstgrenzen, keine Prognose eines Bußgelds.")
                .arg(amount(f.turnover, f.currency), f.regime)));
    h += kTable
        + headerRow({t("Tier", "Stufe"), t("Fixed cap", "Fester Betrag"), t("% of turnover", "% des Umsatzes"),
                     t("Maximum", "Höchstbetrag")});
    QList<const FineExposure::Tier *> tiers {&f.lower, &f.upper};
    if (f.pecr)
        tiers.append(&*f.pecr);
    for (const FineExposure::Tier *tier : std::as_const(tiers)) {
        h += u"<tr><td>%1</td><td>%2</td><td>%3 % = %4</td><td><b>%5</b></td></tr>"_s.arg(
            esc(LegalReference::display(tier->article, m.language)), esc(amount(tier->fixedCap, f.currency)),
            QString::number(tier->percent), esc(amount(tier->percentOfTurnover, f.currency)),
            esc(amount(tier->maximum, f.currency)));
    }
    h += u"</table><p style=\"font-size:8pt; color:#7F8C8D;\">%1</p>"_s.arg(
        esc(t("Art 83(4): e.g. records, security, DPIA, DPO obligations. Art 83(5): the principles, lawful basis, "
              "consent, data subject rights, transfers. Whichever is higher of the fixed cap and the percentage. "
              "Public authorities and bodies: the percentage applies only to undertakings, and national law decides "
              "whether and how far they can be fined at all (Art 83(7); e.g. none in Germany, BDSG § 43(3)).",
              "Art. 83 Abs. 4 DSGVO: z. B. Verzeichnis, Sicherheit, DSFA, DSB. Art. 83 Abs. 5 DSGVO: Grundsätze, "
              "Rechtsgrundlage, "
              "Einwilligung, Betroffenenrechte, Übermittlungen. Es gilt der höhere Betrag. Behörden und öffentliche "
              "Stellen: der Prozentsatz gilt nur für Unternehmen, und das nationale Recht bestimmt, ob und wieweit "
              "Geldbußen gegen sie verhängt werden (Art. 83 Abs. 7 DSGVO; in Deutschland keine, § 43 Abs. 3 BDSG).")));
    if (f.pecr)
        h += u"<p style=\"font-size:8pt; color:#7F8C8D;\">%1</p>"_s.arg(
            esc(t("PECR (marketing, cookies): since 5 February 2026 the same maximum as the UK GDPR higher tier "
                  "(Data (Use and Access) Act 2025); £500,000 for infringements before then.",
                  "PECR (Werbung, Cookies): seit 5. Februar 2026 derselbe Höchstbetrag wie die höhere Stufe der UK "
                  "GDPR (Data (Use and Access) Act 2025); 500.000 £ für Verstöße davor.")));
    else
        h += u"<p style=\"font-size:8pt; color:#7F8C8D;\">%1</p>"_s.arg(
            esc(t("ePrivacy (marketing, cookies): penalties are set by national law (ePrivacy Directive Art 15a); "
                  "there is no EU-wide maximum.",
                  "ePrivacy (Werbung, Cookies): Sanktionen regelt das nationale Recht (Art. 15a ePrivacy-RL; in "
                  "Deutschland u. a. § 28 TDDDG, § 20 UWG); "
                  "es gibt keinen EU-weiten Höchstbetrag.")));
    return h;
}

QString ReportDocument::evidence() const
{
    const ReportModel &m = m_model;
    QString h = heading(nextNumber(), t("Evidence manifest", "Nachweisverzeichnis"));
    if (m.evidence.isEmpty())
        return h + u"<p>%1</p>"_s.arg(esc(t("No evidence attached.", "Keine Nachweise angehängt.")));
    h += u"<p>%1</p>"_s.arg(esc(t("Every file attached as evidence, with its SHA-256 so a reader can check the copy "
                                  "they hold is the one assessed.",
                                  "Alle Nachweisdateien mit SHA-256, damit Leser ihre Kopie prüfen können.")));
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse: "
         "collapse; border-color: #D5D8DC; border-style: solid; font-size:7.5pt;\">"_s
        + headerRow({t("File and SHA-256", "Datei und SHA-256"), t("Size", "Größe"), t("Added", "Hinzugefügt"),
                     t("Question", "Frage")},
                    {62, 9, 11, 18});
    for (const ReportModel::EvidenceItem &e : m.evidence) {
        h += u"<tr><td><b>%1</b><br><span style=\"font-family:'DejaVu Sans Mono'; font-size:6.5pt;\">%2</span></td>"
             "<td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(esc(e.record.name), esc(e.record.sha256),
                                                            esc(DisplayText::byteSize(e.record.size, m.language)),
                                                            esc(day(e.record.addedAt.toLocalTime().date())),
                                                            esc(e.questionnaireId + u":"_s + e.record.questionId));
    }
    return h + u"</table>"_s;
}

QString ReportDocument::carriedHistory() const
{
    const ReportModel &m = m_model;
    if (m.carriedHistory.isEmpty())
        return {};
    QString h = heading(nextNumber(),
                        t("Answers kept from the previous assessment",
                          "Aus der vorigen Bewertung "
                          "aufbewahrte Antworten"));
    h += u"<p>%1</p>"_s.arg(esc(t("The newer questionnaire version has no place for these answers (the question was "
                                  "removed, or cannot take the old answer). They are kept here unchanged.",
                                  "Die neuere Fragebogenversion hat für diese Antworten keinen Platz (die Frage "
                                  "entfiel oder kann die alte Antwort nicht aufnehmen). Sie sind hier unverändert "
                                  "aufbewahrt.")));
    h += kSmallTable
        + headerRow({t("Question (previous version)", "Frage (vorige Version)"), t("Answer", "Antwort"),
                     t("Why kept here", "Grund")},
                    {50, 25, 25});
    for (const ReportModel::CarriedHistory &c : m.carriedHistory) {
        const QString why = c.reason == "removed"_L1 ? t("question removed", "Frage entfallen")
                                                     : t("answer no longer possible", "Antwort nicht mehr möglich");
        h += u"<tr><td>%1<br><span style=\"color:#7F8C8D; font-size:6.5pt;\">%2 · %3 %4</span></td>"
             "<td>%5%6</td><td>%7</td></tr>"_s.arg(
                 esc(c.question), esc(c.questionId), esc(c.questionnaireId), esc(c.fromVersion), esc(c.value),
                 c.note.isEmpty() ? QString() : u"<br>"_s + esc(c.note), esc(why + u", "_s + day(c.answeredAt)));
    }
    return h + u"</table>"_s;
}

QString ReportDocument::method() const
{
    const ReportModel &m = m_model;
    QString h = heading(nextNumber(), t("Method", "Methode"));
    const QStringList scale = m.questionnaires.isEmpty() ? QStringList() : m.questionnaires.first().scale;
    h += u"<p><b>%1</b> %2</p>"_s.arg(esc(t("Scale.", "Skala.")), esc(scale.join(u" · "_s)));
    h += u"<p><b>%1</b> %2</p>"_s.arg(
        esc(t("Formula.", "Formel.")),
        esc(t("A maturity level l on a scale min…max scores (l − min) ÷ (max − min); yes/no scores 100 % / 0 %; "
              "N/A drops out; an unanswered question counts 0. Section % = 100 × Σ(weight × score) ÷ Σ weight; "
              "the overall score is the weighted mean of the section scores. A critical question answered below "
              "the middle of the scale caps its section at red.",
              "Ein Reifegrad l auf einer Skala min…max ergibt (l − min) ÷ (max − min); Ja/Nein 100 % / 0 %; "
              "N/A entfällt; unbeantwortet zählt 0. Bereich % = 100 × Σ(Gewicht × Wert) ÷ Σ Gewicht; gesamt ist "
              "das gewichtete Mittel der Bereiche. Eine kritische Frage unter der Skalenmitte begrenzt auf Rot.")));
    h += u"<p><b>%1</b> %2</p>"_s.arg(
        esc(t("Thresholds.", "Schwellen.")),
        esc(t("Red below %1 %, amber below %2 %, green from %2 % (the strictest of the questionnaires).",
              "Rot unter %1 %, Gelb unter %2 %, Grün ab %2 % (die strengsten der Fragebögen).")
                .arg(m.score.thresholds.redBelow)
                .arg(m.score.thresholds.amberBelow)));
    h += u"<p><b>%1</b> %2</p>"_s.arg(
        esc(t("Countdowns.", "Fristen.")),
        esc(t("Calendar days, weekdays and working days count the half-open interval from the earlier date to "
              "the later one: the earlier day counts, the later day does not. Working days are Monday to Friday "
              "less the public holidays of the %1 calendar.",
              "Kalendertage, Wochentage und Arbeitstage zählen vom früheren zum späteren Datum: der frühere Tag "
              "zählt mit, der spätere nicht. Arbeitstage sind Montag bis Freitag ohne die Feiertage des "
              "Kalenders %1.")
                .arg(m.calendarName)));
    h += kTable + headerRow({t("Questionnaire", "Fragebogen"), t("Version", "Version"), u"SHA-256"_s}, {34, 10, 56});
    for (const auto &q : m.questionnaires)
        h += u"<tr><td>%1<br><span style=\"color:#7F8C8D;\">%2</span></td><td>%3</td>"
             "<td><span style=\"font-family:'DejaVu Sans Mono'; font-size:6.5pt;\">%4</span></td></tr>"_s.arg(
                 esc(q.title), esc(q.id), esc(q.version), esc(q.sha256));
    h += u"</table>"_s;
    h += u"<p style=\"font-size:8pt; color:#7F8C8D;\">%1</p>"_s.arg(
        esc(t("Source file %1, assessment %2, fingerprint %3. Generated by gdpr-readiness %4 on %5.",
              "Quelldatei %1, Bewertung %2, Fingerabdruck %3. Erstellt mit gdpr-readiness %4 am %5.")
                .arg(m.sourceFile)
                .arg(m.assessment.id)
                .arg(m.fingerprint, QStringLiteral(READINESS_VERSION), day(m.today))));
    return h;
}

} // namespace readiness::ui
