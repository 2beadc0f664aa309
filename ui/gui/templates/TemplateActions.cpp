#include "TemplateActions.h"

#include "AssessmentSession.h"
#include "PlainText.h"
#include "Prompt.h"
#include "TemplateLibrary.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace readiness::ui::TemplateActions {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("readiness::ui::TemplateActions", text);
}
} // namespace

QString saveWithDialog(QWidget *parent, const AssessmentSession &session)
{
    const AssessmentDocument &doc = session.document();
    QInputDialog dialog(parent);
    dialog.setObjectName(u"templateNameDialog"_s);
    dialog.setWindowTitle(tr("Save as template"));
    dialog.setLabelText(tr("The organisation profile and the scope answers are saved, nothing else (no other "
                           "answers, notes on them, evidence or actions). Template name:"));
    dialog.setTextValue(doc.organisation().sector.isEmpty() ? doc.organisation().name : doc.organisation().sector);
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return {};
    auto value = AssessmentTemplate::fromDocument(doc, dialog.textValue());
    if (!value) {
        Prompt::inform(parent, QMessageBox::Warning, tr("Save as template"), tr("No template was saved."),
                       value.error().toString());
        return {};
    }
    auto saved = TemplateLibrary::save(*value);
    if (!saved
        && QFileInfo::exists(QDir(TemplateLibrary::directory()).filePath(TemplateLibrary::fileNameFor(value->name)))) {
        const auto answer = Prompt::ask(parent,
                                        {QMessageBox::Question,
                                         tr("Save as template"),
                                         tr("A template named “%1” exists already. Replace it?").arg(value->name),
                                         {}},
                                        QMessageBox::Yes | QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return {};
        saved = TemplateLibrary::save(*value, true);
    }
    if (!saved) {
        Prompt::inform(parent, QMessageBox::Warning, tr("Save as template"), tr("No template was saved."),
                       saved.error().toString());
        return {};
    }
    return *saved;
}

void fill(QComboBox *box)
{
    box->clear();
    box->addItem(tr("No template: start empty"));
    for (const TemplateLibrary::Entry &e : TemplateLibrary::list()) {
        if (e.value) {
            box->addItem(u"%1 (%2)"_s.arg(e.value->name, e.value->organisation.name), e.path);
            continue;
        }
        box->addItem(tr("%1 (cannot be used)").arg(QFileInfo(e.path).fileName()), e.path);
        const int row = box->count() - 1;
        box->setItemData(row, PlainText::toolTip(e.error), Qt::ToolTipRole);
        if (auto *model = qobject_cast<QStandardItemModel *>(box->model()))
            model->item(row)->setEnabled(false);
    }
}

std::optional<AssessmentTemplate> chosen(const QComboBox *box)
{
    const QString path = box->currentData().toString();
    if (path.isEmpty())
        return std::nullopt;
    auto value = TemplateLibrary::load(path);
    if (!value)
        return std::nullopt;
    return *value;
}

Status applyAnswers(const AssessmentTemplate &value, AssessmentDocument &document)
{
    for (const AssessmentTemplate::ScopeAnswer &a : value.answers) {
        auto question = document.resolveQuestion(a.questionnaireId + u':' + a.questionId);
        if (!question)
            continue; // a questionnaire the user left out
        if (Status s = document.setAnswer(question->questionnaireRef, a.questionId, a.value, a.note); !s)
            return s;
    }
    return success();
}

} // namespace readiness::ui::TemplateActions
