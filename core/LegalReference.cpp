#include "LegalReference.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
/// "(1)(a)" after an article number -> " Abs. 1 lit. a"; after a § of a
/// German statute the second level is a number ("Nr. 1") or a letter.
QString subdivisions(const QString &paragraph, const QString &point)
{
    QString s;
    if (!paragraph.isEmpty())
        s += u" Abs. "_s + paragraph;
    if (!point.isEmpty()) {
        const bool number = point.front().isDigit();
        s += (number ? u" Nr. "_s : u" lit. "_s) + point;
    }
    return s;
}

QString german(const QString &reference)
{
    // The forms of QuestionnaireRules::isReference.
    static const QRegularExpression article(
        u"^(UK GDPR|GDPR|ePrivacy Directive) Art ([0-9]+)(?:\\(([0-9]+)\\))?(?:\\(([a-z]+)\\))?$"_s);
    static const QRegularExpression statute(
        u"^(BDSG|TDDDG|UWG|DDG) § ([0-9]+[a-z]?)(?:\\(([0-9]+)\\))?(?:\\(([0-9a-z]+)\\))?$"_s);
    static const QRegularExpression recital(u"^Recital ([0-9]+)$"_s);
    static const QRegularExpression cjeu(u"^CJEU (C-[0-9]+/[0-9]{2})$"_s);

    if (const auto m = article.match(reference); m.hasMatch()) {
        const QString law = m.captured(1) == "GDPR"_L1 ? u"DSGVO"_s
            : m.captured(1) == "UK GDPR"_L1            ? u"UK GDPR"_s
                                                       : u"ePrivacy-RL"_s;
        return u"Art. %1%2 %3"_s.arg(m.captured(2), subdivisions(m.captured(3), m.captured(4)), law);
    }
    if (const auto m = statute.match(reference); m.hasMatch())
        return u"§ %1%2 %3"_s.arg(m.captured(2), subdivisions(m.captured(3), m.captured(4)), m.captured(1));
    if (const auto m = recital.match(reference); m.hasMatch())
        return u"Erwägungsgrund "_s + m.captured(1);
    if (const auto m = cjeu.match(reference); m.hasMatch())
        return u"EuGH "_s + m.captured(1);
    // UK law (PECR, DPA 2018) and BGH file numbers are cited as they are.
    return reference;
}
} // namespace

QString LegalReference::display(const QString &reference, const QString &language)
{
    return language == "de"_L1 ? german(reference.trimmed()) : reference;
}

QStringList LegalReference::display(const QStringList &references, const QString &language)
{
    QStringList list;
    list.reserve(references.size());
    for (const QString &r : references)
        list << display(r, language);
    return list;
}

} // namespace readiness
