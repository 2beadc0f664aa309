// Files handed to the window from outside: a file dropped from a file
// manager becomes evidence (undoable), names that are not UTF-8 keep their
// bytes whether dropped or chosen in a dialog, and an assessment with such a
// name is refused with a name to rename it to.
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "EvidencePanel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "QuestionPanel.h"
#include "WalkthroughPage.h"

#include <QApplication>
#include <QDir>
#include <QMimeData>
#include <QUndoGroup>

#include <fcntl.h>
#include <unistd.h>

using namespace readiness;
using namespace readiness::ui;
using namespace Qt::StringLiterals;

class TestGuiDrops : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateInEnglish();
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(test::demoCopy(m_dir)));
    }
    void init()
    {
        test::failOnWarnings();
        Prompt::clearShown();
    }
    void dropAddsEvidence();
    void namesThatAreNotUtf8AreAdded();
    void assessmentNameThatIsNotUtf8IsRefused();

private:
    qint64 ref(const QString &questionnaireId) const
    {
        for (const auto &e : doc().questionnaires())
            if (e.questionnaire.id == questionnaireId)
                return e.ref;
        return 0;
    }
    AssessmentDocument &doc() const { return m_window->session()->document(); }
    QuestionPanel *panel() const { return m_window->assessmentView()->walkthrough()->questionPanel(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiDrops::dropAddsEvidence()
{
    const qint64 r = ref(u"gdpr-principles"_s);
    QVERIFY(m_window->assessmentView()->walkthrough()->showQuestion(r, u"lawfulness.consent-valid"_s));
    const QString file = m_dir.filePath(u"consent-wording.txt"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("I agree to receive offers by email.\n");
    out.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint at = panel()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel(), &drop);
    QCOMPARE(doc().evidenceFor(r, u"lawfulness.consent-valid"_s).size(), 1);
    m_window->undoGroup()->undo();
    QCOMPARE(doc().evidenceFor(r, u"lawfulness.consent-valid"_s).size(), 0);
}

// A file whose name is not UTF-8 (created with POSIX calls, byte 0xFF):
// dropped (the file manager's URL carries the byte percent-encoded) and
// chosen in the file dialog (Qt hands over the name with U+FFFD), it is
// added, under a name that shows the byte as U+FFFD.
void TestGuiDrops::namesThatAreNotUtf8AreAdded()
{
    const qint64 r = ref(u"gdpr-principles"_s);
    const QString question = u"lawfulness.consent-valid"_s;
    QVERIFY(m_window->assessmentView()->walkthrough()->showQuestion(r, question));
    const qsizetype before = doc().evidenceFor(r, question).size();
    for (const QByteArray &name : {QByteArray("/caf\xFF.txt"), QByteArray("/offer\xFF.txt")}) {
        const QByteArray raw = QFile::encodeName(m_dir.path()) + name;
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "wording\n", 8), 8);
        ::close(fd);
    }
    QMimeData mime;
    mime.setUrls({QUrl(u"file://"_s + m_dir.path() + u"/caf%FF.txt"_s)});
    const QPoint at = panel()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel(), &enter);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel(), &drop);
    Prompt::presetFileNames({m_dir.filePath(u"offer\uFFFD.txt"_s)});
    panel()->evidencePanel()->addWithDialog();
    const QList<EvidenceRecord> added = doc().evidenceFor(r, question).mid(before);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(0).name, u"caf\uFFFD.txt"_s);
    QCOMPARE(added.at(1).name, u"offer\uFFFD.txt"_s);
    QCOMPARE(added.at(1).size, 8);
    m_window->undoGroup()->undo();
    m_window->undoGroup()->undo();
    QCOMPARE(doc().evidenceFor(r, question).size(), before);
    for (const QByteArray &name : {QByteArray("/caf\xFF.txt"), QByteArray("/offer\xFF.txt")})
        ::unlink(QByteArray(QFile::encodeName(m_dir.path()) + name).constData()); // QTemporaryDir cannot name them
}

// An assessment whose name is not UTF-8, chosen in the Open dialog (which
// hands over a lossy name): refused with the name to rename it to, nothing
// made beside it, the open assessment kept (before: "could not be opened").
void TestGuiDrops::assessmentNameThatIsNotUtf8IsRefused()
{
    QTemporaryDir dir;
    const QString made = test::demoCopy(dir);
    const QByteArray raw = QFile::encodeName(dir.path()) + "/alt\xFC.gdpra";
    QCOMPARE(::rename(QFile::encodeName(made).constData(), raw.constData()), 0);
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QString open = m_window->session()->document().path();
    Prompt::clearShown();
    Prompt::presetFileNames({dir.filePath(u"alt\uFFFD.gdpra"_s)});
    m_window->openWithDialog();
    QCOMPARE(Prompt::shown().size(), 1);
    const QString text = Prompt::shown().first().text;
    QVERIFY2(text.contains(u"not valid UTF-8"_s) && text.contains(u"altü.gdpra"_s), qPrintable(text));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    QCOMPARE(m_window->session()->document().path(), open);
    QCOMPARE(::unlink(raw.constData()), 0); // QTemporaryDir cannot name it
}

QTEST_MAIN(TestGuiDrops)
#include "tst_gui_drops.moc"
