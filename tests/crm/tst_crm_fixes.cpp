// Fix files of the CRM audit: the re-import shape, the merge list with the
// most restrictive consent, the Mailchimp unsubscribe import, and a folder
// left exactly as it was when anything fails or is cancelled.
#include "../core/TestSupport.h"
#include "CrmAudit.h"
#include "FixFiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace readiness;
using namespace readiness::crm;
using namespace Qt::StringLiterals;
using testsupport::readFile;
using testsupport::writeFile;

namespace {
const QByteArray kHeader
    = "(Do Not Modify) Contact,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,First Name,Last Name,Email,"
      "Mobile Phone,Address 1: ZIP/Postal Code,Do not allow Emails,Do not allow Bulk Emails,Do not allow Phone Calls,"
      "Do not allow Mails,Do not allow Faxes,Status,Modified On,Last Date Included in Campaign\r\n";
// A: e-mail allowed, no proof in the log -> Do Not Allow on both e-mail columns.
// B: stale (2015) -> Inactive. C1/C2: one person, C2 objects to post; C2 newer.
const QByteArray kContacts = kHeader
    + "id-a,cs1,01/10/2026 10:00,Ann,Able,ann@example.com,,AB1 2CD,Allow,Allow,Do Not Allow,Allow,Allow,Active,"
      "01/10/2026 10:00,\r\n"
      "id-b,cs2,01/10/2015 10:00,Ben,Baker,ben@example.com,,EF3 4GH,Do Not Allow,Do Not Allow,Do Not Allow,Allow,"
      "Allow,Active,01/10/2015 10:00,\r\n"
      "id-c1,cs3,01/01/2026 10:00,Carol,Cole,carol@example.com,07909 674823,JK5 6LM,Do Not Allow,Do Not Allow,"
      "Do Not Allow,Allow,Allow,Active,01/01/2026 10:00,\r\n"
      "id-c2,cs4,01/06/2026 10:00,Carol,COLE,carol@example.com,07909 674823,JK5 6LM,Do Not Allow,Do Not Allow,"
      "Do Not Allow,Do Not Allow,Allow,Active,01/06/2026 10:00,\r\n";
const QByteArray kMailchimp = "Email Address,OPTIN_TIME,CONFIRM_TIME,LEID\n"
                              "ben@example.com,2020-01-01 10:00:00,2020-01-01 10:05:00,1\n"
                              "ann@example.com,2020-01-01 10:00:00,2020-01-01 10:05:00,2\n";
} // namespace

class TestCrmFixes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    AuditInputs m_inputs;

    AuditResult audit()
    {
        auto r = runCrmAudit(m_inputs, {}, {});
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return std::move(*r);
    }
    QStringList listing(const QString &folder) { return QDir(folder).entryList(QDir::Files | QDir::Hidden); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_inputs.contacts = m_dir.filePath(u"contacts.csv"_s);
        m_inputs.mailchimp = {m_dir.filePath(u"subscribed_members_export.csv"_s)};
        QVERIFY(writeFile(m_inputs.contacts, kContacts));
        QVERIFY(writeFile(m_inputs.mailchimp.first(), kMailchimp));
        QDir(m_dir.path()).mkpath(u"fixes"_s);
    }

    void writesTheThreeFiles()
    {
        const AuditResult r = audit();
        const QString folder = m_dir.filePath(u"fixes"_s);
        auto written = writeFixFiles(r, m_inputs, folder);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(listing(folder),
                 (QStringList {u"contacts_fixes.csv"_s, u"mailchimp_unsubscribe.csv"_s, u"merge_list.csv"_s}));
        for (const QString &f : *written)
            QCOMPARE(QFile::permissions(f) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());

        const QByteArray fixes = readFile(folder + u"/contacts_fixes.csv"_s);
        QCOMPARE(fixes,
                 "\xEF\xBB\xBF" + kHeader
                     + "id-a,cs1,01/10/2026 10:00,Ann,Able,ann@example.com,,AB1 2CD,Do Not Allow,Do Not Allow,"
                       "Do Not Allow,Allow,Allow,Active,01/10/2026 10:00,\r\n"
                       "id-b,cs2,01/10/2015 10:00,Ben,Baker,ben@example.com,,EF3 4GH,Do Not Allow,Do Not Allow,"
                       "Do Not Allow,Allow,Allow,Inactive,01/10/2015 10:00,\r\n");
        const QByteArray merge = readFile(folder + u"/merge_list.csv"_s);
        QCOMPARE(merge,
                 QByteArray("\xEF\xBB\xBF"
                            "Cluster,Role,(Do Not Modify) Contact,Do not allow Emails,Do not allow Bulk Emails,"
                            "Do not allow Phone Calls,Do not allow Mails,Do not allow Faxes\r\n"
                            "3,merge into survivor,id-c1,Do Not Allow,Do Not Allow,Do Not Allow,Do Not Allow,"
                            "Allow\r\n"
                            "3,survivor,id-c2,Do Not Allow,Do Not Allow,Do Not Allow,Do Not Allow,Allow\r\n"));
        QCOMPARE(readFile(folder + u"/mailchimp_unsubscribe.csv"_s),
                 QByteArray("\xEF\xBB\xBF"
                            "Email Address,Status\r\nben@example.com,unsubscribed\r\n"));
    }

    void changedSourceLeavesTheFolderAlone()
    {
        const AuditResult r = audit();
        QVERIFY(writeFile(m_inputs.contacts, QByteArray(kContacts).replace("Ann", "Anne")));
        const QString folder = m_dir.filePath(u"fixes2"_s);
        QDir(m_dir.path()).mkpath(u"fixes2"_s);
        auto written = writeFixFiles(r, m_inputs, folder);
        QVERIFY(!written);
        QVERIFY2(written.error().message.endsWith(u"contacts.csv: changed since the audit read it; run the audit "
                                                  "again"_s),
                 qPrintable(written.error().message));
        QCOMPARE(listing(folder), QStringList());
    }

    void cancelLeavesTheFolderAlone()
    {
        const AuditResult r = audit();
        const QString folder = m_dir.filePath(u"fixes3"_s);
        QDir(m_dir.path()).mkpath(u"fixes3"_s);
        QVERIFY(writeFile(folder + u"/merge_list.csv"_s, "old"));
        std::atomic_bool cancel {true};
        auto written = writeFixFiles(r, m_inputs, folder, &cancel);
        QVERIFY(!written);
        QCOMPARE(written.error().message, u"cancelled"_s);
        QCOMPARE(listing(folder), QStringList {u"merge_list.csv"_s});
        QCOMPARE(readFile(folder + u"/merge_list.csv"_s), QByteArray("old"));
    }

    void missingFolder()
    {
        const AuditResult r = audit();
        auto written = writeFixFiles(r, m_inputs, m_dir.filePath(u"nope"_s));
        QVERIFY(!written);
        QVERIFY(written.error().message.endsWith(u"nope: no such folder for the fix files"_s));
    }
};

QTEST_GUILESS_MAIN(TestCrmFixes)
#include "tst_crm_fixes.moc"
