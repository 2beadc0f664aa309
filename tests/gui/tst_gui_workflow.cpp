// A DPO's session end to end: a new assessment through the wizard, answers
// by keyboard, evidence, an action, undo/redo, close and reopen; applies_if
// hiding; a corrupt file refused without being touched.
#include "AboutDialog.h"
#include "ActionDialog.h"
#include "ActionPlanPage.h"
#include "AnswerEditor.h"
#include "AppSettings.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "Clock.h"
#include "DashboardPage.h"
#include "EvidencePanel.h"
#include "GuiTestSupport.h"
#include "KeyDatesPanel.h"
#include "LocalizedText.h"
#include "MainWindow.h"
#include "NavigatorModel.h"
#include "NewAssessmentWizard.h"
#include "Prompt.h"
#include "QuestionPanel.h"
#include "SettingsDialog.h"
#include "StartPage.h"
#include "Translations.h"
#include "WalkthroughPage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTranslator>
#include <QTreeView>
#include <QUndoGroup>

using namespace readiness;
using namespace readiness::ui;
using namespace Qt::StringLiterals;

class TestGuiWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init()
    {
        test::failOnWarnings();
        Prompt::clearShown();
    }
    void wizardCreatesAssessment();
    void keyboardAnswers();
    void evidenceAndActions();
    void undoRedo();
    void reopenFindsEverything();
    void criticalNotApplicableNeedsReason();
    void appliesIfHidesQuestions();
    void corruptFileShowsErrorAndStaysUntouched();
    void demoIsACopy();
    void accessibleNames();
    void workshopSettingsAbout();
    void shortcutsAndFilter();
    void lockedFileOpensReadOnly();
    void readOnlyFileOpensReadOnlyUntouched();
    void germanInterface();
    void evidenceOverLimitRefused();
    void dashboardFollowsAnswers();
    void keyDatesCountDown();

