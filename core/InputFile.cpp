#include "InputFile.h"

#include "NativePath.h"
#include "TextLimits.h"

#include <QCoreApplication>
#include <QDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace readiness::InputFile {

namespace {

/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::InputFile)
};

} // namespace

Result<std::unique_ptr<QFile>> open(const QString &path, qint64 maxBytes, const QString &what)
{
    const QString native = QDir::toNativeSeparators(NativePath::displayText(path));
    // O_NONBLOCK: opening a FIFO without a writer returns at once instead of
    // waiting; the fstat below then refuses it. NativePath::encode: a name
    // that is not UTF-8 opens by its own bytes.
    const int fd = ::open(NativePath::encode(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return makeError(
            Text::tr("cannot read the %1 %2: %3").arg(what, native, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return makeError(
            Text::tr("%1 is not a regular file (a folder, device or pipe); give the %2 as a file").arg(native, what));
    }
    if (maxBytes != kNoLimit && st.st_size > maxBytes) {
        ::close(fd);
        return makeError(Text::tr("%1 is %2 bytes, too large for a %3 (at most %4 bytes); nothing was read")
                             .arg(native, TextLimits::number(st.st_size), what, TextLimits::number(maxBytes)));
    }
    // Reads of a regular file never block; clear the flag all the same, so
    // the descriptor behaves as an ordinary one.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError(Text::tr("cannot read the %1 %2: %3").arg(what, native, file->errorString()));
    }
    return file;
}

Result<QByteArray> readAll(const QString &path, qint64 maxBytes, const QString &what)
{
    auto file = open(path, maxBytes, what);
    if (!file)
        return file.error();
    // A file growing while it is read still stops at the limit.
    QByteArray bytes = (*file)->read(maxBytes + 1);
    if ((*file)->error() != QFileDevice::NoError)
        return makeError(
            Text::tr("cannot read the %1 %2: %3").arg(what, QDir::toNativeSeparators(path), (*file)->errorString()));
    if (bytes.size() > maxBytes)
        return makeError(Text::tr("%1 grew over %2 bytes while it was read; nothing was used")
                             .arg(QDir::toNativeSeparators(path), TextLimits::number(maxBytes)));
    return bytes;
}

} // namespace readiness::InputFile
