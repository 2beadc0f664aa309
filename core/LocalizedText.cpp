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
        t.m_texts.insert(u"en"_s, value.toString());
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().isString())
                t.m_texts.insert(it.key(), it.value().toString());
    }
    return t;
}

QJsonValue LocalizedText::toJson() const
{
    if (m_texts.size() == 1 && m_texts.contains(u"en"_s))
        return m_texts.value(u"en"_s);
    QJsonObject o;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString LocalizedText::text(const QString &language) const
{
    const QString lang = language.isEmpty() ? defaultLanguageStorage() : language;
    if (auto it = m_texts.constFind(lang); it != m_texts.cend())
        return it.value();
    if (auto it = m_texts.constFind(u"en"_s); it != m_texts.cend())
        return it.value();
    return m_texts.isEmpty() ? QString() : m_texts.first();
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
