#include "TextLimits.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace readiness::TextLimits {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::TextLimits)
};

} // namespace

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
        Text::tr("%1 is %2 characters long; at most %3 are allowed").arg(field, number(text.size()), number(limit)));
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
    return first({check(Text::tr("the organisation name"), o.name, kName),
                  check(Text::tr("the sector"), o.sector, kName), check(Text::tr("the country"), o.country, kName)});
}

Status check(const AssessmentInfo &info)
{
    return first({check(Text::tr("the assessment title"), info.title, kName),
                  check(Text::tr("the assessor"), info.assessor, kName)});
}

Status check(const AnswerRecord &a)
{
    return first({check(Text::tr("the answer"), a.value, kAnswer), check(Text::tr("the note"), a.note, kNote)});
}

Status check(const ActionRecord &a)
{
    return first({check(Text::tr("the action title"), a.title, kName),
                  check(Text::tr("the action owner"), a.owner, kName),
                  check(Text::tr("the action notes"), a.notes, kNote)});
}

Status check(const KeyDate &d)
{
    return check(Text::tr("the key date label"), d.label, kName);
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