private:
    qint64 ref(const QString &questionnaireId) const;
    AssessmentDocument &doc() const { return m_window->session()->document(); }
    QuestionPanel *panel() const { return m_window->assessmentView()->walkthrough()->questionPanel(); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiWorkflow::initTestCase()
{
    test::isolateInEnglish();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"acme.gdpra"_s);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

qint64 TestGuiWorkflow::ref(const QString &questionnaireId) const
{
    for (const auto &e : doc().questionnaires())
        if (e.questionnaire.id == questionnaireId)
            return e.ref;
    return 0;
}

void TestGuiWorkflow::wizardCreatesAssessment()
{
    bool ran = false;
    const auto fill = [&](NewAssessmentWizard &wizard) {
        wizard.show();
        ran = true;
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY2(!next->isEnabled(), "the organisation name is mandatory");
        QTest::keyClicks(wizard.organisationName(), u"Acme Widgets GmbH"_s);
        wizard.sector()->setText(u"Manufacturing"_s);
        wizard.country()->setText(u"Germany"_s);
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(wizard.currentId(), int(NewAssessmentWizard::QuestionnairesPage));
        QListWidget *list = wizard.questionnaireList();
        QVERIFY(list->count() >= 3);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(list->item(i)->text().contains(u"pecr"_s) ? Qt::Checked
                                                                                   : list->item(i)->checkState());
        next->click();
        wizard.assessor()->setText(u"Jana Berger"_s);
        wizard.targetDate()->setDate(QDate(2027, 6, 30));
        next->click();
        QCOMPARE(wizard.currentId(), int(NewAssessmentWizard::LocationPage));
        wizard.location()->setText(m_path);
        wizard.button(QWizard::FinishButton)->click();
    };
    Prompt::presetDialogHandler([&](QDialog &dialog) {
        auto &wizard = dynamic_cast<NewAssessmentWizard &>(dialog);
        fill(wizard);
        return wizard.result();
    });
    const bool created = m_window->newAssessment();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(ran);
    QVERIFY(created);
    QVERIFY(m_window->session());
    QCOMPARE(doc().organisation().name, u"Acme Widgets GmbH"_s);
    QCOMPARE(doc().assessment().assessor, u"Jana Berger"_s);
    QCOMPARE(doc().assessment().targetDate, QDate(2027, 6, 30));
    QVERIFY(ref(u"gdpr-principles"_s));
    QVERIFY(ref(u"pecr"_s));
    QVERIFY(m_window->windowTitle().contains(u"acme.gdpra"_s));
    QVERIFY(QFileInfo::exists(m_path));
}

void TestGuiWorkflow::keyboardAnswers()
{
    const qint64 r = ref(u"gdpr-principles"_s);
    WalkthroughPage *page = m_window->assessmentView()->walkthrough();
    QVERIFY(page->showQuestion(r, u"lawfulness.lawful-basis-recorded"_s));
    QCOMPARE(panel()->questionId(), u"lawfulness.lawful-basis-recorded"_s);
    QTest::keyClick(panel(), Qt::Key_3);
    QCOMPARE(doc().answer(r, u"lawfulness.lawful-basis-recorded"_s).value, u"3"_s);
    QCOMPARE(panel()->answerEditor()->value(), u"3"_s);

    // Ctrl+Return: the next question, answered with N for not applicable.
    page->nextQuestion();
    QCOMPARE(panel()->questionId(), u"lawfulness.lawful-basis-appropriate"_s);
    QTest::keyClick(panel(), Qt::Key_N);
    QCOMPARE(doc().answer(r, u"lawfulness.lawful-basis-appropriate"_s).value, u"na"_s);
    QTest::keyClick(panel(), Qt::Key_1);
    QCOMPARE(doc().answer(r, u"lawfulness.lawful-basis-appropriate"_s).value, u"1"_s);

    // Notes are written when the idle timer fires.
    panel()->notesEdit()->setPlainText(u"Records of processing list a basis per activity."_s);
    QTRY_COMPARE(doc().answer(r, u"lawfulness.lawful-basis-appropriate"_s).note,
                 u"Records of processing list a basis per activity."_s);
    QCOMPARE(doc().answer(r, u"lawfulness.lawful-basis-appropriate"_s).value, u"1"_s);

    page->previousQuestion();
    QCOMPARE(panel()->questionId(), u"lawfulness.lawful-basis-recorded"_s);
    page->nextUnanswered();
    QVERIFY(doc().answer(panel()->questionnaireRef(), panel()->questionId()).value.isEmpty());
}

void TestGuiWorkflow::evidenceAndActions()
{
    const qint64 r = ref(u"gdpr-principles"_s);
    WalkthroughPage *page = m_window->assessmentView()->walkthrough();
    QVERIFY(page->showQuestion(r, u"lawfulness.lawful-basis-recorded"_s));
    const QString file = m_dir.filePath(u"ropa.csv"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("activity,basis\npayroll,contract\n");
    out.close();
    QCOMPARE(panel()->evidencePanel()->addFiles({file}), 1);
    QCOMPARE(doc().evidenceFor(r, u"lawfulness.lawful-basis-recorded"_s).size(), 1);
    QCOMPARE(doc().evidenceFor(r, u"lawfulness.lawful-basis-recorded"_s).first().name, u"ropa.csv"_s);
    QCOMPARE(page->navigatorModel()->stateOf(r, u"lawfulness.lawful-basis-recorded"_s),
             NavigatorModel::State::HasEvidence);

    // "Save copy…" onto the open assessment (or a link to it): refused with
    // a message, the assessment unchanged. It used to be replaced by the CSV.
    {
        const QString link = m_dir.filePath(u"ropa-link.csv"_s);
        QVERIFY(QFile::link(m_path, link));
        QAbstractButton *save = nullptr;
        for (auto *b : panel()->evidencePanel()->findChildren<QAbstractButton *>())
            if (b->text() == EvidencePanel::tr("Save &copy…"))
                save = b;
        QVERIFY(save && save->isEnabled());
        for (const QString &target : {m_path, link}) {
            const QByteArray before = test::fileHash(m_path);
            Prompt::clearShown();
            Prompt::presetFileNames({target});
            Prompt::presetAnswers({QMessageBox::Ok});
            save->click();
            QCOMPARE(Prompt::shown().size(), 1);
            QVERIFY2(Prompt::shown().first().text.contains(u"refusing to write "_s),
                     qPrintable(Prompt::shown().first().text));
            QCOMPARE(test::fileHash(m_path), before);
        }
        QVERIFY(QFile::remove(link));
        Prompt::clearShown();
    }

    QString defaultTitle;
    Prompt::presetDialogHandler([&](QDialog &dialog) {
        auto &editor = dynamic_cast<ActionDialog &>(dialog);
        defaultTitle = editor.titleEdit()->text();
        editor.ownerEdit()->setText(u"Head of HR"_s);
        return int(QDialog::Accepted);
    });
    emit panel()->createActionRequested(r, u"lawfulness.lawful-basis-recorded"_s);
    QCOMPARE(doc().actions().size(), 1);
    const Question *q = doc().questionnaire(r)->questionnaire.question(u"lawfulness.lawful-basis-recorded"_s);
    QCOMPARE(defaultTitle, q->remediation.text());
    QCOMPARE(doc().actions().first().title, q->remediation.text());
    QCOMPARE(doc().actions().first().owner, u"Head of HR"_s);
    QCOMPARE(doc().actions().first().questionId, u"lawfulness.lawful-basis-recorded"_s);
}

void TestGuiWorkflow::undoRedo()
{
    const qint64 r = ref(u"gdpr-principles"_s);
    QUndoGroup *group = m_window->undoGroup();
    QVERIFY(group->canUndo());
    group->undo(); // the action
    QCOMPARE(doc().actions().size(), 0);
    group->undo(); // the evidence
    QCOMPARE(doc().evidenceFor(r, u"lawfulness.lawful-basis-recorded"_s).size(), 0);
    group->redo();
    QCOMPARE(doc().evidenceFor(r, u"lawfulness.lawful-basis-recorded"_s).size(), 1);
    group->redo();
    QCOMPARE(doc().actions().size(), 1);
    // Undo the note, then the 1, back to N/A; the panel follows.
    WalkthroughPage *page = m_window->assessmentView()->walkthrough();
    QVERIFY(page->showQuestion(r, u"lawfulness.lawful-basis-appropriate"_s));
    QVERIFY(group->canRedo() == false);
    const int undoIndex = m_window->session()->undoStack().index();
    group->undo(); // action
    group->undo(); // evidence
    group->undo(); // note
    QCOMPARE(doc().answer(r, u"lawfulness.lawful-basis-appropriate"_s).note, QString());
    group->undo(); // 1 -> na
    QCOMPARE(doc().answer(r, u"lawfulness.lawful-basis-appropriate"_s).value, u"na"_s);
    QCOMPARE(panel()->answerEditor()->value(), u"na"_s);
    while (m_window->session()->undoStack().index() < undoIndex)
        group->redo();
    QCOMPARE(doc().answer(r, u"lawfulness.lawful-basis-appropriate"_s).value, u"1"_s);
    QCOMPARE(doc().actions().size(), 1);
}

void TestGuiWorkflow::reopenFindsEverything()
{
    m_window->closeAssessment();
    QVERIFY(!m_window->session());
    QVERIFY(m_window->startPage()->recentList()->item(0)->data(Qt::UserRole).toString().endsWith(u"acme.gdpra"_s));
    QVERIFY(m_window->openFile(m_path));
    const qint64 r = ref(u"gdpr-principles"_s);
    QCOMPARE(doc().answer(r, u"lawfulness.lawful-basis-recorded"_s).value, u"3"_s);
    QCOMPARE(doc().answer(r, u"lawfulness.lawful-basis-appropriate"_s).value, u"1"_s);
    QCOMPARE(doc().answer(r, u"lawfulness.lawful-basis-appropriate"_s).note,
             u"Records of processing list a basis per activity."_s);
    QCOMPARE(doc().evidenceFor(r, u"lawfulness.lawful-basis-recorded"_s).size(), 1);
    QCOMPARE(doc().actions().size(), 1);
    QCOMPARE(doc().organisation().name, u"Acme Widgets GmbH"_s);
    QVERIFY(!m_window->session()->undoStack().canUndo()); // a fresh history per open
}

void TestGuiWorkflow::criticalNotApplicableNeedsReason()
{
    const qint64 r = ref(u"gdpr-principles"_s);
    WalkthroughPage *page = m_window->assessmentView()->walkthrough();
    // N on a critical question needs a reason in the notes first: refused
    // with a message and nothing stored, then accepted with the reason.
    const QString dpia = u"accountability.dpia-completed"_s;
    QVERIFY(page->showQuestion(r, dpia));
    QTest::keyClick(panel(), Qt::Key_N);
    QVERIFY(doc().answer(r, dpia).value.isEmpty());
    QCOMPARE(Prompt::shown().size(), 1);
    QVERIFY2(Prompt::shown().first().text.contains(u"needs a written reason"_s),
             qPrintable(Prompt::shown().first().text));
    panel()->notesEdit()->setPlainText(u"DPIA screening of every activity found no high-risk processing."_s);
    QTest::keyClick(panel(), Qt::Key_N);
    QCOMPARE(doc().answer(r, dpia).value, u"na"_s);
    QCOMPARE(doc().answer(r, dpia).note, u"DPIA screening of every activity found no high-risk processing."_s);
}

void TestGuiWorkflow::appliesIfHidesQuestions()
{
    const qint64 r = ref(u"gdpr-principles"_s);
    WalkthroughPage *page = m_window->assessmentView()->walkthrough();
    NavigatorModel *model = page->navigatorModel();
    QVERIFY(page->showQuestion(r, u"scope.children-data"_s));
    // Yes/no radios: N answers "not applicable" only where allowed; use the editor.
    QVERIFY(m_window->session()->setAnswer(r, u"scope.children-data"_s, u"no"_s, {}));
    QCOMPARE(model->stateOf(r, u"lawfulness.children-consent"_s), NavigatorModel::State::Hidden);
    const QModelIndex index = model->indexOfQuestion(r, u"lawfulness.children-consent"_s);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"Yes"_s));
    QVERIFY(m_window->session()->setAnswer(r, u"scope.children-data"_s, u"yes"_s, {}));
    QCOMPARE(model->stateOf(r, u"lawfulness.children-consent"_s), NavigatorModel::State::Unanswered);
    QVERIFY(page->showQuestion(r, u"lawfulness.children-consent"_s));
}

