#include "ByteSource.h"

#include "InputFile.h"
#include "NativePath.h"
#include "OpenHookForTesting.h"
#include "Sha256.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::crm::ByteSource)
};

class FileSource final : public ByteSource
{
public:
    FileSource(std::unique_ptr<QFile> file, const QString &path)
        : m_file(std::move(file))
        , m_path(path)
    { }
    qint64 read(char *buffer, qint64 max) override
    {
        const qint64 n = m_file->read(buffer, max);
        if (n > 0)
            m_hash.addData(buffer, n);
        return n;
    }
    QString errorString() const override { return m_file->errorString(); }
    QString displayName() const override { return m_path; }
    qint64 size() const override { return m_file->size(); }
    QString finishHash() override { return m_hash.finalHex(); }

private:
    std::unique_ptr<QFile> m_file;
    QString m_path;
    Sha256 m_hash;
};

std::function<void(const QString &)> &openHook()
{
    static std::function<void(const QString &)> hook;
    return hook;
}
} // namespace

void setOpenHookForTesting(std::function<void(const QString &path)> hook)
{
    openHook() = std::move(hook);
}

Result<std::unique_ptr<ByteSource>> openFileSource(const QString &path)
{
    if (openHook())
        openHook()(path);
    // By its own bytes: a name that is not UTF-8 is still found.
    const NativePath::FileStatus info = NativePath::status(path);
    if (!info.exists)
        return makeError(Text::tr("%1: no such file").arg(NativePath::displayText(path)));
    if (info.isDir)
        return makeError(Text::tr("%1: is a folder, not a CSV file").arg(NativePath::displayText(path)));
    // Only a regular file: a FIFO or a device would block or never end.
    // Any size: CRM exports run to hundreds of megabytes and are streamed.
    auto file = InputFile::open(path, InputFile::kNoLimit, Text::tr("CRM export"));
    if (!file)
        return file.error();
    return std::unique_ptr<ByteSource>(std::make_unique<FileSource>(std::move(*file), path));
}

} // namespace readiness::crm
