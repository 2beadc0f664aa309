#include "QuestionnaireLoader.h"

#include "InputFile.h"
#include "JsonSource.h"
#include "QuestionnaireRules.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::QuestionnaireLoader)
};

/// Walks the parsed JSON, building the Questionnaire and collecting every
/// problem with its position.
class Checker
{
public:
    explicit Checker(const JsonSource &source)
        : m_source(source)
    { }

    QList<Diagnostic> problems;

    void report(const QString &path, const QString &message) { problems.append(m_source.diagnosticAt(path, message)); }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString index(const QString &path, qsizetype i) { return path + u'[' + QString::number(i) + u']'; }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return u"null"_s;
        case QJsonValue::Bool:
            return Text::tr("a boolean");
        case QJsonValue::Double:
            return Text::tr("a number");
        case QJsonValue::String:
            return Text::tr("a string");
        case QJsonValue::Array:
            return Text::tr("an array");
        case QJsonValue::Object:
            return Text::tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return u"nothing"_s;
    }

    void checkMembers(const QJsonObject &o, const QString &path, std::initializer_list<QLatin1StringView> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (QLatin1StringView a : allowed)
                known = known || it.key() == a;
            if (!known)
                report(join(path, it.key()), Text::tr("unknown member '%1'").arg(it.key()));
        }
    }

    bool require(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (o.contains(key))
            return true;
        report(path, Text::tr("missing required member '%1'").arg(key));
        return false;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        if (!o.contains(key)) {
            if (required)
                require(o, path, key);
            return {};
        }
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().isEmpty()) {
            report(join(path, key), Text::tr("expected a non-empty string, got %1").arg(typeName(v)));
            return {};
        }
        return v.toString();
    }

    QString id(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QString value = string(o, path, key, true);
        if (!value.isEmpty() && !QuestionnaireRules::isId(value))
            report(join(path, key),
                   Text::tr("'%1' is not a valid id (lower-case words of letters and digits joined by '-' or '.')")
                       .arg(value));
        return value;
    }

    LocalizedText text(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        if (!o.contains(key)) {
            if (required)
                require(o, path, key);
            return {};
        }
        const QJsonValue v = o.value(key);
        const QString p = join(path, key);
        if (v.isString()) {
            if (v.toString().trimmed().isEmpty())
                report(p, Text::tr("text must not be empty"));
            return LocalizedText::fromJson(v);
        }
        if (!v.isObject()) {
            report(p, Text::tr("expected a string or an object of language tags, got %1").arg(typeName(v)));
            return {};
        }
        const QJsonObject t = v.toObject();
        if (!t.contains(u"en"_s))
            report(p, Text::tr("localised text must have an English ('en') entry"));
        for (auto it = t.begin(); it != t.end(); ++it) {
            if (!QuestionnaireRules::isLanguageTag(it.key()))
                report(join(p, it.key()), Text::tr("'%1' is not a language tag").arg(it.key()));
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                report(join(p, it.key()), Text::tr("expected a non-empty string, got %1").arg(typeName(it.value())));
        }
        return LocalizedText::fromJson(v);
    }

    double weight(const QJsonObject &o, const QString &path)
    {
        if (!o.contains(u"weight"_s))
            return 1.0;
        const QJsonValue v = o.value(u"weight"_s);
        const QString p = join(path, u"weight"_s);
        if (!v.isDouble()) {
            report(p, Text::tr("expected a number, got %1").arg(typeName(v)));
            return 1.0;
        }
        if (v.toDouble() <= 0) {
            report(p, Text::tr("weight must be greater than 0 (got %1)").arg(v.toDouble()));
            return 1.0;
        }
        return v.toDouble();
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback)
    {
        if (!o.contains(key))
            return fallback;
        const QJsonValue v = o.value(key);
        if (!v.isBool()) {
            report(join(path, key), Text::tr("expected true or false, got %1").arg(typeName(v)));
            return fallback;
        }
        return v.toBool();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required, int minItems)
    {
        if (!o.contains(key)) {
            if (required)
                require(o, path, key);
            return {};
        }
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            report(join(path, key), Text::tr("expected an array, got %1").arg(typeName(v)));
            return {};
        }
        if (v.toArray().size() < minItems)
            report(join(path, key), Text::tr("expected at least %n item(s)", nullptr, int(minItems)));
        return v.toArray();
    }

    QStringList references(const QJsonObject &o, const QString &path)
    {
        QStringList refs;
        const QJsonArray a = array(o, path, u"references"_s, false, 0);
        const QString p = join(path, u"references"_s);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString r = a.at(i).toString();
            if (!a.at(i).isString() || !QuestionnaireRules::isReference(r))
                report(
                    index(p, i),
                    Text::tr(
                        "'%1' is not a recognised reference (e.g. 'GDPR Art 5(1)(a)', 'PECR reg 22(3)', 'Recital 39')")
                        .arg(a.at(i).isString() ? r : typeName(a.at(i))));
            else
                refs.append(r);
        }
        return refs;
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            report(path, Text::tr("expected an object, got %1").arg(typeName(v)));
        return v.toObject();
    }

    void readScale(const QJsonObject &o, Questionnaire &q)
    {
        if (!require(o, QString(), u"scale"_s))
            return;
        const QJsonObject s = object(o.value(u"scale"_s), u"scale"_s);
        checkMembers(s, u"scale"_s, {"levels"_L1, "na_label"_L1});
        const QJsonArray levels = array(s, u"scale"_s, u"levels"_s, true, 2);
        for (qsizetype i = 0; i < levels.size(); ++i) {
            const QString p = index(u"scale.levels"_s, i);
            const QJsonObject l = object(levels.at(i), p);
            checkMembers(l, p, {"value"_L1, "label"_L1, "description"_L1});
            ScaleLevel level;
            const QJsonValue value = l.value(u"value"_s);
            if (!require(l, p, u"value"_s)) {
            } else if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 0) {
                report(join(p, u"value"_s), Text::tr("expected a whole number of 0 or more"));
            } else {
                level.value = value.toInt();
                if (!q.scale.levels.isEmpty() && level.value <= q.scale.levels.last().value)
                    report(join(p, u"value"_s),
                           Text::tr("scale levels out of order: %1 follows %2 (values must increase)")
                               .arg(level.value)
                               .arg(q.scale.levels.last().value));
            }
            level.label = text(l, p, u"label"_s, true);
            level.description = text(l, p, u"description"_s, false);
            q.scale.levels.append(level);
        }
        if (!q.scale.levels.isEmpty() && q.scale.levels.first().value != 0)
            report(u"scale.levels[0].value"_s, Text::tr("the lowest scale level must have value 0"));
        q.scale.naLabel = text(s, u"scale"_s, u"na_label"_s, false);
        if (q.scale.naLabel.isEmpty())
            q.scale.naLabel = LocalizedText::fromJson(
                QJsonObject {{u"en"_s, u"Not applicable"_s}, {u"de"_s, u"Nicht zutreffend"_s}});
    }

    void readRag(const QJsonObject &o, Questionnaire &q)
    {
        if (!o.contains(u"rag"_s))
            return;
        const QJsonObject r = object(o.value(u"rag"_s), u"rag"_s);
        checkMembers(r, u"rag"_s, {"red_below"_L1, "amber_below"_L1});
        auto read = [&](const QString &key, double fallback) {
            if (!r.contains(key))
                return fallback;
            const QJsonValue v = r.value(key);
            if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > 100) {
                report(join(u"rag"_s, key), Text::tr("expected a percentage above 0 and at most 100"));
                return fallback;
            }
            return v.toDouble();
        };
        q.rag.redBelow = read(u"red_below"_s, 50);
        q.rag.amberBelow = read(u"amber_below"_s, 80);
        if (q.rag.redBelow >= q.rag.amberBelow)
            report(u"rag"_s,
                   Text::tr("red_below (%1) must be below amber_below (%2)").arg(q.rag.redBelow).arg(q.rag.amberBelow));
    }

    void readOptions(const QJsonObject &o, const QString &path, Question &question)
    {
        const bool needsOptions = question.type == QuestionType::Choice || question.type == QuestionType::MultiChoice;
        if (!needsOptions) {
            if (o.contains(u"options"_s))
                report(join(path, u"options"_s), Text::tr("options apply only to choice and multichoice questions"));
            return;
        }
        const QJsonArray options = array(o, path, u"options"_s, true, 2);
        QSet<QString> seen;
        for (qsizetype i = 0; i < options.size(); ++i) {
            const QString p = index(join(path, u"options"_s), i);
            const QJsonObject opt = object(options.at(i), p);
            checkMembers(opt, p, {"id"_L1, "label"_L1, "score"_L1});
            ChoiceOption option;
            option.id = id(opt, p, u"id"_s);
            if (!option.id.isEmpty() && seen.contains(option.id))
                report(join(p, u"id"_s), Text::tr("duplicate option id '%1'").arg(option.id));
            seen.insert(option.id);
            option.label = text(opt, p, u"label"_s, true);
            if (opt.contains(u"score"_s)) {
                const QJsonValue s = opt.value(u"score"_s);
                if (!s.isDouble() || s.toDouble() < 0 || s.toDouble() > 1)
                    report(join(p, u"score"_s), Text::tr("score must be a number from 0 to 1"));
                else
                    option.score = s.toDouble();
            }
            question.options.append(option);
        }
    }

    /// Values a question can be answered with, for checking applies_if.
    static bool acceptsValue(const Question &q, const AnswerScale &scale, const QString &value)
    {
        switch (q.type) {
        case QuestionType::Maturity: {
            bool isInt = false;
            const int v = value.toInt(&isInt);
            return (isInt && scale.level(v)) || (value == "na"_L1 && q.allowNa);
        }
        case QuestionType::YesNo:
            return value == "yes"_L1 || value == "no"_L1 || (value == "na"_L1 && q.allowNa);
        case QuestionType::Choice:
        case QuestionType::MultiChoice:
            return q.option(value) != nullptr;
        case QuestionType::Text:
        case QuestionType::Date:
            return true;
        }
        return false;
    }

    void readCondition(const QJsonObject &o, const QString &path, Question &question, const Questionnaire &q,
                       const QHash<QString, const Question *> &earlier)
    {
        if (!o.contains(u"applies_if"_s))
            return;
        const QString p = join(path, u"applies_if"_s);
        const QJsonObject c = object(o.value(u"applies_if"_s), p);
        checkMembers(c, p, {"question"_L1, "equals"_L1, "not_equals"_L1, "in"_L1, "contains"_L1});
        Condition condition;
        condition.questionId = string(c, p, u"question"_s, true);
        int tests = 0;
        const struct
        {
            QLatin1StringView key;
            Condition::Test test;
        } kinds[] = {{"equals"_L1, Condition::Test::Equals},
                     {"not_equals"_L1, Condition::Test::NotEquals},
                     {"in"_L1, Condition::Test::In},
                     {"contains"_L1, Condition::Test::Contains}};
        for (const auto &k : kinds) {
            if (!c.contains(k.key))
                continue;
            ++tests;
            condition.test = k.test;
            const QJsonValue v = c.value(k.key);
            if (k.test == Condition::Test::In) {
                const QJsonArray values = array(c, p, k.key, true, 1);
                for (qsizetype i = 0; i < values.size(); ++i) {
                    if (!values.at(i).isString())
                        report(index(join(p, k.key), i), Text::tr("expected a string"));
                    condition.values.append(values.at(i).toString());
                }
            } else if (!v.isString()) {
                report(join(p, k.key), Text::tr("expected a string, got %1").arg(typeName(v)));
            } else {
                condition.values.append(v.toString());
            }
        }
        if (tests != 1)
            report(p, Text::tr("a condition needs exactly one of 'equals', 'not_equals', 'in' or 'contains'"));
        if (condition.questionId.isEmpty())
            return;
        const Question *target = earlier.value(condition.questionId);
        if (!target) {
            report(join(p, u"question"_s),
                   m_allQuestionIds.contains(condition.questionId)
                       ? Text::tr("'%1' is not an earlier question; applies_if may only refer to questions before it")
                             .arg(condition.questionId)
                       : Text::tr("no question '%1' in this questionnaire").arg(condition.questionId));
            return;
        }
        if (condition.test == Condition::Test::Contains && target->type != QuestionType::MultiChoice)
            report(p,
                   Text::tr("'contains' applies only to multichoice questions; '%1' is %2")
                       .arg(condition.questionId, questionTypeName(target->type)));
        for (const QString &value : std::as_const(condition.values))
            if (!acceptsValue(*target, q.scale, value))
                report(p, Text::tr("'%1' is not a possible answer to '%2'").arg(value, condition.questionId));
        question.appliesIf = condition;
    }

    /// "jurisdictions": codes such as EU, UK or DE (ISO 3166-1 alpha-2).
    QStringList jurisdictions(const QJsonObject &o, const QString &path, bool required)
    {
        QStringList codes;
        const QJsonArray j = array(o, path, u"jurisdictions"_s, required, 1);
        const QString p = join(path, u"jurisdictions"_s);
        for (qsizetype i = 0; i < j.size(); ++i) {
            const QString code = j.at(i).toString();
            static const QRegularExpression valid(u"^[A-Z]{2,3}$"_s);
            if (!j.at(i).isString() || !valid.match(code).hasMatch())
                report(index(p, i), Text::tr("expected a jurisdiction code such as 'EU', 'UK' or 'DE'"));
            else
                codes.append(code);
        }
        return codes;
    }

    void readQuestion(const QJsonValue &value, const QString &p, Questionnaire &q, Section &section,
                      QHash<QString, const Question *> &earlier, QSet<QString> &ids)
    {
        const QJsonObject o = object(value, p);
        checkMembers(o, p,
                     {"id"_L1, "text"_L1, "guidance"_L1, "references"_L1, "weight"_L1, "critical"_L1, "type"_L1,
                      "allow_na"_L1, "options"_L1, "evidence"_L1, "remediation"_L1, "applies_if"_L1,
                      "jurisdictions"_L1});
        Question question;
        question.id = id(o, p, u"id"_s);
        if (!question.id.isEmpty() && ids.contains(question.id))
            report(join(p, u"id"_s), Text::tr("duplicate question id '%1'").arg(question.id));
        question.text = text(o, p, u"text"_s, true);
        question.guidance = text(o, p, u"guidance"_s, false);
        question.references = references(o, p);
        question.weight = weight(o, p);
        question.critical = boolean(o, p, u"critical"_s, false);
        const QString type = string(o, p, u"type"_s, true);
        if (!type.isEmpty()) {
            if (auto t = questionTypeFromName(type))
                question.type = *t;
            else
                report(
                    join(p, u"type"_s),
                    Text::tr("unknown question type '%1' (expected maturity, yesno, choice, multichoice, text or date)")
                        .arg(type));
        }
        question.allowNa = boolean(o, p, u"allow_na"_s, true);
        question.jurisdictions = jurisdictions(o, p, false);
        readOptions(o, p, question);
        if (o.contains(u"evidence"_s)) {
            const QString ep = join(p, u"evidence"_s);
            const QJsonObject e = object(o.value(u"evidence"_s), ep);
            checkMembers(e, ep, {"expected"_L1, "hint"_L1});
            require(e, ep, u"expected"_s);
            question.evidenceExpected = boolean(e, ep, u"expected"_s, false);
            question.evidenceHint = text(e, ep, u"hint"_s, false);
        }
        question.remediation = text(o, p, u"remediation"_s, false);
        readCondition(o, p, question, q, earlier);
        if (question.critical && !question.isScored())
            report(join(p, u"critical"_s), Text::tr("only scored questions can be critical"));
        if (section.scoped && question.critical)
            report(join(p, u"critical"_s), Text::tr("questions in a scoping section cannot be critical"));
        ids.insert(question.id);
        section.questions.append(question);
    }

    void readSections(const QJsonObject &o, Questionnaire &q)
    {
        const QJsonArray sections = array(o, QString(), u"sections"_s, true, 1);
        QSet<QString> sectionIds;
        QSet<QString> questionIds;
        // Sections are appended as they are read so that pointers into the
        // earlier ones stay valid; reserve up front.
        q.sections.reserve(sections.size());
        QHash<QString, const Question *> earlier;
        // Every id up front, so a condition on a later question is told
        // apart from one on a question that does not exist.
        for (const QJsonValue &section : sections)
            for (const QJsonValue &question : section.toObject().value(u"questions"_s).toArray())
                m_allQuestionIds.insert(question.toObject().value(u"id"_s).toString());
        for (qsizetype s = 0; s < sections.size(); ++s) {
            const QString p = index(u"sections"_s, s);
            const QJsonObject so = object(sections.at(s), p);
            checkMembers(
                so, p,
                {"id"_L1, "title"_L1, "description"_L1, "references"_L1, "weight"_L1, "scoped"_L1, "questions"_L1});
            q.sections.append(Section {});
            Section &section = q.sections.last();
            section.id = id(so, p, u"id"_s);
            if (!section.id.isEmpty() && sectionIds.contains(section.id))
                report(join(p, u"id"_s), Text::tr("duplicate section id '%1'").arg(section.id));
            sectionIds.insert(section.id);
            section.title = text(so, p, u"title"_s, true);
            section.description = text(so, p, u"description"_s, false);
            section.references = references(so, p);
            section.weight = weight(so, p);
            section.scoped = boolean(so, p, u"scoped"_s, false);
            const QJsonArray questions = array(so, p, u"questions"_s, true, 1);
            section.questions.reserve(questions.size());
            for (qsizetype i = 0; i < questions.size(); ++i) {
                readQuestion(questions.at(i), index(join(p, u"questions"_s), i), q, section, earlier, questionIds);
                const Question &added = section.questions.last();
                if (!added.id.isEmpty() && !earlier.contains(added.id))
                    earlier.insert(added.id, &added);
            }
        }
    }

    void read(Questionnaire &q)
    {
        const QJsonObject o = object(m_source.root(), QString());
        if (!m_source.root().isObject())
            return;
        checkMembers(o, QString(),
                     {"$schema"_L1, "format"_L1, "id"_L1, "version"_L1, "title"_L1, "description"_L1,
                      "jurisdictions"_L1, "scale"_L1, "rag"_L1, "sections"_L1});
        if (require(o, QString(), u"format"_s)) {
            const QJsonValue f = o.value(u"format"_s);
            if (!f.isDouble() || f.toDouble() != QuestionnaireLoader::kFormat)
                report(u"format"_s,
                       Text::tr("unsupported questionnaire format %1 (this version reads format %2)")
                           .arg(f.isDouble() ? QString::number(f.toDouble()) : typeName(f))
                           .arg(QuestionnaireLoader::kFormat));
        }
        q.id = id(o, QString(), u"id"_s);
        q.version = string(o, QString(), u"version"_s, true);
        if (!q.version.isEmpty() && !QuestionnaireRules::isVersion(q.version))
            report(u"version"_s, Text::tr("'%1' is not a semantic version (MAJOR.MINOR.PATCH)").arg(q.version));
        q.title = text(o, QString(), u"title"_s, true);
        q.description = text(o, QString(), u"description"_s, false);
        q.jurisdictions = jurisdictions(o, QString(), true);
        readScale(o, q);
        readRag(o, q);
        readSections(o, q);
    }