void TestGuiWorkflow::corruptFileShowsErrorAndStaysUntouched()
{
    const QString corrupt = m_dir.filePath(u"corrupt.gdpra"_s);
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes("SQLite format 3");
    bytes.append('\0');
    for (int i = 0; i < 8192; ++i)
        bytes.append(char((i * 7919) % 251));
    file.write(bytes);
    file.close();
    const QByteArray before = test::fileHash(corrupt);
    const QString openPath = m_window->session()->document().path();
    Prompt::presetAnswers({QMessageBox::Ok});
    QVERIFY(!m_window->openFile(corrupt));
    QCOMPARE(Prompt::shown().size(), 1);
    QCOMPARE(Prompt::shown().first().icon, QMessageBox::Critical);
    QVERIFY(Prompt::shown().first().text.contains(u"corrupt.gdpra"_s));
    QCOMPARE(test::fileHash(corrupt), before);
    QVERIFY(!QFileInfo::exists(corrupt + u"-wal"_s));
    // The open assessment stays open.
    QCOMPARE(m_window->session()->document().path(), openPath);
}

void TestGuiWorkflow::demoIsACopy()
{
    const QString installed = DemoAssessment::installedPath();
    const QByteArray before = test::fileHash(installed);
    QHash<QString, bool> sideFiles;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u".lock"_s})
        sideFiles.insert(suffix, QFileInfo::exists(installed + suffix));
    QVERIFY(m_window->openDemo());
    QVERIFY(m_window->session()->document().path() != installed);
    QVERIFY(!m_window->session()->document().isReadOnly());
    QVERIFY(m_window->session()->document().organisation().name.contains(u"Northwind"_s));
    QTest::keyClick(panel(), Qt::Key_2);
    QCOMPARE(test::fileHash(installed), before);
    // No side files appear next to the installed demo (other suites may
    // have left some: compare with before).
    for (const QString &suffix : sideFiles.keys())
        QCOMPARE(QFileInfo::exists(installed + suffix), sideFiles.value(suffix));
}

