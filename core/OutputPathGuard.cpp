#include "OutputPathGuard.h"

#include "NativePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace readiness::OutputPathGuard {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::OutputPathGuard)
};

struct Identity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const Identity &) const = default;
};

/// Device and inode of what @p path names, following symbolic links.
std::optional<Identity> identity(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(NativePath::encode(path).constData(), &st) != 0)
        return std::nullopt;
    return Identity {st.st_dev, st.st_ino};
}

/// Where a write to @p path lands: symbolic links followed to their end,
/// including a last link that points to nothing yet (a writer would create
/// its target).
QString resolved(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo fi(current);
        if (!fi.isSymLink())
            break;
        current = fi.symLinkTarget(); // absolute, relative links resolved
    }
    return current;
}

/// A written file's place: the folder's identity (so a bind mount of the
/// same folder matches) and the name inside it.
struct Place
{
    std::optional<Identity> folder;
    QString name;
};

Place place(const QString &path)
{
    const QString target = resolved(path);
    const QFileInfo fi(target);
    return {identity(fi.absolutePath()), fi.fileName()};
}

/// Whether a write to @p output would land on @p other: the same folder
/// (by identity) and name after following links, or the same file.
bool landsOn(const QString &output, const QString &other)
{
    const Place out = place(output);
    const Place own = place(other);
    const bool samePlace = out.folder && own.folder && *out.folder == *own.folder && out.name == own.name;
    const std::optional<Identity> outFile = identity(output);
    const std::optional<Identity> ownFile = identity(other);
    return samePlace || (outFile && ownFile && *outFile == *ownFile);
}

} // namespace

QStringList companions(const QString &assessmentPath)
{
    const QString base = resolved(assessmentPath);
    return {
        base, base + u"-wal"_s, base + u"-shm"_s, base + u"-journal"_s, base + u".lock"_s, base + u".lock.rmlock"_s};
}

Status check(const QString &output, const QString &assessmentPath)
{
    for (const QString &companion : companions(assessmentPath)) {
        if (landsOn(output, companion)) {
            const QString what = companion == companions(assessmentPath).constFirst()
                ? Text::tr("the assessment file %1 itself").arg(QDir::toNativeSeparators(assessmentPath))
                : Text::tr("%1, which belongs to the open assessment %2")
                      .arg(QDir::toNativeSeparators(companion), QDir::toNativeSeparators(assessmentPath));
            return makeError(Text::tr("refusing to write %1: it is %2. Choose another name; nothing was written.")
                                 .arg(QDir::toNativeSeparators(output), what));
        }
    }
    return success();
}

Status checkNotInput(const QString &output, const QStringList &inputs)
{
    for (const QString &input : inputs)
        if (!input.isEmpty() && landsOn(output, input))
            return makeError(
                Text::tr("refusing to write %1: it is %2, an input of this run. Choose another name; nothing "
                         "was written.")
                    .arg(QDir::toNativeSeparators(output), QDir::toNativeSeparators(input)));
    return success();
}

} // namespace readiness::OutputPathGuard