private:
    const JsonSource &m_source;
    QSet<QString> m_allQuestionIds;
};

} // namespace

Result<Questionnaire> QuestionnaireLoader::loadFile(const QString &path)
{
    auto bytes = InputFile::readAll(path, kMaxFileBytes, Text::tr("questionnaire"));
    if (!bytes)
        return bytes.error();
    return loadBytes(*bytes, path);
}

namespace {
Result<Questionnaire> check(const JsonSource &source, const QByteArray &bytes, const QString &label,
                            const QString &knownSha256 = {})
{
    QList<Diagnostic> problems = source.diagnostics();
    Questionnaire q;
    if (!source.root().isUndefined()) {
        Checker checker(source);
        checker.read(q);
        problems += checker.problems;
    }
    if (!problems.isEmpty()) {
        std::stable_sort(problems.begin(), problems.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        return Error {Text::tr("%1: the questionnaire has %n problem(s)", nullptr, int(problems.size())).arg(label),
                      problems};
    }
    q.sourceJson = bytes;
    q.sha256 = knownSha256.isEmpty() ? Sha256::hex(bytes) : knownSha256;
    q.buildIndex();
    return q;
}
} // namespace

Result<Questionnaire> QuestionnaireLoader::loadBytes(const QByteArray &bytes, const QString &label)
{
    return check(JsonSource::parse(bytes, label), bytes, label);
}

Result<Questionnaire> QuestionnaireLoader::loadTrusted(const QByteArray &bytes, const QString &label,
                                                       const QString &sha256)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        auto q = check(JsonSource::fromValue(doc.object(), label), bytes, label, sha256);
        if (q)
            return q;
    }
    return loadBytes(bytes, label); // again, to say where the problems are
}

} // namespace readiness
