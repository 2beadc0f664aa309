#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace readiness {

/// Text in several languages, keyed by language tag; English is the fallback.
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(const QString &english) { m_texts.append({QStringLiteral("en"), english}); }

    /// A plain JSON string (English) or an object of language tags.
    static LocalizedText fromJson(const QJsonValue &value);
    QJsonValue toJson() const;

    /// The text in @p language, else English, else any.
    QString text(const QString &language = QString()) const;
    bool isEmpty() const { return m_texts.isEmpty(); }
    bool hasLanguage(const QString &language) const { return find(language) != nullptr; }

    /// The language used when text() is called without one (the UI's).
    static void setDefaultLanguage(const QString &language);
    static QString defaultLanguage();

private:
    const QString *find(QStringView language) const;

    // A flat list: most texts have one or two languages, and a questionnaire
    // holds thousands of them, so a map's allocations dominate loading.
    QList<std::pair<QString, QString>> m_texts;
};

} // namespace readiness
