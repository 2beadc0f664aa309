#include "QuestionnaireLoader.h"
#include "ReadinessScore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace readiness;

/// The content checks of the bundled questionnaires (issue: questionnaires).
class TestBundledQuestionnaires : public QObject
{
    Q_OBJECT

    struct Expectation
    {
        QString file;
        QStringList sections; // scored sections, in order
        int minPerSection; // for the sections listed
        int minTotal;
    };

    // Topic sections beyond the principles or channels: smaller, but never token.
    static constexpr int kMinPerTopicSection = 4;

    static QList<Expectation> expectations()
    {
        return {
            {u"gdpr-principles.json"_s,
             {u"lawfulness"_s, u"purpose-limitation"_s, u"data-minimisation"_s, u"accuracy"_s, u"storage-limitation"_s,
              u"security"_s, u"accountability"_s},
             8,
             115},
            {u"pecr.json"_s,
             {u"email-sms"_s, u"live-calls"_s, u"automated-calls"_s, u"fax"_s, u"cookies"_s, u"service-security"_s,
              u"directories"_s},
             5,
             71},
            {u"crm-data-quality.json"_s,
             {u"correctness"_s, u"standardisation"_s, u"duplicates"_s, u"retention"_s, u"validation"_s, u"enrichment"_s,
              u"suppression"_s, u"consent"_s, u"touchpoints"_s},
             5,
             73},
            {u"eprivacy-de.json"_s,
             {u"terminal-equipment"_s, u"consent-management"_s, u"email-marketing"_s, u"double-opt-in"_s,
              u"telephone"_s, u"imprint"_s, u"governance"_s},
             4,
             45},
        };
    }

    static QList<Questionnaire> loadAll()
    {
        QList<Questionnaire> all;
        for (const Expectation &e : expectations()) {
            auto q = QuestionnaireLoader::loadFile(QStringLiteral(SOURCE_DIR "/questionnaires/") + e.file);
            if (q)
                all.append(*q);
        }
        return all;
    }

