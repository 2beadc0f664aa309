#pragma once

// The pieces of report HTML that every report section shares (ReportDocument
// and its sections in other files), so they look alike.

#include <QList>
#include <QString>
#include <QStringList>

namespace readiness::ui::reporthtml {

using namespace Qt::StringLiterals;

inline QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Light horizontal rules between rows; a tinted header row that Qt repeats
// at the top of every page the table continues on.
inline const QString kTable = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                              "style=\"border-collapse: collapse; border-color: #D5D8DC; border-style: solid;\">"_s;

inline QString headerRow(const QStringList &cells, const QList<int> &widths = {})
{
    QString row = u"<thead><tr>"_s;
    for (int i = 0; i < cells.size(); ++i) {
        const QString width = i < widths.size() && widths.at(i) > 0 ? u" width=\"%1%\""_s.arg(widths.at(i)) : QString();
        row += u"<th align=\"left\" bgcolor=\"#EAF0F6\"%1><span style=\"color:#1F4E79;\">%2</span></th>"_s.arg(
            width, esc(cells.at(i)));
    }
    return row + u"</tr></thead>"_s;
}

inline QString heading(const QString &number, const QString &text)
{
    return u"<h1 style=\"page-break-before: always; color:#1F4E79; font-size:17pt;\">%1&nbsp;&nbsp;%2</h1>"_s.arg(
        number, esc(text));
}

} // namespace readiness::ui::reporthtml
