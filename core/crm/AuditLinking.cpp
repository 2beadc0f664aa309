#include "AuditLinking.h"

#include "AssessmentDocument.h"
#include "DisplayText.h"
#include "LocalizedText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {

struct QuestionDef
{
    const char *question;
    QList<const char *> findings; // "scope:key"
};

// Which finding types bear on which question (docs/crm-audit.md "Linking").
const QList<QuestionDef> &questionDefs()
{
    static const QList<QuestionDef> defs = {
        {"duplicates.periodic-jobs", {"record:duplicate"}},
        {"duplicates.most-restrictive-consent", {"record:consent_conflict"}},
        {"retention.inactive-identification", {"record:stale"}},
        {"validation.email-validation", {"record:invalid_email"}},
        {"validation.phone-format", {"record:invalid_phone", "record:questionable_phone"}},
        {"validation.hard-bounces-suppressed", {"address:crm_allows_mc_cleaned"}},
        {"consent.provable-records",
         {"record:consent_unprovable", "record:consent_order_error", "address:mc_confirm_before_optin"}},
        {"consent.withdrawal-easy", {"record:optout_ignored"}},
        {"consent.confirmation-step", {"address:mc_single_opt_in"}},
        {"suppression.applied-all-systems",
         {"address:crm_blocks_mc_subscribed", "address:crm_allows_mc_unsubscribed", "address:mc_not_in_crm"}},
    };
    return defs;
}

/// A warning, shown but not scored.
bool isWarning(const QString &key)
{
    return key == "questionable_phone"_L1;
}

/// Findings that need the consent log: without one they say nothing.
bool needsConsentLog(const QString &key)
{
    return key == "consent_unprovable"_L1 || key == "optout_ignored"_L1 || key == "consent_order_error"_L1;
}

bool hasRole(const StoredAuditRun &run, const QString &role)
{
    return std::any_of(run.inputs.begin(), run.inputs.end(), [&](const StoredInput &i) { return i.role == role; });
}

/// The figure of "scope:key" in @p run; nullopt when the run has no data for it.
std::optional<FindingFigure> figureOf(const StoredAuditRun &run, const QString &scoped)
{
    const QString scope = scoped.section(u':', 0, 0);
    const QString key = scoped.section(u':', 1);
    const qint64 count = run.count(scope, key);
    if (count < 0)
        return std::nullopt;
    if (needsConsentLog(key) && !hasRole(run, u"consent-log"_s))
        return std::nullopt;
    for (const StoredCount &c : run.counts)
        if (c.scope == scope && c.key == key)
            return FindingFigure {scope, key,   c.title,
                                  c.law, count, scope == "record"_L1 ? run.records : run.addresses};
    return std::nullopt;
}

/// A share of records as a percentage: three places for the rare ones.
QString percent(double rate, const QString &language = u"en"_s)
{
    return DisplayText::percent(rate * 100.0, rate < 0.001 && rate > 0 ? 3 : 1, language);
}

// The reason's figures in the language of its words: "8,3 %", "2.000",
// "29.11.2026 14:05" in German; English keeps the stored formats.
QString reasonNumber(qint64 value)
{
    return DisplayText::number(value, LocalizedText::defaultLanguage());
}

QString reasonTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return DisplayText::numericDate(utc.date(), LocalizedText::defaultLanguage()) + u' '
        + utc.time().toString(u"HH:mm"_s);
}

QString reasonDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return date.isValid() ? DisplayText::numericDate(date, LocalizedText::defaultLanguage()) : isoDate.left(10);
}

// The suggestion's reason is shown to the DPO and kept in the answer's
// note: in the language of the user interface (German in the .ts).
struct Linking
{
    Q_DECLARE_TR_FUNCTIONS(readiness::crm::AuditLinking)
};

/// A finding's title as the audit stored it (English), in the user's language.
QString titleOf(const FindingFigure &f)
{
    return QCoreApplication::translate("readiness::crm::AuditRules", f.title.toUtf8().constData());
}

QString unitOf(const FindingFigure &f)
{
    return f.scope == "record"_L1 ? Linking::tr("records") : Linking::tr("addresses");
}

