// Bad input to the CRM audit: every case gets a message naming the file,
// the record and the column, and no input file is modified.
#include "../core/TestSupport.h"
#include "ColumnMapping.h"
#include "ConsentLog.h"
#include "ContactsReader.h"
#include "CrmAudit.h"
#include "MailchimpAudience.h"

#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace readiness;
using namespace readiness::crm;
using namespace Qt::StringLiterals;
using testsupport::fileHash;
using testsupport::writeFile;

namespace {
const QByteArray kHeader
    = "(Do Not Modify) Contact,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,First Name,Last Name,Email,"
      "Business Phone,Mobile Phone,Address 1: Country/Region,Do not allow Emails,Do not allow Bulk Emails,"
      "Do not allow Phone Calls,Do not allow Mails,Do not allow Faxes,Status,Modified On,"
      "Last Date Included in Campaign\r\n";
QByteArray row(const QByteArray &id, const QByteArray &first = "Jane", const QByteArray &modified = "01/02/2024 10:00")
{
    return id + ",abc==," + modified + "," + first
        + ",Doe,jane@example.com,,07909 674823,UK,Allow,Allow,Allow,Allow,Allow,Active," + modified + ",\r\n";
}
} // namespace

class TestCrmInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString p = m_dir.filePath(name);
        writeFile(p, bytes);
        return p;
    }
    QString contactsError(const QByteArray &bytes)
    {
        const QString p = file(u"c.csv"_s, bytes);
        const QByteArray before = fileHash(p);
        auto r = readContacts(p, std::nullopt, {});
        if (fileHash(p) != before)
            return u"INPUT MODIFIED"_s;
        return r ? QString() : r.error().message;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsBomCrlfAndQuotedLineBreaks()
    {
        const QByteArray bytes = "\xEF\xBB\xBF" + kHeader + row("id-1", "\"Mary\r\nAnn, \"\"Molly\"\"\"") + row("id-2");
        const QString p = file(u"ok.csv"_s, bytes);
        auto r = readContacts(p, std::nullopt, {});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rows.size(), size_t(2));
        QCOMPARE(r->view(r->rows[0].firstName), std::string_view("Mary\r\nAnn, \"Molly\""));
        QCOMPARE(r->view(r->rows[1].id), std::string_view("id-2"));
        QCOMPARE(r->input.records, 2);
        QCOMPARE(r->input.bytes, qint64(bytes.size()));
        QCOMPARE(r->input.sha256, QString::fromLatin1(fileHash(p)));
    }

    void readsLfWithoutFinalNewline()
    {
        QByteArray bytes = kHeader + row("id-1") + row("id-2");
        bytes.replace("\r\n", "\n");
        bytes.chop(1);
        auto r = readContacts(file(u"lf.csv"_s, bytes), std::nullopt, {});
        QVERIFY(r);
        QCOMPARE(r->rows.size(), size_t(2));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << u"c.csv: is empty (no header, no records)"_s;
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF\r\n") << u"c.csv: is empty"_s;
        QTest::newRow("header only") << kHeader << u"c.csv: has a header but no contacts"_s;
        QTest::newRow("too many fields") << kHeader + row("id-1")
                + "id-2,x,01/02/2024 10:00,Jane,Doe,Smith,"
                  "j@x.com,,,UK,Allow,Allow,Allow,Allow,Allow,Active,"
                  "01/02/2024 10:00,\r\n"
                                         << u"c.csv: record 2 (line 3), column 18: too many fields: 18 where the "
                                            "header has 17 (an unquoted comma?)"_s;
        QTest::newRow("too few fields") << kHeader + row("id-1") + "id-2,x,01/02/2024 10:00,Jane\r\n"
                                        << u"c.csv: record 2 (line 3), column 5 'Last Name': too few fields: 4 where "
                                           "the header has 17"_s;
        QTest::newRow("unterminated quote") << kHeader + row("id-1") + row("id-2", "\"Jane")
                                            << u"c.csv: record 2 (line 3), column 4 'First Name': unterminated quote: "
                                               "the quoted field opened on line 3 never closes"_s;
        // Windows-1252 files are decoded (windows1252ExportIsDecoded); bytes
        // that are neither UTF-8 nor plausible Windows-1252 still stop.
        QTest::newRow("undefined in windows-1252")
            << kHeader + row("id-1", "Ren\x81")
            << u"c.csv: record 1 (line 2), column 4 'First Name': is not UTF-8: byte 0x81 at position 4 of the field, "
               "nor Windows-1252 (0x81 is undefined there): save the file as \"CSV UTF-8\" and try again"_s;
        QTest::newRow("utf-8, then a stray byte")
            << kHeader + row("id-1", "Ren\xC3\xA9") + row("id-2", "Ren\xE9")
            << u"c.csv: record 2 (line 3), column 4 'First Name': is not UTF-8: byte 0xE9 at position 4 of the field, "
               "and the file has UTF-8 before it, so it is not Windows-1252 either"_s;
        QTest::newRow("windows-1252, then an undefined byte")
            << kHeader + row("id-1", "Ren\xE9") + row("id-2") + row("id-3", "Zo\x90")
            << u"c.csv: record 3 (line 4), column 4 'First Name': byte 0x90 at position 3 of the field is not "
               "Windows-1252, which the file is read as (it is not UTF-8 either)"_s;
        QTest::newRow("bad date")
            << kHeader + row("id-1", "Jane", "2024-02-01 10:00")
            << u"c.csv: record 1 (line 2), column 16 'Modified On': '2024-02-01 10:00' is not a date"_s;
        QTest::newRow("unknown consent value")
            << kHeader + QByteArray(row("id-1")).replace("Allow,Allow,Allow", "Yes,Allow,Allow")
            << u"c.csv: record 1 (line 2), column 10 'Do not allow Emails': 'Yes' is not a consent value (expected "
               "'Allow' or 'Do Not Allow')"_s;
        QTest::newRow("not a Dynamics export") << QByteArray("Name,Mail\r\nJane,j@x.com\r\n")
                                               << u"c.csv: not a Dynamics 365 Contacts file: missing required "
                                                  "column(s) '(Do Not Modify) Contact', 'Email'"_s;
        QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                              "a\0b\0",
                                              6)
                                << u"c.csv: is UTF-16"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString message = contactsError(bytes);
        const QString path = m_dir.filePath(u"c.csv"_s);
        QVERIFY2(message.startsWith(path.chopped(5)), qPrintable(message));
        QString relative = message;
        relative.replace(m_dir.path() + u'/', QString());
        QVERIFY2(relative.startsWith(expected), qPrintable(relative + u"\n  expected: "_s + expected));
    }

    void windows1252ExportIsDecoded()
    {
        // A Dynamics export saved as Windows-1252 ("CSV" in Excel), made with
        // iconv: £, é, ü, ë, smart quotes, en dash, euro, in plain and quoted
        // cells, after a first record that is plain ASCII.
        const QString path = QStringLiteral(CRM_TEST_DATA_DIR "/contacts-windows-1252.csv");
        const QByteArray before = fileHash(path);
        auto table = readContacts(path, std::nullopt, {});
        QVERIFY2(table, qPrintable(table ? QString() : table.error().message));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(table->rows.size(), size_t(3));
        QCOMPARE(table->input.encoding, u"Windows-1252"_s);
        auto text = [&](size_t row, TextRef Contact::*field) {
            return QString::fromUtf8(table->view(table->rows[row].*field));
        };
        QCOMPARE(text(0, &Contact::firstName), u"Jane"_s);
        QCOMPARE(text(1, &Contact::firstName), u"René"_s);
        QCOMPARE(text(1, &Contact::lastName), u"Müller"_s);
        QCOMPARE(text(1, &Contact::company), u"“Café Crème” Ltd"_s);
        QCOMPARE(text(1, &Contact::city), u"Köln"_s);
        QCOMPARE(table->rows[1].doNotAllow, std::uint8_t(DoNotBulkEmail));
        QCOMPARE(text(2, &Contact::firstName), u"Zoë"_s);
        QCOMPARE(text(2, &Contact::lastName), u"O’Brien"_s);
        QCOMPARE(text(2, &Contact::company), u"Ann \"Nan\" Hügel – £5 ‘deal’ €"_s);
        QCOMPARE(text(2, &Contact::country), u"Éire"_s);
        QCOMPARE(text(2, &Contact::city), u"Dún Laoghaire"_s);

        // A UTF-8 file says so.
        const QString utf8 = file(u"utf8.csv"_s, kHeader + row("id-1", "Ren\xC3\xA9"));
        auto plain = readContacts(utf8, std::nullopt, {});
        QVERIFY(plain);
        QCOMPARE(plain->input.encoding, u"UTF-8"_s);
        QCOMPARE(QString::fromUtf8(plain->view(plain->rows[0].firstName)), u"René"_s);
        // With a byte-order mark (Dynamics, Excel's "CSV UTF-8"), it says that too.
        const QString bom = file(u"utf8-bom.csv"_s, "\xEF\xBB\xBF" + kHeader + row("id-1", "Ren\xC3\xA9"));
        auto marked = readContacts(bom, std::nullopt, {});
        QVERIFY(marked);
        QCOMPARE(marked->input.encoding, u"UTF-8 with BOM"_s);
    }

    void badDateNamesTheValueAndTheForm()
    {
        const QString m = contactsError(kHeader + row("id-1", "Jane", "2024-02-01 10:00"));
        QVERIFY2(m.endsWith(u"'2024-02-01 10:00' is not a date in the form dd/MM/yyyy HH:mm"_s), qPrintable(m));
    }

    void missingColumnListsWhatWasFound()
    {
        const QString m = contactsError("Name,Mail\r\nJane,j@x.com\r\n");
        QVERIFY2(m.contains(u"the file has: Name, Mail"_s), qPrintable(m));
        QVERIFY2(m.contains(u"--map"_s), qPrintable(m));
    }

    void consentLogErrors()
    {
        const QString p = file(u"log.csv"_s,
                               "Contact,Channel,Event,Timestamp,Source,Wording Version,IP\n"
                               "id-1,Email,OptInRequested,2019-11-10T18:00:02Z,web,v1,\n"
                               "id-1,Email,OptInConfirmed,10/11/2019 18:00,web,v1,\n");
        auto r = readConsentLog(p, {});
        QVERIFY(!r);
        QVERIFY2(r.error().message.endsWith(u"log.csv: record 2 (line 3), column 4 'Timestamp': '10/11/2019 18:00' "
                                            "is not an ISO 8601 timestamp"_s),
                 qPrintable(r.error().message));
        const QString unknown = file(u"log2.csv"_s,
                                     "Contact,Channel,Event,Timestamp,Source,Wording Version,IP\n"
                                     "id-1,Fax,OptInRequested,2019-11-10T18:00:02Z,web,v1,\n"
                                     "id-1,Email,Subscribed,2019-11-10T18:00:02Z,web,v1,\n"
                                     "id-1,Email,OptOut,2019-11-10T18:00:02Z,web,v1,\n");
        auto ok = readConsentLog(unknown, {});
        QVERIFY(ok);
        QCOMPARE(ok->events, 3);
        QCOMPARE(ok->skippedUnknown, 2); // skipped and counted, not an error
        QCOMPARE(ok->find("id-1")->at(0).latestEvent, ConsentEvent::OptOut);
    }

    void mailchimpErrors()
    {
        MailchimpAudience audience;
        const QString empty = file(u"subscribed_members_export.csv"_s, QByteArray());
        Status s = readMailchimpExport(empty, audience, {});
        QVERIFY(!s);
        QVERIFY2(s.error().message.endsWith(u"subscribed_members_export.csv: is empty (no header, no records)"_s),
                 qPrintable(s.error().message));

        const QString wrong = file(u"other.csv"_s, "Email,Name\na@b.com,A\n");
        s = readMailchimpExport(wrong, audience, {});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"not a Mailchimp members export"_s), qPrintable(s.error().message));

        // A zip with something else in it.
        const QString zipPath = m_dir.filePath(u"export.zip"_s);
        int err = 0;
        zip_t *z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
        QVERIFY(z);
        static const char kReadme[] = "hello";
        zip_source_t *src = zip_source_buffer(z, kReadme, sizeof kReadme - 1, 0);
        QVERIFY(zip_file_add(z, "readme.txt", src, ZIP_FL_OVERWRITE) >= 0);
        QCOMPARE(zip_close(z), 0);
        s = readMailchimpExport(zipPath, audience, {});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"the zip has no Mailchimp members export"_s)
                     && s.error().message.endsWith(u"it has: readme.txt"_s),
                 qPrintable(s.error().message));

        // A truncated zip.
        QByteArray bytes = testsupport::readFile(zipPath);
        bytes.chop(bytes.size() / 2);
        const QString truncated = file(u"truncated.zip"_s, bytes);
        s = readMailchimpExport(truncated, audience, {});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"truncated.zip: not a readable zip"_s), qPrintable(s.error().message));
    }

    void mailchimpZipIsRead()
    {
        const QByteArray csv = "Email Address,First Name,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LAST_CHANGED,"
                               "LEID,EUID,UNSUB_TIME\nA@Example.com,A,,,2020-01-01 10:00:00,,,1,x,2021-01-01 "
                               "00:00:00\n";
        const QString zipPath = m_dir.filePath(u"good.zip"_s);
        int err = 0;
        zip_t *z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
        zip_source_t *src = zip_source_buffer(z, csv.constData(), zip_uint64_t(csv.size()), 0);
        QVERIFY(zip_file_add(z, "audience/unsubscribed_members_export_abc.csv", src, ZIP_FL_OVERWRITE) >= 0);
        QCOMPARE(zip_close(z), 0);
        MailchimpAudience audience;
        QVERIFY(readMailchimpExport(zipPath, audience, {}));
        QCOMPARE(audience.members.size(), size_t(1));
        QCOMPARE(audience.members[0].status, MailchimpStatus::Unsubscribed);
        QCOMPARE(audience.emails.key(0), std::string_view("a@example.com"));
    }

    void mappingForAnotherCrm()
    {
        const QString mapping = file(u"hubspot.json"_s, R"({"name": "HubSpot", "dateFormat": "yyyy-MM-dd HH:mm",
            "columns": {"id": "Record ID", "email": "Email", "firstName": "First name", "lastName": "Last name",
                        "doNotEmail": "Unsubscribed from all email", "doNotBulkEmail": "Unsubscribed from all email",
                        "doNotPhone": "Do not call", "modifiedOn": "Last modified"},
            "doNotAllowValues": ["true"], "allowValues": ["false", ""]})");
        auto m = ColumnMapping::fromJsonFile(mapping);
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        const QString p = file(u"hubspot.csv"_s,
                               "Record ID,First name,Last name,Email,Unsubscribed from all email,"
                               "Do not call,Last modified\n"
                               "101,Jane,Doe,jane@example.com,true,false,2024-05-01 09:30\n");
        auto r = readContacts(p, *m, {});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rows.size(), size_t(1));
        QCOMPARE(r->rows[0].doNotAllow, std::uint8_t(DoNotEmail | DoNotBulkEmail));

        const QString bad = file(u"bad.json"_s, R"({"columns": {"e-mail": "Email"}})");
        auto b = ColumnMapping::fromJsonFile(bad);
        QVERIFY(!b);
        QVERIFY2(b.error().message.contains(u"columns.e-mail is not a role"_s), qPrintable(b.error().message));
        const QString notJson = file(u"broken.json"_s, "{");
        QVERIFY(!ColumnMapping::fromJsonFile(notJson));
    }

    void runawayQuoteStopsEarly()
    {
        // An unterminated quote in record 1 of a large file: refused at 16 MiB
        // instead of buffering the whole rest of the file.
        QByteArray bytes = kHeader + row("id-1", "\"Jane");
        const QByteArray more = row("id-2");
        while (bytes.size() < (20 << 20))
            bytes += more;
        const QString m = contactsError(bytes);
        QVERIFY2(m.endsWith(u"c.csv: record 1 (line 2): the record is longer than 16 MiB; a quote that opens on line 2 "
                            "or soon after probably never closes"_s),
                 qPrintable(m));
    }

    void textAfterClosingQuote()
    {
        const QString m = contactsError(kHeader + row("id-1", "\"Jane\"x"));
        QVERIFY2(m.endsWith(u"c.csv: record 1 (line 2), column 4 'First Name': text after the closing quote of a "
                            "quoted field"_s),
                 qPrintable(m));
    }

    void missingFile()
    {
        auto r = readContacts(m_dir.filePath(u"nope.csv"_s), std::nullopt, {});
        QVERIFY(!r);
        QVERIFY(r.error().message.endsWith(u"nope.csv: no such file"_s));
    }
};

QTEST_GUILESS_MAIN(TestCrmInput)
#include "tst_crm_input.moc"
