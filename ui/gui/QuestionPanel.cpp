#include "QuestionPanel.h"

#include "AnswerEditor.h"
#include "AssessmentSession.h"
#include "CarriedBanner.h"
#include "EvidencePanel.h"
#include "NativePath.h"
#include "Prompt.h"
#include "QuestionHistoryDialog.h"
#include "ScaledFont.h"
#include "SignOffBanner.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

QuestionPanel::QuestionPanel(AssessmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_critical(new QLabel(this))
    , m_answer(new AnswerEditor(this))
    , m_notes(new QPlainTextEdit(this))
    , m_notesTimer(new QTimer(this))
    , m_evidence(new EvidencePanel(session, this))
    , m_createAction(new QPushButton(QIcon::fromTheme(u"appointment-new"_s), tr("Create &action from question"), this))
    , m_carried(new CarriedBanner(session, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setAccessibleName(tr("Question"));
    // Questionnaire text, shown as written.
    m_heading->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    // Wrapping, not a minimum width, so the scroll area never scrolls sideways.
    m_heading->setMinimumWidth(0);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scaleFont(m_text, 1.3, true);
    m_text->setAccessibleName(tr("Question text"));
    m_critical->setText(tr("Critical question: a low answer caps the section score."));
    m_critical->setVisible(false);
    m_notes->setPlaceholderText(tr("Notes: what you saw, who told you, what is missing"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(1500);
    m_createAction->setAccessibleName(tr("Create action from question"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new SignOffBanner(session.document(), this));
    layout->addWidget(m_carried);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_critical);
    layout->addWidget(m_answer);
    auto *notesLabel = new QLabel(tr("&Notes"), this);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_evidence, 1);
    auto *history = new QPushButton(QIcon::fromTheme(u"document-open-recent"_s), tr("&History…"), this);
    history->setObjectName(u"questionHistory"_s);
    history->setAccessibleName(tr("History of this question"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createAction);
    buttons->addWidget(history);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(history, &QPushButton::clicked, this, [this] {
        QuestionHistoryDialog dialog(m_session.document().repository(), m_ref, m_questionId, this);
        Prompt::exec(dialog);
    });

    connect(m_answer, &AnswerEditor::valueEdited, this, &QuestionPanel::answerEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_notesDirty = true;
        m_notesTimer->start();
    });
    connect(m_notesTimer, &QTimer::timeout, this, &QuestionPanel::saveNotes);
    connect(m_evidence, &EvidencePanel::aboutToImport, this, &QuestionPanel::saveNotes);
    connect(m_createAction, &QPushButton::clicked, this, [this] { emit createActionRequested(m_ref, m_questionId); });
    connect(&session.document(), &AssessmentDocument::changed, this, &QuestionPanel::onChanged);
    setEnabled(false);
}

void QuestionPanel::setQuestion(qint64 questionnaireRef, const QString &questionId)
{
    saveNotes();
    m_ref = questionnaireRef;
    m_questionId = questionId;
    const AssessmentDocument &doc = m_session.document();
    const AssessmentDocument::QuestionnaireEntry *entry = doc.questionnaire(questionnaireRef);
    const Question *question = entry ? entry->questionnaire.question(questionId) : nullptr;
    setEnabled(question != nullptr);
    if (!question)
        return;
    const Section &section = entry->questionnaire.sections.at(entry->questionnaire.sectionIndexOf(questionId));
    // A question id such as "storage-limitation.inactive-records" has no
    // spaces: a zero-width space after each dot and hyphen lets it wrap too.
    QString breakableId = questionId;
    breakableId.replace(u'.', u".\u200B"_s).replace(u'-', u"-\u200B"_s);
    m_heading->setText(u"%1 › %2  ·  %3"_s.arg(entry->questionnaire.title.text(), section.title.text(), breakableId));
    m_text->setText(question->text.text());
    m_critical->setVisible(question->critical);
    m_answer->setQuestion(*question, entry->questionnaire.scale);
    m_answer->setEnabled(!doc.isReadOnly());
    m_notes->setReadOnly(doc.isReadOnly());
    m_createAction->setEnabled(!doc.isReadOnly());
    m_evidence->setQuestion(questionnaireRef, questionId);
    m_carried->setQuestion(questionnaireRef, questionId);
    showAnswer();
    emit questionShown(questionnaireRef, questionId);
}

void QuestionPanel::addRowBelowAnswer(QWidget *row)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_answer) + 1, row);
}

void QuestionPanel::showAnswer()
{
    const AnswerRecord record = m_session.document().answer(m_ref, m_questionId);
    m_answer->setValue(record.value);
    if (m_notes->toPlainText() != record.note) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(record.note);
    }
    m_notesDirty = false;
}

void QuestionPanel::answerEdited(const QString &value)
{
    if (m_ref == 0)
        return;
    m_notesTimer->stop();
    if (!m_session.setAnswer(m_ref, m_questionId, value, m_notes->toPlainText())) {
        Prompt::inform(this, QMessageBox::Warning, tr("Answer not saved"), m_session.lastError());
        showAnswer();
    } else {
        emit answerGiven(m_ref, m_questionId);
    }
    m_notesDirty = false;
}

void QuestionPanel::saveNotes()
{
    m_notesTimer->stop();
    if (m_ref != 0)
        m_answer->commitPending(); // a typed text or date answer, too
    if (!m_notesDirty || m_ref == 0)
        return;
    m_notesDirty = false;
    const AnswerRecord record = m_session.document().answer(m_ref, m_questionId);
    if (!m_session.setAnswer(m_ref, m_questionId, record.value, m_notes->toPlainText()))
        Prompt::inform(this, QMessageBox::Warning, tr("Notes not saved"), m_session.lastError());
}

void QuestionPanel::onChanged(const ChangeEvent &event)
{
    // Undo/redo and other views change answers too: show what is stored.
    if (event.kind == ChangeEvent::Kind::Answer && event.questionnaireRef == m_ref && event.questionId == m_questionId
        && !m_notesDirty)
        showAnswer();
}

void QuestionPanel::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (m_ref != 0 && !m_session.document().isReadOnly() && event->modifiers() == Qt::NoModifier && text.size() == 1
        && (text.at(0).isDigit() || text.compare(u"n"_s, Qt::CaseInsensitive) == 0) && m_answer->chooseByKey(text)) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool QuestionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        saveNotes();
    return QWidget::eventFilter(watched, event);
}

void QuestionPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_ref != 0 && !m_session.document().isReadOnly() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void QuestionPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << NativePath::fromLocalFileUrl(url); // a name that is not UTF-8 keeps its bytes
    if (!paths.isEmpty()) {
        m_evidence->addFiles(paths);
        event->acceptProposedAction();
    }
}

} // namespace readiness::ui
