// The "CRM data audit" section of the report and the run's figures in the
// exports: an assessment audited on the shared sample, its PDF read back
// with pdftotext (section, counts, input fingerprint) and searched for
// every e-mail address of the sample (none may appear), the ODT and the
// JSON / CSV exports checked likewise. Without a run there is no section.
#include "AssessmentDocument.h"
#include "AuditRepository.h"
#include "Cli.h"
#include "CliReportCommands.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

namespace {
const QString kSample = QStringLiteral(CRM_SAMPLE_DIR);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.exitCode = cli::run(args, {out, err});
    out.flush();
    err.flush();
    return r;
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString squeeze(const QString &text)
{
    return QString(text).replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every e-mail address in the sample's contacts and Mailchimp exports.
QSet<QString> sampleAddresses()
{
    static const QRegularExpression email(u"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"_s);
    QSet<QString> all;
    for (const auto *name : {"contacts.csv", "subscribed_members_export.csv", "unsubscribed_members_export.csv",
                             "cleaned_members_export.csv"}) {
        const QString text = QString::fromUtf8(readAll(kSample + u'/' + QLatin1StringView(name)));
        for (auto it = email.globalMatch(text); it.hasNext();)
            all.insert(it.next().captured(0).toLower());
    }
    return all;
}

QString firstLeak(const QString &text, const QSet<QString> &addresses)
{
    const QString lower = text.toLower();
    for (const QString &a : addresses)
        if (lower.contains(a))
            return a;
    return {};
}
} // namespace

class TestReportCrm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_assessment;
    std::optional<crm::StoredAuditRun> m_run;
    QSet<QString> m_addresses;

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kSample + u"/contacts.csv"_s))
            QSKIP("the shared CRM sample is not beside the checkout (../shared/data/crm-sample)");
        QVERIFY(m_dir.isValid());
        cli::registerReportCommands();
        m_assessment = m_dir.filePath(u"audited.gdpra"_s);
        Run r = runCli({u"new"_s, u"--org"_s, u"Sample Ltd"_s, u"--questionnaire"_s, u"crm-data-quality"_s, u"-o"_s,
                        m_assessment});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({u"audit-crm"_s, m_assessment, u"--link"_s, u"--contacts"_s, kSample + u"/contacts.csv"_s,
                    u"--consent-log"_s, kSample + u"/consent_log.csv"_s, u"--mailchimp"_s,
                    kSample + u"/subscribed_members_export.csv"_s, u"--mailchimp"_s,
                    kSample + u"/unsubscribed_members_export.csv"_s, u"--mailchimp"_s,
                    kSample + u"/cleaned_members_export.csv"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto doc = AssessmentDocument::open(m_assessment, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        auto run = crm::AuditRepository((*doc)->repository().file()).newestRun((*doc)->assessment().id);
        QVERIFY(run && *run);
        m_run = **run;
        m_addresses = sampleAddresses();
        QVERIFY(m_addresses.size() > 1000);
    }

    void pdfHasTheSectionWithCountsAndNoAddress()
    {
        const QString pdf = m_dir.filePath(u"audited.pdf"_s);
        const Run r = runCli({u"report"_s, m_assessment, u"-o"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!tool(u"qpdf"_s, {u"--check"_s, pdf}).isEmpty());
        const QString text = squeeze(tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}));
        QVERIFY(text.contains(u"CRM data audit"_s));
        QVERIFY(text.contains(u"run %1"_s.arg(m_run->id)));
        QVERIFY(text.contains(u"2000 records"_s));
        QVERIFY(text.contains(u"Rules and parameters"_s));
        QVERIFY(text.contains(u"retention_years = 6"_s));
        // Every finding type of the run, with its count, in the section.
        const QString section = text.mid(text.lastIndexOf(u"CRM data audit"_s));
        for (const crm::StoredCount &c : m_run->counts) {
            if (c.scope == "run"_L1)
                continue;
            QVERIFY2(section.contains(c.key), qPrintable(c.key));
            const QRegularExpression row(QRegularExpression::escape(c.title.left(20)) + u".{0,80}? "_s
                                         + QString::number(c.count) + u" "_s);
            QVERIFY2(section.contains(row), qPrintable(u"%1 = %2"_s.arg(c.key).arg(c.count)));
        }
        // The input fingerprint of the contacts file.
        QVERIFY(text.contains(m_run->inputs.first().sha256));
        QVERIFY(text.contains(u"contacts.csv"_s));
        const QString leak = firstLeak(text, m_addresses);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        // The chart is drawn as vectors like the others: no raster image.
        const QString images = tool(u"pdfimages"_s, {u"-list"_s, pdf});
        QCOMPARE(images.split(u'\n', Qt::SkipEmptyParts).size(), 2); // the header lines only
    }

    void odtHasTheSectionAndNoAddress()
    {
        const QString odt = m_dir.filePath(u"audited.odt"_s);
        const Run r = runCli({u"report"_s, m_assessment, u"-o"_s, odt, u"--format"_s, u"odt"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString content = tool(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
        QVERIFY(content.contains(u"CRM data audit"_s));
        QVERIFY(content.contains(m_run->inputs.first().sha256));
        QVERIFY(firstLeak(content, m_addresses).isEmpty());
    }

    void exportsCarryTheFigures()
    {
        const QString json = m_dir.filePath(u"audited.json"_s);
        Run r = runCli({u"export"_s, m_assessment, u"--format"_s, u"json"_s, u"-o"_s, json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = readAll(json);
        QVERIFY(firstLeak(QString::fromUtf8(bytes), m_addresses).isEmpty());
        const QJsonObject audit = QJsonDocument::fromJson(bytes).object().value("crm_audit"_L1).toObject();
        QCOMPARE(audit.value("run_id"_L1).toInteger(), m_run->id);
        QCOMPARE(audit.value("records"_L1).toInt(), 2000);
        const QJsonArray findings = audit.value("findings"_L1).toArray();
        QCOMPARE(findings.size(), 15);
        for (const auto &v : findings) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f.value("count"_L1).toInteger(),
                     m_run->count(f.value("scope"_L1).toString(), f.value("rule"_L1).toString()));
        }
        QCOMPARE(audit.value("inputs"_L1).toArray().size(), 5);

        const QString csv = m_dir.filePath(u"audited.csv"_s);
        r = runCli({u"export"_s, m_assessment, u"--format"_s, u"csv"_s, u"-o"_s, csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(readAll(csv));
        QVERIFY(firstLeak(text, m_addresses).isEmpty());
        const qint64 conflicts = m_run->count(u"record"_s, u"consent_conflict"_s);
        QVERIFY2(text.contains(u"crm-data-audit,run %1,record,"_s.arg(m_run->id)), qPrintable(text.right(600)));
        QVERIFY(text.contains(u",consent_conflict,Duplicates disagree on consent,"_s));
        QVERIFY(text.contains(u",yes,%1,%1 of 2000 records,"_s.arg(conflicts)));
    }

    void noRunNoSection()
    {
        const QString plain = m_dir.filePath(u"plain.gdpra"_s);
        Run r = runCli(
            {u"new"_s, u"--org"_s, u"Plain Ltd"_s, u"--questionnaire"_s, u"crm-data-quality"_s, u"-o"_s, plain});
        QVERIFY(r.exitCode == 0);
        const QString pdf = m_dir.filePath(u"plain.pdf"_s);
        r = runCli({u"report"_s, plain, u"-o"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!squeeze(tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s})).contains(u"CRM data audit"_s));
        const QString json = m_dir.filePath(u"plain.json"_s);
        r = runCli({u"export"_s, plain, u"--format"_s, u"json"_s, u"-o"_s, json});
        QVERIFY(r.exitCode == 0);
        QVERIFY(QJsonDocument::fromJson(readAll(json)).object().value("crm_audit"_L1).isNull());
    }
};

QTEST_MAIN(TestReportCrm)
#include "tst_report_crm.moc"
