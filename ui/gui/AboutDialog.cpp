#include "AboutDialog.h"

#include "AssessmentDocument.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

AboutDialog::AboutDialog(const AssessmentDocument *document, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About GDPR Readiness"));
    m_text = u"<h2>GDPR Readiness %1</h2><p>%2</p>"_s.arg(
        QCoreApplication::applicationVersion().toHtmlEscaped(),
        tr("A self-assessment of GDPR and PECR readiness for data-protection officers. Not legal advice."));
    if (document) {
        m_text += u"<p>%1</p><ul>"_s.arg(tr("Questionnaires in this assessment:"));
        for (const auto &entry : document->questionnaires())
            m_text += u"<li>%1 <b>%2</b> %3</li>"_s.arg(entry.questionnaire.title.text().toHtmlEscaped(),
                                                        entry.questionnaire.id.toHtmlEscaped(),
                                                        entry.questionnaire.version.toHtmlEscaped());
        m_text += u"</ul>"_s;
    }
    auto *label = new QLabel(m_text, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
}

} // namespace readiness::ui
