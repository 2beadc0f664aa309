// The writer of the GUI kill loop (tests/gui/gui-kill-loop.py): the real
// main window (offscreen) opens an assessment and a user is simulated with
// QTest key events: a note typed into the notes field, then a maturity
// level pressed, which saves the answer and the note in one transaction.
// After each change the document reports (its changed() signal, which
// follows the commit) one line on standard output, unbuffered:
//   committed<TAB>REF<TAB>QUESTION<TAB>VALUE<TAB>NOTE
// The note is "step N" with N rising by one per answer, so the checker can
// tell the last reported state of a question from a later, unreported one.
// It writes until it is killed.  Usage: gui_kill_writer FILE [FIRST_STEP]
#include "AnswerEditor.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "QuestionPanel.h"
#include "WalkthroughPage.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::ui;

namespace {
void say(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    // One write per line, straight to the descriptor: what the checker
    // reads was reported before the kill, nothing waits in a buffer.
    if (::write(STDOUT_FILENO, bytes.constData(), size_t(bytes.size())) != bytes.size())
        std::_Exit(5);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: gui_kill_writer FILE [FIRST_STEP]\n");
        return 2;
    }
    test::isolateInEnglish();
    const QString path = QString::fromLocal8Bit(argv[1]);
    qint64 step = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1;

    MainWindow window;
    window.show();
    if (!window.openFile(path)) {
        std::fprintf(stderr, "gui_kill_writer: cannot open %s\n", argv[1]);
        return 3;
    }
    AssessmentDocument &doc = window.session()->document();
    // Every maturity question: answered by pressing its level's digit.
    QList<QPair<qint64, QString>> questions;
    for (const auto &entry : doc.questionnaires())
        for (const auto &section : entry.questionnaire.sections)
            for (const auto &q : section.questions)
                if (q.type == QuestionType::Maturity)
                    questions.append({entry.ref, q.id});
    if (questions.isEmpty())
        return 4;
    QObject::connect(&doc, &AssessmentDocument::changed, [&](const ChangeEvent &e) {
        if (e.kind != ChangeEvent::Kind::Answer)
            return;
        const AnswerRecord a = doc.answer(e.questionnaireRef, e.questionId);
        say(u"committed\t%1\t%2\t%3\t%4"_s.arg(e.questionnaireRef).arg(e.questionId, a.value, a.note));
    });
    WalkthroughPage *page = window.assessmentView()->walkthrough();
    QuestionPanel *panel = page->questionPanel();
    say(u"ready"_s);
    for (qsizetype i = 0;; ++i, ++step) {
        const auto &[ref, id] = questions.at(i % questions.size());
        if (!page->showQuestion(ref, id))
            return 6;
        // A level other than the stored one, so that every step is a change.
        const QString stored = doc.answer(ref, id).value;
        int level = 1 + int(step % 3);
        if (QString::number(level) == stored)
            level = level % 3 + 1;
        panel->notesEdit()->clear();
        QTest::keyClicks(panel->notesEdit(), u"step %1"_s.arg(step));
        QTest::keyClick(panel, Qt::Key(Qt::Key_0 + level));
        if (doc.answer(ref, id).note != u"step %1"_s.arg(step))
            return 7; // the key press did not save: the loop would test nothing
    }
}
