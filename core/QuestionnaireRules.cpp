#include "QuestionnaireRules.h"

#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace readiness::QuestionnaireRules {

namespace {
// Ids and language tags are checked by hand rather than with
// QRegularExpression: thousands of them are checked on every open.
bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}
} // namespace

bool isId(QStringView id)
{
    if (id.isEmpty() || !isLowerAlnum(id.front()) || !isLowerAlnum(id.back()))
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        if (isLowerAlnum(c))
            continue;
        if ((c == u'-' || c == u'.') && isLowerAlnum(id[i + 1]))
            continue;
        return false;
    }
    return true;
}

bool isLanguageTag(QStringView tag)
{
    const qsizetype dash = tag.indexOf(u'-');
    const QStringView language = dash < 0 ? tag : tag.left(dash);
    if (language.size() < 2 || language.size() > 3)
        return false;
    for (QChar c : language)
        if (c < u'a' || c > u'z')
            return false;
    if (dash < 0)
        return true;
    const QStringView region = tag.mid(dash + 1);
    return region.size() == 2 && region[0] >= u'A' && region[0] <= u'Z' && region[1] >= u'A' && region[1] <= u'Z';
}

bool isVersion(const QString &version)
{
    static const QRegularExpression re(u"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"_s);
    return re.match(version).hasMatch();
}

bool isReference(const QString &reference)
{
    // Keep in step with questionnaire.schema.json ($defs/reference).
    static const QRegularExpression re(u"^(GDPR Art [0-9]+(\\([0-9]+\\))?(\\([a-z]+\\))?"
                                       "|UK GDPR Art [0-9]+(\\([0-9]+\\))?(\\([a-z]+\\))?"
                                       "|Recital [0-9]+"
                                       "|PECR reg [0-9]+[A-Z]?(\\([0-9]+\\))?(\\([a-z]+\\))?"
                                       "|ePrivacy Directive Art [0-9]+(\\([0-9]+\\))?"
                                       "|DPA 2018 s ?[0-9]+(\\([0-9]+\\))?"
                                       "|(BDSG|TDDDG|UWG|DDG) § [0-9]+[a-z]?(\\([0-9]+\\))?(\\([0-9a-z]+\\))?"
                                       "|CJEU C-[0-9]+/[0-9]{2}"
                                       "|BGH [IVX]+ ZR [0-9]+/[0-9]{2}"
                                       "|DPA 2018 Sch [0-9]+)$"_s);
    return re.match(reference).hasMatch();
}

} // namespace readiness::QuestionnaireRules
