#include "CarriedBanner.h"

#include "AnswerValue.h"
#include "AssessmentSession.h"
#include "Prompt.h"
#include "ReviewMarks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace readiness::ui {

CarriedBanner::CarriedBanner(AssessmentSession &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_text(new QLabel(this))
    , m_confirm(new QPushButton(tr("C&onfirm"), this))
{
    setObjectName(QStringLiteral("carriedBanner"));
    setStyleSheet(QStringLiteral("#carriedBanner { background: #E8F1FB; } QLabel { color: #1F3A5F; }"));
    // Last year's answer and note are the user's text: shown as written.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmCarried"));
    m_confirm->setAccessibleName(tr("Confirm the carried-over answer"));
    m_confirm->setToolTip(tr("The answer is still right: it no longer needs review"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, &CarriedBanner::confirm);
    connect(&session.document(), &AssessmentDocument::changed, this, &CarriedBanner::refresh);
    setVisible(false);
}

void CarriedBanner::setQuestion(qint64 questionnaireRef, const QString &questionId)
{
    m_ref = questionnaireRef;
    m_questionId = questionId;
    refresh();
}

void CarriedBanner::refresh()
{
    const auto carried = m_session.reviewMarks().carried(m_ref, m_questionId);
    setVisible(carried && carried->isToReview());
    if (!carried || !carried->isToReview())
        return;
    const AssessmentDocument &doc = m_session.document();
    const auto *entry = doc.questionnaire(m_ref);
    const Question *question = entry ? entry->questionnaire.question(m_questionId) : nullptr;
    QString before = carried->value.isEmpty() ? tr("no answer, a note only")
        : question ? AnswerValue::display(*question, entry->questionnaire.scale, carried->value)
                   : carried->value;
    if (!carried->note.isEmpty())
        before += u" — "_s + carried->note;
    QString text = tr("Carried over from %1 — to review. Last time: %2")
                       .arg(QLocale().toString(carried->answeredAt.toLocalTime().date(), QLocale::ShortFormat), before);
    if (carried->move == review::CarriedMove::Reworded)
        text += u"\n"_s + tr("The question was reworded since; last time it read: %1").arg(carried->questionText);
    m_text->setText(text);
    m_confirm->setEnabled(!doc.isReadOnly());
}

void CarriedBanner::confirm()
{
    if (m_ref == 0)
        return;
    if (!m_session.confirmCarried(m_ref, m_questionId))
        Prompt::inform(this, QMessageBox::Warning, tr("Not confirmed"), m_session.lastError());
}

} // namespace readiness::ui