    static const Question *find(const QList<Questionnaire> &all, const QString &questionnaire, const QString &id)
    {
        for (const Questionnaire &q : all)
            if (q.id == questionnaire)
                return q.question(id);
        return nullptr;
    }

private slots:
    void bundled_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("sections");
        QTest::addColumn<int>("minPerSection");
        QTest::addColumn<int>("minTotal");
        for (const Expectation &e : expectations())
            QTest::newRow(qPrintable(e.file)) << QStringLiteral(SOURCE_DIR "/questionnaires/") + e.file << e.sections
                                              << e.minPerSection << e.minTotal;
    }

    void bundled()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, sections);
        QFETCH(int, minPerSection);
        QFETCH(int, minTotal);
        auto loaded = QuestionnaireLoader::loadFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
        const Questionnaire &q = *loaded;
        QCOMPARE(q.id, QFileInfo(path).completeBaseName()); // the file name is the id

        // A scoping section first, then the expected scored sections in order.
        QVERIFY(q.sections.first().scoped);
        QStringList scored;
        int total = 0;
        for (const Section &s : q.sections) {
            QVERIFY2(s.title.hasLanguage(u"de"_s), qPrintable(u"section without German title: "_s + s.id));
            if (s.scoped)
                continue;
            scored << s.id;
            QVERIFY2(s.questions.size() >= (sections.contains(s.id) ? minPerSection : kMinPerTopicSection),
                     qPrintable(u"%1 has %2 questions"_s.arg(s.id).arg(s.questions.size())));
            total += int(s.questions.size());
        }
        for (const QString &id : sections)
            QVERIFY2(scored.contains(id), qPrintable(u"missing section "_s + id));
        QVERIFY2(total >= minTotal, qPrintable(u"%1 scored questions"_s.arg(total)));
        for (const ScaleLevel &l : q.scale.levels)
            QVERIFY(l.label.hasLanguage(u"de"_s));
        QVERIFY(q.scale.naLabel.hasLanguage(u"de"_s));
        QVERIFY(q.title.hasLanguage(u"de"_s));

        static const QRegularExpression idForm(u"^[a-z0-9-]+\\.[a-z0-9-]+$"_s);
        for (const Section &s : q.sections) {
            for (const Question &question : s.questions) {
                const QString where = q.id + u':' + question.id;
                QVERIFY2(idForm.match(question.id).hasMatch(), qPrintable(where));
                QVERIFY2(question.id.startsWith(s.id + u'.'), qPrintable(where + u" is not named after its section"_s));
                QVERIFY2(!question.text.text(u"en"_s).isEmpty(), qPrintable(where));
                if (s.scoped)
                    continue;
                QVERIFY2(!question.guidance.isEmpty(), qPrintable(where + u": no guidance"_s));
                QVERIFY2(!question.references.isEmpty(), qPrintable(where + u": no reference"_s));
                QVERIFY2(!question.evidenceHint.isEmpty(), qPrintable(where + u": no evidence hint"_s));
                QVERIFY2(!question.remediation.isEmpty(), qPrintable(where + u": no remediation"_s));
                QVERIFY2(question.isScored(), qPrintable(where + u": not scored"_s));
                if (question.appliesIf) // the loader checked it points back; it must resolve
                    QVERIFY(q.question(question.appliesIf->questionId));
            }
        }
    }

    void criticalQuestionsExist()
    {
        for (const Expectation &e : expectations()) {
            auto q = QuestionnaireLoader::loadFile(QStringLiteral(SOURCE_DIR "/questionnaires/") + e.file);
            QVERIFY(q.ok());
            int critical = 0;
            for (const Section &s : q->sections)
                for (const Question &question : s.questions)
                    critical += question.critical ? 1 : 0;
            QVERIFY2(critical >= 3, qPrintable(e.file));
        }
    }

    void criticalFollowsTheWrittenRule()
    {
        // docs/scoring.md, "What makes a question critical": the table there
        // lists every critical question; nothing else may be critical.
        QFile doc(QStringLiteral(SOURCE_DIR "/docs/scoring.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype from = text.indexOf(u"## What makes a question critical"_s);
        QVERIFY(from >= 0);
        const QString rule = text.mid(from, text.indexOf(u"\n## "_s, from + 1) - from);
        static const QRegularExpression listed(u"`([a-z0-9-]+):([a-z0-9.-]+)`"_s);
        QSet<QString> inRule;
        for (const auto &m : listed.globalMatch(rule))
            inRule.insert(m.captured(1) + u':' + m.captured(2));
        QVERIFY(inRule.size() > 30);

        const QList<Questionnaire> all = loadAll();
        QCOMPARE(all.size(), 4);
        QSet<QString> critical;
        for (const Questionnaire &q : all) {
            double maxWeight = 0;
            for (const Section &s : q.sections)
                for (const Question &question : s.questions)
                    maxWeight = std::max(maxWeight, question.weight);
            for (const Section &s : q.sections) {
                for (const Question &question : s.questions) {
                    const QString key = q.id + u':' + question.id;
                    if (!question.critical)
                        continue;
                    critical.insert(key);
                    QVERIFY2(question.weight == maxWeight,
                             qPrintable(key + u": critical but not of the highest weight"_s));
                    QVERIFY2(question.type == QuestionType::Maturity || question.type == QuestionType::YesNo,
                             qPrintable(key));
                    // A critical question is a legal duty: "not applicable" only
                    // where the guidance states the condition (and then with a
                    // written reason, which AssessmentDocument enforces).
                    if (question.allowNa)
                        QVERIFY2(question.guidance.text(u"en"_s).contains(u"Answer N/A only if"_s),
                                 qPrintable(key + u": N/A allowed without a condition in the guidance"_s));
                }
            }
        }
        for (const QString &key : std::as_const(critical))
            QVERIFY2(inRule.contains(key), qPrintable(key + u" is critical but not in docs/scoring.md"_s));
        for (const QString &key : std::as_const(inRule))
            QVERIFY2(critical.contains(key), qPrintable(key + u" is in docs/scoring.md but not critical"_s));
    }

    void universalDutiesCannotBeNotApplicable()
    {
        // Issue 12: the duties every controller has may not be answered N/A.
        const QList<Questionnaire> all = loadAll();
        for (const char *id :
             {"lawfulness.lawful-basis-recorded", "lawfulness.privacy-notice-content",
              "lawfulness.rights-requests-process", "storage-limitation.retention-schedule",
              "security.risk-based-measures", "security.breach-procedure", "security.breach-register"}) {
            const Question *q = find(all, u"gdpr-principles"_s, QString::fromLatin1(id));
            QVERIFY2(q && q->critical && !q->allowNa, id);
        }
        // Art 7(1) is critical wherever consent records are asked about.
        QVERIFY(find(all, u"gdpr-principles"_s, u"lawfulness.consent-records"_s)->critical);
        QVERIFY(find(all, u"crm-data-quality"_s, u"consent.provable-records"_s)->critical);
        QVERIFY(find(all, u"gdpr-principles"_s, u"accountability.ropa"_s)->critical);
    }

    void automatedCallsMustPresentCallerId()
    {
        // PECR reg 19 as amended by SI 2016/524: law, not good practice.
        const QList<Questionnaire> all = loadAll();
        const Question *cli = find(all, u"pecr"_s, u"automated-calls.cli-presented"_s);
        QVERIFY(cli);
        QVERIFY(cli->isScored());
        QVERIFY(cli->references.contains(u"PECR reg 19"_s));
        QVERIFY(cli->guidance.text(u"en"_s).contains(u"SI 2016/524"_s));
        QVERIFY(cli->appliesIf && cli->appliesIf->questionId == u"scope.automated-calls"_s);
        const Question *identity = find(all, u"pecr"_s, u"automated-calls.identity-and-contact"_s);
        QVERIFY(!identity->guidance.text(u"en"_s).contains(u"good practice"_s));
        QVERIFY(find(all, u"crm-data-quality"_s, u"consent.phone-basis"_s)
                    ->guidance.text(u"en"_s)
                    .contains(u"caller ID"_s));
    }

    void pecrBreachDeadlineIsJurisdictionAware()
    {
        // UK: 72 h since 20 August 2025 (DUAA 2025, SI 2025/904); EU: 24 h (Reg 611/2013).
        const QList<Questionnaire> all = loadAll();
        const Question *q = find(all, u"pecr"_s, u"service-security.breach-notification-ico"_s);
        QVERIFY(q);
        const QString text = q->text.text(u"en"_s);
        QVERIFY(text.contains(u"72 hours"_s) && text.contains(u"24 hours"_s));
        const QString guidance = q->guidance.text(u"en"_s);
        QVERIFY(guidance.contains(u"SI 2025/904"_s) && guidance.contains(u"611/2013"_s));
        QVERIFY(q->remediation.text(u"en"_s).contains(u"72-hour"_s));
        QFile doc(QStringLiteral(SOURCE_DIR "/docs/questionnaires.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString docs = QString::fromUtf8(doc.readAll());
        QVERIFY2(!docs.contains(u"ICO within 24 hours"_s), "docs/questionnaires.md still gives the old UK deadline");
    }

    void storageLimitationMeansDeletion()
    {
        // Art 5(1)(e): deactivating keeps the data; both questionnaires agree.
        const QList<Questionnaire> all = loadAll();
        for (const auto &[questionnaire, id] :
             {std::pair {u"gdpr-principles"_s, u"storage-limitation.inactive-records"_s},
              std::pair {u"crm-data-quality"_s, u"retention.delete-or-anonymise"_s}}) {
            const Question *q = find(all, questionnaire, id);
            QVERIFY(q);
            for (const QString &t : {q->text.text(u"en"_s), q->remediation.text(u"en"_s)}) {
                QVERIFY2(!t.contains(u"deactivate or delete"_s, Qt::CaseInsensitive), qPrintable(id));
                QVERIFY2(t.contains(u"anonymise"_s), qPrintable(id + u": "_s + t));
            }
        }
    }

    void newTopicsHaveGermanTitles()
    {
        // Questions added in 2.0.0 carry a German text (earlier ones are English only).
        const QList<Questionnaire> all = loadAll();
        const QStringList newSections {u"processor"_s, u"children"_s, u"leadership"_s, u"employment"_s, u"adtech"_s};
        int checked = 0;
        for (const Questionnaire &q : all) {
            for (const Section &s : q.sections) {
                for (const Question &question : s.questions) {
                    const bool isNew = newSections.contains(s.id)
                        || QStringList {u"lawfulness.other-lawful-bases"_s,
                                        u"lawfulness.rights-exemptions"_s,
                                        u"lawfulness.access-third-party-data"_s,
                                        u"automated-calls.cli-presented"_s,
                                        u"scope.acts-as-processor"_s,
                                        u"scope.employs-staff"_s,
                                        u"scope.ad-platforms"_s}
                               .contains(question.id);
                    if (!isNew || (q.id != u"gdpr-principles"_s && q.id != u"pecr"_s))
                        continue;
                    QVERIFY2(question.text.hasLanguage(u"de"_s), qPrintable(question.id));
                    ++checked;
                }
            }
        }
        QVERIFY(checked >= 40);
    }

    void bdsgQuestionsAreGermanyOnlyAndGated()
    {
        // Issue 13: the BDSG specifics apply in Germany only and stay out of the
        // score until the organisation says it is subject to the BDSG.
        auto q = QuestionnaireLoader::loadFile(QStringLiteral(SOURCE_DIR "/questionnaires/gdpr-principles.json"));
        QVERIFY(q.ok());
        const Question *gate = q->question(u"scope.subject-to-bdsg"_s);
        QVERIFY(gate);
        QCOMPARE(gate->jurisdictions, QStringList {u"DE"_s});
        const Section *bdsg = nullptr;
        for (const Section &s : q->sections)
            if (s.id == u"bdsg"_s)
                bdsg = &s;
        QVERIFY(bdsg);
        QStringList cited;
        for (const Question &question : bdsg->questions) {
            QCOMPARE(question.jurisdictions, QStringList {u"DE"_s});
            QVERIFY2(question.appliesIf && question.appliesIf->questionId == gate->id, qPrintable(question.id));
            for (const LocalizedText *t :
                 {&question.text, &question.guidance, &question.evidenceHint, &question.remediation})
                QVERIFY2(t->hasLanguage(u"de"_s) && t->hasLanguage(u"en"_s), qPrintable(question.id));
            cited << question.references;
        }
        for (const char *ref : {"BDSG § 38(1)", "BDSG § 26(1)", "CJEU C-34/21", "BDSG § 4(1)", "BDSG § 43(3)"})
            QVERIFY2(cited.contains(QString::fromUtf8(ref)), ref);
        // Gate unanswered or "no": the section applies nowhere and has no score, so
        // an organisation outside Germany (the UK demo) keeps its score.
        const auto sectionScore = [&](const AnswerMap &answers) {
            const QuestionnaireScore score = ReadinessScore::compute(*q, answers);
            return score.sections.at(score.sections.size() - 1);
        };
        AnswerMap answers;
        for (const QString &value : {QString(), u"no"_s}) {
            if (!value.isEmpty())
                answers.insert(gate->id, value);
            const SectionScore s = sectionScore(answers);
            QCOMPARE(s.sectionId, u"bdsg"_s);
            QCOMPARE(s.applicable, 0);
            QVERIFY(!s.percent.has_value());
        }
        answers.insert(gate->id, u"yes"_s);
        QCOMPARE(sectionScore(answers).applicable, int(bdsg->questions.size()));
        QCOMPARE(sectionScore(answers).percent, std::optional<double>(0.0));
    }

    void pecrAndCrmAreGerman()
    {
        // Issue 13: every text of these two questionnaires has a German form; the message lists what lacks one.
        QStringList missing;
        for (const Questionnaire &q : loadAll()) {
            if (q.id != u"pecr"_s && q.id != u"crm-data-quality"_s)
                continue;
            const auto need = [&](const LocalizedText &t, const QString &where) {
                if (!t.isEmpty() && !t.hasLanguage(u"de"_s))
                    missing.append(q.id + u": "_s + where);
            };
            need(q.title, u"title"_s);
            need(q.description, u"description"_s);
            need(q.scale.naLabel, u"scale na_label"_s);
            for (const ScaleLevel &l : q.scale.levels) {
                need(l.label, u"scale label %1"_s.arg(l.value));
                need(l.description, u"scale description %1"_s.arg(l.value));
            }
            for (const Section &s : q.sections) {
                need(s.title, s.id + u" title"_s);
                need(s.description, s.id + u" description"_s);
                for (const Question &question : s.questions) {
                    need(question.text, question.id + u" text"_s);
                    need(question.guidance, question.id + u" guidance"_s);
                    need(question.evidenceHint, question.id + u" evidence hint"_s);
                    need(question.remediation, question.id + u" remediation"_s);
                    for (const ChoiceOption &o : question.options)
                        need(o.label, question.id + u" option "_s + o.id);
                }
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"no German text: "_s + missing.join(u", "_s)));
    }

    void ukOnlyQuestionsAreScopedAndSaySo()
    {
        // UK registers (TPS, CTPS, FPS), UK-only regulations and ICO penalties do not apply to a German
        // organisation: the questions carry ["UK"], and their German text says they are British rules.
        const QStringList ukOnly {u"live-calls.tps-ctps-screening"_s,    u"live-calls.tps-override-evidence"_s,
                                  u"live-calls.cli-presented"_s,         u"live-calls.claims-and-pensions"_s,
                                  u"automated-calls.cli-presented"_s,    u"fax.fps-screening"_s,
                                  u"governance.enforcement-awareness"_s, u"validation.tps-status-stored"_s,
                                  u"suppression.tps-screening"_s};
        int found = 0;
        for (const Questionnaire &q : loadAll()) {
            if (q.id != u"pecr"_s && q.id != u"crm-data-quality"_s)
                continue;
            for (const Section &s : q.sections) {
                for (const Question &question : s.questions) {
                    const bool markedUk = question.jurisdictions == QStringList {u"UK"_s};
                    QVERIFY2(markedUk == ukOnly.contains(question.id), qPrintable(q.id + u": "_s + question.id));
                    if (!markedUk)
                        continue;
                    ++found;
                    const QString german = question.text.text(u"de"_s) + question.guidance.text(u"de"_s);
                    QVERIFY2(german.contains(u"Vereinigte"_s) || german.contains(u"britisch"_s),
                             qPrintable(question.id));
                }
            }
        }
        QCOMPARE(found, ukOnly.size());
    }

    void germanEPrivacyIsBilingualThroughout()
    {
        // Issue 13: every text of the German ePrivacy questionnaire exists in
        // German and English, and the German is a translation, not a copy.
        auto q = QuestionnaireLoader::loadFile(QStringLiteral(SOURCE_DIR "/questionnaires/eprivacy-de.json"));
        QVERIFY2(q.ok(), qPrintable(q ? QString() : q.error().toString()));
        QCOMPARE(q->jurisdictions, QStringList {u"DE"_s});
        QStringList missing;
        const auto check = [&missing](const LocalizedText &t, const QString &where) {
            if (!t.hasLanguage(u"en"_s) || !t.hasLanguage(u"de"_s))
                missing << where;
            else if (t.text(u"de"_s) == t.text(u"en"_s))
                missing << where + u" (German identical to English)"_s;
        };
        check(q->title, u"title"_s);
        check(q->description, u"description"_s);
        for (const Section &s : q->sections) {
            check(s.title, s.id + u".title"_s);
            check(s.description, s.id + u".description"_s);
            for (const Question &question : s.questions) {
                check(question.text, question.id + u".text"_s);
                check(question.guidance, question.id + u".guidance"_s);
                if (s.scoped)
                    continue;
                check(question.evidenceHint, question.id + u".evidence"_s);
                check(question.remediation, question.id + u".remediation"_s);
                // Channel sections hang on the scope; governance always applies.
                QCOMPARE(bool(question.appliesIf), s.id != u"governance"_s);
                if (question.appliesIf)
                    QVERIFY(question.appliesIf->questionId.startsWith(u"scope."_s));
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"not bilingual: "_s + missing.join(u", "_s)));
    }

    void germanEPrivacyFollowsTheLaw()
    {
        const QList<Questionnaire> all = loadAll();
        const auto de
            = std::find_if(all.begin(), all.end(), [](const Questionnaire &q) { return q.id == u"eprivacy-de"_s; });
        QVERIFY(de != all.end());
        const auto get = [&all](const char *id) { return find(all, u"eprivacy-de"_s, QString::fromLatin1(id)); };
        // § 25 TDDDG: consent before access is the principal, critical duty.
        const Question *access = get("terminal-equipment.consent-before-access");
        QVERIFY(access && access->critical && access->references.contains(u"TDDDG § 25(1)"_s));
        QCOMPARE(access->appliesIf->questionId, u"scope.terminal-access"_s);
        // The four cumulative conditions of § 7 Abs. 3 UWG each have a question.
        QStringList conditions;
        for (const Section &s : de->sections)
            for (const Question &question : s.questions)
                for (const QString &ref : question.references)
                    if (ref.startsWith(u"UWG § 7(3)("_s))
                        conditions << ref;
        conditions.sort();
        QCOMPARE(conditions,
                 (QStringList {u"UWG § 7(3)(1)"_s, u"UWG § 7(3)(2)"_s, u"UWG § 7(3)(3)"_s, u"UWG § 7(3)(4)"_s}));
        // § 7a UWG: documented at the time, kept five years from grant and after each use.
        const Question *documented = get("telephone.consent-documented");
        QVERIFY(documented && documented->critical && documented->references.contains(u"UWG § 7a"_s));
        const Question *kept = get("telephone.retention-five-years");
        QVERIFY(kept->text.text(u"en"_s).contains(u"five years from the grant"_s));
        QVERIFY(kept->text.text(u"de"_s).contains(u"nach jeder Verwendung"_s));
        // BGH I ZR 164/09: a double opt-in e-mail does not prove consent to calls.
        const Question *phone = get("double-opt-in.not-for-phone");
        QVERIFY(phone->references.contains(u"BGH I ZR 164/09"_s));
        QVERIFY(phone->guidance.text(u"en"_s).contains(u"neither proves consent to advertising calls"_s));
        // Consumers need prior express consent, businesses at least presumed consent.
        QVERIFY(get("telephone.consumer-prior-consent")->critical);
        QCOMPARE(get("telephone.business-presumed-consent")->appliesIf->questionId, u"scope.phone-businesses"_s);
        // The rename TTDSG -> TDDDG and TMG -> DDG is explained, with the date.
        const QString te = de->sections.at(1).description.text(u"de"_s);
        QVERIFY(te.contains(u"TTDSG"_s) && te.contains(u"13. Mai 2024"_s));
    }

    void allUnansweredScoresZeroNotUndefined()
    {
        // With everything unanswered, the always-applicable sections score 0 %.
        auto q = QuestionnaireLoader::loadFile(QStringLiteral(SOURCE_DIR "/questionnaires/gdpr-principles.json"));
        QVERIFY(q.ok());
        const AnswerMap none;
        const QuestionnaireScore score = ReadinessScore::compute(*q, none);
        QVERIFY(score.percent.has_value());
        QCOMPARE(*score.percent, 0.0);
        QCOMPARE(score.answered, 0);
    }
};

QTEST_GUILESS_MAIN(TestBundledQuestionnaires)
#include "tst_bundledquestionnaires.moc"