void TestGuiWorkflow::accessibleNames()
{
    // Every button and input has a name a screen reader can say.
    QStringList nameless;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QAbstractSpinBox *>(w);
        // The line edit inside a combo or spin box is named by its owner.
        const bool inner = qobject_cast<QHeaderView *>(w) || qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(w->parentWidget());
        if (!w->isVisible() || !control || inner)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).isEmpty())
            nameless << QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u", "_s)));
}

void TestGuiWorkflow::workshopSettingsAbout()
{
    const qreal normal = m_window->font().pointSizeF();
    m_window->setWorkshopMode(true);
    QVERIFY(m_window->isWorkshopMode());
    QVERIFY(m_window->font().pointSizeF() > normal);
    m_window->setWorkshopMode(false);
    QCOMPARE(m_window->font().pointSizeF(), normal);

    Prompt::presetDialogHandler([](QDialog &dialog) {
        auto &settings = dynamic_cast<SettingsDialog &>(dialog);
        settings.calendar()->setCurrentIndex(settings.calendar()->findData(u"germany"_s));
        settings.language()->setCurrentIndex(settings.language()->findData(u"de"_s));
        settings.assessor()->setText(u"Jana Berger"_s);
        return int(QDialog::Accepted);
    });
    m_window->showSettings();
    QCOMPARE(AppSettings::holidayCalendar(), u"germany"_s);
    QCOMPARE(AppSettings::language(), u"de"_s);
    QCOMPARE(AppSettings::defaultAssessor(), u"Jana Berger"_s);
    AppSettings::setLanguage(u"en"_s); // German applied at once (tst_gui_german): back to English
    installTranslations(*QCoreApplication::instance(), u"en"_s);
    QTRY_COMPARE(m_window->menuWidget()->actions().first()->text(), u"&File"_s);

    QString about;
    Prompt::presetDialogHandler([&about](QDialog &dialog) {
        about = dynamic_cast<AboutDialog &>(dialog).text();
        return int(QDialog::Accepted);
    });
    m_window->showAbout();
    QVERIFY(about.contains(QCoreApplication::applicationVersion()));
    for (const auto &e : doc().questionnaires()) {
        QVERIFY(about.contains(e.questionnaire.id));
        QVERIFY(about.contains(e.questionnaire.version));
    }
}

