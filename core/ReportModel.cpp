#include "ReportModel.h"

#include "AssessmentDocument.h"
#include "Clock.h"
#include "DataPaths.h"
#include "DisplayText.h"
#include "HolidayCalendar.h"
#include "Jurisdiction.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::ReportModel)
};

QString pick(const QString &language, const QString &en, const QString &de)
{
    return language == "de"_L1 ? de : en;
}

QString verdictFor(const ReadinessScore &score, const QString &lang)
{
    if (!score.percent)
        return pick(lang, u"Nothing has been scored yet: answer the questionnaire to obtain a readiness rating."_s,
                    u"Noch nichts bewertet: Beantworten Sie den Fragebogen, um eine Einstufung zu erhalten."_s);
    const QString pct = DisplayText::percent(score.percent, lang);
    QString rating;
    switch (score.rag) {
    case Rag::Green:
        rating = pick(lang, u"ready: the controls expected by the GDPR are largely in place and evidenced"_s,
                      u"bereit: die von der DSGVO erwarteten Maßnahmen sind weitgehend umgesetzt und belegt"_s);
        break;
    case Rag::Amber:
        rating = pick(lang, u"partly ready: the foundations exist but material gaps remain"_s,
                      u"teilweise bereit: die Grundlagen bestehen, aber wesentliche Lücken bleiben"_s);
        break;
    default:
        rating = pick(lang, u"not ready: significant gaps expose the organisation to regulatory action"_s,
                      u"nicht bereit: erhebliche Lücken setzen die Organisation regulatorischen Maßnahmen aus"_s);
        break;
    }
    QString sentence
        = pick(lang, u"Overall readiness is %1 — %2."_s, u"Die Gesamtbereitschaft beträgt %1 — %2."_s).arg(pct, rating);
    if (score.criticalGaps > 0)
        sentence += u' '
            + (score.criticalGaps == 1 ? pick(lang, u"1 critical gap needs attention first."_s,
                                              u"1 kritische Lücke ist vorrangig zu schließen."_s)
                                       : pick(lang, u"%1 critical gaps need attention first."_s,
                                              u"%1 kritische Lücken sind vorrangig zu schließen."_s)
                                             .arg(score.criticalGaps));
    if (score.coverage() < 1.0)
        sentence += u' '
            + pick(lang, u"The score is provisional: %1 of %2 applicable questions are answered."_s,
                   u"Die Bewertung ist vorläufig: %1 von %2 zutreffenden Fragen sind beantwortet."_s)
                  .arg(score.answered)
                  .arg(score.applicable);
    return sentence;
}

bool actionIsOpen(const ActionRecord &a)
{
    return a.status == ActionStatus::Open || a.status == ActionStatus::InProgress;
}
} // namespace

QList<const ReportModel::SectionDetail *> ReportModel::scoredSections() const
{
    QList<const SectionDetail *> list;
    for (const SectionDetail &s : sections)
        if (!s.scoped && s.score.percent)
            list.append(&s);
    return list;
}

