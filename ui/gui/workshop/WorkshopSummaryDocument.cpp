#include "WorkshopSummaryDocument.h"

#include "DisplayText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString kTable = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                       "style=\"border-collapse: collapse; border-color: #D5D8DC; border-style: solid;\">"_s;

QString heading(const QString &text)
{
    return u"<h2 style=\"color:#1F4E79; font-size:12pt; margin-top:16px;\">%1</h2>"_s.arg(esc(text));
}

QString headerRow(const QStringList &cells, const QList<int> &widths)
{
    QString row = u"<thead><tr>"_s;
    for (qsizetype i = 0; i < cells.size(); ++i)
        row += u"<th align=\"left\" bgcolor=\"#EAF0F6\" width=\"%1%\"><span style=\"color:#1F4E79;\">%2</span></th>"_s
                   .arg(widths.value(i))
                   .arg(esc(cells.at(i)));
    return row + u"</tr></thead>"_s;
}

QString cell(const QString &text)
{
    return u"<td valign=\"top\">%1</td>"_s.arg(esc(text).replace(u'\n', u"<br/>"_s));
}

QString muted(const QString &text)
{
    return u"<p style=\"color:#7F8C8D;\">%1</p>"_s.arg(esc(text));
}
} // namespace

WorkshopSummaryDocument::WorkshopSummaryDocument(const workshop::WorkshopSummary &summary)
    : m_summary(summary)
{ }

QString WorkshopSummaryDocument::t(const char *english, const char *german) const
{
    return QString::fromUtf8(m_summary.language == "de"_L1 ? german : english);
}

QString WorkshopSummaryDocument::when(const QDateTime &at) const
{
    if (!at.isValid())
        return u"—"_s;
    const QDateTime local = at.toLocalTime();
    return DisplayText::date(local.date(), m_summary.language) + u", "_s + local.time().toString(u"HH:mm"_s);
}

QString WorkshopSummaryDocument::html() const
{
    const workshop::WorkshopSummary &s = m_summary;
    QString h = u"<html><body>"_s;
    h += u"<h1 style=\"color:#1F4E79; font-size:20pt;\">%1</h1>"_s.arg(
        esc(t("Workshop summary", "Workshop-Protokoll")));
    h += u"<p style=\"font-size:11pt;\"><b>%1</b> · %2</p>"_s.arg(esc(s.organisation.name), esc(s.assessment.title));
    QString session = t("Session %1", "Sitzung %1").arg(s.sessionNumber);
    if (!s.session.title.isEmpty())
        session += u": "_s + s.session.title;
    h += u"<p>%1<br/>%2 %3 – %4%5<br/>%6 %7</p>"_s.arg(
        esc(session), esc(t("From", "Von")), esc(when(s.session.startedAt)), esc(when(s.until)),
        esc(s.session.isRunning() ? t(" (still running)", " (läuft noch)") : QString()),
        esc(t("Time on the questions:", "Zeit für die Fragen:")), esc(workshop::WorkshopSummary::duration(s.totalMs)));
    h += participants() + sections() + parked() + actions();
    return h + u"</body></html>"_s;
}

QString WorkshopSummaryDocument::participants() const
{
    QString h = heading(t("Participants", "Teilnehmende"));
    if (m_summary.participants.isEmpty())
        return h + muted(t("No participants were recorded.", "Es wurden keine Teilnehmenden erfasst."));
    h += kTable + headerRow({t("Name", "Name"), t("Role", "Funktion")}, {45, 55});
    for (const workshop::Participant &p : m_summary.participants)
        h += u"<tr>"_s + cell(p.name) + cell(p.role) + u"</tr>"_s;
    return h + u"</table>"_s;
}

QString WorkshopSummaryDocument::sections() const
{
    QString h = heading(t("Answered in this session", "In dieser Sitzung beantwortet"));
    if (m_summary.sections.isEmpty())
        return h
            + muted(t("No question was answered in this session.", "In dieser Sitzung wurde keine Frage beantwortet."));
    for (const workshop::WorkshopSummary::Section &section : m_summary.sections) {
        h += u"<h3 style=\"color:#2C3E50; font-size:10pt; margin-top:10px;\">%1 › %2</h3>"_s.arg(
            esc(section.questionnaireTitle), esc(section.title));
        h += muted(t("Time: %1", "Zeit: %1").arg(workshop::WorkshopSummary::duration(section.elapsedMs)));
        if (section.answers.isEmpty()) {
            h += muted(t("No answers given.", "Keine Antworten gegeben."));
            continue;
        }
        h += kTable
            + headerRow(
                 {t("Question", "Frage"), t("Answer", "Antwort"), t("Given by", "Angegeben von"), t("Note", "Notiz")},
                 {38, 14, 25, 23});
        for (const workshop::WorkshopSummary::Answer &a : section.answers)
            h += u"<tr>"_s + cell(a.text + u"\n(" + a.questionId + u')') + cell(a.display)
                + cell(a.givenBy.isEmpty() ? t("not recorded", "nicht erfasst") : a.givenBy) + cell(a.note)
                + u"</tr>"_s;
        h += u"</table>"_s;
    }
    return h;
}

QString WorkshopSummaryDocument::parked() const
{
    QString h = heading(t("Parking lot", "Offene Punkte (Parkplatz)"));
    if (m_summary.parked.isEmpty())
        return h + muted(t("Nothing was parked.", "Nichts wurde zurückgestellt."));
    h += kTable
        + headerRow({t("Question", "Frage"), t("Section", "Abschnitt"), t("Note", "Notiz"), t("State", "Stand")},
                    {40, 20, 28, 12});
    for (const workshop::WorkshopSummary::Parked &p : m_summary.parked)
        h += u"<tr>"_s + cell((p.text.isEmpty() ? p.questionId : p.text + u"\n(" + p.questionId + u')'))
            + cell(p.sectionTitle) + cell(p.note) + cell(p.resolved ? t("resolved", "erledigt") : t("open", "offen"))
            + u"</tr>"_s;
    return h + u"</table>"_s;
}

QString WorkshopSummaryDocument::actions() const
{
    QString h = heading(t("Actions created", "Angelegte Maßnahmen"));
    if (m_summary.actions.isEmpty())
        return h
            + muted(t("No action was created in this session.", "In dieser Sitzung wurde keine Maßnahme angelegt."));
    h += kTable
        + headerRow({t("Action", "Maßnahme"), t("Owner", "Verantwortlich"), t("Due", "Fällig"), t("Question", "Frage")},
                    {46, 20, 14, 20});
    for (const ActionRecord &a : m_summary.actions)
        h += u"<tr>"_s + cell(a.title) + cell(a.owner) + cell(DisplayText::date(a.dueDate, m_summary.language))
            + cell(a.questionId) + u"</tr>"_s;
    return h + u"</table>"_s;
}

} // namespace readiness::ui
