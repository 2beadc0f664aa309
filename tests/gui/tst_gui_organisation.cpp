// Issue 13: an accepted edit of the organisation profile (Dashboard ▸
// Organisation…) is one command on the undo stack. Undo puts the previous
// profile back in the file (name, country, Land) and with it the holiday
// calendar; redo applies the edit again. A signed-off assessment refuses it.
#include "AppSettings.h"
#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "DashboardPage.h"
#include "GuiTestSupport.h"
#include "LifecycleRepository.h"
#include "MainWindow.h"
#include "OrganisationCommand.h"
#include "OrganisationDialog.h"
#include "OrganisationForm.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>

using namespace Qt::StringLiterals;
using namespace readiness;
using namespace readiness::ui;

namespace {
/// The profile as the file holds it, read on a read-only connection of the
/// test's own: "name|country|land" (land empty when the meta row is absent).
QString profileInFile(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"organisation-check"_s);
        db.setDatabaseName(u"file:%1?mode=ro"_s.arg(path));
        db.setConnectOptions(u"QSQLITE_OPEN_URI"_s);
        if (!db.open())
            return u"cannot open: "_s + db.lastError().text();
        QSqlQuery org(u"SELECT name, country FROM organisation WHERE id = 1"_s, db);
        if (org.next())
            result = org.value(0).toString() + u'|' + org.value(1).toString();
        QSqlQuery land(u"SELECT value FROM meta WHERE key = 'organisation.land'"_s, db);
        result += u'|' + (land.next() ? land.value(0).toString() : QString());
    }
    QSqlDatabase::removeDatabase(u"organisation-check"_s);
    return result;
}

/// Shows @p window with the assessment at @p path; its session, or null.
AssessmentSession *openIn(MainWindow &window, const QString &path)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path))
        return nullptr;
    return window.session();
}

void editProfile(MainWindow &window, const QString &name, const QString &country, const QString &land)
{
    Prompt::presetDialogHandler([&](QDialog &dialog) {
        auto &d = dynamic_cast<OrganisationDialog &>(dialog);
        d.form()->name()->setText(name);
        d.form()->country()->setText(country);
        d.form()->land()->setCurrentIndex(d.form()->land()->findData(land));
        return int(QDialog::Accepted);
    });
    window.assessmentView()->dashboard()->editOrganisation();
    Prompt::presetDialogHandler({});
}
} // namespace

class TestGuiOrganisation : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::isolateInEnglish();
        QVERIFY(m_dir.isValid());
    }
    void init() { test::failOnWarnings(); }

    void editIsUndoable()
    {
        const QString path = test::demoCopy(m_dir);
        MainWindow window;
        AssessmentSession *session = openIn(window, path);
        QVERIFY(session);
        const Organisation before = session->document().organisation();
        QVERIFY(before.land.isEmpty());
        const QString oldProfile = u"%1|%2|"_s.arg(before.name, before.country);
        QCOMPARE(profileInFile(path), oldProfile);
        const QString settingsCalendar = session->calendar().id();
        QVERIFY(!window.undoGroup()->canUndo());

        editProfile(window, u"Muster Maschinenbau GmbH"_s, u"Deutschland"_s, u"BY"_s);
        const QString newProfile = u"Muster Maschinenbau GmbH|Deutschland|BY"_s;
        QCOMPARE(profileInFile(path), newProfile);
        QCOMPARE(session->calendar().id(), u"germany-bayern"_s);
        QCOMPARE(session->undoStack().count(), 1);
        QCOMPARE(window.undoGroup()->undoText(), u"Edit organisation profile"_s);

        window.undoGroup()->undo();
        QCOMPARE(profileInFile(path), oldProfile);
        QCOMPARE(session->document().organisation().name, before.name);
        QCOMPARE(session->document().organisation().land, QString());
        QCOMPARE(session->calendar().id(), settingsCalendar); // the Land's holidays went with it
        QVERIFY(session->document().jurisdictions() != QStringList({u"DE"_s, u"EU"_s}));

        window.undoGroup()->redo();
        QCOMPARE(profileInFile(path), newProfile);
        QCOMPARE(session->document().organisation().land, u"BY"_s);
        QCOMPARE(session->calendar().id(), u"germany-bayern"_s);
        QCOMPARE(session->document().jurisdictions(), QStringList({u"DE"_s, u"EU"_s}));

        // Accepting the dialog unchanged adds nothing to undo.
        editProfile(window, u"Muster Maschinenbau GmbH"_s, u"Deutschland"_s, u"BY"_s);
        QCOMPARE(session->undoStack().count(), 1);
    }

    void signedOffRefusesTheEdit()
    {
        const QString path = test::demoCopy(m_dir);
        MainWindow window;
        AssessmentSession *session = openIn(window, path);
        QVERIFY(session);
        AssessmentDocument &doc = session->document();
        const QString profile = profileInFile(path);
        // Signed off behind the window's back (another window, or the command
        // line): the window still has the file open for writing.
        auto signedOff = lifecycle::LifecycleRepository(doc.repository())
                             .signOff(doc.assessment().id, {u"Priya Shah"_s, u"DPO"_s, u"Ready."_s});
        QVERIFY2(signedOff, qPrintable(signedOff ? QString() : signedOff.error().toString()));
        const int commands = session->undoStack().count();
        Prompt::clearShown();

        editProfile(window, u"Changed After Sign-off Ltd"_s, u"Deutschland"_s, u"BE"_s);
        QCOMPARE(profileInFile(path), profile);
        QCOMPARE(session->undoStack().count(), commands);
        QCOMPARE(doc.organisation().name, profileInFile(path).section(u'|', 0, 0));
        const QList<Prompt::Message> shown = Prompt::shown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().text, u"The organisation was not changed."_s);
        QVERIFY2(shown.first().details.contains(u"signed off"_s), qPrintable(shown.first().details));
    }

    void undoTextIsGerman()
    {
        const QString path = test::demoCopy(m_dir);
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadWrite);
        QVERIFY(doc);
        installTranslations(*QCoreApplication::instance(), u"de"_s);
        const OrganisationCommand command(**doc, (*doc)->organisation());
        installTranslations(*QCoreApplication::instance(), u"en"_s);
        QCOMPARE(command.text(), u"Organisationsprofil bearbeiten"_s);
    }
};

QTEST_MAIN(TestGuiOrganisation)
#include "tst_gui_organisation.moc"
