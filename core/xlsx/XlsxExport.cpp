#include "XlsxExport.h"

#include "AssessmentDocument.h"
#include "AssessmentExport.h"
#include "DisplayText.h"
#include "StorageError.h"
#include "XlsxWorkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace readiness::XlsxExport {

namespace {
using Style = XlsxWorkbook::Style;
using Column = XlsxWorkbook::Column;

/// The workbook's own words follow the export language, like the report's
/// (ui/report/ReportDocument), not the language of the program's windows.
QString t(const QString &language, const char *english, const char *german)
{
    return QString::fromUtf8(language == "de"_L1 ? german : english);
}

QString yesNo(bool value, const QString &language)
{
    return value ? t(language, "yes", "ja") : t(language, "no", "nein");
}

Style ragStyle(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return Style::Red;
    case Rag::Amber:
        return Style::Amber;
    case Rag::Green:
        return Style::Green;
    case Rag::None:
        break;
    }
    return Style::Plain;
}

QList<Column> sheetColumns(Sheet sheet, const QString &l)
{
    switch (sheet) {
    case Sheet::Answers:
        return {{t(l, "Questionnaire", "Fragebogen"), 18},
                {t(l, "Section", "Abschnitt"), 24},
                {t(l, "ID", "ID"), 28},
                {t(l, "Question", "Frage"), 60},
                {t(l, "Answer", "Antwort"), 28},
                {t(l, "Level", "Stufe"), 7},
                {t(l, "Notes", "Notizen"), 50},
                {t(l, "Evidence", "Nachweise"), 10},
                {t(l, "Critical", "Kritisch"), 9},
                {t(l, "Critical gap", "Kritische Lücke"), 10},
                {t(l, "Applicable", "Anwendbar"), 11}};
    case Sheet::ActionPlan:
        return {{t(l, "ID", "ID"), 6},
                {t(l, "Action", "Maßnahme"), 44},
                {t(l, "Questionnaire", "Fragebogen"), 18},
                {t(l, "Question ID", "Frage-ID"), 28},
                {t(l, "Question", "Frage"), 50},
                {t(l, "Owner", "Verantwortlich"), 18},
                {t(l, "Due", "Fällig"), 12},
                {t(l, "Status", "Status"), 14},
                {t(l, "Overdue", "Überfällig"), 11},
                {t(l, "Notes", "Notizen"), 44}};
    case Sheet::Evidence:
        return {{t(l, "Name", "Name"), 36},
                {t(l, "Size (bytes)", "Größe (Bytes)"), 14},
                {t(l, "SHA-256", "SHA-256"), 66},
                {t(l, "Questionnaire", "Fragebogen"), 18},
                {t(l, "Question ID", "Frage-ID"), 28},
                {t(l, "Added (UTC)", "Hinzugefügt (UTC)"), 17},
                {t(l, "Added by", "Hinzugefügt von"), 18}};
    case Sheet::SectionScores:
        return {{t(l, "Questionnaire", "Fragebogen"), 18},
                {t(l, "Section ID", "Abschnitts-ID"), 20},
                {t(l, "Section", "Abschnitt"), 36},
                {t(l, "Score %", "Ergebnis %"), 10},
                {t(l, "RAG", "Ampel"), 10},
                {t(l, "Answered", "Beantwortet"), 12},
                {t(l, "Applicable", "Anwendbar"), 11},
                {t(l, "Critical gaps", "Kritische Lücken"), 12}};
    }
    return {};
}

void writeAnswers(XlsxWorkbook &book, const ReportModel &m)
{
    const QString &l = m.language;
    const auto cols = sheetColumns(Sheet::Answers, l);
    lxw_worksheet *sheet = book.addSheet(sheetNames(l).at(0), cols);
    int row = 0;
    for (const ReportModel::SectionDetail &s : m.sections) {
        for (const ReportModel::QuestionDetail &d : s.questions) {
            ++row;
            book.text(sheet, row, 0, d.questionnaireId);
            book.text(sheet, row, 1, d.sectionTitle, Style::Wrap);
            book.text(sheet, row, 2, d.questionId);
            book.text(sheet, row, 3, d.text, Style::Wrap);
            book.text(sheet, row, 4, d.display, Style::Wrap);
            if (d.level)
                book.number(sheet, row, 5, *d.level);
            book.text(sheet, row, 6, d.note, Style::Wrap);
            book.number(sheet, row, 7, double(d.evidence.size()));
            book.text(sheet, row, 8, yesNo(d.critical, l));
            book.text(sheet, row, 9, yesNo(d.criticalGap, l), d.criticalGap ? Style::Alert : Style::Plain);
            book.text(sheet, row, 10, yesNo(d.applies, l));
        }
    }
    book.autofilter(sheet, row, int(cols.size()) - 1);
}

void writeActionPlan(XlsxWorkbook &book, const ReportModel &m)
{
    const QString &l = m.language;
    const auto cols = sheetColumns(Sheet::ActionPlan, l);
    lxw_worksheet *sheet = book.addSheet(sheetNames(l).at(1), cols);
    int row = 0;
    for (const ReportModel::ActionItem &a : m.actions) {
        ++row;
        book.number(sheet, row, 0, double(a.record.id));
        book.text(sheet, row, 1, a.record.title, Style::Wrap);
        book.text(sheet, row, 2, a.questionnaireId);
        book.text(sheet, row, 3, a.record.questionId);
        book.text(sheet, row, 4, a.questionText, Style::Wrap);
        book.text(sheet, row, 5, a.record.owner, Style::Wrap);
        book.date(sheet, row, 6, a.record.dueDate);
        book.text(sheet, row, 7, DisplayText::actionStatus(a.record.status, l));
        book.text(sheet, row, 8, yesNo(a.overdue, l), a.overdue ? Style::Alert : Style::Plain);
        book.text(sheet, row, 9, a.record.notes, Style::Wrap);
    }
    book.autofilter(sheet, row, int(cols.size()) - 1);
}

