#include "TextLimits.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace readiness::TextLimits {

QString number(qint64 n)
{
    QLocale c = QLocale::c();
    c.setNumberOptions({}); // with group separators
    return c.toString(n);
}

Status check(const QString &field, const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return success();
    return makeError(
        u"%1 is %2 characters long; at most %3 are allowed"_s.arg(field, number(text.size()), number(limit)));
}

namespace {
Status first(std::initializer_list<Status> checks)
{
    for (const Status &s : checks)
        if (!s)
            return s;
    return success();
}
} // namespace

Status check(const Organisation &o)
{
    return first({check(u"the organisation name"_s, o.name, kName), check(u"the sector"_s, o.sector, kName),
                  check(u"the country"_s, o.country, kName)});
}

Status check(const AssessmentInfo &info)
{
    return first({check(u"the assessment title"_s, info.title, kName), check(u"the assessor"_s, info.assessor, kName)});
}

Status check(const AnswerRecord &a)
{
    return first({check(u"the answer"_s, a.value, kAnswer), check(u"the note"_s, a.note, kNote)});
}

Status check(const ActionRecord &a)
{
    return first({check(u"the action title"_s, a.title, kName), check(u"the action owner"_s, a.owner, kName),
                  check(u"the action notes"_s, a.notes, kNote)});
}

Status check(const KeyDate &d)
{
    return check(u"the key date label"_s, d.label, kName);
}

QString forDisplay(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype cut = limit;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut; // never split a character
    return text.left(cut) + u"… (%1 more characters)"_s.arg(number(text.size() - cut));
}

Organisation forDisplay(Organisation o)
{
    o.name = forDisplay(o.name, kName);
    o.sector = forDisplay(o.sector, kName);
    o.country = forDisplay(o.country, kName);
    return o;
}

AssessmentInfo forDisplay(AssessmentInfo info)
{
    info.title = forDisplay(info.title, kName);
    info.assessor = forDisplay(info.assessor, kName);
    return info;
}

ActionRecord forDisplay(ActionRecord a)
{
    a.title = forDisplay(a.title, kName);
    a.owner = forDisplay(a.owner, kName);
    a.notes = forDisplay(a.notes, kNote);
    return a;
}

} // namespace readiness::TextLimits
