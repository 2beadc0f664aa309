#include "LocalizedText.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
QString &defaultLanguageStorage()
{
    static QString language = u"en"_s;
    return language;
}
} // namespace

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    LocalizedText t;
    if (value.isString()) {
        t.m_texts.append({u"en"_s, value.toString()});
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        t.m_texts.reserve(o.size());
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().isString())
                t.m_texts.append({it.key(), it.value().toString()});
    }
    return t;
}

QJsonValue LocalizedText::toJson() const
{
    if (m_texts.size() == 1 && m_texts.first().first == "en"_L1)
        return m_texts.first().second;
    QJsonObject o;
    for (const auto &[language, text] : m_texts)
        o.insert(language, text);
    return o;
}

QString LocalizedText::text(const QString &language) const
{
    if (const QString *t = find(language.isEmpty() ? QStringView(defaultLanguageStorage()) : QStringView(language)))
        return *t;
    if (const QString *t = find(u"en"))
        return *t;
    return m_texts.isEmpty() ? QString() : m_texts.first().second;
}

const QString *LocalizedText::find(QStringView language) const
{
    for (const auto &[tag, text] : m_texts)
        if (tag == language)
            return &text;
    return nullptr;
}

void LocalizedText::setDefaultLanguage(const QString &language)
{
    defaultLanguageStorage() = language.isEmpty() ? u"en"_s : language;
}

QString LocalizedText::defaultLanguage()
{
    return defaultLanguageStorage();
}

} // namespace readiness
