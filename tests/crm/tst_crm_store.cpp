// Audit runs stored in a real assessment file (crm::AuditRepository): the
// shared sample's run saved and read back with every count and finding, no
// e-mail address of the sample in the file, a cancelled save leaves the
// file as it was, and the source check says when the inputs are gone or
// changed. Re-running on the stored inputs reproduces the stored findings.
// Linking a run to its questions is one transaction, all or nothing.
#include "../core/TestSupport.h"
#include "AssessmentDocument.h"
#include "AuditLinking.h"
#include "AuditRepository.h"
#include "AuditSources.h"
#include "AuditStorage.h"
#include "Cli.h"
#include "CrmAudit.h"
#include "OwnConnectionWrite.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

using namespace readiness;
using testsupport::fileHash;
using namespace Qt::StringLiterals;

namespace {
const QString kSample = QStringLiteral(CRM_SAMPLE_DIR);
const QStringList kFiles {u"contacts.csv"_s, u"consent_log.csv"_s, u"subscribed_members_export.csv"_s,
                          u"unsubscribed_members_export.csv"_s, u"cleaned_members_export.csv"_s};
} // namespace

class TestCrmStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    crm::AuditInputs m_inputs;
    std::optional<crm::AuditResult> m_result;

    QString newAssessment(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString out, err;
        QTextStream o(&out), e(&err);
        const int rc = cli::run(
            {u"new"_s, u"--org"_s, u"Sample Ltd"_s, u"--questionnaire"_s, u"crm-data-quality"_s, u"-o"_s, path},
            {o, e});
        e.flush();
        if (rc != 0)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(err));
        return path;
    }

    qint64 save(const QString &path, const std::atomic_bool *cancel = nullptr, QString *error = nullptr)
    {
        auto doc = AssessmentDocument::open(path);
        if (!doc)
            qFatal("%s", qPrintable(doc.error().message));
        crm::AuditRepository repo((*doc)->repository().file());
        auto id = repo.saveRun(crm::newAuditRun(*m_result, (*doc)->assessment().id, u"tester"_s), cancel);
        if (!id && error)
            *error = id.error().message;
        return id ? *id : 0;
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kSample + u"/contacts.csv"_s))
            QSKIP("the shared CRM sample is not beside the checkout (../shared/data/crm-sample)");
        QVERIFY(m_dir.isValid());
        // Copies, so the source check can find them changed or gone.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"in"_s)));
        for (const QString &f : kFiles)
            QVERIFY(QFile::copy(kSample + u'/' + f, m_dir.filePath(u"in/"_s + f)));
        m_inputs.contacts = m_dir.filePath(u"in/contacts.csv"_s);
        m_inputs.consentLog = m_dir.filePath(u"in/consent_log.csv"_s);
        for (const QString &f : kFiles.mid(2))
            m_inputs.mailchimp << m_dir.filePath(u"in/"_s + f);
        auto r = crm::runCrmAudit(m_inputs, {}, {});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        m_result = std::move(*r);
    }

    void savedRunReadsBackWhole()
    {
        const QString path = newAssessment(u"store.gdpra"_s);
        const qint64 id = save(path);
        QVERIFY(id > 0);
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        crm::AuditRepository repo((*doc)->repository().file());
        auto runs = repo.runs((*doc)->assessment().id);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        const crm::StoredAuditRun &run = runs->first();
        const crm::AuditResult &r = *m_result;
        QCOMPARE(run.id, id);
        QCOMPARE(run.records, qint64(r.contacts.rows.size()));
        QCOMPARE(run.records, 2000);
        QCOMPARE(run.clusters, qint64(r.duplicates.clusters));
        QCOMPARE(run.pairs, qint64(r.duplicates.pairs.size()));
        QCOMPARE(run.addresses, qint64(r.crossCheck->addresses.size()));
        QCOMPARE(run.createdBy, u"tester"_s);
        QCOMPARE(run.asOf, u"2026-11-28 07:16"_s);
        QCOMPARE(run.ruleParameters.value("retention_years"_L1).toInt(), 6);
        for (int b = 0; b < crm::kRecordFindingCount; ++b)
            QCOMPARE(run.count(u"record"_s, QString::fromLatin1(crm::recordFindingInfo(b).key)),
                     r.recordCount(crm::RecordFinding(1u << b)));
        for (int b = 0; b < crm::kAddressFindingCount; ++b)
            QCOMPARE(run.count(u"address"_s, QString::fromLatin1(crm::addressFindingInfo(b).key)),
                     r.addressCount(crm::AddressFinding(1u << b)));
        QVERIFY(run.hasCrossCheck());
        QCOMPARE(run.inputs.size(), 5);
        QCOMPARE(run.inputs.first().role, u"contacts"_s);
        QCOMPARE(run.inputs.first().path, m_inputs.contacts);
        QCOMPARE(run.inputs.first().sha256, QString::fromLatin1(fileHash(m_inputs.contacts)));
        QCOMPARE(run.inputs.first().bytes, QFileInfo(m_inputs.contacts).size());

        // Every record with a finding or in a cluster, with its CRM id and cluster.
        auto records = repo.recordFindings(id);
        QVERIFY(records);
        qint64 expected = 0;
        for (size_t i = 0; i < r.findings.size(); ++i)
            expected += r.findings[i] != 0 || r.duplicates.clusterOf[i] != i;
        QVERIFY(records->size() >= expected); // plus first records of clusters with no finding
        for (const crm::StoredRecordFinding &f : std::as_const(*records)) {
            const size_t row = size_t(f.recordNo - 1);
            QCOMPARE(f.findings, r.findings[row]);
            const std::string_view crmId = r.contacts.view(r.contacts.rows[row].id);
            QCOMPARE(f.crmId, QString::fromUtf8(crmId.data(), qsizetype(crmId.size())));
            if (f.clusterNo > 0)
                QCOMPARE(qint64(r.duplicates.clusterOf[row]) + 1, f.clusterNo);
        }
        qint64 clusterMembers = 0;
        for (const crm::StoredRecordFinding &f : std::as_const(*records))
            clusterMembers += f.clusterNo > 0;
        QCOMPARE(clusterMembers, r.recordCount(crm::Duplicate) + run.clusters);

        auto addresses = repo.addressFindings(id);
        QVERIFY(addresses);
        qint64 withFindings = 0;
        for (const crm::AddressCheck &a : r.crossCheck->addresses)
            withFindings += a.findings != 0;
        QCOMPARE(addresses->size(), withFindings);
        for (const crm::StoredAddressFinding &a : std::as_const(*addresses)) {
            const crm::AddressCheck &c = r.crossCheck->addresses[size_t(a.addressNo - 1)];
            QCOMPARE(a.findings, c.findings);
            QCOMPARE(a.mailchimpStatus, QString::fromLatin1(crm::mailchimpStatusName(c.status)));
            QCOMPARE(a.crmRecords.size(), qsizetype(c.crmRows.size()));
        }
    }

    // Art 5(1)(c): not one e-mail address of the sample is in the file.
    void noEmailAddressInTheFile()
    {
        const QString path = newAssessment(u"minimal.gdpra"_s);
        QVERIFY(save(path) > 0);
        const QByteArray stored = testsupport::readFile(path) + testsupport::readFile(path + u"-wal"_s);
        QVERIFY(stored.size() > 10000);
        const QString contacts = QString::fromUtf8(testsupport::readFile(m_inputs.contacts)
                                                   + testsupport::readFile(m_inputs.mailchimp.first()));
        static const QRegularExpression email(u"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"_s);
        QSet<QString> addresses;
        for (auto it = email.globalMatch(contacts); it.hasNext();)
            addresses.insert(it.next().captured(0));
        QVERIFY(addresses.size() > 1000);
        for (const QString &a : std::as_const(addresses))
            QVERIFY2(!stored.contains(a.toUtf8()) && !stored.contains(a.toLower().toUtf8()), qPrintable(a));
    }

    void cancelledSaveLeavesTheFileAsItWas()
    {
        const QString path = newAssessment(u"cancel.gdpra"_s);
        const QByteArray before = fileHash(path);
        std::atomic_bool cancel {true};
        QString error;
        QCOMPARE(save(path, &cancel, &error), 0);
        QCOMPARE(error, u"cancelled"_s);
        QCOMPARE(fileHash(path), before);
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        auto runs = crm::AuditRepository((*doc)->repository().file()).runs((*doc)->assessment().id);
        QVERIFY(runs && runs->isEmpty());
    }

    // A run stored from a worker on a connection of its own: the thread that
    // owns the file is never made to wait. Its own writes are refused at
    // once while the worker holds the file, and work again afterwards; the
    // run is then visible on the owner's connection.
    void storedOnAWorkerTheOwnerNeverWaits()
    {
        const QString path = newAssessment(u"worker.gdpra"_s);
        auto doc = AssessmentDocument::open(path);
        QVERIFY(doc);
        AssessmentFile &file = (*doc)->repository().file();
        std::promise<void> inside, release;
        std::shared_future<void> released = release.get_future().share();
        Result<qint64> stored = makeError(u"not run"_s);
        std::thread worker([&] {
            crm::AuditRepository repo(file);
            stored = repo.saveRunOnOwnConnection(crm::newAuditRun(*m_result, (*doc)->assessment().id, u"tester"_s));
        });
        // A second writer on the worker thread that waits inside its
        // transaction until released, so the owner's write meets it there.
        std::thread holder;
        // The first one must finish before a second claims the file.
        worker.join();
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        QVERIFY(!isBusyWriting(file));
        holder = std::thread([&] {
            (void)writeOnOwnConnection(file, [&](QSqlDatabase &) -> Status {
                inside.set_value();
                released.wait();
                return success();
            });
        });
        inside.get_future().wait();
        QVERIFY(isBusyWriting(file));
        QElapsedTimer clock;
        clock.start();
        const Status refused = file.write([] { return success(); });
        const qint64 waited = clock.elapsed();
        release.set_value();
        holder.join();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"busy"_s), qPrintable(refused.error().message));
        QVERIFY2(waited < 1000, qPrintable(QString::number(waited))); // refused, not the 5 s busy timeout
        QVERIFY(file.write([] { return success(); }));
        // The owner's connection sees the run the worker committed.
        auto runs = crm::AuditRepository(file).runs((*doc)->assessment().id);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().id, *stored);
        auto records = crm::AuditRepository(file).recordFindings(*stored);
        QVERIFY(records && !records->isEmpty());
    }

    // A cancel while a worker stores rolls the whole run back.
    void cancelledWorkerSaveLeavesTheFileAsItWas()
    {
        const QString path = newAssessment(u"worker-cancel.gdpra"_s);
        const QByteArray before = fileHash(path);
        {
            auto doc = AssessmentDocument::open(path);
            QVERIFY(doc);
            std::atomic_bool cancel {true};
            Result<qint64> stored = makeError(u"not run"_s);
            std::thread worker([&] {
                stored = crm::AuditRepository((*doc)->repository().file())
                             .saveRunOnOwnConnection(crm::newAuditRun(*m_result, (*doc)->assessment().id, u"tester"_s),
                                                     &cancel);
            });
            worker.join();
            QVERIFY(!stored);
            QCOMPARE(stored.error().message, u"cancelled"_s);
            auto runs = crm::AuditRepository((*doc)->repository().file()).runs((*doc)->assessment().id);
            QVERIFY(runs && runs->isEmpty());
        }
        QCOMPARE(fileHash(path), before);
    }

    // The run's change-log entry is hash-chained like every other one, so
    // `verify` vouches for it (it was left unchained before).
    void storedRunIsInTheChain()
    {
        const QString path = newAssessment(u"chain.gdpra"_s);
        QVERIFY(save(path) > 0);
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        QSqlQuery q((*doc)->repository().file().database());
        QVERIFY(q.exec(u"SELECT COUNT(*), SUM(h.entry_id IS NULL) FROM change_log c"
                       " LEFT JOIN change_log_hash h ON h.entry_id = c.id WHERE c.entity = 'crm_audit_run'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 0);
    }

    // A run of another CRM's export keeps its column mapping (and the name
    // it was saved under): the run's files can be read again the same way.
    void mappingIsStoredWithTheRun()
    {
        const QString mappingFile = m_dir.filePath(u"hubspot.json"_s);
        const QString contacts = m_dir.filePath(u"hubspot.csv"_s);
        {
            QFile m(mappingFile), c(contacts);
            QVERIFY(m.open(QIODevice::WriteOnly) && c.open(QIODevice::WriteOnly));
            m.write(R"json({"name": "HubSpot (sales)", "dateFormat": "yyyy-MM-dd HH:mm",
                "columns": {"id": "Record ID", "email": "Email", "firstName": "First name", "lastName": "Last name",
                            "doNotEmail": "Unsubscribed", "doNotBulkEmail": "Unsubscribed",
                            "doNotPhone": "Do not call", "modifiedOn": "Last modified"},
                "doNotAllowValues": ["true"], "allowValues": ["false", ""], "inactiveValues": ["Archived"]})json");
            c.write("Record ID,First name,Last name,Email,Unsubscribed,Do not call,Last modified\n"
                    "101,Jane,Doe,jane@example.com,true,false,2024-05-01 09:30\n"
                    "102,Jane,Doe,jane@example.com,false,false,2024-05-02 09:30\n");
        }
        crm::AuditInputs inputs;
        inputs.contacts = contacts;
        auto mapping = crm::ColumnMapping::fromJsonFile(mappingFile);
        QVERIFY(mapping);
        inputs.mapping = *mapping;
        auto result = crm::runCrmAudit(inputs, {}, {});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));

        const QString path = newAssessment(u"mapped.gdpra"_s);
        auto doc = AssessmentDocument::open(path);
        QVERIFY(doc);
        crm::AuditRepository repo((*doc)->repository().file());
        auto id = repo.saveRun(crm::newAuditRun(*result, (*doc)->assessment().id, u"tester"_s));
        QVERIFY(id);
        auto run = repo.run(*id);
        QVERIFY(run);
        const QJsonObject stored = run->ruleParameters.value("column_mapping"_L1).toObject();
        QCOMPARE(stored.value("name"_L1).toString(), u"HubSpot (sales)"_s);
        QCOMPARE(stored.value("columns"_L1).toObject().value("doNotPhone"_L1).toString(), u"Do not call"_s);

        // Read again with what the run holds: the same mapping, the same findings.
        const crm::AuditInputs again = crm::inputsOf(*run);
        QVERIFY(again.mapping);
        QCOMPARE(again.mapping->name(), u"HubSpot (sales)"_s);
        QCOMPARE(again.mapping->dateLayout().pattern(), u"yyyy-MM-dd HH:mm"_s);
        QVERIFY(again.mapping->inactive("archived"));
        auto reread = crm::runCrmAudit(again, crm::ruleSettingsOf(*run), crm::duplicateSettingsOf(*run));
        QVERIFY2(reread, reread ? "" : qPrintable(reread.error().message));
        QCOMPARE(reread->findings, result->findings);
        QCOMPARE(reread->contacts.rows[0].doNotAllow, result->contacts.rows[0].doNotAllow);
    }

    // Linking a run is one transaction: one commit for the ten evidence
    // records and their links (each was two commits, each an fsync on the
    // window's thread), and a failure half-way leaves neither the file nor
    // the open document holding part of it.
    void linkingIsOneTransaction()
    {
        const QString path = newAssessment(u"link.gdpra"_s);
        const qint64 id = save(path);
        QVERIFY(id > 0);
        auto doc = AssessmentDocument::open(path);
        QVERIFY(doc);
        QSqlDatabase db = (*doc)->repository().file().database();
        auto scalar = [&](const QString &sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const QString commits = u"SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'commits'"_s;
        // The third link fails: the two evidence records before it go too.
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TRIGGER test_third_link BEFORE INSERT ON crm_audit_link"
                       " WHEN (SELECT COUNT(*) FROM crm_audit_link) >= 2"
                       " BEGIN SELECT RAISE(ABORT, 'test: no third link'); END"_s));
        const qint64 before = scalar(commits);
        auto failed = crm::linkRun(**doc, id, true, false);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(u"no third link"_s), qPrintable(failed.error().message));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM evidence"_s), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM crm_audit_link"_s), 0);
        QCOMPARE(scalar(commits), before);
        QCOMPARE((*doc)->evidence().size(), 0); // the document shows the file
        QVERIFY(q.exec(u"DROP TRIGGER test_third_link"_s));

        const qint64 beforeLink = scalar(commits);
        auto linked = crm::linkRun(**doc, id, true, true);
        QVERIFY2(linked, linked ? "" : qPrintable(linked.error().message));
        QCOMPARE(linked->evidenceAdded, 10);
        QVERIFY(linked->actionsAdded > 0);
        QCOMPARE(scalar(commits), beforeLink + 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM evidence"_s), 10);
        QCOMPARE((*doc)->evidence().size(), 10);
        QCOMPARE((*doc)->actions().size(), linked->actionsAdded);
    }

    // A format-1 file opened read-only has no audit tables: no runs, no saving.
    void format1ReadOnlyHasNoRuns()
    {
        const QString path = m_dir.filePath(u"format-1.gdpra"_s);
        QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/format-1.gdpra"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        crm::AuditRepository repo((*doc)->repository().file());
        QVERIFY(!repo.hasAuditTables());
        auto runs = repo.runs((*doc)->assessment().id);
        QVERIFY(runs && runs->isEmpty());
        auto saved = repo.saveRun(crm::newAuditRun(*m_result, (*doc)->assessment().id, u"tester"_s));
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(u"older file format"_s));
    }

    void sourceCheckFindsInputsUnchangedChangedOrGone()
    {
        const QString path = newAssessment(u"sources.gdpra"_s);
        const qint64 id = save(path);
        auto doc = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        auto run = crm::AuditRepository((*doc)->repository().file()).run(id);
        QVERIFY(run);
        auto check = crm::checkSources(*run);
        QVERIFY2(check.allUnchanged(), qPrintable(check.problems()));
        QCOMPARE(check.files.size(), 5);

        // Same inputs, same settings: the same findings at the same positions.
        auto again = crm::runCrmAudit(crm::inputsOf(*run), crm::ruleSettingsOf(*run), crm::duplicateSettingsOf(*run));
        QVERIFY(again);
        QCOMPARE(again->findings, m_result->findings);
        QCOMPARE(again->crossCheck->addresses.size(), m_result->crossCheck->addresses.size());
        auto addresses = crm::AuditRepository((*doc)->repository().file()).addressFindings(id);
        for (const crm::StoredAddressFinding &a : std::as_const(*addresses))
            QCOMPARE(again->crossCheck->addresses[size_t(a.addressNo - 1)].findings, a.findings);

        // A byte more in the log, and the subscribed export gone.
        {
            QFile log(m_dir.filePath(u"in/consent_log.csv"_s));
            QVERIFY(log.open(QIODevice::Append));
            log.write("\r\n");
        }
        QVERIFY(
            QFile::rename(m_dir.filePath(u"in/subscribed_members_export.csv"_s), m_dir.filePath(u"in/moved.csv"_s)));
        check = crm::checkSources(*run);
        QVERIFY(!check.allUnchanged());
        QCOMPARE(check.files.at(0).state, crm::SourceCheck::State::Unchanged);
        QCOMPARE(check.files.at(1).state, crm::SourceCheck::State::Changed);
        QCOMPARE(check.files.at(2).state, crm::SourceCheck::State::Missing);
        QVERIFY(check.problems().contains(u"consent_log.csv: changed since the audit"_s));
        QVERIFY(check.problems().contains(u"subscribed_members_export.csv: not found"_s));
        QVERIFY(
            QFile::rename(m_dir.filePath(u"in/moved.csv"_s), m_dir.filePath(u"in/subscribed_members_export.csv"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCrmStore)
#include "tst_crm_store.moc"
