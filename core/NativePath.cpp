#include "NativePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <algorithm>
#include <dirent.h>
#include <memory>
#include <sys/stat.h>

namespace readiness::NativePath {

namespace {
constexpr char16_t kEscapeBase = 0xDC00;

bool isEscape(QChar c)
{
    return c.unicode() >= 0xDC80 && c.unicode() <= 0xDCFF;
}

/// Length of the valid UTF-8 sequence at @p i, or 0 (Unicode's rules: no
/// overlong forms, no surrogates, nothing above U+10FFFF).
qsizetype validSequence(const QByteArray &b, qsizetype i)
{
    const auto at = [&](qsizetype k) { return k < b.size() ? uchar(b.at(k)) : 0; };
    const uchar c = at(i);
    const auto cont = [&](qsizetype k, uchar lo = 0x80, uchar hi = 0xBF) { return at(k) >= lo && at(k) <= hi; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (c == 0xE0)
        return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    if (c == 0xED)
        return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;
    if (c == 0xF0)
        return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (c == 0xF4)
        return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    return 0;
}

QList<QByteArray> &programArguments()
{
    static QList<QByteArray> arguments;
    return arguments;
}
} // namespace

QString decode(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype n = validSequence(bytes, i);
        if (n == 0) {
            out += QChar(char16_t(kEscapeBase + uchar(bytes.at(i))));
            ++i;
            continue;
        }
        out += QString::fromUtf8(bytes.constData() + i, n);
        i += n;
    }
    return out;
}

QByteArray encode(const QString &path)
{
    if (!hasEscapes(path))
        return QFile::encodeName(path);
    QByteArray out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (!isEscape(path.at(i)))
            continue;
        out += QStringView(path).mid(start, i - start).toUtf8();
        out += char(path.at(i).unicode() - kEscapeBase);
        start = i + 1;
    }
    out += QStringView(path).mid(start).toUtf8();
    return out;
}

bool hasEscapes(const QString &path)
{
    return std::any_of(path.cbegin(), path.cend(), isEscape);
}

QString displayText(const QString &path)
{
    QString out = path;
    for (QChar &c : out)
        if (isEscape(c))
            c = QChar::ReplacementCharacter;
    return out;
}

FileStatus status(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(encode(path).constData(), &st) != 0)
        return {};
    return {true, S_ISREG(st.st_mode), S_ISDIR(st.st_mode), qint64(st.st_size)};
}

QString utf8Suggestion(const QString &path)
{
    QString out = path;
    for (QChar &c : out) {
        if (!isEscape(c))
            continue;
        const char16_t byte = char16_t(c.unicode() - kEscapeBase);
        c = byte >= 0xA0 ? QChar(byte) : QChar(u'_');
    }
    return out;
}

void setProgramArguments(int argc, const char *const *argv)
{
    QList<QByteArray> &arguments = programArguments();
    arguments.clear();
    for (int i = 0; i < argc; ++i)
        arguments.append(QByteArray(argv[i]));
}

QString fromArgument(const QString &argument)
{
    if (!argument.contains(QChar::ReplacementCharacter))
        return argument;
    // Compared as Qt decoded the arguments (QCoreApplication::arguments()).
    for (const QByteArray &raw : std::as_const(programArguments())) {
        const QString kept = decode(raw);
        if (!hasEscapes(kept))
            continue;
        if (QString::fromLocal8Bit(raw) == argument)
            return kept;
        // An option given as --name=VALUE: the value after the first '='.
        const qsizetype eq = raw.indexOf('=');
        if (eq > 0 && raw.startsWith('-') && QString::fromLocal8Bit(raw.mid(eq + 1)) == argument)
            return decode(raw.mid(eq + 1));
    }
    return argument;
}

QString fromLocalFileUrl(const QUrl &url)
{
    if (!url.isLocalFile())
        return {};
    const QString path = NativePath::decode(QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1()));
    return hasEscapes(path) ? path : url.toLocalFile();
}

QString fromLossyPath(const QString &path)
{
    const QFileInfo info(path);
    if (!path.contains(QChar::ReplacementCharacter) || info.exists())
        return path;
    const QString folder = info.absolutePath();
    const QString wanted = info.fileName();
    const std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(encode(folder).constData()), ::closedir);
    if (!dir)
        return path;
    QString found;
    int matches = 0;
    while (const dirent *entry = ::readdir(dir.get())) {
        const QByteArray raw(entry->d_name);
        const QString name = decode(raw);
        if (hasEscapes(name) && QFile::decodeName(raw) == wanted) {
            found = name;
            ++matches;
        }
    }
    // Two names that differ only in their undecodable bytes: which one the
    // user picked cannot be told, so neither is guessed.
    return matches == 1 ? folder + u'/' + found : path;
}

} // namespace readiness::NativePath
