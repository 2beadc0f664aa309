#include "AuditLinking.h"
#include "AuditRepository.h"
#include "AuditStorage.h"
#include "CliFormat.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "CrmAudit.h"
#include "FindingsWriter.h"
#include "FixFiles.h"
#include "NativePath.h"
#include "OutputPathGuard.h"
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <atomic>

using namespace Qt::StringLiterals;

namespace readiness::cli {

namespace {
/// "contacts.csv (contacts): UTF-8 with BOM, 2000 records", in the user's language.
QString inputLine(const crm::InputFingerprint &f)
{
    static const std::pair<const char *, const char *> roles[] = {
        {"contacts", QT_TRANSLATE_NOOP("cli", "contacts")},
        {"consent-log", QT_TRANSLATE_NOOP("cli", "consent log")},
        {"mailchimp", QT_TRANSLATE_NOOP("cli", "Mailchimp")},
    };
    static const std::pair<const char *, const char *> encodings[] = {
        {"UTF-8", QT_TRANSLATE_NOOP("cli", "UTF-8")},
        {"UTF-8 with BOM", QT_TRANSLATE_NOOP("cli", "UTF-8 with BOM")},
        {"Windows-1252", QT_TRANSLATE_NOOP("cli", "Windows-1252 (decoded)")},
    };
    auto word = [](const auto &table, const QString &key) {
        for (const auto &[k, text] : table)
            if (key == QLatin1StringView(k))
                return translated(text);
        return key;
    };
    return translated(QT_TRANSLATE_NOOP("cli", "%1 (%2): %3, %4 records"))
        .arg(NativePath::displayText(QFileInfo(f.path).fileName()), word(roles, f.role), word(encodings, f.encoding))
        .arg(format::number(f.records));
}

/// "2026-11-20" from the audit's seconds, as the user writes dates.
QString auditDate(crm::Seconds seconds)
{
    return format::date(QDate::fromString(crm::formatSeconds(seconds).left(10), Qt::ISODate));
}

/// One finding type's line: count, title (translated as the GUI has it), law.
QString findingLine(const QJsonObject &o, QLatin1StringView count)
{
    const auto rules = [&o](QLatin1StringView key) {
        return QCoreApplication::translate("readiness::crm::AuditRules", o.value(key).toString().toUtf8().constData());
    };
    return u"  "_s + format::number(o.value(count).toInteger()).rightJustified(8) + u"  "_s + rules("title"_L1)
        + u"  ["_s + rules("law"_L1) + u"]"_s;
}
} // namespace

int auditCrmCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"audit-crm"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Audit a CRM contacts export (Dynamics 365, or any CRM with --map) against the consent log and the "
                    "Mailchimp audience: duplicates, consent conflicts, stale records, invalid e-mails and phones, "
                    "unprovable consent, ignored opt-outs, and the CRM <-> Mailchimp cross-check.")));
    cmd.parser.addPositionalArgument(translated(QT_TRANSLATE_NOOP("cli", "FILE.gdpra")),
                                     translated(QT_TRANSLATE_NOOP("cli", "The assessment the audit belongs to.")));
    QCommandLineOption contacts(u"contacts"_s, translated(QT_TRANSLATE_NOOP("cli", "Contacts export (CSV).")),
                                translated(QT_TRANSLATE_NOOP("cli", "CONTACTS.csv")));
    QCommandLineOption consentLog(u"consent-log"_s, translated(QT_TRANSLATE_NOOP("cli", "Consent-event log (CSV).")),
                                  translated(QT_TRANSLATE_NOOP("cli", "LOG.csv")));
    QCommandLineOption mailchimp(
        u"mailchimp"_s, translated(QT_TRANSLATE_NOOP("cli", "Mailchimp members export, CSV or zip (repeatable).")),
        u"EXPORT"_s);
    QCommandLineOption map(
        u"map"_s, translated(QT_TRANSLATE_NOOP("cli", "Column mapping for a CRM other than Dynamics 365 (JSON).")),
        translated(QT_TRANSLATE_NOOP("cli", "MAPPING.json")));
    QCommandLineOption retention(
        u"retention-years"_s, translated(QT_TRANSLATE_NOOP("cli", "Retention period for the stale rule (default 6).")),
        u"N"_s, u"6"_s);
    QCommandLineOption asOf(u"as-of"_s,
                            translated(QT_TRANSLATE_NOOP(
                                "cli", "Audit date YYYY-MM-DD (default: the export date, the latest Modified On).")),
                            translated(QT_TRANSLATE_NOOP("cli", "DATE")));
    QCommandLineOption region(
        u"default-region"_s,
        translated(QT_TRANSLATE_NOOP("cli", "Country of phone numbers whose record has none (default GB).")), u"CC"_s,
        u"GB"_s);
    QCommandLineOption numberCheck(
        u"check-numbers"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "Also run libphonenumber's validity check on every number (the \"questionable "
                                     "number\" warning); it costs about 20 us per number.")));
    QCommandLineOption fixesDir(
        u"fixes-dir"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "Folder for the fix files: contacts_fixes.csv (re-import), merge_list.csv, "
                                     "mailchimp_unsubscribe.csv. They hold personal data.")),
        translated(QT_TRANSLATE_NOOP("cli", "DIR")));
    QCommandLineOption findings(
        u"findings"_s, translated(QT_TRANSLATE_NOOP("cli", "Write per-record and per-address findings as JSON lines.")),
        translated(QT_TRANSLATE_NOOP("cli", "FINDINGS.jsonl")));
    QCommandLineOption json(u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print the summary as JSON.")));
    QCommandLineOption link(u"link"_s,
                            translated(QT_TRANSLATE_NOOP(
                                "cli",
                                "Link the stored run to the crm-data-quality questions: its summary as evidence, one "
                                "action per finding type (nothing is added twice), and print the suggested levels.")));
    QCommandLineOption suggest(
        u"suggest"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "Print the maturity level the figures suggest per question (answers are not "
                                     "changed).")));
    const QCommandLineOption which = assessmentOption();
    cmd.parser.addOptions({contacts, consentLog, mailchimp, map, retention, asOf, region, numberCheck, fixesDir,
                           findings, json, link, suggest, which});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    if (!cmd.parser.isSet(contacts)) {
        io.err << "gdpr-readiness audit-crm: "
               << translated(QT_TRANSLATE_NOOP("cli", "--contacts CONTACTS.csv is required")) << '\n';
        return UsageError;
    }
    crm::RuleSettings rules;
    bool ok = false;
    rules.retentionYears = cmd.parser.value(retention).toInt(&ok);
    if (!ok || rules.retentionYears < 0 || rules.retentionYears > 100) {
        io.err << "gdpr-readiness audit-crm: "
               << translated(QT_TRANSLATE_NOOP("cli", "--retention-years needs a whole number of years (0-100)"))
               << '\n';
        return UsageError;
    }
    if (cmd.parser.isSet(asOf)) {
        const QDate d = QDate::fromString(cmd.parser.value(asOf), Qt::ISODate);
        if (!d.isValid()) {
            io.err << "gdpr-readiness audit-crm: "
                   << translated(QT_TRANSLATE_NOOP("cli", "--as-of needs a date YYYY-MM-DD")) << '\n';
            return UsageError;
        }
        rules.asOf = crm::daysFromCivil(d.year(), d.month(), d.day()) * 86400;
    }
    rules.defaultRegion = cmd.parser.value(region).toUpper();
    rules.checkNumbersWithLibphonenumber = cmd.parser.isSet(numberCheck);

    // The assessment must exist, be ours and be writable before the audit
    // spends its time; it is opened for writing only once the audit succeeded.
    // Every path as the program received it: a name that is not UTF-8
    // keeps its bytes (NativePath).
    const auto pathOf = [&](const QCommandLineOption &option) {
        return cmd.parser.isSet(option) ? NativePath::fromArgument(cmd.parser.value(option)) : QString();
    };
    const QString assessment = NativePath::fromArgument(cmd.parser.positionalArguments().first());
    {
        auto doc = openAssessment(assessment, AssessmentFile::Mode::ReadOnly, cmd.parser, which, io);
        if (!doc)
            return fail(io, doc.error());
        if (!QFileInfo(assessment).isWritable())
            return fail(io,
                        translated(QT_TRANSLATE_NOOP("cli", "%1 is read-only: the audit run cannot be stored in it"))
                            .arg(assessment));
    }

    crm::AuditInputs inputs;
    inputs.contacts = pathOf(contacts);
    inputs.consentLog = pathOf(consentLog);
    for (const QString &value : cmd.parser.values(mailchimp))
        inputs.mailchimp << NativePath::fromArgument(value);
    const QString mapPath = pathOf(map);
    const QString fixesFolder = pathOf(fixesDir);
    const QString findingsPath = pathOf(findings);
    if (cmd.parser.isSet(map)) {
        auto mapping = crm::ColumnMapping::fromJsonFile(mapPath);
        if (!mapping)
            return fail(io, mapping.error());
        inputs.mapping = std::move(*mapping);
    }
    crm::DuplicateSettings duplicates;
    duplicates.defaultRegion = rules.defaultRegion;

    // The outputs never replace the assessment, its companions or an input;
    // checked before the audit spends its time.
    QStringList outputs;
    if (cmd.parser.isSet(findings))
        outputs << findingsPath;
    if (cmd.parser.isSet(fixesDir))
        for (const char *name : {"contacts_fixes.csv", "merge_list.csv", "mailchimp_unsubscribe.csv"})
            outputs << QDir(fixesFolder).filePath(QString::fromLatin1(name));
    for (const QString &out : std::as_const(outputs)) {
        if (Status s = OutputPathGuard::check(out, assessment); !s)
            return fail(io, s.error());
        QStringList read = QStringList {inputs.contacts, inputs.consentLog, mapPath} + inputs.mailchimp;
        if (Status s = OutputPathGuard::checkNotInput(out, read); !s)
            return fail(io, s.error());
    }

    // Ctrl+C, SIGTERM or SIGHUP cancel the run (main() installs the
    // handlers): nothing is written, the assessment is left as it was.
    const std::atomic_bool *cancel = TerminationSignals::cancelFlag();
    auto result = crm::runCrmAudit(inputs, rules, duplicates, cancel);
    if (!result)
        return fail(io, result.error());

    // Stored in one transaction with the fix files and --findings written
    // inside it: a failure (or Ctrl+C) rolls the run back, and the
    // assessment is left as it was.
    auto doc = openAssessment(assessment, AssessmentFile::Mode::ReadWrite, cmd.parser, which, io);
    if (!doc)
        return fail(io, doc.error());
    AssessmentFile &file = (*doc)->repository().file();
    crm::AuditRepository store(file);
    qint64 runId = 0;
    QStringList fixFiles;
    Status stored = file.write([&]() -> Status {
        auto id
            = store.saveRun(crm::newAuditRun(*result, (*doc)->assessment().id, (*doc)->repository().actor()), cancel);
        if (!id)
            return id.error();
        runId = *id;
        if (cmd.parser.isSet(fixesDir)) {
            auto written = crm::writeFixFiles(*result, inputs, fixesFolder, cancel);
            if (!written)
                return written.error();
            fixFiles = *written;
        }
        if (cmd.parser.isSet(findings))
            if (Status s = crm::writeFindingsJsonl(*result, findingsPath); !s)
                return s;
        if (cancel && cancel->load())
            return makeError(u"cancelled"_s);
        return success();
    });
    if (!stored)
        return fail(io, stored.error());
    if (!fixFiles.isEmpty()) {
        io.err << translated(QT_TRANSLATE_NOOP("cli",
                                               "Fix files written (they contain personal data; keep them safe "
                                               "and delete them after the import):"))
               << '\n';
        for (const QString &f : std::as_const(fixFiles))
            io.err << "  " << NativePath::displayText(f) << '\n';
    }
    auto run = store.run(runId);
    if (!run)
        return fail(io, run.error());
    std::optional<crm::LinkOutcome> linked;
    if (cmd.parser.isSet(link)) {
        auto outcome = crm::linkRun(**doc, runId, true, true);
        if (!outcome)
            return fail(io,
                        translated(QT_TRANSLATE_NOOP("cli", "audit run %1 was stored, but linking it failed: %2"))
                            .arg(runId)
                            .arg(outcome.error().message));
        linked = *outcome;
    }
    const bool showSuggestions = cmd.parser.isSet(link) || cmd.parser.isSet(suggest);
    const QList<crm::MaturitySuggestion> suggestions
        = showSuggestions ? crm::suggestMaturity(*run) : QList<crm::MaturitySuggestion> {};
    const auto crmRef = crm::crmQuestionnaireRef(**doc);
    auto currentAnswer
        = [&](const QString &question) { return crmRef ? (*doc)->answer(*crmRef, question).value : QString(); };

    const QJsonObject summary = crm::auditSummaryJson(*result);
    if (cmd.parser.isSet(json)) {
        QJsonObject out = summary;
        out[u"run_id"_s] = runId;
        out[u"stored_in"_s] = (*doc)->path();
        if (showSuggestions) {
            QJsonArray list;
            for (const crm::MaturitySuggestion &sg : suggestions)
                list.append(QJsonObject {{u"question"_s, sg.questionId},
                                         {u"suggested_level"_s, sg.level},
                                         {u"current_answer"_s, currentAnswer(sg.questionId)},
                                         {u"reason"_s, sg.reason}});
            out[u"suggestions"_s] = list;
        }
        if (linked)
            out[u"linked"_s] = QJsonObject {{u"evidence_added"_s, linked->evidenceAdded},
                                            {u"evidence_kept"_s, linked->evidenceKept},
                                            {u"actions_added"_s, linked->actionsAdded},
                                            {u"actions_kept"_s, linked->actionsKept}};
        printJson(io, QJsonDocument(out));
        return Success;
    }
    io.out << translated(QT_TRANSLATE_NOOP("cli", "CRM data audit of %1 contacts (as of %2, stale before %3) in %4 ms"))
                  .arg(format::number(result->contacts.rows.size()), auditDate(result->settings.asOf),
                       auditDate(result->staleCutoff), format::number(result->durationMs))
           << '\n';
    // Each input with the encoding it was read in, as --json has it.
    for (const crm::InputFingerprint &f : result->inputs())
        io.out << "  " << inputLine(f) << '\n';
    for (const auto &v : summary.value("record_findings"_L1).toArray())
        io.out << findingLine(v.toObject(), "records"_L1) << '\n';
    for (const auto &v : summary.value("address_findings"_L1).toArray())
        io.out << findingLine(v.toObject(), "addresses"_L1) << '\n';
    io.out << "  "
           << translated(QT_TRANSLATE_NOOP("cli", "%1 duplicate clusters, %2 matched pairs"))
                  .arg(format::number(result->duplicates.clusters), format::number(result->duplicates.pairs.size()))
           << '\n';
    if (result->consentLog && result->consentLog->skippedUnknown > 0)
        io.out << "  "
               << translated(QT_TRANSLATE_NOOP("cli", "%1 consent-log rows skipped (unknown channel or event)"))
                      .arg(format::number(result->consentLog->skippedUnknown))
               << '\n';
    io.out << translated(QT_TRANSLATE_NOOP("cli",
                                           "Stored as audit run %1 in %2 (record numbers, CRM ids and counts only; no "
                                           "names, e-mail addresses or phone numbers)."))
                  .arg(QString::number(runId), QFileInfo(assessment).fileName())
           << '\n';
    if (linked)
        io.out << translated(QT_TRANSLATE_NOOP("cli",
                                               "Linked to %1: %2 evidence items and %3 actions added (%4 and %5 "
                                               "already linked)."))
                      .arg(QString::fromLatin1(crm::kCrmQuestionnaireId), format::number(linked->evidenceAdded),
                           format::number(linked->actionsAdded), format::number(linked->evidenceKept),
                           format::number(linked->actionsKept))
               << '\n';
    if (showSuggestions) {
        io.out << translated(QT_TRANSLATE_NOOP("cli",
                                               "Suggested maturity levels (answers unchanged; accept them in the "
                                               "application or with `answer`):"))
               << '\n';
        for (const crm::MaturitySuggestion &sg : suggestions) {
            const QString current = currentAnswer(sg.questionId);
            io.out << "  "
                   << translated(QT_TRANSLATE_NOOP("cli", "%1: %2 (current: %3)"))
                          .arg(sg.questionId, QString::number(sg.level),
                               current.isEmpty() ? translated(QT_TRANSLATE_NOOP("cli", "unanswered")) : current)
                   << "\n    " << sg.reason << '\n';
        }
    }
    return Success;
}

} // namespace readiness::cli