void writeEvidence(XlsxWorkbook &book, const ReportModel &m)
{
    const QString &l = m.language;
    const auto cols = sheetColumns(Sheet::Evidence, l);
    lxw_worksheet *sheet = book.addSheet(sheetNames(l).at(2), cols);
    int row = 0;
    for (const ReportModel::EvidenceItem &e : m.evidence) {
        ++row;
        book.text(sheet, row, 0, e.record.name, Style::Wrap);
        book.number(sheet, row, 1, double(e.record.size), Style::Bytes);
        book.text(sheet, row, 2, e.record.sha256);
        book.text(sheet, row, 3, e.questionnaireId);
        book.text(sheet, row, 4, e.record.questionId);
        book.dateTime(sheet, row, 5, e.record.addedAt);
        book.text(sheet, row, 6, e.record.addedBy);
    }
    book.autofilter(sheet, row, int(cols.size()) - 1);
}

void writeSectionScores(XlsxWorkbook &book, const ReportModel &m)
{
    const QString &l = m.language;
    const auto cols = sheetColumns(Sheet::SectionScores, l);
    lxw_worksheet *sheet = book.addSheet(sheetNames(l).at(3), cols);
    int row = 0;
    for (const ReportModel::SectionDetail &s : m.sections) {
        if (s.scoped) // scoping sections decide what applies; they are not scored
            continue;
        ++row;
        book.text(sheet, row, 0, s.questionnaireId);
        book.text(sheet, row, 1, s.sectionId);
        book.text(sheet, row, 2, s.title, Style::Wrap);
        if (s.score.percent)
            book.number(sheet, row, 3, *s.score.percent, Style::Score);
        book.text(sheet, row, 4, DisplayText::rag(s.score.rag, l), ragStyle(s.score.rag));
        book.number(sheet, row, 5, s.score.answered);
        book.number(sheet, row, 6, s.score.applicable);
        book.number(sheet, row, 7, s.score.criticalGaps, s.score.criticalGaps ? Style::Alert : Style::Integer);
    }
    book.autofilter(sheet, row, int(cols.size()) - 1);
    // The overall readiness below the filtered range, so sorting the
    // sections leaves it at the bottom.
    row += 2;
    book.text(sheet, row, 0, t(l, "Overall", "Gesamt"), Style::Bold);
    if (m.score.percent)
        book.number(sheet, row, 3, *m.score.percent, Style::BoldScore);
    book.text(sheet, row, 4, DisplayText::rag(m.score.rag, l), ragStyle(m.score.rag));
    book.number(sheet, row, 5, m.score.answered);
    book.number(sheet, row, 6, m.score.applicable);
    book.number(sheet, row, 7, m.score.criticalGaps, m.score.criticalGaps ? Style::Alert : Style::Integer);
}

Status build(const ReportModel &model, const QString &path, const QString &shownPath)
{
    XlsxWorkbook book(path, model.language, shownPath);
    book.setTitle(model.assessment.title.isEmpty() ? model.organisation.name
                                                   : model.organisation.name + u" – "_s + model.assessment.title);
    writeAnswers(book, model);
    writeActionPlan(book, model);
    writeEvidence(book, model);
    writeSectionScores(book, model);
    return book.close();
}
} // namespace

QStringList sheetNames(const QString &l)
{
    return {t(l, "Answers", "Antworten"), t(l, "Action plan", "Maßnahmenplan"), t(l, "Evidence", "Nachweise"),
            t(l, "Section scores", "Abschnittsergebnisse")};
}

QStringList columns(Sheet sheet, const QString &language)
{
    QStringList titles;
    for (const Column &c : sheetColumns(sheet, language))
        titles << c.title;
    return titles;
}

Status writeModel(const ReportModel &model, const QString &path)
{
    return build(model, path, path);
}

Status write(const AssessmentDocument &document, const QString &language, const QString &path,
             const AssessmentExport::Completion &complete)
{
    auto model = AssessmentExport::modelFor(document, language, path, complete);
    if (!model)
        return model.error();
    // libxlsxwriter writes to a file name of its own choosing; it builds the
    // workbook in a private folder, and QSaveFile moves it into place whole.
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(
            QCoreApplication::translate("XlsxExport", "Cannot write %1: %2").arg(path, work.errorString()));
    const QString built = work.filePath(u"export.xlsx"_s);
    if (Status s = build(*model, built, path); !s)
        return s;
    QFile in(built);
    QSaveFile out(path);
    bool ok = in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly);
    while (ok && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    if (!ok || !out.commit())
        return makeError(
            StorageError::deviceIsFull(path)
                ? StorageError::diskFullMessage(path)
                : QCoreApplication::translate("XlsxExport", "Cannot write %1: %2")
                      .arg(path, out.error() != QFileDevice::NoError ? out.errorString() : in.errorString()));
    return success();
}

} // namespace readiness::XlsxExport
