// The German edition in the desktop application (issue 13): the wizard
// follows the country (Land, German ePrivacy questionnaire), the
// organisation profile can be edited, and the language switch in Settings
// applies at once. UPDATE_SCREENSHOTS=1 writes the German screenshots to
// docs/screenshots (de-*.png).
#include "AppSettings.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "Clock.h"
#include "DashboardPage.h"
#include "GuiTestSupport.h"
#include "LocalizedText.h"
#include "MainWindow.h"
#include "NewAssessmentWizard.h"
#include "OrganisationDialog.h"
#include "OrganisationForm.h"
#include "QuestionPanel.h"
#include "WalkthroughPage.h"

#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>

#include <functional>

using namespace readiness;
using namespace readiness::ui;
using namespace Qt::StringLiterals;

namespace {
QListWidgetItem *questionnaireItem(QListWidget *list, const QString &id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(u"(%1 "_s.arg(id)))
            return list->item(i);
    return nullptr;
}
} // namespace

class TestGuiGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { test::failOnWarnings(); }
    void cleanupTestCase();
    void wizardFollowsTheCountry();
    void organisationProfileSetsLandAndCalendar();
    void languageSwitchAppliesWithoutRestart();

private:
    void chooseLanguage(const QString &language);
    void shoot(const QString &name);
    QStringList clashingMnemonics() const;

    FixedClock m_clock {QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    QString m_outDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiGerman::initTestCase()
{
    test::isolateInEnglish();
    Clock::setCurrent(&m_clock);
    m_outDir = test::screenshotDir(m_dir);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiGerman::cleanupTestCase()
{
    m_window.reset();
    installTranslations(*QCoreApplication::instance(), u"en"_s);
    Clock::setCurrent(nullptr);
}

void TestGuiGerman::wizardFollowsTheCountry()
{
    NewAssessmentWizard wizard;
    QListWidget *list = wizard.questionnaireList();
    QListWidgetItem *pecr = questionnaireItem(list, u"pecr"_s);
    QVERIFY(pecr);
    QListWidgetItem *eprivacyDe = questionnaireItem(list, u"eprivacy-de"_s); // once bundled
    QVERIFY(!wizard.land()->isEnabled());
    wizard.country()->setText(u"Deutschland"_s);
    QVERIFY(wizard.land()->isEnabled());
    QCOMPARE(pecr->checkState(), Qt::Unchecked);
    if (eprivacyDe)
        QCOMPARE(eprivacyDe->checkState(), Qt::Checked);
    wizard.land()->setCurrentIndex(wizard.land()->findData(u"BY"_s));
    QCOMPARE(wizard.organisationForm()->organisation().land, u"BY"_s);
    // Still selectable: a German organisation that also markets into the UK.
    pecr->setCheckState(Qt::Checked);
    QCOMPARE(pecr->checkState(), Qt::Checked);

    wizard.country()->setText(u"United Kingdom"_s);
    QVERIFY(!wizard.land()->isEnabled());
    QVERIFY(wizard.organisationForm()->organisation().land.isEmpty());
    QCOMPARE(pecr->checkState(), Qt::Checked);
    if (eprivacyDe)
        QCOMPARE(eprivacyDe->checkState(), Qt::Unchecked);
}

void TestGuiGerman::organisationProfileSetsLandAndCalendar()
{
    QVERIFY(m_window->openDemo());
    AssessmentSession *session = m_window->session();
    QCOMPARE(session->calendar().id(), AppSettings::holidayCalendar());
    Prompt::presetDialogHandler([](QDialog &dialog) {
        auto &d = dynamic_cast<OrganisationDialog &>(dialog);
        d.form()->name()->setText(u"Muster Maschinenbau GmbH"_s);
        d.form()->country()->setText(u"Deutschland"_s);
        d.form()->land()->setCurrentIndex(d.form()->land()->findData(u"BY"_s));
        return int(QDialog::Accepted);
    });
    m_window->assessmentView()->setCurrentIndex(1);
    m_window->assessmentView()->dashboard()->editOrganisation();
    Prompt::presetDialogHandler({});
    QCOMPARE(session->document().organisation().name, u"Muster Maschinenbau GmbH"_s);
    QCOMPARE(session->document().organisation().land, u"BY"_s);
    QCOMPARE(session->document().jurisdictions(), QStringList({u"DE"_s, u"EU"_s}));
    QCOMPARE(session->calendar().id(), u"germany-bayern"_s);
}

void TestGuiGerman::chooseLanguage(const QString &language)
{
    Prompt::presetDialogHandler([language](QDialog &dialog) {
        for (QComboBox *combo : dialog.findChildren<QComboBox *>())
            if (combo->accessibleName() == u"Language"_s || combo->accessibleName() == u"Sprache"_s)
                combo->setCurrentIndex(combo->findData(language));
        return int(QDialog::Accepted);
    });
    m_window->showSettings();
    Prompt::presetDialogHandler({});
    // The window rebuilds after the (posted) LanguageChange events.
    const QString file = language == u"de"_s ? u"&Datei"_s : u"&File"_s;
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), file);
}

