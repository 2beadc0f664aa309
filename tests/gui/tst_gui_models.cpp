// The item models of the desktop application, each checked with
// QAbstractItemModelTester while the document changes under it.
#include "ActionModel.h"
#include "AssessmentSession.h"
#include "Clock.h"
#include "EvidenceModel.h"
#include "GuiTestSupport.h"
#include "NavigatorModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace readiness;
using namespace readiness::ui;
using namespace Qt::StringLiterals;

class TestGuiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }
    void init();
    void cleanup();
    void navigatorStructure();
    void navigatorStatesFollowAnswers();
    void navigatorFilter();
    void evidenceModel();
    void actionModel();

private:
    qint64 refOf(const QString &questionnaireId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AssessmentSession> m_session;
};

void TestGuiModels::init()
{
    test::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    auto doc = AssessmentDocument::open(test::demoCopy(*m_dir));
    QVERIFY2(doc.ok(), doc ? "" : qPrintable(doc.error().toString()));
    m_session = std::make_unique<AssessmentSession>(std::move(*doc));
}

void TestGuiModels::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

qint64 TestGuiModels::refOf(const QString &questionnaireId) const
{
    for (const auto &e : m_session->document().questionnaires())
        if (e.questionnaire.id == questionnaireId)
            return e.ref;
    return 0;
}

void TestGuiModels::navigatorStructure()
{
    NavigatorModel model(m_session->document());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto &entries = m_session->document().questionnaires();
    QCOMPARE(model.rowCount(), entries.size());
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.rowCount(first), entries.first().questionnaire.sections.size());
    const QModelIndex section = model.index(1, 0, first);
    QCOMPARE(model.rowCount(section), entries.first().questionnaire.sections.at(1).questions.size());
    // Section rows show "answered/applicable".
    QVERIFY(section.data().toString().contains(u'/'));
    const QModelIndex question = model.index(0, 0, section);
    QCOMPARE(question.parent(), section);
    QCOMPARE(section.parent(), first);
    const QString id = question.data(NavigatorModel::QuestionIdRole).toString();
    QCOMPARE(model.indexOfQuestion(entries.first().ref, id), question);
    QVERIFY(!question.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestGuiModels::navigatorStatesFollowAnswers()
{
    NavigatorModel model(m_session->document());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 ref = refOf(u"gdpr-principles"_s);
    QVERIFY(ref);
    const QString dependent = u"lawfulness.children-consent"_s;
    // The demo answers "children-data" no: the dependent question is hidden.
    QCOMPARE(model.stateOf(ref, dependent), NavigatorModel::State::Hidden);
    const QModelIndex index = model.indexOfQuestion(ref, dependent);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"applies only if"_s));
    QVERIFY(index.data(Qt::ForegroundRole).isValid());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_session->setAnswer(ref, u"scope.children-data"_s, u"yes"_s, {}));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.stateOf(ref, dependent), NavigatorModel::State::Unanswered);
    QVERIFY(m_session->setAnswer(ref, dependent, u"0"_s, {}));
    const bool critical = m_session->document().questionnaire(ref)->questionnaire.question(dependent)->critical;
    QCOMPARE(model.stateOf(ref, dependent),
             critical ? NavigatorModel::State::CriticalGap : NavigatorModel::State::Answered);
    QVERIFY(m_session->setAnswer(ref, dependent, u"na"_s, {}));
    QCOMPARE(model.stateOf(ref, dependent), NavigatorModel::State::NotApplicableAnswer);
    m_session->undoStack().undo();
    m_session->undoStack().undo();
    QCOMPARE(model.stateOf(ref, dependent), NavigatorModel::State::Unanswered);
    m_session->undoStack().undo();
    QCOMPARE(model.stateOf(ref, dependent), NavigatorModel::State::Hidden);
}

void TestGuiModels::navigatorFilter()
{
    NavigatorModel model(m_session->document());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(NavigatorModel::SearchTextRole);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(u"children-consent"_s);
    QCOMPARE(proxy.rowCount(), 1); // only the questionnaire holding it
    const QModelIndex section = proxy.index(0, 0, proxy.index(0, 0));
    QCOMPARE(proxy.rowCount(section), 1);
    QCOMPARE(proxy.index(0, 0, section).data(NavigatorModel::QuestionIdRole).toString(),
             u"lawfulness.children-consent"_s);
    proxy.setFilterFixedString(u"no such text anywhere"_s);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestGuiModels::evidenceModel()
{
    EvidenceModel model(m_session->document());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 ref = refOf(u"gdpr-principles"_s);
    model.setQuestion(ref, u"lawfulness.consent-valid"_s);
    const int before = model.rowCount();
    QFile file(m_dir->filePath(u"policy.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1536, 'x')); // 1.5 KiB: the size shows the UI's decimal separator
    file.close();
    auto record = m_session->document().importEvidence(ref, u"lawfulness.consent-valid"_s, file.fileName());
    QVERIFY(record.ok());
    m_session->recordEvidenceAdded(record->id, record->name);
    QCOMPARE(model.rowCount(), before + 1);
    const int row = before;
    QCOMPARE(model.index(row, EvidenceModel::Name).data().toString(), u"policy.txt"_s);
    QCOMPARE(model.index(row, EvidenceModel::Sha256).data().toString(), record->sha256.left(12));
    // Sizes follow the UI language's locale (issue 13), not the C locale.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(model.index(row, EvidenceModel::Size).data().toString(), u"1.5 KiB"_s);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(model.index(row, EvidenceModel::Size).data().toString(), u"1,5 KiB"_s);
    QLocale::setDefault(previous);
    m_session->undoStack().undo();
    QCOMPARE(model.rowCount(), before);
    m_session->undoStack().redo();
    QCOMPARE(model.rowCount(), before + 1);
}

void TestGuiModels::actionModel()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
    Clock::setCurrent(&clock);
    ActionModel model(m_session->document());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    ActionRecord late;
    late.title = u"Mask the UAT copy"_s;
    late.owner = u"IT"_s;
    late.dueDate = QDate(2026, 11, 1);
    QVERIFY(m_session->addAction(late));
    QCOMPARE(model.rowCount(), before + 1);
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.index(i, ActionModel::Title).data().toString() == late.title)
            row = i;
    QVERIFY(row >= 0);
    QVERIFY(model.index(row, 0).data(ActionModel::OverdueRole).toBool());
    QVERIFY(model.index(row, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(row, ActionModel::Owner).data().toString(), u"IT"_s);
    ActionRecord done = model.record(row);
    done.status = ActionStatus::Done;
    QVERIFY(m_session->updateAction(done));
    QVERIFY(!model.index(row, 0).data(ActionModel::OverdueRole).toBool());
    m_session->undoStack().undo(); // back to open, overdue again
    QVERIFY(model.index(row, 0).data(ActionModel::OverdueRole).toBool());
    m_session->undoStack().undo(); // the add
    QCOMPARE(model.rowCount(), before);
    Clock::setCurrent(nullptr);
}

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
