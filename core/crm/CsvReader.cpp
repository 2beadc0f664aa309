#include "CsvReader.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
constexpr size_t kBlock = size_t(1) << 20;
constexpr size_t kMaxRecordBytes = size_t(16) << 20;

// Length of the valid UTF-8 sequence at p, or 0.
int utf8Sequence(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    int n = 0;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4;
    else
        return 0;
    if (end - p < n)
        return 0;
    for (int i = 1; i < n; ++i)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if (n == 3 && ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0)))
        return 0;
    if (n == 4 && ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90)))
        return 0;
    return n;
}

// Windows-1252 leaves five bytes undefined; any other byte decodes.
bool looksLikeWindows1252(unsigned char c)
{
    return c >= 0x80 && c != 0x81 && c != 0x8D && c != 0x8F && c != 0x90 && c != 0x9D;
}
} // namespace

CsvReader::CsvReader(ByteSource &source)
    : m_source(source)
    , m_buffer(kBlock * 4)
{
    m_out.reserve(4096);
}

bool CsvReader::fill()
{
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_consumed += qint64(m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_buffer.size() - m_end < kBlock)
        m_buffer.resize(m_buffer.size() * 2);
    const qint64 n = m_source.read(m_buffer.data() + m_end, qint64(m_buffer.size() - m_end));
    if (n < 0) {
        fail(u"%1: read error: %2"_s.arg(m_source.displayName(), m_source.errorString()));
        return false;
    }
    if (n == 0)
        m_eof = true;
    m_end += size_t(n);
    return true;
}

void CsvReader::fail(QString message)
{
    m_failed = true;
    m_error = makeError(std::move(message));
}

QString CsvReader::where(int column) const
{
    QString s = u"%1: record %2 (line %3)"_s.arg(m_source.displayName()).arg(m_record).arg(m_recordLine);
    if (column >= 0) {
        const QString name = column < m_header.size() ? m_header.at(column) : QString();
        s += name.isEmpty() ? u", column %1"_s.arg(column + 1) : u", column %1 '%2'"_s.arg(column + 1).arg(name);
    }
    return s;
}

void CsvReader::failAt(int column, const QString &message)
{
    fail(where(column) + u": "_s + message);
}

CsvReader::Parse CsvReader::parseRecord()
{
    const char *buf = m_buffer.data();
    size_t p = m_pos;
    qint64 lines = 0;
    m_out.clear();
    m_spans.clear();
    for (;;) {
        const size_t start = m_out.size();
        if (p >= m_end) {
            if (!m_eof)
                return Parse::NeedMore;
            if (m_spans.empty() && start == 0 && p == m_pos)
                return Parse::End;
            m_spans.push_back({quint32(start), 0});
            break;
        }
        char c = buf[p];
        if (c == '"') {
            const size_t quoteStart = p;
            ++p;
            for (;;) {
                const void *q = std::memchr(buf + p, '"', m_end - p);
                if (!q) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_recordLine = m_line;
                    ++m_record; // the record being read
                    const qint64 quoteLine = m_line + lines + std::count(buf + m_pos, buf + quoteStart, '\n');
                    failAt(int(m_spans.size()),
                           u"unterminated quote: the quoted field opened on line %1 never closes"_s.arg(quoteLine));
                    return Parse::Error;
                }
                const size_t qi = size_t(static_cast<const char *>(q) - buf);
                m_out.append(buf + p, qi - p);
                lines += std::count(buf + p, buf + qi, '\n');
                p = qi + 1;
                if (p >= m_end && !m_eof)
                    return Parse::NeedMore;
                if (p < m_end && buf[p] == '"') {
                    m_out.push_back('"');
                    ++p;
                    continue;
                }
                break;
            }
            c = p < m_end ? buf[p] : '\n';
            if (c != ',' && c != '\n' && c != '\r') {
                m_recordLine = m_line;
                ++m_record;
                failAt(int(m_spans.size()), u"text after the closing quote of a quoted field"_s);
                return Parse::Error;
            }
        } else {
            size_t q = p;
            while (q < m_end) {
                c = buf[q];
                if (c == ',' || c == '\n' || c == '\r')
                    break;
                ++q;
            }
            if (q >= m_end && !m_eof)
                return Parse::NeedMore;
            m_out.append(buf + p, q - p);
            p = q;
        }
        m_spans.push_back({quint32(start), quint32(m_out.size() - start)});
        if (p >= m_end)
            break;
        c = buf[p];
        if (c == ',') {
            ++p;
            continue;
        }
        if (c == '\r') {
            if (p + 1 >= m_end && !m_eof)
                return Parse::NeedMore;
            ++p;
            if (p < m_end && buf[p] == '\n')
                ++p;
        } else {
            ++p; // '\n'
        }
        ++lines;
        break;
    }
    m_recordLine = m_line;
    m_line += lines;
    m_pos = p;
    return Parse::Record;
}