const char *remedy(const QString &key)
{
    static const QHash<QString, const char *> text = {
        {u"duplicate"_s, "Merge %1 duplicate records (merge_list.csv), keeping the most restrictive consent"},
        {u"consent_conflict"_s,
         "Merge the %1 duplicate records whose consent disagrees, keeping the most restrictive consent"},
        {u"stale"_s, "Review %1 stale records: deactivate them, then erase or anonymise after review"},
        {u"invalid_email"_s, "Correct or remove %1 invalid e-mail addresses"},
        {u"invalid_phone"_s, "Correct or remove %1 invalid phone numbers"},
        {u"questionable_phone"_s, "Check %1 phone numbers that libphonenumber does not consider valid"},
        {u"consent_unprovable"_s,
         "Stop marketing to %1 records without provable consent until it is obtained (contacts_fixes.csv)"},
        {u"optout_ignored"_s, "Honour %1 opt-outs that the CRM still allows marketing to (contacts_fixes.csv)"},
        {u"consent_order_error"_s, "Investigate %1 records whose consent was confirmed before it was requested"},
        {u"crm_allows_mc_unsubscribed"_s, "Sync %1 Mailchimp unsubscribes back to the CRM"},
        {u"crm_allows_mc_cleaned"_s, "Mark %1 bounced (cleaned) addresses as not marketable in the CRM"},
        {u"crm_blocks_mc_subscribed"_s,
         "Unsubscribe %1 addresses in Mailchimp that the CRM does not allow (mailchimp_unsubscribe.csv)"},
        {u"mc_not_in_crm"_s, "Find the consent source of %1 Mailchimp subscribers in no CRM record, or archive them"},
        {u"mc_single_opt_in"_s,
         "Obtain a confirmation (double opt-in) or other proof for %1 single opt-in subscribers"},
        {u"mc_confirm_before_optin"_s, "Investigate %1 Mailchimp members whose opt-in time is after the confirmation"},
    };
    return text.value(key, "Resolve %1 findings");
}

QString runLabel(const StoredAuditRun &run)
{
    return u"CRM data audit run %1 of %2"_s.arg(run.id).arg(run.createdAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
}

} // namespace

QStringList linkedQuestionIds()
{
    QStringList ids;
    for (const QuestionDef &d : questionDefs())
        ids << QString::fromLatin1(d.question);
    return ids;
}

QStringList findingsForQuestion(const QString &questionId)
{
    QStringList list;
    for (const QuestionDef &d : questionDefs())
        if (questionId == QLatin1StringView(d.question))
            for (const char *f : d.findings)
                list << QString::fromLatin1(f);
    return list;
}

QList<MaturitySuggestion> suggestMaturity(const StoredAuditRun &run)
{
    QList<MaturitySuggestion> suggestions;
    for (const QuestionDef &d : questionDefs()) {
        MaturitySuggestion s {QString::fromLatin1(d.question), 3, {}, {}};
        QString decisive;
        for (const char *scoped : d.findings) {
            const auto figure = figureOf(run, QString::fromLatin1(scoped));
            if (!figure)
                continue;
            s.figures << *figure;
            if (isWarning(figure->key) || figure->count == 0)
                continue;
            const double rate = figure->rate();
            int level = 0;
            QString rule;
            if (isSevereFinding(figure->key)) {
                level = rate <= 0.01 ? 1 : 0;
                rule = Linking::tr(
                    "any finding where an objection or opt-out is not honoured caps the level at 1; above 1 % at 0");
            } else {
                level = rate <= 0.01 ? 2 : rate <= 0.05 ? 1 : 0;
                rule = Linking::tr("up to 1 % gives 2, up to 5 % gives 1, above 5 % gives 0");
            }
            if (decisive.isEmpty() || level < s.level) {
                s.level = level;
                decisive = Linking::tr("%1: %2 of %3 %4 (%5); %6.")
                               .arg(titleOf(*figure), reasonNumber(figure->count), reasonNumber(figure->base),
                                    unitOf(*figure), percent(rate, LocalizedText::defaultLanguage()), rule);
            }
        }
        const bool scored
            = std::any_of(s.figures.begin(), s.figures.end(), [](const FindingFigure &f) { return !isWarning(f.key); });
        if (!scored)
            continue; // nothing in this run speaks to the question
        if (decisive.isEmpty()) {
            QStringList none;
            for (const FindingFigure &f : s.figures)
                if (!isWarning(f.key))
                    none << Linking::tr("%1: none of %2 %3").arg(titleOf(f), reasonNumber(f.base), unitOf(f));
            decisive = none.join(u"; "_s)
                + Linking::tr(
                           ". The data shows the control working at this audit; 4 (Embedded) needs evidence that the "
                           "check is routine, which one run cannot show.");
        }
        s.reason = Linking::tr("%1, as of %2: %3")
                       .arg(Linking::tr("CRM data audit run %1 of %2").arg(run.id).arg(reasonTime(run.createdAt)),
                            reasonDate(run.asOf), decisive);
        suggestions << s;
    }
    return suggestions;
}