void TestGuiGerman::shoot(const QString &name)
{
    test::saveScreenshot(*m_window, m_outDir, name);
}

// Every Alt+letter of a menu (and of the window's menu titles and tabs)
// leads to one place only, in either language: a translation can make two
// entries share a letter, and the keyboard user then gets the first only.
QStringList TestGuiGerman::clashingMnemonics() const
{
    QStringList clashes;
    auto check = [&clashes](const QString &where, const QStringList &texts) {
        QHash<QKeySequence, QString> seen;
        for (const QString &text : texts) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            if (seen.contains(key))
                clashes << u"%1: \"%2\" and \"%3\" share %4"_s.arg(where, seen.value(key), text, key.toString());
            seen.insert(key, text);
        }
    };
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        QStringList texts;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            texts << a->text();
            if (a->menu())
                walk(a->menu());
        }
        check(menu->title(), texts);
    };
    QStringList top;
    for (QAction *a : m_window->menuBar()->actions()) {
        top << a->text();
        if (a->menu())
            walk(a->menu());
    }
    if (AssessmentView *view = m_window->assessmentView())
        for (int i = 0; i < view->count(); ++i)
            top << view->tabText(i);
    check(u"menu bar and tabs"_s, top);
    return clashes;
}

void TestGuiGerman::languageSwitchAppliesWithoutRestart()
{
    QVERIFY(m_window->session()); // the demo, now a GmbH in Bayern
    WalkthroughPage *page = m_window->assessmentView()->walkthrough();
    qint64 ref = 0;
    for (const auto &e : m_window->session()->document().questionnaires())
        if (e.questionnaire.id == u"gdpr-principles"_s)
            ref = e.ref;
    QVERIFY(page->showQuestion(ref, u"lawfulness.lawful-basis-recorded"_s));
    m_window->assessmentView()->setCurrentIndex(0);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);

    chooseLanguage(u"de"_s);
    QCOMPARE(AppSettings::language(), u"de"_s);
    QCOMPARE(LocalizedText::defaultLanguage(), u"de"_s);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), u"&Datei"_s);
    QCOMPARE(m_window->assessmentView()->tabText(0), u"D&urchgang"_s);
    QVERIFY2(clashingMnemonics().isEmpty(), qPrintable(clashingMnemonics().join(u'\n')));
    // The same question is on screen, the file and its undo history stay.
    QuestionPanel *panel = m_window->assessmentView()->walkthrough()->questionPanel();
    QCOMPARE(panel->questionId(), u"lawfulness.lawful-basis-recorded"_s);
    QVERIFY(m_window->session());
    shoot(u"de-question"_s);
    m_window->assessmentView()->setCurrentIndex(1);
    QVERIFY(m_window->assessmentView()->dashboard()->readinessText().contains(u'%'));
    shoot(u"de-dashboard"_s);
    m_window->assessmentView()->setCurrentIndex(0);

    chooseLanguage(u"en"_s);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
    QCOMPARE(m_window->assessmentView()->tabText(0), u"&Walk-through"_s);
    QVERIFY2(clashingMnemonics().isEmpty(), qPrintable(clashingMnemonics().join(u'\n')));
    QCOMPARE(LocalizedText::defaultLanguage(), u"en"_s);
}

QTEST_MAIN(TestGuiGerman)
#include "tst_gui_german.moc"
