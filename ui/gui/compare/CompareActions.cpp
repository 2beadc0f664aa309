#include "CompareActions.h"

#include "AppSettings.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "CompareDialog.h"
#include "Prompt.h"
#include "WalkthroughPage.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace readiness::ui {

CompareActions::CompareActions(AssessmentView &view)
    : QObject(&view)
    , m_view(view)
{ }

void CompareActions::addTo(QMenu *menu)
{
    QAction *action = menu->addAction(tr("Co&mpare with…"), this, [this] {
        const AssessmentDocument &doc = m_view.session().document();
        const QStringList files = Prompt::openFileNames(
            m_view.window(), tr("Compare with…"), QFileInfo(doc.path()).absolutePath(), tr("Assessments (*.gdpra)"));
        if (!files.isEmpty())
            compareWith(files);
    });
    action->setObjectName(u"compareAction"_s);
}

CompareDialog *CompareActions::compareWith(const QStringList &files)
{
    const QString language = AppSettings::language() == "de"_L1 ? u"de"_s : u"en"_s;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto *dialog = new CompareDialog(m_view.session().document(), files, language, &m_view);
    QGuiApplication::restoreOverrideCursor();
    if (!dialog->error().isEmpty()) {
        Prompt::inform(m_view.window(), QMessageBox::Warning, tr("Compare assessments"),
                       tr("Nothing could be compared."), dialog->error());
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::questionRequested, this, &CompareActions::showQuestion);
    dialog->show();
    return dialog;
}

void CompareActions::showQuestion(const QString &questionnaireId, const QString &questionId)
{
    for (const AssessmentDocument::QuestionnaireEntry &e : m_view.session().document().questionnaires()) {
        if (e.questionnaire.id == questionnaireId && m_view.walkthrough()->showQuestion(e.ref, questionId)) {
            m_view.setCurrentWidget(m_view.walkthrough());
            m_view.window()->activateWindow();
            return;
        }
    }
}

} // namespace readiness::ui
