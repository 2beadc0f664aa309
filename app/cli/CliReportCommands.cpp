// The report and export commands: argument parsing and exit codes here,
// the work in ui/report (ReportRenderer::writeReport) and core
// (AssessmentExport::write).
#include "CliReportCommands.h"

#include "AssessmentDocument.h"
#include "AssessmentExport.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "OutputPathGuard.h"
#include "ReviewReport.h"
#include "XlsxExport.h"
#include "report/ReportRenderer.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace readiness::cli {

using ui::ReportRenderer;

namespace {
/// The command's assessment, opened read-only once @p out is known not to
/// be the assessment itself: `-o` naming it, or a link to it, would replace
/// the assessment with the output. (The writers check again, for the GUI.)
Result<std::unique_ptr<AssessmentDocument>> openForOutput(const Command &cmd, const QCommandLineOption &assessment,
                                                          const QString &out, Streams io)
{
    const QString input = cmd.parser.positionalArguments().constFirst();
    if (Status s = OutputPathGuard::check(out, input); !s)
        return s.error();
    return openAssessment(input, AssessmentFile::Mode::ReadOnly, cmd.parser, assessment, io);
}
} // namespace

int reportCommand(const QStringList &arguments, Streams io)
{
    Command cmd(
        u"report"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "Write the readiness report of an assessment: cover, executive summary, detail by "
                                     "section, action plan, fine exposure, evidence manifest and method.")));
    cmd.parser.addPositionalArgument(
        translated(QT_TRANSLATE_NOOP("cli", "FILE")),
        translated(QT_TRANSLATE_NOOP("cli",
                                     "Assessment file (.gdpra); opened read-only. A folder: every assessment in it, "
                                     "one PDF each into the folder -o names (docs/portfolio.md).")));
    QCommandLineOption output(
        {u"o"_s, u"output"_s},
        translated(QT_TRANSLATE_NOOP("cli", "The report file (for a folder: the folder) to write.")),
        translated(QT_TRANSLATE_NOOP("cli", "OUT")));
    const QCommandLineOption assessment = assessmentOption();
    const QCommandLineOption replace(
        u"replace"_s, translated(QT_TRANSLATE_NOOP("cli", "Folder: write again reports an earlier run wrote.")));
    const QCommandLineOption jobs(
        u"jobs"_s, translated(QT_TRANSLATE_NOOP("cli", "Folder: reports written at once (default: one per core).")),
        u"N"_s);
    QCommandLineOption pageSize(u"page-size"_s, translated(QT_TRANSLATE_NOOP("cli", "A4 (default) or Letter.")),
                                translated(QT_TRANSLATE_NOOP("cli", "SIZE")), u"A4"_s);
    QCommandLineOption language(u"language"_s,
                                translated(QT_TRANSLATE_NOOP("cli",
                                                             "Report language: en or de; "
                                                             "default: the locale's (LANG).")),
                                u"LANG"_s, outputLanguage());
    QCommandLineOption format(u"format"_s, translated(QT_TRANSLATE_NOOP("cli", "pdf (default) or odt.")), u"FORMAT"_s,
                              u"pdf"_s);
    QCommandLineOption previous(
        u"previous"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "The previous assessment to compare with in \"Since last review\" (default: the "
                                     "one this assessment names as its predecessor).")),
        translated(QT_TRANSLATE_NOOP("cli", "OLD")));
    QCommandLineOption revision(u"revision"_s,
                                translated(QT_TRANSLATE_NOOP(
                                    "cli", "Report signed revision N as it was signed off, from its stored snapshot.")),
                                u"N"_s);
    cmd.parser.addOptions({output, assessment, pageSize, language, format, previous, revision, replace, jobs});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    if (QFileInfo(cmd.parser.positionalArguments().constFirst()).isDir())
        return batchReportCommand(cmd.parser, {output, pageSize, language, format, replace, jobs}, io);
    auto usage = [&](const char *message) {
        io.err << "gdpr-readiness report: " << translated(message) << '\n';
        return int(UsageError);
    };
    if (!cmd.parser.isSet(output))
        return usage(QT_TRANSLATE_NOOP("cli", "-o OUT is required"));
    ReportRenderer::Options options;
    const QString size = cmd.parser.value(pageSize).toLower();
    if (size == "a4"_L1)
        options.pageSize = QPageSize(QPageSize::A4);
    else if (size == "letter"_L1)
        options.pageSize = QPageSize(QPageSize::Letter);
    else
        return usage(QT_TRANSLATE_NOOP("cli", "--page-size must be A4 or Letter"));
    const QString lang = cmd.parser.value(language).toLower();
    if (lang != "en"_L1 && lang != "de"_L1)
        return usage(QT_TRANSLATE_NOOP("cli", "--language must be en or de"));
    const QString fmt = cmd.parser.value(format).toLower();
    if (fmt != "pdf"_L1 && fmt != "odt"_L1)
        return usage(QT_TRANSLATE_NOOP("cli", "--format must be pdf or odt"));
    options.format = fmt == "odt"_L1 ? ReportRenderer::Format::Odt : ReportRenderer::Format::Pdf;
    if (cmd.parser.isSet(revision)) {
        bool ok = false;
        options.revision = cmd.parser.value(revision).toInt(&ok);
        if (!ok || options.revision < 1)
            return usage(QT_TRANSLATE_NOOP("cli", "--revision must be a revision number: 1, 2, ..."));
    }
    options.previousPath = cmd.parser.value(previous);

    const QString out = cmd.parser.value(output);
    auto doc = openForOutput(cmd, assessment, out, io);
    if (!doc)
        return fail(io, doc.error());
    options.language = lang;
    if (Status s = ReportRenderer::writeReport(**doc, out, options); !s)
        return fail(io, s.error());
    io.out << translated(QT_TRANSLATE_NOOP("cli", "Wrote %1")).arg(out) << '\n';
    return Success;
}

int exportCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"export"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Export every answer of an assessment (questionnaire, section, question, references, "
                    "answer, level, note, evidence count, actions) as JSON, CSV or an Excel workbook (xlsx: answers, "
                    "action plan, evidence, section scores). See docs/export-format.md.")));
    cmd.parser.addPositionalArgument(
        translated(QT_TRANSLATE_NOOP("cli", "FILE")),
        translated(QT_TRANSLATE_NOOP("cli", "Assessment file (.gdpra); opened read-only.")));
    QCommandLineOption output({u"o"_s, u"output"_s}, translated(QT_TRANSLATE_NOOP("cli", "The file to write.")),
                              translated(QT_TRANSLATE_NOOP("cli", "OUT")));
    QCommandLineOption format(u"format"_s, translated(QT_TRANSLATE_NOOP("cli", "json, csv or xlsx.")), u"FORMAT"_s);
    QCommandLineOption language(u"language"_s,
                                translated(QT_TRANSLATE_NOOP("cli",
                                                             "Language of texts: en or de; "
                                                             "default: the locale's (LANG).")),
                                u"LANG"_s, outputLanguage());
    const QCommandLineOption assessment = assessmentOption();
    cmd.parser.addOptions({output, format, language, assessment});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    const QString fmt = cmd.parser.value(format).toLower();
    if (fmt != "json"_L1 && fmt != "csv"_L1 && fmt != "xlsx"_L1) {
        io.err << "gdpr-readiness export: "
               << translated(QT_TRANSLATE_NOOP("cli", "--format json|csv|xlsx is required")) << '\n';
        return UsageError;
    }
    if (!cmd.parser.isSet(output)) {
        io.err << "gdpr-readiness export: " << translated(QT_TRANSLATE_NOOP("cli", "-o OUT is required")) << '\n';
        return UsageError;
    }
    const QString lang = cmd.parser.value(language).toLower();
    if (lang != "en"_L1 && lang != "de"_L1) {
        io.err << "gdpr-readiness export: " << translated(QT_TRANSLATE_NOOP("cli", "--language must be en or de"))
               << '\n';
        return UsageError;
    }
    const QString out = cmd.parser.value(output);
    auto doc = openForOutput(cmd, assessment, out, io);
    if (!doc)
        return fail(io, doc.error());
    const auto kind = fmt == "json"_L1 ? AssessmentExport::Format::Json : AssessmentExport::Format::Csv;
    const AssessmentDocument &d = **doc;
    const auto complete = [&d](ReportModel &model) { return review::ReviewReport::complete(d, model); };
    const Status s = fmt == "xlsx"_L1 ? XlsxExport::write(d, lang, out, complete)
                                      : AssessmentExport::write(d, kind, lang, out, complete);
    if (!s)
        return fail(io, s.error());
    io.out << translated(QT_TRANSLATE_NOOP("cli", "Wrote %1")).arg(out) << '\n';
    return Success;
}

void registerReportCommands()
{
    // Guarded so tests that call it next to main() do not list commands twice.
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    // Summaries are translated when printed (the translator comes later).
    registerCommand({u"report"_s,
                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "Write the readiness report (PDF or ODT)")),
                     reportCommand});
    registerCommand({u"export"_s,
                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "Export every answer as JSON, CSV or Excel (xlsx)")),
                     exportCommand});
}

bool commandNeedsGuiApplication(const QStringList &arguments)
{
    return !arguments.isEmpty() && arguments.first() == "report"_L1;
}

} // namespace readiness::cli
