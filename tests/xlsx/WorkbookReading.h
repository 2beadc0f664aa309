#pragma once
// Reading what the Excel export wrote, for tst_xlsxexport: a member of the
// .xlsx zip (unzip), a sheet's XML and the shared strings, and the CSV that
// LibreOffice headless makes of a sheet (read by testsupport::parseCsv).
#include "../core/CsvParsing.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace xlsxtest {

using namespace Qt::StringLiterals;

using testsupport::parseCsv;

inline QByteArray unzip(const QString &zip, const QString &member, int *code = nullptr)
{
    QProcess p;
    p.start(u"unzip"_s, {u"-p"_s, zip, member});
    p.waitForFinished(60000);
    if (code)
        *code = p.exitCode();
    return p.readAllStandardOutput();
}

/// The cells of one worksheet's XML: reference -> (type attribute, value),
/// and whether any cell holds a formula.
struct SheetXml
{
    QHash<QString, std::pair<QString, QString>> cells;
    bool formula = false;
    bool frozenHeader = false;
    QString autoFilter;
};

inline SheetXml readSheet(const QByteArray &xml)
{
    SheetXml sheet;
    QXmlStreamReader r(xml);
    QString ref, type;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = r.attributes();
        if (r.name() == "c"_L1) {
            ref = a.value("r"_L1).toString();
            type = a.value("t"_L1).toString();
        } else if (r.name() == "v"_L1) {
            sheet.cells.insert(ref, {type, r.readElementText()});
        } else if (r.name() == "f"_L1) {
            sheet.formula = true;
        } else if (r.name() == "pane"_L1) {
            sheet.frozenHeader = a.value("ySplit"_L1) == "1"_L1 && a.value("state"_L1) == "frozen"_L1;
        } else if (r.name() == "autoFilter"_L1) {
            sheet.autoFilter = a.value("ref"_L1).toString();
        }
    }
    return sheet;
}

inline QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader r(xml);
    QString current;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement && r.name() == "si"_L1)
            current.clear();
        else if (token == QXmlStreamReader::StartElement && r.name() == "t"_L1)
            current += r.readElementText();
        else if (token == QXmlStreamReader::EndElement && r.name() == "si"_L1)
            strings << current;
    }
    return strings;
}

} // namespace xlsxtest
