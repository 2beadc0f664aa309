#include "QuestionHistoryDialog.h"

#include "PlainText.h"
#include "QuestionHistoryModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace readiness::ui {

QuestionHistoryDialog::QuestionHistoryDialog(AssessmentRepository &repository, qint64 questionnaireRef,
                                             const QString &questionId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("History of %1").arg(questionId));
    auto *model = new QuestionHistoryModel(this);
    const QString error = model->load(repository, questionnaireRef, questionId);
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("historyView"));
    view->setModel(model);
    view->setWordWrap(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    view->resizeRowsToContents();
    auto *note = new QLabel(error.isEmpty() ? tr("Every change is recorded in the file's hash-chained change log; "
                                                 "`gdpr-readiness verify` checks it.")
                                            : error,
                            this);
    PlainText::label(note)->setWordWrap(true); // the error may quote the file
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace readiness::ui
