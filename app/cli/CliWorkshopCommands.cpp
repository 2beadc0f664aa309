// workshop-summary: argument parsing and exit codes here; the summary is
// core/workshop (WorkshopSummary), the PDF ui/gui/workshop.
#include "CliWorkshopCommands.h"

#include "AssessmentDocument.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "OutputPathGuard.h"
#include "WorkshopSummary.h"
#include "WorkshopSummaryRenderer.h"

using namespace Qt::StringLiterals;

namespace readiness::cli {

int workshopSummaryCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"workshop-summary"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Write the summary of a workshop session: participants, the answers given per section and who "
                    "gave them, the time per section, the parking lot and the actions created.")));
    cmd.parser.addPositionalArgument(
        translated(QT_TRANSLATE_NOOP("cli", "FILE")),
        translated(QT_TRANSLATE_NOOP("cli", "Assessment file (.gdpra); opened read-only.")));
    QCommandLineOption output({u"o"_s, u"output"_s}, translated(QT_TRANSLATE_NOOP("cli", "The PDF to write.")),
                              translated(QT_TRANSLATE_NOOP("cli", "OUT")));
    QCommandLineOption session(u"session"_s, translated(QT_TRANSLATE_NOOP("cli", "Session id (default: the latest).")),
                               u"N"_s);
    QCommandLineOption json(
        u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print the summary as JSON instead of writing a PDF.")));
    QCommandLineOption language(u"language"_s,
                                translated(QT_TRANSLATE_NOOP("cli",
                                                             "Report language: en or de; "
                                                             "default: the locale's (LANG).")),
                                u"LANG"_s, outputLanguage());
    const QCommandLineOption assessment = assessmentOption();
    cmd.parser.addOptions({output, session, json, language, assessment});
    if (int rc = cmd.parse(arguments, io, 1, 1); rc >= 0)
        return rc;
    auto usage = [&](const char *message) {
        io.err << "gdpr-readiness workshop-summary: " << translated(message) << '\n';
        return int(UsageError);
    };
    if (!cmd.parser.isSet(output) && !cmd.parser.isSet(json))
        return usage(QT_TRANSLATE_NOOP("cli", "-o OUT.pdf or --json is required"));
    const QString lang = cmd.parser.value(language).toLower();
    if (lang != "en"_L1 && lang != "de"_L1)
        return usage(QT_TRANSLATE_NOOP("cli", "--language must be en or de"));
    qint64 sessionId = 0;
    if (cmd.parser.isSet(session)) {
        bool ok = false;
        sessionId = cmd.parser.value(session).toLongLong(&ok);
        if (!ok || sessionId <= 0)
            return usage(QT_TRANSLATE_NOOP("cli", "--session needs a session number"));
    }
    const QString input = cmd.parser.positionalArguments().constFirst();
    const QString out = cmd.parser.value(output);
    if (cmd.parser.isSet(output))
        if (Status s = OutputPathGuard::check(out, input); !s)
            return fail(io, s.error());
    auto doc = openAssessment(input, AssessmentFile::Mode::ReadOnly, cmd.parser, assessment, io);
    if (!doc)
        return fail(io, doc.error());
    if (cmd.parser.isSet(json)) {
        auto summary = workshop::WorkshopSummary::build(**doc, sessionId, lang);
        if (!summary)
            return fail(io, summary.error());
        printJson(io, QJsonDocument(summary->toJson()));
        return Success;
    }
    if (Status s = ui::WorkshopSummaryRenderer::write(**doc, sessionId, lang, out); !s)
        return fail(io, s.error());
    io.out << translated(QT_TRANSLATE_NOOP("cli", "Wrote %1")).arg(out) << '\n';
    return Success;
}

void registerWorkshopCommands()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    registerCommand({u"workshop-summary"_s,
                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "Write a workshop session's summary (PDF or JSON)")),
                     workshopSummaryCommand});
}

bool workshopCommandNeedsGui(const QStringList &arguments)
{
    return !arguments.isEmpty() && arguments.first() == "workshop-summary"_L1;
}

} // namespace readiness::cli