QList<ActionProposal> proposeActions(const StoredAuditRun &run)
{
    QList<ActionProposal> actions;
    QStringList done;
    for (const QuestionDef &d : questionDefs())
        for (const char *scoped : d.findings) {
            const auto figure = figureOf(run, QString::fromLatin1(scoped));
            if (!figure || figure->count == 0 || done.contains(figure->key))
                continue;
            done << figure->key;
            ActionProposal a;
            a.questionId = QString::fromLatin1(d.question);
            a.finding = figure->key;
            a.count = figure->count;
            a.title = QString::fromUtf8(remedy(figure->key)).arg(figure->count);
            a.notes = u"%1 (as of %2): %3, %4 of %5 %6 (%7). Relates to %8. The records are named by number and "
                      "CRM id in the run; the fix files of the audit (--fixes-dir) hold the changes to import."_s
                          .arg(runLabel(run), run.asOf.left(10), figure->title)
                          .arg(figure->count)
                          .arg(figure->base)
                          .arg(unitOf(*figure), percent(figure->rate()), figure->law);
            actions << a;
        }
    return actions;
}

QByteArray evidenceText(const StoredAuditRun &run)
{
    QString t;
    t += runLabel(run) + u"\n"_s;
    t += u"Audit date (as of): %1; stale before: %2; duration: %3 ms; by: %4\n"_s.arg(run.asOf, run.staleCutoff)
             .arg(run.durationMs)
             .arg(run.createdBy);
    t += u"Records: %1; duplicate clusters: %2; matched pairs: %3; addresses in the cross-check: %4\n\n"_s
             .arg(run.records)
             .arg(run.clusters)
             .arg(run.pairs)
             .arg(run.addresses);
    t += u"Findings\n"_s;
    for (const StoredCount &c : run.counts) {
        if (c.scope == "run"_L1)
            continue;
        const qint64 base = c.scope == "record"_L1 ? run.records : run.addresses;
        t += u"  %1  %2 (%3 of %4 %5) [%6]\n"_s
                 .arg(QString::number(c.count).rightJustified(8), c.title,
                      percent(base ? double(c.count) / double(base) : 0.0))
                 .arg(base)
                 .arg(c.scope == "record"_L1 ? u"records"_s : u"addresses"_s, c.law);
    }
    for (const StoredCount &c : run.counts)
        if (c.scope == "run"_L1)
            t += u"  %1  %2\n"_s.arg(QString::number(c.count).rightJustified(8), c.key);
    t += u"\nRules and parameters\n"_s;
    for (auto it = run.ruleParameters.begin(); it != run.ruleParameters.end(); ++it)
        t += u"  %1: %2\n"_s.arg(it.key(), it.value().toVariant().toString());
    for (auto it = run.duplicateParameters.begin(); it != run.duplicateParameters.end(); ++it)
        t += u"  duplicates %1: %2\n"_s.arg(it.key(), it.value().toVariant().toString());
    t += u"\nInput files (name, size, SHA-256, records)\n"_s;
    for (const StoredInput &i : run.inputs)
        t += u"  %1 %2: %3 bytes, %4, %5 records\n"_s.arg(i.role, QFileInfo(i.path).fileName())
                 .arg(i.bytes)
                 .arg(i.sha256)
                 .arg(i.records);
    t += u"\nNo names, e-mail addresses or phone numbers are stored with the run (Art 5(1)(c)).\n"_s;
    return t.toUtf8();
}

