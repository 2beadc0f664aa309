// validate, countdown, fines: commands that need no assessment file.
#include "CliFormat.h"
#include "CliSupport.h"
#include "CliTranslations.h"
#include "Clock.h"
#include "Countdown.h"
#include "DataPaths.h"
#include "FineExposure.h"
#include "LegalReference.h"
#include "QuestionnaireLoader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace readiness::cli {

int validateCommand(const QStringList &arguments, Streams io)
{
    Command cmd(
        u"validate"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "Check questionnaire files. Every problem is reported with file, line:column and "
                                     "JSON path. Exit 0 when all files are valid, 1 otherwise.")));
    cmd.parser.addPositionalArgument(translated(QT_TRANSLATE_NOOP("cli", "FILE")),
                                     translated(QT_TRANSLATE_NOOP("cli", "Questionnaire JSON files")),
                                     translated(QT_TRANSLATE_NOOP("cli", "FILE...")));
    if (int rc = cmd.parse(arguments, io, 1, -1); rc >= 0)
        return rc;
    int failures = 0;
    for (const QString &path : cmd.parser.positionalArguments()) {
        auto q = QuestionnaireLoader::loadFile(path);
        if (q) {
            io.out << translated(QT_TRANSLATE_NOOP("cli", "%1: ok (%2 %3, %4 sections, %5 questions)"))
                          .arg(path, q->id, q->version)
                          .arg(q->sections.size())
                          .arg(q->questionCount())
                   << '\n';
        } else {
            ++failures;
            io.err << q.error().toString() << '\n';
        }
    }
    return failures ? DataError : Success;
}

namespace {
QDate parseDate(const QString &text)
{
    if (text == "today"_L1)
        return Clock::current().today();
    if (text == "gdpr"_L1)
        return gdprApplicationDate();
    return QDate::fromString(text, Qt::ISODate);
}
} // namespace

int countdownCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"countdown"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "Calendar days, weekdays (Mon-Fri) and working days (weekdays less public holidays) "
                    "from one date to another. The earlier day counts, the later day does not. "
                    "A date in the past counts since.")));
    QCommandLineOption to(
        u"to"_s, translated(QT_TRANSLATE_NOOP("cli", "Target date (YYYY-MM-DD, 'today' or 'gdpr' for 2018-05-25).")),
        translated(QT_TRANSLATE_NOOP("cli", "DATE")));
    QCommandLineOption from(u"from"_s, translated(QT_TRANSLATE_NOOP("cli", "Start date (default: today).")),
                            translated(QT_TRANSLATE_NOOP("cli", "DATE")), u"today"_s);
    QCommandLineOption calendar(u"calendar"_s,
                                translated(QT_TRANSLATE_NOOP("cli", "Holiday calendar: %1."))
                                    .arg(HolidayCalendar::available(DataPaths::calendarsDir()).join(u", "_s)),
                                u"NAME"_s, u"england-and-wales"_s);
    QCommandLineOption json(u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print JSON.")));
    cmd.parser.addOptions({to, from, calendar, json});
    if (int rc = cmd.parse(arguments, io, 0, 0); rc >= 0)
        return rc;
    if (!cmd.parser.isSet(to)) {
        io.err << "gdpr-readiness countdown: " << translated(QT_TRANSLATE_NOOP("cli", "--to DATE is required")) << '\n';
        return UsageError;
    }
    const QDate toDate = parseDate(cmd.parser.value(to));
    const QDate fromDate = parseDate(cmd.parser.value(from));
    if (!toDate.isValid() || !fromDate.isValid()) {
        io.err << "gdpr-readiness countdown: "
               << translated(QT_TRANSLATE_NOOP("cli", "dates must be YYYY-MM-DD, 'today' or 'gdpr'")) << '\n';
        return UsageError;
    }
    auto cal = HolidayCalendar::load(DataPaths::calendarsDir(), cmd.parser.value(calendar));
    if (!cal)
        return fail(io, cal.error());
    const Countdown c = Countdown::between(fromDate, toDate, *cal);
    if (cmd.parser.isSet(json)) {
        printJson(io,
                  QJsonDocument(QJsonObject {
                      {u"from"_s, c.from.toString(Qt::ISODate)},
                      {u"to"_s, c.to.toString(Qt::ISODate)},
                      {u"direction"_s, c.since ? u"since"_s : u"until"_s},
                      {u"calendar_days"_s, c.calendarDays},
                      {u"weekdays"_s, c.weekdays},
                      {u"working_days"_s, c.workingDays},
                      {u"calendar"_s, c.calendarId},
                      {u"calendar_covers_range"_s, c.calendarCovers},
                  }));
        return Success;
    }
    io.out << (c.since ? translated(QT_TRANSLATE_NOOP("cli", "%1 calendar days since %2 (from %3)"))
                       : translated(QT_TRANSLATE_NOOP("cli", "%1 calendar days until %2 (from %3)")))
                  .arg(format::number(c.calendarDays), format::date(c.to), format::date(c.from))
           << '\n'
           << translated(QT_TRANSLATE_NOOP("cli", "%1 weekdays (Mon-Fri; the earlier day counts, the later does not)"))
                  .arg(format::number(c.weekdays))
           << '\n'
           << translated(QT_TRANSLATE_NOOP("cli", "%1 working days less %2"))
                  .arg(format::number(c.workingDays), format::text(cal->name()))
           << '\n';
    if (!c.calendarCovers)
        io.err << translated(QT_TRANSLATE_NOOP("cli",
                                               "warning: the holiday calendar covers %1-%2 only; holidays "
                                               "outside it are not subtracted"))
                      .arg(cal->firstYear())
                      .arg(cal->lastYear())
               << '\n';
    return Success;
}

