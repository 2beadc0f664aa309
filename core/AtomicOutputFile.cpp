#include "AtomicOutputFile.h"

#include "NativePath.h"

#include <QCoreApplication>
#include <QDir>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::AtomicOutputFile)
};

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(NativePath::displayText(path));
}
} // namespace

Result<std::unique_ptr<AtomicOutputFile>> AtomicOutputFile::open(const QString &path)
{
    std::unique_ptr<AtomicOutputFile> out(new AtomicOutputFile);
    out->m_path = path;
    out->m_target = NativePath::encode(path);
    // An existing link is followed, so the file it names is replaced, not
    // the link (what QSaveFile does).
    char resolved[PATH_MAX];
    if (::realpath(out->m_target.constData(), resolved))
        out->m_target = QByteArray(resolved);
    out->m_temporary = out->m_target + ".XXXXXX";
    const int fd = ::mkostemp(out->m_temporary.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return makeError(Text::tr("%1: cannot be written: %2").arg(shown(path), errnoText()));
    if (!out->m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        ::unlink(out->m_temporary.constData());
        return makeError(Text::tr("%1: cannot be written: %2").arg(shown(path), out->m_file.errorString()));
    }
    return out;
}

AtomicOutputFile::~AtomicOutputFile()
{
    if (m_committed)
        return;
    m_file.close();
    ::unlink(m_temporary.constData());
}

Status AtomicOutputFile::commit()
{
    const auto failed
        = [&](const QString &why) { return makeError(Text::tr("%1: cannot be written: %2").arg(shown(m_path), why)); };
    if (m_file.error() != QFileDevice::NoError || !m_file.flush())
        return failed(m_file.errorString());
    if (::fsync(m_file.handle()) != 0)
        return failed(errnoText());
    m_file.close();
    if (::rename(m_temporary.constData(), m_target.constData()) != 0)
        return failed(errnoText());
    m_committed = true;
    return success();
}

} // namespace readiness