bool CsvReader::checkUtf8()
{
    for (int col = 0; col < fieldCount(); ++col) {
        const std::string_view f = field(col);
        const auto *p = reinterpret_cast<const unsigned char *>(f.data());
        const auto *end = p + f.size();
        while (p < end) {
            if (*p < 0x80) {
                ++p;
                continue;
            }
            const int n = utf8Sequence(p, end);
            if (n == 0) {
                const QString hint = looksLikeWindows1252(*p)
                    ? u"; it looks like Windows-1252 (ANSI): save the file as \"CSV UTF-8\" and try again"_s
                    : QString();
                failAt(col,
                       u"is not UTF-8: byte 0x%1 at position %2 of the field%3"_s.arg(QString::number(*p, 16).toUpper())
                           .arg(p - reinterpret_cast<const unsigned char *>(f.data()) + 1)
                           .arg(hint));
                return false;
            }
            p += n;
        }
    }
    return true;
}

bool CsvReader::next()
{
    if (m_failed)
        return false;
    for (;;) {
        Parse r = parseRecord();
        while (r == Parse::NeedMore) {
            // A record is a few hundred bytes; one that runs on for 16 MiB is
            // an unterminated quote swallowing the file, not data to buffer.
            if (m_end - m_pos > kMaxRecordBytes) {
                m_recordLine = m_line;
                ++m_record;
                fail(where(-1)
                     + u": the record is longer than %1 MiB; a quote that opens on line %2 or soon after "
                       "probably never closes"_s.arg(kMaxRecordBytes >> 20)
                           .arg(m_line));
                return false;
            }
            if (!fill())
                return false;
            r = parseRecord();
        }
        if (r == Parse::End || r == Parse::Error)
            return false;
        if (m_record == 0 && m_header.isEmpty()) {
            ++m_record;
            return true;
        }
        if (m_spans.size() == 1 && m_spans[0].length == 0)
            continue; // blank line
        ++m_record;
        bool ascii = true;
        for (char ch : m_out)
            if (static_cast<unsigned char>(ch) >= 0x80) {
                ascii = false;
                break;
            }
        if (!ascii && !checkUtf8())
            return false;
        const qsizetype expected = m_header.size();
        if (m_spans.size() > size_t(expected)) {
            failAt(int(expected),
                   u"too many fields: %1 where the header has %2 (an unquoted comma?)"_s.arg(m_spans.size())
                       .arg(expected));
            return false;
        }
        if (m_spans.size() < size_t(expected)) {
            failAt(int(m_spans.size()),
                   u"too few fields: %1 where the header has %2"_s.arg(m_spans.size()).arg(expected));
            return false;
        }
        return true;
    }
}

Status CsvReader::readHeader()
{
    if (!fill())
        return m_error;
    if (m_end >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
    else if (m_end >= 2
             && (std::memcmp(m_buffer.data(), "\xFF\xFE", 2) == 0 || std::memcmp(m_buffer.data(), "\xFE\xFF", 2) == 0))
        return makeError(u"%1: is UTF-16; save it as \"CSV UTF-8\""_s.arg(m_source.displayName()));
    bool found = false;
    while (next()) {
        if (fieldCount() == 1 && field(0).empty())
            continue;
        found = true;
        break;
    }
    if (m_failed)
        return m_error;
    if (!found)
        return makeError(u"%1: is empty (no header, no records)"_s.arg(m_source.displayName()));
    m_record = 0;
    for (int i = 0; i < fieldCount(); ++i) {
        const std::string_view f = field(i);
        m_header.append(QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed());
    }
    return success();
}

} // namespace readiness::crm