Result<qint64> crmQuestionnaireRef(const AssessmentDocument &document)
{
    for (const auto &entry : document.questionnaires())
        if (entry.questionnaire.id == QLatin1StringView(kCrmQuestionnaireId))
            return entry.ref;
    return makeError(
        Linking::tr("the assessment has no %1 questionnaire, so the audit cannot be linked to its questions")
            .arg(QLatin1StringView(kCrmQuestionnaireId)));
}

Result<LinkOutcome> linkRun(AssessmentDocument &document, qint64 runId, bool evidence, bool actions)
{
    auto ref = crmQuestionnaireRef(document);
    if (!ref)
        return ref.error();
    AuditRepository repository(document.repository().file());
    auto run = repository.run(runId);
    if (!run)
        return run.error();
    if (run->assessmentId != document.assessment().id)
        return makeError(Linking::tr("audit run %1 belongs to another assessment of this file").arg(runId));
    auto existing = repository.links(runId);
    if (!existing)
        return existing.error();
    auto linked = [&](const QString &question, const QString &finding) {
        return std::any_of(existing->begin(), existing->end(), [&](const AuditLink &l) {
            return l.questionId == question && l.finding == finding && (finding.isEmpty() == (l.evidenceId != 0));
        });
    };
    // The evidence store imports files: write the summary to a private
    // temporary file named as the user will see it. Not a QSaveFile: a
    // temporary copy needs no fsync (on the GUI thread that is wall time).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crm-audit-run-%1.txt"_s.arg(runId));
    if (evidence) {
        if (!dir.isValid())
            return makeError(Linking::tr("cannot make a temporary folder for the evidence: %1").arg(dir.errorString()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(evidenceText(*run)) < 0 || !file.flush())
            return makeError(Linking::tr("cannot write the evidence text: %1").arg(file.errorString()));
    }
    // Every evidence record, action and link in one transaction (each
    // document call is a savepoint in it): all or nothing, and one commit
    // (one fsync with synchronous=FULL) instead of two per question.
    LinkOutcome outcome;
    bool documentTookIn = false; // the document added a record in memory
    Status written = document.repository().file().write([&]() -> Status {
        if (evidence) {
            for (const QString &question : linkedQuestionIds()) {
                if (!document.questionnaire(*ref)->questionnaire.question(question))
                    continue; // an older frozen copy without that question
                if (linked(question, {})) {
                    ++outcome.evidenceKept;
                    continue;
                }
                auto record = document.importEvidence(*ref, question, path);
                if (!record)
                    return record.error();
                documentTookIn = true;
                if (Status s = repository.addLink({runId, question, {}, record->id, 0}); !s)
                    return s;
                ++outcome.evidenceAdded;
            }
        }
        if (actions) {
            for (const ActionProposal &p : proposeActions(*run)) {
                if (!document.questionnaire(*ref)->questionnaire.question(p.questionId))
                    continue;
                if (linked(p.questionId, p.finding)) {
                    ++outcome.actionsKept;
                    continue;
                }
                ActionRecord action;
                action.questionnaireRef = *ref;
                action.questionId = p.questionId;
                action.title = p.title;
                action.notes = p.notes;
                auto id = document.addAction(action);
                if (!id)
                    return id.error();
                documentTookIn = true;
                if (Status s = repository.addLink({runId, p.questionId, p.finding, 0, *id}); !s)
                    return s;
                ++outcome.actionsAdded;
            }
        }
        return success();
    });
    if (!written) {
        // Rolled back: the document had taken in what was added before the
        // failure; it reads the assessment again so that it shows the file.
        if (documentTookIn)
            (void)document.selectAssessment(document.assessment().id);
        return written.error();
    }
    return outcome;
}

Status acceptSuggestion(AssessmentDocument &document, const MaturitySuggestion &suggestion)
{
    auto ref = crmQuestionnaireRef(document);
    if (!ref)
        return ref.error();
    return document.setAnswer(*ref, suggestion.questionId, QString::number(suggestion.level),
                              Linking::tr("Level suggested by the %1").arg(suggestion.reason));
}

} // namespace readiness::crm