int finesCommand(const QStringList &arguments, Streams io)
{
    Command cmd(u"fines"_s,
                translated(QT_TRANSLATE_NOOP(
                    "cli",
                    "The maximum administrative fines of Art 83(4) and Art 83(5) for the total worldwide annual "
                    "turnover of the undertaking (for a company in a group: the whole group's, Recital 150, CJEU "
                    "C-807/21): the higher of the fixed amount and the percentage. EUR gives the EU GDPR figures, GBP "
                    "the UK GDPR and PECR ones. These are legal maxima, not a prediction.")));
    QCommandLineOption turnover(
        u"turnover"_s,
        translated(
            QT_TRANSLATE_NOOP("cli",
                              "Total worldwide annual turnover of the preceding financial year of the undertaking "
                              "(the whole group where the organisation belongs to one).")),
        translated(QT_TRANSLATE_NOOP("cli", "AMOUNT")));
    QCommandLineOption currency(u"currency"_s, translated(QT_TRANSLATE_NOOP("cli", "EUR or GBP.")),
                                translated(QT_TRANSLATE_NOOP("cli", "CURRENCY")));
    QCommandLineOption publicBody(
        u"public-body"_s,
        translated(QT_TRANSLATE_NOOP("cli",
                                     "The organisation is a public authority or body, not an undertaking: no "
                                     "percentage limb (Art 83(7) lets national law limit or exclude fines).")));
    QCommandLineOption json(u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print JSON.")));
    cmd.parser.addOptions({turnover, currency, publicBody, json});
    if (int rc = cmd.parse(arguments, io, 0, 0); rc >= 0)
        return rc;
    if (!cmd.parser.isSet(turnover) || !cmd.parser.isSet(currency)) {
        io.err << "gdpr-readiness fines: "
               << translated(QT_TRANSLATE_NOOP("cli", "--turnover AMOUNT and --currency EUR|GBP are required")) << '\n';
        return UsageError;
    }
    bool ok = false;
    const double amount = cmd.parser.value(turnover).remove(u'_').remove(u',').toDouble(&ok);
    if (!ok) {
        io.err << "gdpr-readiness fines: "
               << translated(QT_TRANSLATE_NOOP("cli", "'%1' is not an amount")).arg(cmd.parser.value(turnover)) << '\n';
        return UsageError;
    }
    const auto subject
        = cmd.parser.isSet(publicBody) ? FineExposure::Subject::PublicBody : FineExposure::Subject::Undertaking;
    auto f = FineExposure::compute(amount, cmd.parser.value(currency), subject);
    if (!f) {
        io.err << "gdpr-readiness fines: " << f.error().message << '\n';
        return UsageError;
    }
    auto tierJson = [](const FineExposure::Tier &t) {
        return QJsonObject {{u"article"_s, t.article}, {u"fixed_cap"_s, t.fixedCap},
                            {u"percent"_s, t.percent}, {u"percent_of_turnover"_s, t.percentOfTurnover},
                            {u"maximum"_s, t.maximum}, {u"turnover_decides"_s, t.turnoverDecides}};
    };
    if (cmd.parser.isSet(json)) {
        QJsonObject o {
            {u"regime"_s, f->regime},
            {u"currency"_s, f->currency},
            {u"turnover"_s, f->turnover},
            {u"subject"_s, subject == FineExposure::Subject::PublicBody ? u"public-body"_s : u"undertaking"_s},
            {u"lower_tier"_s, tierJson(f->lower)},
            {u"upper_tier"_s, tierJson(f->upper)},
            {u"notes"_s, QJsonArray::fromStringList(f->notes)},
            {u"note"_s, u"Legal maxima, not a prediction of any fine."_s}};
        if (f->pecr)
            o.insert(u"pecr"_s, tierJson(*f->pecr));
        printJson(io, QJsonDocument(o));
        return Success;
    }
    auto money = [&](double v) { return format::amount(v, f->currency); };
    // "EU-DSGVO", "Art. 83 Abs. 5 DSGVO" for a German reader; the notes are
    // translated where they are shown, --json keeps them English.
    const QString regime = f->regime == "EU GDPR"_L1 ? translated(QT_TRANSLATE_NOOP("cli", "EU GDPR")) : f->regime;
    io.out << (subject == FineExposure::Subject::PublicBody
                   ? translated(QT_TRANSLATE_NOOP("cli", "%1, public body")).arg(regime)
                   : translated(QT_TRANSLATE_NOOP("cli", "%1, undertaking's worldwide annual turnover %2"))
                         .arg(regime, money(f->turnover)))
           << '\n';
    QList<const FineExposure::Tier *> tiers {&f->lower, &f->upper};
    if (f->pecr)
        tiers.append(&*f->pecr);
    for (const auto *t : std::as_const(tiers)) {
        io.out << "  "
               << translated(QT_TRANSLATE_NOOP("cli", "%1: up to %2"))
                      .arg(LegalReference::display(t->article, outputLanguage()), money(t->maximum));
        if (t->percent > 0)
            io.out << "  "
                   << translated(QT_TRANSLATE_NOOP("cli", "(the higher of %1 and %2 of turnover = %3)"))
                          .arg(money(t->fixedCap), format::wholePercent(t->percent), money(t->percentOfTurnover));
        io.out << '\n';
    }
    for (const QString &n : std::as_const(f->notes))
        io.out << translated(QT_TRANSLATE_NOOP("cli", "Note: %1")).arg(FineExposure::noteText(n)) << '\n';
    io.out << translated(QT_TRANSLATE_NOOP("cli", "These are legal maxima, not a prediction of any fine.")) << '\n';
    return Success;
}

} // namespace readiness::cli
