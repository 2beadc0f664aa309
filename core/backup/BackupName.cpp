#include "BackupName.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace readiness::backup {

namespace {
constexpr auto kStampFormat = "yyyyMMdd'T'HHmmsszzz'Z'";

QString baseOf(const QString &assessmentPath)
{
    return QFileInfo(assessmentPath).completeBaseName();
}
} // namespace

QString BackupName::fileName(const QString &assessmentPath) const
{
    return u"%1-%2-%3.gdpra"_s.arg(baseOf(assessmentPath), time.toUTC().toString(QLatin1StringView(kStampFormat)),
                                   cleanReason(reason));
}

std::optional<BackupName> BackupName::parse(const QString &fileName, const QString &assessmentPath)
{
    const QRegularExpression pattern(u"\\A%1-(\\d{8}T\\d{9}Z)-([a-z][a-z0-9-]{0,39})\\.gdpra\\z"_s.arg(
        QRegularExpression::escape(baseOf(assessmentPath))));
    const auto m = pattern.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(m.captured(1), QLatin1StringView(kStampFormat));
    if (!time.isValid())
        return std::nullopt;
    time.setTimeSpec(Qt::UTC);
    return BackupName {time, m.captured(2)};
}

QString BackupName::cleanReason(const QString &reason)
{
    QString out;
    for (const QChar c : reason.toLower())
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            out += c;
        else if (c == u' ' || c == u'_')
            out += u'-';
    while (!out.isEmpty() && !out.front().isLetter())
        out.remove(0, 1);
    out.truncate(40);
    return out.isEmpty() ? u"manual"_s : out;
}

} // namespace readiness::backup
