#include "ByteSource.h"

#include "Sha256.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
class FileSource final : public ByteSource
{
public:
    explicit FileSource(const QString &path)
        : m_file(path)
    { }
    bool open() { return m_file.open(QIODevice::ReadOnly); }
    qint64 read(char *buffer, qint64 max) override
    {
        const qint64 n = m_file.read(buffer, max);
        if (n > 0)
            m_hash.addData(buffer, n);
        return n;
    }
    QString errorString() const override { return m_file.errorString(); }
    QString displayName() const override { return m_file.fileName(); }
    qint64 size() const override { return m_file.size(); }
    QString finishHash() override { return m_hash.finalHex(); }

private:
    QFile m_file;
    Sha256 m_hash;
};
} // namespace

Result<std::unique_ptr<ByteSource>> openFileSource(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(u"%1: no such file"_s.arg(path));
    if (info.isDir())
        return makeError(u"%1: is a folder, not a CSV file"_s.arg(path));
    auto source = std::make_unique<FileSource>(path);
    if (!source->open())
        return makeError(u"%1: cannot be read: %2"_s.arg(path, source->errorString()));
    return std::unique_ptr<ByteSource>(std::move(source));
}

} // namespace readiness::crm
