#include "GuidancePanel.h"

#include "ClosedTextDocument.h"
#include "LegalReference.h"
#include "LocalizedText.h"
#include "Questionnaire.h"

#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

GuidancePanel::GuidancePanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    // The guidance is escaped HTML; the document still never fetches anything.
    m_browser->setDocument(new ClosedTextDocument(m_browser));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Guidance"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

void GuidancePanel::clear()
{
    m_browser->clear();
}

QString GuidancePanel::text() const
{
    return m_browser->toPlainText();
}

void GuidancePanel::setQuestion(const Questionnaire &questionnaire, const Question &question)
{
    Q_UNUSED(questionnaire);
    QString html;
    const auto section = [&html](const QString &title, const QString &body) {
        if (!body.isEmpty())
            html
                += u"<h3>%1</h3><p>%2</p>"_s.arg(title.toHtmlEscaped(), body.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    };
    section(tr("Guidance"), question.guidance.text());
    // "Art. 5 Abs. 1 lit. a DSGVO" for a German reader.
    section(tr("References"),
            LegalReference::display(question.references, LocalizedText::defaultLanguage()).join(u"; "_s));
    section(question.evidenceExpected ? tr("Evidence expected") : tr("Evidence"), question.evidenceHint.text());
    section(tr("Remediation"), question.remediation.text());
    m_browser->setHtml(html);
}

} // namespace readiness::ui
