#include "XlsxWorkbook.h"

#include "RagPalette.h"
#include "UntrustedText.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
constexpr lxw_color_t kHeaderGrey = 0xE8E8E8;
constexpr lxw_color_t kWhite = 0xFFFFFF;
} // namespace

XlsxWorkbook::XlsxWorkbook(const QString &path, const QString &language, const QString &shownPath)
    : m_path(shownPath.isEmpty() ? path : shownPath)
{
    m_workbook = workbook_new(QFile::encodeName(path).constData());
    if (!m_workbook) {
        m_error = LXW_ERROR_CREATING_XLSX_FILE;
        return;
    }
    const bool german = language == "de"_L1;
    auto add = [this](Style style) {
        lxw_format *f = workbook_add_format(m_workbook);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        m_formats[std::size_t(style)] = f;
        return f;
    };
    add(Style::Plain);
    format_set_text_wrap(add(Style::Wrap));
    lxw_format *header = add(Style::Header);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bg_color(header, kHeaderGrey);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_num_format(add(Style::Date), german ? "dd.mm.yyyy" : "yyyy-mm-dd");
    format_set_num_format(add(Style::DateTime), german ? "dd.mm.yyyy hh:mm" : "yyyy-mm-dd hh:mm");
    format_set_num_format(add(Style::Integer), "0");
    format_set_num_format(add(Style::Bytes), "#,##0");
    format_set_num_format(add(Style::Score), "0.0");
    const std::pair<Style, std::uint32_t> rag[] {
        {Style::Red, RagPalette::kRed}, {Style::Amber, RagPalette::kAmber}, {Style::Green, RagPalette::kGreen}};
    for (const auto &[style, colour] : rag) {
        lxw_format *f = add(style);
        format_set_bg_color(f, colour);
        format_set_font_color(f, kWhite);
        format_set_bold(f);
    }
    lxw_format *alert = add(Style::Alert);
    format_set_font_color(alert, RagPalette::kRed);
    format_set_bold(alert);
    format_set_bold(add(Style::Bold));
    lxw_format *boldScore = add(Style::BoldScore);
    format_set_bold(boldScore);
    format_set_num_format(boldScore, "0.0");
}

XlsxWorkbook::~XlsxWorkbook()
{
    // Frees the workbook; a caller that did not close() discards the file.
    if (m_workbook)
        workbook_close(m_workbook);
}

QString XlsxWorkbook::cellText(const QString &text)
{
    QString cell = UntrustedText::spreadsheetCell(text);
    if (cell.size() <= kMaxCellLength)
        return cell;
    const QString mark = u" […]"_s;
    qsizetype keep = kMaxCellLength - mark.size();
    if (cell.at(keep - 1).isHighSurrogate())
        --keep;
    return cell.left(keep) + mark;
}

void XlsxWorkbook::check(int error)
{
    if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
        m_error = error;
}

lxw_worksheet *XlsxWorkbook::addSheet(const QString &name, const QList<Column> &columns)
{
    if (!m_workbook)
        return nullptr;
    lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    if (!sheet) {
        check(LXW_ERROR_SHEETNAME_ALREADY_USED);
        return nullptr;
    }
    for (int c = 0; c < columns.size(); ++c) {
        check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columns.at(c).width, nullptr));
        text(sheet, 0, c, columns.at(c).title, Style::Header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return sheet;
}

void XlsxWorkbook::text(lxw_worksheet *sheet, int row, int column, const QString &text, Style style)
{
    if (!sheet)
        return;
    // A string cell, never a formula, whatever the text starts with.
    check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), cellText(text).toUtf8().constData(),
                                 format(style)));
}

void XlsxWorkbook::number(lxw_worksheet *sheet, int row, int column, double value, Style style)
{
    if (sheet)
        check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format(style)));
}

void XlsxWorkbook::date(lxw_worksheet *sheet, int row, int column, QDate date)
{
    if (!sheet || !date.isValid())
        return;
    lxw_datetime value {date.year(), date.month(), date.day(), 0, 0, 0};
    check(worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &value, format(Style::Date)));
}

void XlsxWorkbook::dateTime(lxw_worksheet *sheet, int row, int column, const QDateTime &utc)
{
    if (!sheet || !utc.isValid())
        return;
    const QDateTime t = utc.toUTC();
    lxw_datetime value {t.date().year(), t.date().month(),  t.date().day(),
                        t.time().hour(), t.time().minute(), double(t.time().second())};
    check(worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &value, format(Style::DateTime)));
}

void XlsxWorkbook::autofilter(lxw_worksheet *sheet, int lastRow, int lastColumn)
{
    if (sheet)
        check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)));
}

void XlsxWorkbook::setTitle(const QString &title)
{
    if (!m_workbook)
        return;
    m_title = cellText(title).toUtf8();
    lxw_doc_properties properties {};
    properties.title = m_title.data();
    check(workbook_set_properties(m_workbook, &properties));
}

Status XlsxWorkbook::close()
{
    if (!m_workbook)
        return makeError(QCoreApplication::translate("XlsxExport", "Cannot write %1: %2")
                             .arg(m_path, QString::fromUtf8(lxw_strerror(lxw_error(m_error)))));
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    check(closed);
    if (m_error != LXW_NO_ERROR)
        return makeError(QCoreApplication::translate("XlsxExport", "Cannot write %1: %2")
                             .arg(m_path, QString::fromUtf8(lxw_strerror(lxw_error(m_error)))));
    return success();
}

} // namespace readiness