void TestGuiWorkflow::shortcutsAndFilter()
{
    WalkthroughPage *page = m_window->assessmentView()->walkthrough();
    m_window->assessmentView()->setCurrentWidget(page);
    m_window->activateWindow(); // shortcuts act in the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const qint64 r = ref(u"gdpr-principles"_s);
    QVERIFY(page->showQuestion(r, u"lawfulness.lawful-basis-recorded"_s));
    panel()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(panel()->questionId(), u"lawfulness.lawful-basis-appropriate"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(panel()->questionId(), u"lawfulness.lawful-basis-recorded"_s);
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QVERIFY(doc().answer(panel()->questionnaireRef(), panel()->questionId()).value.isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page->filterEdit()->hasFocus());
    QTest::keyClicks(page->filterEdit(), u"Art 25"_s);
    QVERIFY(page->navigator()->model()->rowCount() > 0);
    const QModelIndex first = page->navigator()->model()->index(0, 0);
    QVERIFY(page->navigator()->model()->rowCount(first) < doc().questionnaires().first().questionnaire.sections.size());
    page->filterEdit()->clear();
}

void TestGuiWorkflow::lockedFileOpensReadOnly()
{
    // Another window holds the file: offered read-only, and it works read-only.
    auto other = AssessmentDocument::open(m_path);
    QVERIFY(other.ok());
    m_window->closeAssessment();
    Prompt::presetAnswers({QMessageBox::Open});
    QVERIFY(m_window->openFile(m_path));
    QCOMPARE(Prompt::shown().size(), 1);
    QVERIFY(doc().isReadOnly());
    QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
    QVERIFY(!panel()->answerEditor()->isEnabled());
    // Declining leaves nothing open.
    m_window->closeAssessment();
    Prompt::presetAnswers({QMessageBox::Cancel});
    QVERIFY(!m_window->openFile(m_path));
    QVERIFY(!m_window->session());
}

void TestGuiWorkflow::readOnlyFileOpensReadOnlyUntouched()
{
    // A file without write permission (the core goes by the permission
    // bits, so this holds even for root): offered read-only, never changed.
    m_window->closeAssessment();
    const QString copy = m_dir.filePath(u"read-only.gdpra"_s);
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_path, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = test::fileHash(copy);
    Prompt::presetAnswers({QMessageBox::Open});
    QVERIFY(m_window->openFile(copy));
    QCOMPARE(Prompt::shown().size(), 1);
    QVERIFY(doc().isReadOnly());
    QVERIFY(!panel()->answerEditor()->isEnabled());
    m_window->closeAssessment();
    QCOMPARE(test::fileHash(copy), before);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
}

void TestGuiWorkflow::germanInterface()
{
    QTranslator translator;
    QVERIFY(translator.load(u"gdpr-readiness_de"_s, QStringLiteral(BUILD_DATA_DIR "/translations")));
    QCOMPARE(translator.translate("readiness::ui::MainWindow", "&File"), u"&Datei"_s);
    QCOMPARE(translator.translate("readiness::ui::DashboardPage", "%n day(s)", nullptr, 3), u"%n Tage"_s);
    // Questionnaire text follows the UI language where the questionnaire has it.
    LocalizedText::setDefaultLanguage(u"de"_s);
    QVERIFY(m_window->openFile(m_path));
    const auto &section = doc().questionnaires().first().questionnaire.sections.at(1);
    const QString german = section.title.text();
    LocalizedText::setDefaultLanguage(u"en"_s);
    if (section.title.hasLanguage(u"de"_s))
        QVERIFY(german != section.title.text());
}

void TestGuiWorkflow::evidenceOverLimitRefused()
{
    AppSettings::setEvidenceSizeLimitMiB(1);
    QVERIFY(m_window->openFile(m_path)); // already open: nothing happens
    QCOMPARE(Prompt::shown().size(), 0);
    m_window->closeAssessment();
    QVERIFY(m_window->openFile(m_path)); // the limit applies per open document
    const qint64 r = ref(u"gdpr-principles"_s);
    QVERIFY(m_window->assessmentView()->walkthrough()->showQuestion(r, u"lawfulness.consent-records"_s));
    const QString big = m_dir.filePath(u"export.bin"_s);
    QFile out(big);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(2 * 1024 * 1024 + 1, 'x'));
    out.close();
    const qsizetype before = doc().evidence().size();
    Prompt::presetAnswers({QMessageBox::Ok});
    QCOMPARE(panel()->evidencePanel()->addFiles({big}), 0);
    QCOMPARE(Prompt::shown().size(), 1);
    QCOMPARE(Prompt::shown().first().icon, QMessageBox::Warning);
    QCOMPARE(doc().evidence().size(), before);
    QVERIFY(!m_window->undoGroup()->canUndo());
    AppSettings::setEvidenceSizeLimitMiB(100);
}

