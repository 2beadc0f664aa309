// CRM audit inputs and outputs whose names are not UTF-8 (issue 16): Qt
// decodes such a name lossily (U+FFFD), after which the string no longer
// names the file, so `audit-crm --contacts kontakte-\xE4.csv` said "no such
// file", and a fix-file folder or a --findings file with such a name would
// have been written under a name with U+FFFD in it. The command line takes
// the arguments as the program received them (NativePath), the readers open
// and the writers create the files by their own bytes.
#include "../core/CliTestSupport.h"
#include "AssessmentDocument.h"
#include "AuditRepository.h"
#include "AuditSources.h"
#include "ColumnMapping.h"
#include "NativePath.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <dirent.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

using namespace readiness;
using namespace Qt::StringLiterals;

namespace {
const QString kSample = QStringLiteral(CRM_SAMPLE_DIR);

using testsupport::runCli;
using testsupport::runCliRaw;
using testsupport::writeRawPath;

bool existsRaw(const QByteArray &bytes)
{
    struct stat st
    {
    };
    return ::stat(bytes.constData(), &st) == 0 && st.st_size > 0;
}

QByteArray sample(const char *name)
{
    QFile f(kSample + u'/' + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every name in @p folder (raw), to see that none holds U+FFFD's UTF-8.
QList<QByteArray> entries(const QByteArray &folder)
{
    QList<QByteArray> names;
    if (DIR *d = ::opendir(folder.constData())) {
        while (const dirent *e = ::readdir(d))
            names << QByteArray(e->d_name);
        ::closedir(d);
    }
    return names;
}
} // namespace

class TestCrmNativePath : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    // QTemporaryDir cannot name the files whose names are not UTF-8.
    void cleanupTestCase() { std::filesystem::remove_all(QFile::encodeName(m_dir.path()).toStdString()); }

    void initTestCase()
    {
        if (!QFile::exists(kSample + u"/contacts.csv"_s))
            QSKIP("the shared CRM sample is not beside the checkout (../shared/data/crm-sample)");
        QVERIFY(m_dir.isValid());
    }

    void auditReadsAndWritesNamesThatAreNotUtf8()
    {
        const QString assessment = m_dir.filePath(u"sample.gdpra"_s);
        QCOMPARE(runCli({u"new"_s, u"--org"_s, u"Sample Ltd"_s, u"--questionnaire"_s, u"crm-data-quality"_s, u"-o"_s,
                         assessment})
                     .code,
                 0);
        const QByteArray dir = QFile::encodeName(m_dir.path());
        const QByteArray contacts = dir + "/kontakte-\xE4.csv";
        const QByteArray log = dir + "/einwilligungen-\xE4.csv";
        const QByteArray subscribed = dir + "/abonnenten-\xE4.csv";
        const QByteArray zipped = dir + "/mailchimp-\xE4.zip";
        const QByteArray mapping = dir + "/zuordnung-\xE4.json";
        const QByteArray fixes = dir + "/korrekturen-\xE4";
        const QByteArray findings = dir + "/befunde-\xE4.jsonl";
        QVERIFY(writeRawPath(contacts, sample("contacts.csv")));
        QVERIFY(writeRawPath(log, sample("consent_log.csv")));
        QVERIFY(writeRawPath(subscribed, sample("subscribed_members_export.csv")));
        QVERIFY(writeRawPath(mapping, QJsonDocument(crm::ColumnMapping::dynamics365().toJson()).toJson()));
        QCOMPARE(::mkdir(fixes.constData(), 0700), 0);
        {
            const QByteArray csv = sample("unsubscribed_members_export.csv");
            int error = 0;
            zip_t *z = zip_open(zipped.constData(), ZIP_CREATE | ZIP_EXCL, &error);
            QVERIFY(z);
            zip_source_t *src = zip_source_buffer(z, csv.constData(), zip_uint64_t(csv.size()), 0);
            QVERIFY(zip_file_add(z, "unsubscribed_members_export.csv", src, ZIP_FL_OVERWRITE) >= 0);
            QCOMPARE(zip_close(z), 0);
        }

        const QByteArray rawAssessment = QFile::encodeName(assessment);
        const QList<QByteArray> raw {
            "gdpr-readiness", "audit-crm", rawAssessment,           "--contacts", contacts, "--consent-log", log,
            "--mailchimp",    subscribed,  "--mailchimp=" + zipped, "--map",      mapping,  "--fixes-dir",   fixes,
            "--findings",     findings};
        QVERIFY(QString::fromLocal8Bit(contacts).contains(QChar::ReplacementCharacter)); // as Qt decodes it
        const auto audit = runCliRaw(raw);
        QVERIFY2(audit.code == 0, qPrintable(audit.err));

        // The outputs under their own bytes, and no name with U+FFFD made.
        QVERIFY(existsRaw(findings));
        for (const char *name : {"contacts_fixes.csv", "merge_list.csv", "mailchimp_unsubscribe.csv"})
            QVERIFY2(existsRaw(fixes + '/' + name), name);
        for (const QByteArray &folder : {dir, fixes})
            for (const QByteArray &name : entries(folder))
                QVERIFY2(!name.contains("\xEF\xBF\xBD"), name.constData());

        // The stored run names its inputs so that they are found again.
        auto doc = AssessmentDocument::open(assessment, AssessmentFile::Mode::ReadOnly);
        QVERIFY(doc);
        auto runs = crm::AuditRepository((*doc)->repository().file()).runs((*doc)->assessment().id);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        auto run = crm::AuditRepository((*doc)->repository().file()).run(runs->first().id);
        QVERIFY(run);
        QCOMPARE(run->inputs.size(), 4);
        const crm::SourcesCheck check = crm::checkSources(*run, nullptr);
        QVERIFY2(check.allUnchanged(), qPrintable(check.problems()));
    }
};

QTEST_GUILESS_MAIN(TestCrmNativePath)
#include "tst_crm_nativepath.moc"