Result<ReportModel> ReportModel::build(const AssessmentDocument &document, const Options &options)
{
    if (document.assessment().id == 0)
        return makeError(Text::tr("%1 has no assessment yet").arg(document.path()));
    ReportModel m;
    const QString lang = options.language.isEmpty() ? u"en"_s : options.language;
    m.language = lang;
    m.today = options.today.isValid() ? options.today : Clock::current().today();
    m.organisation = document.organisation();
    m.assessment = document.assessment();
    m.sourceFile = QFileInfo(document.path()).fileName();
    m.fingerprint = document.fingerprint();

    // An organisation in Germany counts on its Land's holidays.
    const QString calendarId
        = Jurisdiction::holidayCalendar(m.organisation.country, m.organisation.land, options.calendarId);
    auto calendar = HolidayCalendar::load(DataPaths::calendarsDir(), calendarId);
    const HolidayCalendar cal = calendar ? std::move(calendar).value() : HolidayCalendar::none();
    m.calendarName = cal.name().text(lang);
    if (m.assessment.targetDate.isValid())
        m.toTarget = Countdown::between(m.today, m.assessment.targetDate, cal);
    m.sinceGdpr = Countdown::between(m.today, gdprApplicationDate(), cal);
    for (const KeyDate &d : document.keyDates())
        m.keyDates.append({d.label, Countdown::between(m.today, d.date, cal)});

    m.score = document.score();
    m.verdict = verdictFor(m.score, lang);

    auto audit = crm::AuditRepository(document.repository().file()).newestRun(m.assessment.id);
    if (!audit)
        return makeError(
            Text::tr("cannot read the CRM audit runs of %1: %2").arg(document.path(), audit.error().message));
    m.crmAudit = *audit;

    // Actions and evidence by question, indexed once: looking them up per
    // question scanned the whole plan for each of its questions (quadratic:
    // a plan of 20,000 actions took seconds; docs/benchmarks.md).
    QHash<std::pair<qint64, QString>, QList<ActionRecord>> actionsByQuestion;
    for (const ActionRecord &a : document.actions())
        actionsByQuestion[{a.questionnaireRef, a.questionId}].append(a);
    QHash<std::pair<qint64, QString>, QList<EvidenceRecord>> evidenceByQuestion;
    for (const EvidenceRecord &e : document.evidence())
        evidenceByQuestion[{e.questionnaireRef, e.questionId}].append(e);

    QList<Risk> risks;
    for (int qi = 0; qi < document.questionnaires().size(); ++qi) {
        const AssessmentDocument::QuestionnaireEntry &entry = document.questionnaires().at(qi);
        const Questionnaire &q = entry.questionnaire;
        const QuestionnaireScore &qs = m.score.questionnaires.at(qi);
        QuestionnaireInfo info {q.id, q.version, q.title.text(lang), q.sha256, q.rag, {}};
        for (const ScaleLevel &l : q.scale.levels)
            info.scale << u"%1 %2"_s.arg(l.value).arg(l.label.text(lang));
        m.questionnaires.append(info);
        for (int si = 0; si < q.sections.size(); ++si) {
            const Section &section = q.sections.at(si);
            SectionDetail sd;
            sd.questionnaireId = q.id;
            sd.questionnaireTitle = info.title;
            sd.sectionId = section.id;
            sd.title = section.title.text(lang);
            sd.description = section.description.text(lang);
            sd.references = section.references;
            sd.scoped = section.scoped;
            sd.score = qs.sections.at(si);
            for (const Question &question : section.questions) {
                QuestionDetail d;
                d.questionnaireId = q.id;
                d.questionnaireRef = entry.ref;
                d.sectionId = section.id;
                d.sectionTitle = sd.title;
                d.questionId = question.id;
                d.text = question.text.text(lang);
                d.references = question.references;
                d.type = questionTypeName(question.type);
                d.weight = question.weight;
                d.critical = question.critical;
                d.applies = questionApplies(q, question, entry.answers, document.jurisdictions());
                d.outsideJurisdiction = document.outsideJurisdiction(question);
                d.scored = !section.scoped && question.isScored();
                const AnswerRecord rec = document.answer(entry.ref, question.id);
                d.value = rec.value;
                d.note = rec.note;
                d.display = AnswerValue::display(question, q.scale, rec.value, lang);
                if (question.type == QuestionType::Maturity && !rec.value.isEmpty()
                    && !AnswerValue::isNotApplicable(rec.value))
                    d.level = rec.value.toInt();
                if (d.scored)
                    d.fraction = AnswerValue::fraction(question, q.scale, rec.value);
                d.criticalGap = d.applies && d.scored && AnswerValue::isCriticalGap(question, q.scale, rec.value);
                d.remediation = question.remediation.text(lang);
                if (d.applies && AnswerValue::needsReason(question, rec.value))
                    m.criticalNotApplicable.append({q.id, question.id, d.text, rec.note.trimmed()});
                d.evidence = evidenceByQuestion.value({entry.ref, question.id});
                d.actions = actionsByQuestion.value({entry.ref, question.id});

                // A shortfall is what the question costs the score: an
                // unanswered scored question counts 0, like in the score.
                if (d.applies && d.scored && !AnswerValue::isNotApplicable(rec.value)) {
                    const double shortfall = 1.0 - d.fraction.value_or(0.0);
                    if (shortfall > 1e-9) {
                        Risk r;
                        r.questionnaireId = q.id;
                        r.questionId = question.id;
                        r.sectionTitle = sd.title;
                        r.question = d.text;
                        r.answer = rec.value.isEmpty() ? pick(lang, u"Unanswered"_s, u"Unbeantwortet"_s) : d.display;
                        r.criticalGap = d.criticalGap;
                        r.weight = question.weight * section.weight;
                        r.shortfall = shortfall;
                        r.action = d.remediation;
                        for (const ActionRecord &a : std::as_const(d.actions)) {
                            if (actionIsOpen(a)) {
                                r.action = a.title.isEmpty() ? r.action : a.title;
                                r.owner = a.owner;
                                r.due = a.dueDate;
                                break;
                            }
                        }
                        risks.append(r);
                    }
                }
                sd.questions.append(d);
            }
            m.sections.append(sd);
        }
    }
    std::stable_sort(risks.begin(), risks.end(), [](const Risk &a, const Risk &b) {
        if (a.criticalGap != b.criticalGap)
            return a.criticalGap;
        return a.weight * a.shortfall > b.weight * b.shortfall;
    });
    m.riskCount = int(risks.size());
    m.topRisks = risks.mid(0, options.topRiskCount);

    for (const ActionRecord &a : document.actions()) {
        ActionItem item;
        item.record = a;
        item.overdue = a.isOverdue(m.today);
        if (const auto *e = document.questionnaire(a.questionnaireRef)) {
            item.questionnaireId = e->questionnaire.id;
            if (const Question *q = e->questionnaire.question(a.questionId))
                item.questionText = q->text.text(lang);
        }
        m.overdueCount += item.overdue ? 1 : 0;
        m.actions.append(item);
    }
    std::stable_sort(m.actions.begin(), m.actions.end(), [](const ActionItem &a, const ActionItem &b) {
        const QDate da = a.record.dueDate, db = b.record.dueDate;
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da < db;
    });

    if (m.organisation.turnover && !m.organisation.currency.isEmpty()) {
        if (auto f = FineExposure::compute(*m.organisation.turnover, m.organisation.currency))
            m.fines = *f;
    }

    for (const EvidenceRecord &e : document.evidence()) {
        const auto *entry = document.questionnaire(e.questionnaireRef);
        m.evidence.append({e, entry ? entry->questionnaire.id : QString()});
    }
    return m;
}

