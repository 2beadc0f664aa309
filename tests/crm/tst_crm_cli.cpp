// `audit-crm FILE.gdpra …` stores the run in the assessment and prints its
// id; a run that fails (bad input, a missing fixes folder, Ctrl+C) leaves
// the assessment byte-for-byte as it was; --link adds the summary as
// evidence and one action per finding type, once, and prints suggested
// levels without changing any answer.
#include "AssessmentDocument.h"
#include "AuditLinking.h"
#include "AuditRepository.h"
#include "Cli.h"
#include "TerminationSignals.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace readiness;
using namespace Qt::StringLiterals;

namespace {
const QString kSample = QStringLiteral(CRM_SAMPLE_DIR);

QByteArray filesHash(const QString &path)
{
    // The file and its log: a rolled-back transaction must leave neither changed.
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &p : QStringList {path, path + u"-wal"_s}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            h.addData(&f);
    }
    return h.result().toHex();
}

struct Output
{
    int rc = -1;
    QString out;
    QString err;
};

Output run(const QStringList &arguments)
{
    Output o;
    QTextStream out(&o.out), err(&o.err);
    o.rc = cli::run(arguments, {out, err});
    out.flush();
    err.flush();
    return o;
}

QStringList sampleInputs()
{
    return {u"--contacts"_s,    kSample + u"/contacts.csv"_s,
            u"--consent-log"_s, kSample + u"/consent_log.csv"_s,
            u"--mailchimp"_s,   kSample + u"/subscribed_members_export.csv"_s,
            u"--mailchimp"_s,   kSample + u"/unsubscribed_members_export.csv"_s,
            u"--mailchimp"_s,   kSample + u"/cleaned_members_export.csv"_s};
}
} // namespace

class TestCrmCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString newAssessment(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Output o
            = run({u"new"_s, u"--org"_s, u"Sample Ltd"_s, u"--questionnaire"_s, u"crm-data-quality"_s, u"-o"_s, path});
        if (o.rc != 0)
            qFatal("%s", qPrintable(o.err));
        return path;
    }

    qsizetype runCount(const QString &path)
    {
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        if (!doc)
            return -1;
        auto runs = crm::AuditRepository((*doc)->repository().file()).runs((*doc)->assessment().id);
        return runs ? runs->size() : -1;
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kSample + u"/contacts.csv"_s))
            QSKIP("the shared CRM sample is not beside the checkout (../shared/data/crm-sample)");
        QVERIFY(m_dir.isValid());
    }

    void runIsStoredAndItsIdPrinted()
    {
        const QString path = newAssessment(u"stored.gdpra"_s);
        Output o = run(QStringList {u"audit-crm"_s, path} + sampleInputs());
        QVERIFY2(o.rc == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"Stored as audit run 1 in stored.gdpra"_s), qPrintable(o.out));
        // Each input with the encoding it was read in (the Dynamics export has a BOM).
        QVERIFY2(o.out.contains(u"contacts.csv (contacts): UTF-8 with BOM, 2000 records"_s), qPrintable(o.out));
        QVERIFY2(o.out.contains(u"consent_log.csv (consent log): UTF-8, "_s), qPrintable(o.out));
        QVERIFY2(o.out.contains(u"cleaned_members_export.csv (Mailchimp): UTF-8, "_s), qPrintable(o.out));
        o = run(QStringList {u"audit-crm"_s, path, u"--json"_s} + sampleInputs());
        QVERIFY2(o.rc == 0, qPrintable(o.err));
        const QJsonObject json = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(json.value("run_id"_L1).toInt(), 2);
        QCOMPARE(json.value("contacts"_L1).toInt(), 2000);
        QCOMPARE(runCount(path), 2);
    }

    // A FIFO (or a device) given as any CRM input is refused at once with a
    // message that says so; the assessment is left as it was. Before, the
    // readers opened it with a blocking open() and waited for a writer for
    // ever. Should that come back, the test feeds the FIFO an end of file
    // after 10 s and fails, instead of hanging until CTest's timeout.
    void fifoInputsAreRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("name");
        QTest::newRow("contacts") << u"--contacts"_s << u"contacts.csv"_s;
        QTest::newRow("consent log") << u"--consent-log"_s << u"consent_log.csv"_s;
        QTest::newRow("mailchimp csv") << u"--mailchimp"_s << u"subscribed_members_export.csv"_s;
        QTest::newRow("mailchimp zip") << u"--mailchimp"_s << u"audience.zip"_s;
        QTest::newRow("mapping") << u"--map"_s << u"hubspot.json"_s;
    }
    void fifoInputsAreRefusedAtOnce()
    {
        QFETCH(QString, option);
        QFETCH(QString, name);
        const QString path
            = newAssessment(u"fifo-%1.gdpra"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        const QByteArray before = filesHash(path);
        QTemporaryDir fifos;
        const QString fifo = fifos.filePath(name);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QStringList arguments {u"audit-crm"_s, path};
        if (option != u"--contacts"_s)
            arguments << u"--contacts"_s << kSample + u"/contacts.csv"_s;
        arguments << option << fifo;

        auto running = std::async(std::launch::async, [arguments] { return run(arguments); });
        if (running.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
            // A writer that closes at once gives a waiting reader end of file.
            while (running.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
                const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0)
                    ::close(fd);
            }
            QFAIL("audit-crm waited for a writer on the FIFO");
        }
        const Output o = running.get();
        QCOMPARE(o.rc, 1);
        QVERIFY2(o.err.contains(fifo + u" is not a regular file"_s), qPrintable(o.err));
        QCOMPARE(filesHash(path), before);
        QCOMPARE(runCount(path), 0);
    }

    // --findings and the fix files never replace the assessment (which a
    // findings file written over it did, after the run was stored) nor a
    // file the run reads; refused before the audit runs, nothing written.
    void outputsNeverReplaceTheAssessmentOrAnInput_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("target"); // "assessment", "contacts", or a folder: "contacts dir"
        QTest::newRow("findings over the assessment") << u"--findings"_s << u"assessment"_s;
        QTest::newRow("findings over its log") << u"--findings"_s << u"assessment-wal"_s;
        QTest::newRow("findings over the contacts") << u"--findings"_s << u"contacts"_s;
        QTest::newRow("fixes beside contacts_fixes.csv") << u"--fixes-dir"_s << u"contacts dir"_s;
    }
    void outputsNeverReplaceTheAssessmentOrAnInput()
    {
        QFETCH(QString, option);
        QFETCH(QString, target);
        const QString path
            = newAssessment(u"out-%1.gdpra"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        QTemporaryDir inputs;
        // Last time's fix file, audited again: the fixes would go beside it.
        const QString contacts = inputs.filePath(u"contacts_fixes.csv"_s);
        QVERIFY(QFile::copy(kSample + u"/contacts.csv"_s, contacts));
        const QByteArray contactsBefore = filesHash(contacts);
        const QByteArray before = filesHash(path);
        QString out = target == u"assessment"_s ? path
            : target == u"assessment-wal"_s     ? path + u"-wal"_s
            : target == u"contacts"_s           ? contacts
                                                : inputs.path();
        const Output o = run({u"audit-crm"_s, path, u"--contacts"_s, contacts, option, out});
        QCOMPARE(o.rc, 1);
        QVERIFY2(o.err.contains(u"refusing to write"_s), qPrintable(o.err));
        QCOMPARE(filesHash(path), before);
        QCOMPARE(filesHash(contacts), contactsBefore);
        QCOMPARE(runCount(path), 0);
    }

    void failedRunLeavesAssessmentAsItWas_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString contacts = kSample + u"/contacts.csv"_s;
        QTest::newRow("audit fails") << QStringList {u"--contacts"_s, contacts, u"--mailchimp"_s,
                                                     kSample + u"/consent_log.csv"_s}
                                     << u"consent_log.csv"_s;
        // Fails inside the storing transaction, after the run was inserted.
        QTest::newRow("fixes folder missing")
            << QStringList {u"--contacts"_s, contacts, u"--fixes-dir"_s, m_dir.filePath(u"no/such/folder"_s)}
            << u"no such folder for the fix files"_s;
        QTest::newRow("findings not writable")
            << QStringList {u"--contacts"_s, contacts, u"--findings"_s, m_dir.filePath(u"no/such/f.jsonl"_s)}
            << u"f.jsonl"_s;
    }
    void failedRunLeavesAssessmentAsItWas()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString path
            = newAssessment(u"failing-%1.gdpra"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        QVERIFY(run(QStringList {u"audit-crm"_s, path, u"--contacts"_s, kSample + u"/contacts.csv"_s}).rc == 0);
        const QByteArray before = filesHash(path);
        const Output o = run(QStringList {u"audit-crm"_s, path} + arguments);
        QCOMPARE(o.rc, 1);
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QCOMPARE(filesHash(path), before);
        QCOMPARE(runCount(path), 1);
    }

    void cancelledRunLeavesAssessmentAsItWas()
    {
        const QString path = newAssessment(u"cancelled.gdpra"_s);
        const QByteArray before = filesHash(path);
        {
            TerminationSignals handlers;
            std::raise(SIGINT); // Ctrl+C before the audit finished
            const Output o = run(QStringList {u"audit-crm"_s, path} + sampleInputs());
            QCOMPARE(o.rc, 1);
            QVERIFY2(o.err.contains(u"cancelled"_s), qPrintable(o.err));
        }
        // The flag outlives the handlers; a new instance clears it for the tests after this one.
        TerminationSignals cleared;
        QCOMPARE(filesHash(path), before);
        QCOMPARE(runCount(path), 0);
    }

    void format1FileIsUpgradedAndStores()
    {
        const QString path = m_dir.filePath(u"format-1.gdpra"_s);
        QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/format-1.gdpra"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const Output o = run({u"audit-crm"_s, path, u"--contacts"_s, kSample + u"/contacts.csv"_s});
        QVERIFY2(o.rc == 0, qPrintable(o.err));
        QCOMPARE(runCount(path), 1);
    }

    void linkAddsEvidenceAndActionsOnceAndKeepsAnswers()
    {
        const QString path = newAssessment(u"linked.gdpra"_s);
        Output o = run(QStringList {u"audit-crm"_s, path, u"--link"_s} + sampleInputs());
        QVERIFY2(o.rc == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"Linked to crm-data-quality: 10 evidence items and"_s), qPrintable(o.out));
        QVERIFY(o.out.contains(u"Suggested maturity levels"_s));
        QVERIFY(o.out.contains(u"duplicates.most-restrictive-consent: "_s));

        auto doc = AssessmentDocument::open(path);
        QVERIFY(doc);
        auto ref = crm::crmQuestionnaireRef(**doc);
        QVERIFY(ref);
        QCOMPARE((*doc)->evidence().size(), 10);
        for (const QString &q : crm::linkedQuestionIds()) {
            QCOMPARE((*doc)->evidenceFor(*ref, q).size(), 1);
            QVERIFY((*doc)->answer(*ref, q).value.isEmpty()); // suggested, never set
        }
        auto run1 = crm::AuditRepository((*doc)->repository().file()).run(1);
        QVERIFY(run1);
        qsizetype findingTypes = crm::proposeActions(*run1).size();
        QVERIFY(findingTypes >= 5);
        QCOMPARE((*doc)->actions().size(), findingTypes);
        // The evidence names no person: it is the summary.
        QVERIFY(!crm::evidenceText(*run1).contains('@'));

        // Linking the same run again adds nothing.
        auto again = crm::linkRun(**doc, 1, true, true);
        QVERIFY(again);
        QCOMPARE(again->evidenceAdded, 0);
        QCOMPARE(again->actionsAdded, 0);
        QCOMPARE(again->evidenceKept, 10);
        QCOMPARE(again->actionsKept, int(findingTypes));
        QCOMPARE((*doc)->evidence().size(), 10);

        // Accepting a suggestion sets the level with its reason as the note.
        const auto suggestions = crm::suggestMaturity(*run1);
        QVERIFY(!suggestions.isEmpty());
        QVERIFY(crm::acceptSuggestion(**doc, suggestions.first()));
        const AnswerRecord a = (*doc)->answer(*ref, suggestions.first().questionId);
        QCOMPARE(a.value, QString::number(suggestions.first().level));
        QVERIFY(a.note.contains(u"CRM data audit run 1"_s));
    }

    void linkNeedsTheCrmQuestionnaire()
    {
        const QString path = m_dir.filePath(u"pecr-only.gdpra"_s);
        QVERIFY(run({u"new"_s, u"--org"_s, u"X"_s, u"--questionnaire"_s, u"pecr"_s, u"-o"_s, path}).rc == 0);
        const Output o = run({u"audit-crm"_s, path, u"--link"_s, u"--contacts"_s, kSample + u"/contacts.csv"_s});
        QCOMPARE(o.rc, 1);
        QVERIFY2(o.err.contains(u"audit run 1 was stored, but linking it failed: the assessment has no "
                                "crm-data-quality questionnaire"_s),
                 qPrintable(o.err));
        QCOMPARE(runCount(path), 1);
    }
};

QTEST_GUILESS_MAIN(TestCrmCli)
#include "tst_crm_cli.moc"
