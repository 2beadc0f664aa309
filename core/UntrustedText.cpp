#include "UntrustedText.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace readiness::UntrustedText {

namespace {
bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// Bidi overrides and other invisible format characters let a name show
// "evil.txt" for "evil\u202Etxt.exe"; a file name has no use for them.
bool isFormat(char32_t c)
{
    return QChar::category(c) == QChar::Other_Format;
}
} // namespace

QString fileBaseName(const QString &name)
{
    constexpr qsizetype kMaxLength = 200;
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    QString base;
    for (const char32_t c : QStringView(name).mid(slash + 1).toUcs4())
        if (!isControl(c) && !isFormat(c))
            base += QString::fromUcs4(&c, 1);
    base = base.trimmed();
    if (base.size() > kMaxLength) {
        // Keep the extension: it tells the reader (and the desktop) the type.
        const qsizetype dot = base.lastIndexOf(u'.');
        const QString ext = dot > 0 && base.size() - dot <= 16 ? base.mid(dot) : QString();
        qsizetype keep = kMaxLength - ext.size();
        if (base.at(keep - 1).isHighSurrogate())
            --keep;
        base = base.left(keep) + ext;
    }
    if (base.isEmpty() || base == u"."_s || base == u".."_s)
        return u"evidence"_s;
    return base;
}

QString forTerminal(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed = u == u'\t' || (u == u'\n' && keepNewlines);
        if (isControl(u) && !allowed)
            out += u"\\x%1"_s.arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString spreadsheetCell(const QString &text)
{
    QString cell = text;
    cell.remove(QChar(u'\0'));
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            cell.prepend(u'\'');
    }
    return cell;
}

} // namespace readiness::UntrustedText
