#pragma once

#include "AssessmentDocument.h"
#include "QuestionnaireLoader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace testsupport {

/// SHA-256 of a file's bytes, to prove a refused file was left untouched.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Runs @p statements on the file at @p path through a connection of its
/// own, as another program would (a crafted file), and checkpoints its log
/// into the file; false when any step fails.
inline bool alterBehindTheBack(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("behind-the-back");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = true;
            for (const QString &sql : statements)
                ok = ok && q.exec(sql);
            ok = ok && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// The valid example questionnaire of tests/data, which the storage suites
/// build their assessments from.
inline readiness::Result<readiness::Questionnaire> exampleQuestionnaire()
{
    return readiness::QuestionnaireLoader::loadFile(
        QStringLiteral(TEST_DATA_DIR "/questionnaires/valid-example/input.json"));
}

/// A new assessment of Acme Ltd on @p questionnaire.
inline readiness::AssessmentDocument::NewAssessment exampleSpec(const readiness::Questionnaire &questionnaire)
{
    readiness::AssessmentDocument::NewAssessment spec;
    spec.organisation
        = {QStringLiteral("Acme Ltd"), QStringLiteral("Retail"), QStringLiteral("UK"), 48e6, QStringLiteral("GBP"), {}};
    spec.info.title = QStringLiteral("Review");
    spec.info.assessor = QStringLiteral("Dana");
    spec.info.targetDate = QDate(2027, 3, 15);
    spec.questionnaires = {questionnaire};
    return spec;
}

/// A new assessment file at @p path made from exampleSpec(); aborts the
/// test run when it cannot be created (every test after it would be moot).
inline std::unique_ptr<readiness::AssessmentDocument>
createExampleDocument(const QString &path, const readiness::Questionnaire &questionnaire)
{
    auto doc = readiness::AssessmentDocument::create(path, exampleSpec(questionnaire));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return std::move(doc).value();
}

} // namespace testsupport
