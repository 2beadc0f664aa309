// The CRM audit on the shared sample (../shared/data/crm-sample): every
// per-record flag and the Mailchimp cross-check equal the ground truth, and
// duplicate pairs reach precision and recall >= 0.95. The comparison reads
// the --findings file the command writes, so its documented shape is tested.
#include "Cli.h"
#include "CrmAudit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace readiness;
using namespace Qt::StringLiterals;

namespace {
const QString kSample = QStringLiteral(CRM_SAMPLE_DIR);

QList<QJsonObject> readJsonLines(const QString &path)
{
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

// All pairs of rows that share a cluster id.
QSet<QPair<int, int>> clusterPairs(const QList<QJsonObject> &records)
{
    QHash<int, QList<int>> clusters;
    for (const QJsonObject &r : records)
        clusters[r.value("cluster_id"_L1).toInt()].append(r.value("row"_L1).toInt());
    QSet<QPair<int, int>> pairs;
    for (const QList<int> &rows : std::as_const(clusters))
        for (qsizetype i = 0; i < rows.size(); ++i)
            for (qsizetype j = i + 1; j < rows.size(); ++j)
                pairs.insert({std::min(rows[i], rows[j]), std::max(rows[i], rows[j])});
    return pairs;
}
} // namespace

class TestCrmSample : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFile::exists(kSample + u"/contacts.csv"_s))
            QSKIP(qPrintable(
                u"the shared CRM sample is not at %1 (it lives beside the checkout, ../shared/data)"_s.arg(kSample)));
        QVERIFY(m_dir.isValid());
        // A real assessment file for the command to name.
        QString out, err;
        QTextStream o(&out), e(&err);
        const int rc = cli::run({u"new"_s, u"--org"_s, u"Sample Ltd"_s, u"--questionnaire"_s, u"crm-data-quality"_s,
                                 u"-o"_s, m_dir.filePath(u"a.gdpra"_s)},
                                {o, e});
        QVERIFY2(rc == 0, qPrintable(err));
        m_findings = m_dir.filePath(u"findings.jsonl"_s);
        QString out2, err2;
        QTextStream o2(&out2), e2(&err2);
        const int audit = cli::run({u"audit-crm"_s, m_dir.filePath(u"a.gdpra"_s), u"--contacts"_s,
                                    kSample + u"/contacts.csv"_s, u"--consent-log"_s, kSample + u"/consent_log.csv"_s,
                                    u"--mailchimp"_s, kSample + u"/subscribed_members_export.csv"_s, u"--mailchimp"_s,
                                    kSample + u"/unsubscribed_members_export.csv"_s, u"--mailchimp"_s,
                                    kSample + u"/cleaned_members_export.csv"_s, u"--findings"_s, m_findings},
                                   {o2, e2});
        o2.flush();
        e2.flush();
        QVERIFY2(audit == 0, qPrintable(err2));
        qInfo().noquote() << out2;
        for (const QJsonObject &o : readJsonLines(m_findings))
            (o.value("kind"_L1).toString() == "record"_L1 ? m_records : m_addresses) << o;
    }

    void everyRecordFlagEqualsTruth_data()
    {
        QTest::addColumn<QString>("flag");
        for (const char *f : {"stale", "invalid_email", "invalid_phone", "consent_unprovable", "consent_conflict",
                              "consent_order_error", "optout_ignored"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void everyRecordFlagEqualsTruth()
    {
        QFETCH(QString, flag);
        const QList<QJsonObject> truth = readJsonLines(kSample + u"/truth.jsonl"_s);
        QCOMPARE(m_records.size(), truth.size());
        QStringList wrong;
        for (qsizetype i = 0; i < truth.size(); ++i) {
            QCOMPARE(m_records[i].value("row"_L1), truth[i].value("row"_L1));
            QCOMPARE(m_records[i].value("contact_id"_L1), truth[i].value("contact_id"_L1));
            if (m_records[i].value(flag) != truth[i].value(flag))
                wrong << QString::number(truth[i].value("row"_L1).toInt());
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(u"rows where %1 differs: %2"_s.arg(flag, wrong.join(u", "))));
    }

    void duplicatePairs()
    {
        const auto truth = clusterPairs(readJsonLines(kSample + u"/truth.jsonl"_s));
        const auto found = clusterPairs(m_records);
        const double tp = double((truth & found).size());
        const double precision = found.isEmpty() ? 0 : tp / double(found.size());
        const double recall = truth.isEmpty() ? 1 : tp / double(truth.size());
        qInfo("duplicate pairs: truth %lld, found %lld, precision %.4f, recall %.4f", qint64(truth.size()),
              qint64(found.size()), precision, recall);
        QVERIFY(precision >= 0.95);
        QVERIFY(recall >= 0.95);
    }

    void mailchimpCrossCheckEqualsTruth()
    {
        const QList<QJsonObject> truth = readJsonLines(kSample + u"/mailchimp_truth.jsonl"_s);
        QHash<QString, QJsonObject> found;
        for (const QJsonObject &a : std::as_const(m_addresses))
            found.insert(a.value("email"_L1).toString(), a);
        QCOMPARE(found.size(), truth.size());
        for (const QJsonObject &t : truth) {
            const QString email = t.value("email"_L1).toString();
            QVERIFY2(found.contains(email), qPrintable(email));
            const QJsonObject f = found.value(email);
            for (const char *key : {"crm_rows", "mc_status", "crm_allows_email"})
                QVERIFY2(f.value(QLatin1StringView(key)) == t.value(QLatin1StringView(key)),
                         qPrintable(email + u": "_s + QLatin1StringView(key)));
            QStringList a, b;
            for (const auto &v : f.value("findings"_L1).toArray())
                a << v.toString();
            for (const auto &v : t.value("findings"_L1).toArray())
                b << v.toString();
            a.sort();
            b.sort();
            QCOMPARE(a, b);
        }
    }

    void findingsFileIsPrivate()
    {
        QCOMPARE(QFile::permissions(m_findings) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void commandLineMistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString contacts = kSample + u"/contacts.csv"_s;
        QTest::newRow("no contacts") << QStringList {} << 2 << u"--contacts CONTACTS.csv is required"_s;
        QTest::newRow("bad as-of") << QStringList {u"--contacts"_s, contacts, u"--as-of"_s, u"28/11/2026"_s} << 2
                                   << u"--as-of needs a date YYYY-MM-DD"_s;
        QTest::newRow("bad retention") << QStringList {u"--contacts"_s, contacts, u"--retention-years"_s, u"six"_s} << 2
                                       << u"--retention-years needs a whole number"_s;
        QTest::newRow("log as contacts") << QStringList {u"--contacts"_s, kSample + u"/consent_log.csv"_s} << 1
                                         << u"not a Dynamics 365 Contacts file: missing required column(s)"_s;
        QTest::newRow("missing fixes folder")
            << QStringList {u"--contacts"_s, contacts, u"--fixes-dir"_s, u"/nonexistent/fixes"_s} << 1
            << u"/nonexistent/fixes: no such folder for the fix files"_s;
    }
    void commandLineMistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QString out, err;
        QTextStream o(&out), e(&err);
        const int rc = cli::run(QStringList {u"audit-crm"_s, m_dir.filePath(u"a.gdpra"_s)} + arguments, {o, e});
        e.flush();
        QCOMPARE(rc, exitCode);
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void failedRunLeavesFixesFolderAlone()
    {
        const QString fixes = m_dir.filePath(u"fixes"_s);
        QVERIFY(QDir().mkpath(fixes));
        QString out, err;
        QTextStream o(&out), e(&err);
        // The consent log is not a Mailchimp export: the run fails after reading.
        const int rc = cli::run({u"audit-crm"_s, m_dir.filePath(u"a.gdpra"_s), u"--contacts"_s,
                                 kSample + u"/contacts.csv"_s, u"--mailchimp"_s, kSample + u"/consent_log.csv"_s,
                                 u"--fixes-dir"_s, fixes, u"--findings"_s, m_dir.filePath(u"f2.jsonl"_s)},
                                {o, e});
        QCOMPARE(rc, 1);
        QVERIFY(QDir(fixes).isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"f2.jsonl"_s)));
    }

    void retentionAndAsOf()
    {
        crm::AuditInputs in;
        in.contacts = kSample + u"/contacts.csv"_s;
        crm::RuleSettings rules;
        auto byDefault = crm::runCrmAudit(in, rules, {});
        QVERIFY(byDefault);
        // The export date is the latest Modified On: 28/11/2026 07:16.
        QCOMPARE(crm::formatSeconds(byDefault->settings.asOf), u"2026-11-28 07:16"_s);
        QCOMPARE(crm::formatSeconds(byDefault->staleCutoff), u"2020-11-28 00:00"_s);
        rules.retentionYears = 3;
        rules.asOf = crm::daysFromCivil(2027, 1, 31) * 86400;
        auto shorter = crm::runCrmAudit(in, rules, {});
        QVERIFY(shorter);
        QCOMPARE(crm::formatSeconds(shorter->staleCutoff), u"2024-01-31 00:00"_s);
        QVERIFY(shorter->recordCount(crm::Stale) > byDefault->recordCount(crm::Stale));
    }

    void cancelStopsTheRun()
    {
        std::atomic_bool cancel {true};
        crm::AuditInputs in;
        in.contacts = kSample + u"/contacts.csv"_s;
        in.consentLog = kSample + u"/consent_log.csv"_s;
        // Cancelled before the first check: the run must say so, not finish.
        auto r = crm::runCrmAudit(in, {}, {}, &cancel);
        QVERIFY(!r);
        QCOMPARE(r.error().message, u"cancelled"_s);
    }

    void progressIsReported()
    {
        crm::AuditInputs in;
        in.contacts = kSample + u"/contacts.csv"_s;
        QList<int> seen;
        auto r = crm::runCrmAudit(in, {}, {}, nullptr, [&](const crm::AuditProgress &p) { seen << p.percent; });
        QVERIFY(r);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 100);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

private:
    QTemporaryDir m_dir;
    QString m_findings;
    QList<QJsonObject> m_records;
    QList<QJsonObject> m_addresses;
};

QTEST_GUILESS_MAIN(TestCrmSample)
#include "tst_crm_sample.moc"
