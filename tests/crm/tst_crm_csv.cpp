// The streaming CSV reader on its own: fields that straddle its read blocks,
// quoted fields with doubled quotes and line breaks, record and line numbers.
#include "../core/TestSupport.h"
#include "CsvReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <string>
#include <vector>

using namespace readiness;
using namespace readiness::crm;
using namespace Qt::StringLiterals;
using testsupport::writeFile;

class TestCrmCsv : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void manyBlocksMatchTheRecordsWritten()
    {
        // ~9 MiB of records with every kind of field, so that fields of each
        // kind end exactly at, or straddle, the reader's 1 MiB block reads.
        std::mt19937 random(11);
        auto pick = [&](int n) { return int(random() % unsigned(n)); };
        const std::vector<std::string> plain = {"",
                                                "a",
                                                "Jane",
                                                "jane.doe@example.co.uk",
                                                "07909 674823",
                                                std::string(15, 'x'),
                                                std::string(16, 'y'),
                                                std::string(17, 'z'),
                                                std::string(40, 'w'),
                                                "Zo\xC3\xAB M\xC3\xBCller"};
        const std::vector<std::string> quoted
            = {"a, b", "say \"hi\"", "line\r\nbreak", "\"\"", "", "\"", "x\ny, \"z\""};
        std::vector<std::vector<std::string>> records;
        std::vector<qint64> lines;
        QByteArray bytes = "\xEF\xBB\xBF"
                           "A,B,C,D,E\r\n";
        qint64 line = 2;
        while (bytes.size() < (9 << 20)) {
            std::vector<std::string> fields;
            const qint64 first = line;
            for (int c = 0; c < 5; ++c) {
                if (c)
                    bytes += ',';
                if (pick(4) == 0) {
                    const std::string &v = quoted[size_t(pick(int(quoted.size())))];
                    bytes += '"';
                    for (char ch : v) {
                        if (ch == '"')
                            bytes += '"';
                        if (ch == '\n')
                            ++line;
                        bytes += ch;
                    }
                    bytes += '"';
                    fields.push_back(v);
                } else {
                    const std::string &v = plain[size_t(pick(int(plain.size())))];
                    bytes += QByteArray::fromStdString(v);
                    fields.push_back(v);
                }
            }
            bytes += pick(2) ? "\r\n" : "\n";
            ++line;
            records.push_back(fields);
            lines.push_back(first);
        }
        const QString path = m_dir.filePath(u"many.csv"_s);
        QVERIFY(writeFile(path, bytes));
        auto source = openFileSource(path);
        QVERIFY(source);
        CsvReader csv(**source);
        QVERIFY(csv.readHeader());
        QCOMPARE(csv.header(), (QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}));
        size_t n = 0;
        while (csv.next()) {
            QVERIFY(n < records.size());
            QCOMPARE(csv.fieldCount(), 5);
            for (int c = 0; c < 5; ++c)
                if (csv.field(c) != records[n][size_t(c)])
                    QFAIL(qPrintable(u"record %1, field %2: '%3' instead of '%4'"_s.arg(n + 1).arg(c + 1).arg(
                        QString::fromStdString(std::string(csv.field(c))),
                        QString::fromStdString(records[n][size_t(c)]))));
            QCOMPARE(csv.recordNumber(), qint64(n + 1));
            QCOMPARE(csv.lineNumber(), lines[n]);
            ++n;
        }
        QVERIFY2(!csv.failed(), qPrintable(csv.error().message));
        QCOMPARE(n, records.size());
        QCOMPARE(csv.bytesConsumed(), qint64(bytes.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrmCsv)
#include "tst_crm_csv.moc"
