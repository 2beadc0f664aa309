#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <array>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace readiness {

/// A libxlsxwriter workbook with the export's cell styles. Every text goes
/// through cellText(): UntrustedText::spreadsheetCell (the CSV export's rule)
/// and Excel's limit of 32,767 characters a cell, and is written as a string
/// cell, never as a formula. The first error of any call is kept and
/// reported by close().
class XlsxWorkbook final
{
public:
    enum class Style {
        Plain, // top-aligned
        Wrap, // top-aligned, wrapped
        Header, // bold on grey, wrapped
        Date,
        DateTime,
        Integer,
        Bytes, // 1,234,567
        Score, // 59.3
        Red, // RAG cells: white on the application's red/amber/green
        Amber,
        Green,
        Alert, // bold red text: a critical gap, an overdue action
        Bold,
        BoldScore,
        Count
    };

    struct Column
    {
        QString title;
        double width = 12; // in characters
    };

    /// Excel's limit of characters in a cell.
    static constexpr qsizetype kMaxCellLength = 32767;

    /// @p language picks the date formats: en yyyy-mm-dd, de dd.mm.yyyy.
    /// Messages name @p shownPath (the file the user asked for), or @p path.
    XlsxWorkbook(const QString &path, const QString &language, const QString &shownPath = {});
    ~XlsxWorkbook();
    Q_DISABLE_COPY_MOVE(XlsxWorkbook)

    /// A new sheet with @p columns as its header row, their widths, and the
    /// header row frozen. Null when the workbook could not be made.
    lxw_worksheet *addSheet(const QString &name, const QList<Column> &columns);
    void text(lxw_worksheet *sheet, int row, int column, const QString &text, Style style = Style::Plain);
    void number(lxw_worksheet *sheet, int row, int column, double value, Style style = Style::Integer);
    void date(lxw_worksheet *sheet, int row, int column, QDate date);
    void dateTime(lxw_worksheet *sheet, int row, int column, const QDateTime &utc);
    void autofilter(lxw_worksheet *sheet, int lastRow, int lastColumn);
    void setTitle(const QString &title);

    /// Writes the file; an error names @p path and what failed.
    Status close();

    /// @p text as a cell holds it: neutralised like the CSV export, and cut
    /// to kMaxCellLength with a visible mark when longer.
    static QString cellText(const QString &text);

private:
    void check(int error);
    lxw_format *format(Style style) const { return m_formats.at(std::size_t(style)); }

    QString m_path;
    lxw_workbook *m_workbook = nullptr;
    std::array<lxw_format *, std::size_t(Style::Count)> m_formats {};
    int m_error = 0;
    QByteArray m_title; // must outlive workbook_close
};

} // namespace readiness
