// File format 2 (the CRM audit tables): a file written by format 1 opens
// read-only as it is, without a byte changed, and opening it for writing
// migrates it in place with every answer kept. The fixture is a real
// format-1 file written by the application before the migration existed.
#include "../core/TestSupport.h"
#include "AssessmentDocument.h"
#include "AssessmentFile.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace readiness;
using testsupport::fileHash;

namespace {

const QString kFormat1 = QStringLiteral(TEST_DATA_DIR "/format-1.gdpra");

QStringList tables(const QString &path)
{
    QStringList names;
    const QString connection = u"tables-%1"_s.arg(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u"file:"_s + path + u"?mode=ro"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'crm_audit%' ORDER BY name"_s);
            while (q.next())
                names << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
}

int userVersion(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = f.read(100);
    return header.size() == 100 ? qFromBigEndian<quint32>(header.constData() + 60) : -1;
}

} // namespace

class TestCrmMigration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString copyOfFormat1(const QString &name)
    {
        const QString p = m_dir.filePath(name);
        QFile::remove(p);
        if (!QFile::copy(kFormat1, p))
            qFatal("cannot copy the fixture");
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(userVersion(kFormat1), 1);
        QVERIFY(AssessmentFile::kSchemaVersion >= 2); // the CRM tables are in every later format
    }

    void format1OpensReadOnlyUnchanged()
    {
        const QString p = copyOfFormat1(u"read-only.gdpra"_s);
        const QByteArray before = fileHash(p);
        {
            auto doc = AssessmentDocument::open(p, AssessmentFile::Mode::ReadOnly);
            QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
            QCOMPARE((*doc)->repository().file().schemaVersion(), 1);
            QCOMPARE((*doc)->questionnaires().size(), 1);
            const auto &entry = (*doc)->questionnaires().first();
            QCOMPARE(entry.answers.size(), 1);
        }
        QCOMPARE(fileHash(p), before);
        QCOMPARE(tables(p), QStringList());
        QVERIFY(!QFile::exists(p + u"-wal"_s) || QFileInfo(p + u"-wal"_s).size() == 0);
    }

    void format1MigratesOnReadWriteOpen()
    {
        const QString p = copyOfFormat1(u"migrate.gdpra"_s);
        QString answerBefore;
        {
            auto doc = AssessmentDocument::open(p, AssessmentFile::Mode::ReadOnly);
            QVERIFY(doc.ok());
            answerBefore = (*doc)->questionnaires().first().answers.begin().value();
        }
        {
            auto doc = AssessmentDocument::open(p);
            QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
            QCOMPARE((*doc)->repository().file().schemaVersion(), AssessmentFile::kSchemaVersion);
            QCOMPARE((*doc)->questionnaires().first().answers.begin().value(), answerBefore);
        }
        QCOMPARE(userVersion(p), AssessmentFile::kSchemaVersion);
        QCOMPARE(tables(p),
                 (QStringList {u"crm_audit_address"_s, u"crm_audit_count"_s, u"crm_audit_input"_s, u"crm_audit_link"_s,
                               u"crm_audit_record"_s, u"crm_audit_run"_s}));
        // The migrated file passes every check of a file made as format 2.
        for (auto mode : {AssessmentFile::Mode::ReadOnly, AssessmentFile::Mode::ReadWrite}) {
            auto again = AssessmentDocument::open(p, mode);
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
            QCOMPARE((*again)->repository().file().schemaVersion(), AssessmentFile::kSchemaVersion);
        }
    }

    // A format-1 file must not carry the format-2 tables: one that does was
    // not made by the migrations (the schema check compares with format 1).
    void format1WithAuditTablesIsForeign()
    {
        const QString p = copyOfFormat1(u"foreign.gdpra"_s);
        {
            const QString connection = u"plant"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(p);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"CREATE TABLE crm_audit_run (id INTEGER PRIMARY KEY)"_s));
                QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        const QByteArray before = fileHash(p);
        for (auto mode : {AssessmentFile::Mode::ReadOnly, AssessmentFile::Mode::ReadWrite}) {
            AssessmentFile::Failure why = AssessmentFile::Failure::None;
            auto doc = AssessmentDocument::open(p, mode, &why);
            QVERIFY(!doc);
            QCOMPARE(why, AssessmentFile::Failure::ForeignSchema);
            QVERIFY(doc.error().message.contains(u"crm_audit_run"_s));
        }
        QCOMPARE(fileHash(p), before);
        QCOMPARE(userVersion(p), 1);
    }

    // A file of a newer format is still refused, read-only or not.
    void newerFormatRefused()
    {
        const QString p = copyOfFormat1(u"newer.gdpra"_s);
        {
            QFile f(p);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(60));
            char v[4];
            qToBigEndian<quint32>(AssessmentFile::kSchemaVersion + 1, v);
            QCOMPARE(f.write(v, 4), 4);
        }
        const QByteArray before = fileHash(p);
        for (auto mode : {AssessmentFile::Mode::ReadOnly, AssessmentFile::Mode::ReadWrite}) {
            AssessmentFile::Failure why = AssessmentFile::Failure::None;
            auto doc = AssessmentDocument::open(p, mode, &why);
            QVERIFY(!doc);
            QCOMPARE(why, AssessmentFile::Failure::TooNew);
        }
        QCOMPARE(fileHash(p), before);
    }
};

QTEST_GUILESS_MAIN(TestCrmMigration)
#include "tst_crm_migration.moc"
