#include "PortfolioSample.h"

#include "AssessmentFile.h"
#include "AssessmentSpec.h"
#include "QuestionnaireLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <functional>
#include <random>

using namespace Qt::StringLiterals;

namespace readiness::portfolio {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::portfolio::PortfolioSample)
};

constexpr std::array kNames {"Northwind", "Contoso",   "Fabrikam", "Tailspin", "Woodgrove",     "Litware",
                             "Adatum",    "Proseware", "Lucerne",  "Wingtip",  "Fourth Coffee", "Alpine Ski"};
constexpr std::array kKinds {"Logistics", "Retail", "Health", "Insurance", "Software", "Hotels", "Charity"};
constexpr std::array kCountries {"United Kingdom", "Germany", "Ireland", "France", "Netherlands"};
constexpr std::array kOwners {"DPO", "IT Security", "HR", "Marketing", "Legal", "Customer Service"};
Status copyChanged(const QString &from, const QString &to, const std::function<void(QByteArray &)> &change)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Text::tr("cannot read %1: %2").arg(from, in.errorString()));
    QByteArray bytes = in.readAll();
    change(bytes);
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(bytes) != bytes.size())
        return makeError(Text::tr("cannot write %1: %2").arg(to, out.errorString()));
    return success();
}
} // namespace

Status PortfolioSample::writeDamaged(const QString &from, const QString &to)
{
    return copyChanged(from, to, [](QByteArray &b) {
        for (qsizetype i = b.size() / 2; i < b.size(); ++i)
            b[i] = char(0xA5 ^ (i & 0x3F));
    });
}

Status PortfolioSample::writeNewerFormat(const QString &from, const QString &to)
{
    return copyChanged(from, to, [](QByteArray &b) {
        if (b.size() >= 100) // user_version, big-endian at offset 60 of SQLite's header
            qToBigEndian<quint32>(AssessmentFile::kSchemaVersion + 1, b.data() + 60);
    });
}

Result<PortfolioSample> PortfolioSample::load()
{
    PortfolioSample sample;
    for (const auto id : {"gdpr-principles"_L1, "pecr"_L1, "crm-data-quality"_L1}) {
        auto q = QuestionnaireLibrary::load(id);
        if (!q)
            return q.error();
        sample.m_questionnaires.append(std::move(q).value());
    }
    return sample;
}

QJsonObject PortfolioSample::spec(int index, QDate today) const
{
    std::mt19937 random(quint32(index) * 7919u + 17u);
    auto pick = [&](int n) { return int(random() % quint32(n)); };
    const QString kind = QString::fromLatin1(kKinds.at(pick(int(kKinds.size()))));
    const QString name = u"%1 %2 %3"_s.arg(QString::fromLatin1(kNames.at(index % int(kNames.size()))), kind)
                             .arg(index / int(kNames.size()) + 1);
    const QString country = QString::fromLatin1(kCountries.at(pick(int(kCountries.size()))));
    // How far along the client is: 0.2 (just started) to 0.95 (nearly done).
    const double maturity = 0.2 + 0.75 * (pick(100) / 100.0);

    QJsonArray questionnaires;
    QJsonArray answers;
    QJsonArray actions;
    const int used = 1 + pick(int(m_questionnaires.size()));
    for (int qi = 0; qi < used; ++qi) {
        const Questionnaire &q = m_questionnaires.at(qi);
        questionnaires.append(q.id);
        for (const Section &section : q.sections)
            for (const Question &question : section.questions) {
                if (pick(100) >= int(maturity * 100) + 10)
                    continue; // not answered yet
                QString value;
                switch (question.type) {
                case QuestionType::Maturity: {
                    const int top = int(q.scale.levels.size()) - 1;
                    value = QString::number(std::clamp(int(maturity * top + pick(3) - 1), 0, top));
                    break;
                }
                case QuestionType::YesNo:
                    value = pick(100) < int(maturity * 100) ? u"yes"_s : u"no"_s;
                    break;
                case QuestionType::Choice:
                case QuestionType::MultiChoice:
                    if (!question.options.isEmpty())
                        value = question.options.at(pick(int(question.options.size()))).id;
                    break;
                case QuestionType::Text:
                case QuestionType::Date:
                    break;
                }
                if (value.isEmpty())
                    continue;
                const QString ref = q.id + u':' + question.id;
                answers.append(QJsonObject {{u"question"_s, ref}, {u"value"_s, value}});
                if (question.type == QuestionType::Maturity && value.toInt() < 2 && actions.size() < 8)
                    actions.append(
                        QJsonObject {{u"question"_s, ref},
                                     {u"owner"_s, QString::fromLatin1(kOwners.at(pick(int(kOwners.size()))))},
                                     {u"due"_s, today.addDays(pick(240) - 90).toString(Qt::ISODate)},
                                     {u"status"_s, pick(4) == 0 ? u"in-progress"_s : u"open"_s}});
            }
    }
    QJsonArray keyDates;
    keyDates.append(QJsonObject {{u"label"_s, u"Board meeting"_s},
                                 {u"date"_s, today.addDays(7 + pick(120)).toString(Qt::ISODate)}});
    if (pick(2) == 0)
        keyDates.append(QJsonObject {{u"label"_s, u"Supervisory authority audit"_s},
                                     {u"date"_s, today.addDays(30 + pick(300)).toString(Qt::ISODate)}});
    return QJsonObject {
        {u"organisation"_s,
         QJsonObject {{u"name"_s, name},
                      {u"sector"_s, kind},
                      {u"country"_s, country},
                      {u"turnover"_s, double(1 + pick(400)) * 1e6},
                      {u"currency"_s, country == "United Kingdom"_L1 ? u"GBP"_s : u"EUR"_s}}},
        {u"assessment"_s,
         QJsonObject {{u"title"_s, u"GDPR readiness review %1"_s.arg(today.year())},
                      {u"assessor"_s, u"Priya Shah"_s},
                      {u"target_date"_s, today.addDays(60 + pick(300)).toString(Qt::ISODate)},
                      {u"status"_s, u"in-progress"_s}}},
        {u"questionnaires"_s, questionnaires},
        {u"answers"_s, answers},
        {u"actions"_s, actions},
        {u"key_dates"_s, keyDates},
    };
}

Result<QStringList> PortfolioSample::write(const QString &dir, int count, QDate today) const
{
    QTemporaryDir specs;
    if (!specs.isValid())
        return makeError(Text::tr("cannot make a temporary folder: %1").arg(specs.errorString()));
    QStringList written;
    for (int i = 1; i <= count; ++i) {
        const QString specPath = specs.filePath(u"client-%1.json"_s.arg(i));
        QFile f(specPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(spec(i, today)).toJson()) < 0)
            return makeError(Text::tr("cannot write %1: %2").arg(specPath, f.errorString()));
        f.close();
        const QString out = QDir(dir).filePath(u"client-%1.gdpra"_s.arg(i, 3, 10, QLatin1Char('0')));
        if (Status s = AssessmentSpec::build(specPath, out); !s)
            return s.error();
        written << out;
    }
    return written;
}

} // namespace readiness::portfolio
