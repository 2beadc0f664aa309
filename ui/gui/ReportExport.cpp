#include "ReportExport.h"

#include "AppSettings.h"
#include "AssessmentExport.h"
#include "AssessmentSession.h"
#include "Prompt.h"
#include "ReviewReport.h"
#include "XlsxExport.h"
#include "report/ReportRenderer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace readiness::ui::ReportExport {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("readiness::ui::ReportExport", text);
}
} // namespace

QString run(QWidget *parent, AssessmentSession &session, Kind kind, int revision)
{
    const AssessmentDocument &doc = session.document();
    const QFileInfo source(doc.path());
    const bool report = kind == Kind::Report;
    const QString proposed = QDir(AppSettings::lastDirectory())
                                 .filePath(source.completeBaseName()
                                           + (!report            ? u"-answers.csv"_s
                                                  : revision > 0 ? u"-revision-%1-report.pdf"_s.arg(revision)
                                                                 : u"-report.pdf"_s));
    const QString path = Prompt::saveFileName(parent, report ? tr("Export report") : tr("Export data"), proposed,
                                              report ? tr("PDF report (*.pdf);;OpenDocument text (*.odt)")
                                                     : tr("CSV (*.csv);;JSON (*.json);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return {};
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString language = AppSettings::language() == "de"_L1 ? u"de"_s : u"en"_s;

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Status written = success();
    if (report) {
        ReportRenderer::Options options;
        options.format = suffix == "odt"_L1 ? ReportRenderer::Format::Odt : ReportRenderer::Format::Pdf;
        options.language = language;
        options.revision = revision;
        written = ReportRenderer::writeReport(doc, path, options);
    } else if (suffix == "xlsx"_L1) {
        written = XlsxExport::write(doc, language, path,
                                    [&doc](ReportModel &model) { return review::ReviewReport::complete(doc, model); });
    } else {
        const auto format = suffix == "json"_L1 ? AssessmentExport::Format::Json : AssessmentExport::Format::Csv;
        written = AssessmentExport::write(doc, format, language, path, [&doc](ReportModel &model) {
            return review::ReviewReport::complete(doc, model);
        });
    }
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        Prompt::inform(parent, QMessageBox::Warning, report ? tr("Export report") : tr("Export data"),
                       tr("Nothing was written."), written.error().toString());
        return {};
    }
    return path;
}

} // namespace readiness::ui::ReportExport
