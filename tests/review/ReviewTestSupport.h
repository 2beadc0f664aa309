#pragma once

// The previous year's assessment the review suites carry over: a real file
// on the older fixture questionnaire (data/v1), answered, with evidence and
// actions, signed off by the DPO (the normal case for a predecessor).
#include "../core/TestSupport.h"
#include "AssessmentDocument.h"
#include "LifecycleRepository.h"
#include "QuestionnaireLoader.h"

#include <QRandomGenerator>

namespace reviewsupport {

inline QString fixture(const QString &version)
{
    return QStringLiteral(REVIEW_DATA_DIR "/%1/questionnaires/review-example.json").arg(version);
}

inline readiness::Questionnaire loadFixture(const QString &version)
{
    auto q = readiness::QuestionnaireLoader::loadFile(fixture(version));
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    return std::move(q).value();
}

/// Evidence files written into @p dir: a small text and 1.5 MiB of random
/// bytes (two chunks), so copying crosses a chunk boundary.
inline QStringList writeEvidence(const QString &dir)
{
    const QString small = dir + QStringLiteral("/cookie-scan.txt");
    const QString large = dir + QStringLiteral("/ropa-export.bin");
    testsupport::writeFile(small, "Cookie scan 2025: 14 cookies, 3 before consent\n");
    QByteArray bytes(3 * 512 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(2025);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    testsupport::writeFile(large, bytes);
    return {small, large};
}

inline void check(const readiness::Status &s)
{
    if (!s)
        qFatal("cannot fill the previous assessment: %s", qPrintable(s.error().toString()));
}

/// Last year's file at @p path: 5 answers (one with a note), 2 evidence
/// files, 3 actions (open, in progress, done); signed off when @p signOff.
inline void createPrevious(const QString &path, const QStringList &evidence, bool signOff = true)
{
    using namespace readiness;
    AssessmentDocument::NewAssessment spec = testsupport::exampleSpec(loadFixture(QStringLiteral("v1")));
    spec.info.title = QStringLiteral("GDPR review 2025");
    auto created = AssessmentDocument::create(path, spec);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    auto &doc = **created;
    doc.repository().setActor(QStringLiteral("Dana"));
    const qint64 ref = doc.questionnaires().first().ref;
    check(doc.setAnswer(ref, QStringLiteral("scope.uses-cookies"), QStringLiteral("yes"), {}));
    check(doc.setAnswer(ref, QStringLiteral("cookies.consent"), QStringLiteral("1"), QStringLiteral("banner only")));
    check(doc.setAnswer(ref, QStringLiteral("cookies.banner-text"), QStringLiteral("2"), {}));
    check(doc.setAnswer(ref, QStringLiteral("cookies.last-scan"), QStringLiteral("2025-10-01"), {}));
    check(doc.setAnswer(ref, QStringLiteral("records.ropa"), QStringLiteral("partial"), QStringLiteral("HR missing")));
    for (const QString &file : evidence) {
        auto e = doc.importEvidence(ref, QStringLiteral("cookies.consent"), file);
        check(e ? success() : Status(e.error()));
    }
    for (auto [title, status] : {std::pair {"Install a consent platform", ActionStatus::Open},
                                 std::pair {"Finish the ROPA for HR", ActionStatus::InProgress},
                                 std::pair {"Appoint a DPO", ActionStatus::Done}}) {
        ActionRecord a;
        a.questionnaireRef = ref;
        a.questionId = QStringLiteral("records.ropa");
        a.title = QString::fromUtf8(title);
        a.owner = QStringLiteral("Sam");
        a.dueDate = QDate(2026, 3, 31);
        a.status = status;
        auto id = doc.addAction(a);
        check(id ? success() : Status(id.error()));
    }
    if (signOff) {
        lifecycle::LifecycleRepository lc(doc.repository());
        auto s = lc.signOff(
            doc.assessment().id,
            {QStringLiteral("Robin Meyer"), QStringLiteral("DPO"), QStringLiteral("Adequate with two open actions.")});
        check(s ? success() : Status(s.error()));
    }
}

} // namespace reviewsupport