void TestGuiWorkflow::dashboardFollowsAnswers()
{
    FixedClock clock(QDateTime(QDate(2027, 6, 1), QTime(9, 0), Qt::UTC));
    Clock::setCurrent(&clock);
    AppSettings::setHolidayCalendar(u"england-and-wales"_s);
    DashboardPage *dashboard = m_window->assessmentView()->dashboard();
    dashboard->refresh();
    QCOMPARE(dashboard->countdownText(), u"29 days"_s); // target 30 June 2027
    QVERIFY(dashboard->countdownDetailText().contains(u"working days"_s));
    // The calendar by its name, never its internal id; the rule in a tooltip.
    const HolidayCalendar &calendar = m_window->session()->calendar();
    QVERIFY2(dashboard->countdownDetailText().endsWith(u"(%1)"_s.arg(calendar.name().text())),
             qPrintable(dashboard->countdownDetailText()));
    QVERIFY(!dashboard->countdownDetailText().contains(calendar.id()));
    QVERIFY(KeyDatesPanel::countdownRule().contains(u"the earlier day counts"_s));
    const QString before = dashboard->readinessText();
    const qint64 r = ref(u"gdpr-principles"_s);
    for (const Section &s : doc().questionnaire(r)->questionnaire.sections)
        for (const Question &q : s.questions)
            if (q.type == QuestionType::Maturity && doc().applies(r, q))
                QVERIFY(m_window->session()->setAnswer(r, q.id, u"4"_s, {}));
    QTRY_VERIFY(dashboard->readinessText() != before);
    QVERIFY(dashboard->readinessText().contains(u'%'));
    Clock::setCurrent(nullptr);
}

