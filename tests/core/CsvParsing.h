#pragma once
// RFC 4180 records as the tests read them back: comma, double quotes,
// doubled quotes, and commas and line breaks inside quoted fields. Used for
// the CSV export (tst_report) and LibreOffice's CSV of the Excel export
// (tst_xlsxexport).
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace testsupport {

/// The records of @p text. A record ends at CRLF or at a bare CR or LF
/// (LibreOffice writes bare line feeds); @p crlfOnly, when given, says
/// whether every record ended with CRLF, as RFC 4180 asks.
inline QList<QStringList> parseCsv(const QString &text, bool *crlfOnly = nullptr)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool onlyCrlf = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << std::exchange(field, {});
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            else
                onlyCrlf = false;
            row << std::exchange(field, {});
            rows << std::exchange(row, {});
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    if (crlfOnly)
        *crlfOnly = onlyCrlf;
    return rows;
}

} // namespace testsupport
