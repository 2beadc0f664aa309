// libFuzzer target: the streaming CSV reader (core/crm/CsvReader) on
// arbitrary bytes, fed in small uneven blocks so that records, quotes and
// UTF-8 sequences are split across reads. Every input ends in records or an
// error with a message: no crash, no hang, no sanitizer report.
#include "ByteSource.h"
#include "CsvReader.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {
class MemorySource final : public readiness::crm::ByteSource
{
public:
    MemorySource(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    { }
    qint64 read(char *buffer, qint64 max) override
    {
        // Blocks of 1..61 bytes, chosen by the data itself.
        const size_t block = m_pos < m_size ? 1 + m_data[m_pos] % 61 : 0;
        const size_t n = std::min({size_t(max), m_size - m_pos, block});
        std::copy_n(m_data + m_pos, n, buffer);
        m_pos += n;
        return qint64(n);
    }
    QString errorString() const override { return {}; }
    QString displayName() const override { return QStringLiteral("fuzz.csv"); }
    qint64 size() const override { return qint64(m_size); }
    QString finishHash() override { return {}; }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MemorySource source(data, size);
    readiness::crm::CsvReader csv(source);
    if (readiness::Status s = csv.readHeader(); !s) {
        if (s.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    size_t bytes = 0;
    while (csv.next()) {
        if (csv.fieldCount() != csv.header().size())
            __builtin_trap(); // a record with the wrong width must be an error
        for (int c = 0; c < csv.fieldCount(); ++c)
            bytes += csv.field(c).size();
    }
    if (csv.failed() && csv.error().message.isEmpty())
        __builtin_trap();
    // Fields are made of the input's bytes; a Windows-1252 file is read as
    // such and turned into UTF-8, up to 3 bytes a byte ("\x80" is U+20AC).
    if (bytes > 3 * size)
        __builtin_trap();
    return 0;
}