ReportModel ReportModel::forLayout() const
{
    using TextLimits::forDisplay;
    ReportModel m = *this;
    m.organisation = forDisplay(organisation);
    m.assessment = forDisplay(assessment);
    for (DatedCountdown &d : m.keyDates)
        d.label = forDisplay(d.label, TextLimits::kName);
    for (Risk &r : m.topRisks) {
        r.answer = forDisplay(r.answer, TextLimits::kAnswer);
        r.action = forDisplay(r.action, TextLimits::kName);
        r.owner = forDisplay(r.owner, TextLimits::kName);
    }
    for (NotApplicableCritical &n : m.criticalNotApplicable)
        n.reason = forDisplay(n.reason, TextLimits::kNote);
    for (SectionDetail &section : m.sections)
        for (QuestionDetail &q : section.questions) {
            q.display = forDisplay(q.display, TextLimits::kAnswer);
            q.note = forDisplay(q.note, TextLimits::kNote);
            for (ActionRecord &a : q.actions)
                a = forDisplay(a);
        }
    for (ActionItem &a : m.actions)
        a.record = forDisplay(a.record);
    for (CarriedHistory &c : m.carriedHistory) {
        c.value = forDisplay(c.value, TextLimits::kAnswer);
        c.note = forDisplay(c.note, TextLimits::kNote);
    }
    return m;
}

} // namespace readiness