void TestGuiWorkflow::keyDatesCountDown()
{
    // 2027-06-01 (Tue) to 2027-06-30 (Wed): 29 days, 21 weekdays in
    // [1 June, 30 June), no England & Wales bank holiday among them.
    FixedClock clock(QDateTime(QDate(2027, 6, 1), QTime(9, 0), Qt::UTC));
    Clock::setCurrent(&clock);
    AppSettings::setHolidayCalendar(u"england-and-wales"_s);
    KeyDatesPanel *panel = m_window->assessmentView()->dashboard()->keyDates();
    const int before = panel->count();
    QVERIFY(panel->addKeyDate(u"Board meeting"_s, QDate(2027, 6, 30)));
    QCOMPARE(panel->count(), before + 1);
    QCOMPARE(doc().keyDates().size(), before + 1);
    bool found = false;
    for (int i = 0; i < panel->count(); ++i)
        found = found || panel->rowText(i).endsWith(u"Board meeting · in 29 days (21 working days)"_s);
    QVERIFY2(found, qPrintable(panel->rowText(0)));
    // An empty label is refused with a message, and nothing is added.
    QVERIFY(!panel->addKeyDate(u"  "_s, QDate(2027, 7, 1)));
    QCOMPARE(Prompt::shown().size(), 1);
    QCOMPARE(panel->count(), before + 1);
    // Kept in the file.
    const QString path = doc().path();
    m_window->closeAssessment();
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->assessmentView()->dashboard()->keyDates()->count(), before + 1);
    Clock::setCurrent(nullptr);
}

QTEST_MAIN(TestGuiWorkflow)
#include "tst_gui_workflow.moc"
