#pragma once

#include "ByteSource.h"
#include "Result.h"

#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace readiness::crm {

/// Streaming RFC 4180 reader: UTF-8 (a BOM is skipped) or Windows-1252
/// (decoded to UTF-8 from its first non-UTF-8 byte on), CRLF or LF, quoted
/// fields with commas, doubled quotes and line breaks. Reads in blocks, so
/// memory does not grow with the file. Every error names the file, the
/// record (1 = first data record), its line and the column.
class CsvReader final
{
public:
    explicit CsvReader(ByteSource &source);
    Q_DISABLE_COPY_MOVE(CsvReader)

    /// Reads the header record. An empty (0-byte or blank) file is an error.
    Status readHeader();
    const QStringList &header() const { return m_header; }

    /// Reads the next data record; false at the end or on error (then
    /// error() is set). Blank lines are skipped.
    bool next();
    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }

    int fieldCount() const { return int(m_spans.size()); }
    std::string_view field(int column) const
    {
        const Span s = m_spans[size_t(column)];
        const char *base = (s.offset & kInOut) ? m_out.data() : m_buffer.data();
        return std::string_view(base + (s.offset & ~kInOut), s.length);
    }
    /// "UTF-8", or "Windows-1252" once a record was decoded from it.
    /// "UTF-8", "UTF-8 with BOM" (as Dynamics and Excel's "CSV UTF-8" write
    /// it) or "Windows-1252" (decoded to UTF-8 while reading).
    QString encoding() const
    {
        return m_windows1252 ? QStringLiteral("Windows-1252")
            : m_bom          ? QStringLiteral("UTF-8 with BOM")
                             : QStringLiteral("UTF-8");
    }
    qint64 recordNumber() const { return m_record; }
    qint64 lineNumber() const { return m_recordLine; }
    qint64 bytesConsumed() const { return m_consumed + qint64(m_pos); }
    const ByteSource &source() const { return m_source; }

    /// "FILE: record N (line L), column 'NAME'": the prefix of a message about one cell.
    QString where(int column) const;
    /// Stops reading with @p message about @p column of the current record.
    void failAt(int column, const QString &message);

private:
    // A field is a view into the read buffer (no copy) unless it had to be
    // rewritten (doubled quotes): then it lives in m_out, marked by this bit.
    static constexpr quint32 kInOut = 0x80000000u;
    struct Span
    {
        quint32 offset;
        quint32 length;
    };
    enum class Parse { Record, NeedMore, End, Error };
    Parse parseRecord();
    bool fill();
    bool checkEncoding();
    bool decodeWindows1252();
    void fail(QString message);

    ByteSource &m_source;
    std::vector<char> m_buffer;
    size_t m_pos = 0;
    size_t m_recordStart = 0; // the current record's first byte in m_buffer
    size_t m_end = 0;
    bool m_eof = false;
    qint64 m_consumed = 0;
    std::string m_out;
    std::vector<Span> m_spans;
    QStringList m_header;
    qint64 m_record = 0;
    qint64 m_line = 1; // line where the next record starts
    qint64 m_recordLine = 1;
    bool m_sawUtf8 = false; // a valid multi-byte UTF-8 sequence was read
    bool m_windows1252 = false; // decoding Windows-1252
    bool m_bom = false; // the file starts with a UTF-8 byte-order mark
    bool m_failed = false;
    Error m_error;
};

} // namespace readiness::crm
