#include "CsvReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace readiness::crm {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::crm::CsvReader)
};

constexpr size_t kBlock = size_t(1) << 20;
constexpr size_t kMaxRecordBytes = size_t(16) << 20;
constexpr size_t kPadding = 64; // after the data, for findFieldEnd's 16-byte loads

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

// The first ',', CR or LF in [p, end), or end. Reads up to 15 bytes past
// @p end: the buffer keeps kPadding bytes after its data.
const char *findFieldEnd(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(','), cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
    for (; p < end; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, cr)), _mm_cmpeq_epi8(v, lf));
        if (const int bits = _mm_movemask_epi8(hit)) {
            const char *q = p + __builtin_ctz(unsigned(bits));
            return q < end ? q : end;
        }
    }
    return end;
#else
    while (p < end && *p != ',' && *p != '\r' && *p != '\n')
        ++p;
    return p;
#endif
}

bool isAscii(const char *p, size_t n)
{
    std::uint64_t any = 0;
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        any |= w;
    }
    for (; n > 0; ++p, --n)
        any |= static_cast<unsigned char>(*p);
    return (any & 0x8080808080808080ULL) == 0;
}

// Windows-1252 0x80-0x9F as Unicode (0: one of its five undefined bytes);
// 0xA0-0xFF are the same code points as in Latin-1.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

char16_t windows1252(unsigned char c)
{
    return c >= 0xA0 || c < 0x80 ? c : kWindows1252[c - 0x80];
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
    if (m_buffer.size() - m_end < kBlock + kPadding)
        m_buffer.resize(m_buffer.size() * 2);
    const qint64 n = m_source.read(m_buffer.data() + m_end, qint64(m_buffer.size() - m_end - kPadding));
    if (n < 0) {
        fail(Text::tr("%1: read error: %2").arg(m_source.displayName(), m_source.errorString()));
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
    QString s = m_header.isEmpty()
        ? Text::tr("%1: header (line %2)").arg(m_source.displayName()).arg(m_recordLine)
        : Text::tr("%1: record %2 (line %3)").arg(m_source.displayName()).arg(m_record).arg(m_recordLine);
    if (column >= 0) {
        const QString name = column < m_header.size() ? m_header.at(column) : QString();
        s += name.isEmpty() ? Text::tr(", column %1").arg(column + 1)
                            : Text::tr(", column %1 '%2'").arg(column + 1).arg(name);
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
    const char *const end = buf + m_end;
    size_t p = m_pos;
    qint64 lines = 0;
    m_out.clear();
    m_spans.clear();
    for (;;) {
        if (p >= m_end) {
            if (!m_eof)
                return Parse::NeedMore;
            if (m_spans.empty() && p == m_pos)
                return Parse::End;
            m_spans.push_back({quint32(p), 0});
            break;
        }
        char c = buf[p];
        Span span {};
        if (c == '"') {
            const size_t quoteStart = p;
            const size_t contentStart = ++p;
            // Copied to m_out only from the first doubled quote on.
            bool copied = false;
            const size_t outStart = m_out.size();
            for (;;) {
                const void *q = std::memchr(buf + p, '"', m_end - p);
                if (!q) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_recordLine = m_line;
                    ++m_record; // the record being read
                    const qint64 quoteLine = m_line + lines + std::count(buf + m_pos, buf + quoteStart, '\n');
                    failAt(
                        int(m_spans.size()),
                        Text::tr("unterminated quote: the quoted field opened on line %1 never closes").arg(quoteLine));
                    return Parse::Error;
                }
                const size_t qi = size_t(static_cast<const char *>(q) - buf);
                lines += std::count(buf + p, buf + qi, '\n');
                if (copied)
                    m_out.append(buf + p, qi - p);
                p = qi + 1;
                if (p >= m_end && !m_eof)
                    return Parse::NeedMore;
                if (p < m_end && buf[p] == '"') {
                    if (!copied) {
                        copied = true;
                        m_out.append(buf + contentStart, qi - contentStart);
                    }
                    m_out.push_back('"');
                    ++p;
                    continue;
                }
                span = copied ? Span {quint32(outStart) | kInOut, quint32(m_out.size() - outStart)}
                              : Span {quint32(contentStart), quint32(qi - contentStart)};
                break;
            }
            c = p < m_end ? buf[p] : '\n';
            if (c != ',' && c != '\n' && c != '\r') {
                m_recordLine = m_line;
                ++m_record;
                failAt(int(m_spans.size()), Text::tr("text after the closing quote of a quoted field"));
                return Parse::Error;
            }
        } else {
            const char *q = findFieldEnd(buf + p, end);
            if (q >= end && !m_eof)
                return Parse::NeedMore;
            span = {quint32(p), quint32(q - (buf + p))};
            p = size_t(q - buf);
        }
        m_spans.push_back(span);
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
    m_recordStart = m_pos;
    m_recordLine = m_line;
    m_line += lines;
    m_pos = p;
    return Parse::Record;
}

bool CsvReader::checkEncoding()
{
    if (!m_windows1252) {
        bool multibyte = false;
        for (int col = 0; col < fieldCount(); ++col) {
            const std::string_view f = field(col);
            const auto *begin = reinterpret_cast<const unsigned char *>(f.data());
            const auto *end = begin + f.size();
            for (const auto *p = begin; p < end;) {
                if (*p < 0x80) {
                    ++p;
                    continue;
                }
                const int n = utf8Sequence(p, end);
                if (n > 0) {
                    multibyte = true;
                    p += n;
                    continue;
                }
                // Not UTF-8. Windows-1252 ("ANSI", what Excel writes as "CSV")
                // when nothing so far was UTF-8: the records before were
                // plain ASCII, the same in both, so decoding starts here.
                if (!m_sawUtf8 && !multibyte && windows1252(*p) != 0) {
                    m_windows1252 = true;
                    return decodeWindows1252();
                }
                const QString why = windows1252(*p) == 0
                    ? Text::tr("nor Windows-1252 (0x%1 is undefined there)").arg(QString::number(*p, 16).toUpper())
                    : Text::tr("and the file has UTF-8 before it, so it is not Windows-1252 either");
                failAt(
                    col,
                    Text::tr("is not UTF-8: byte 0x%1 at position %2 of the field, %3: save the file as \"CSV UTF-8\" "
                             "and try again")
                        .arg(QString::number(*p, 16).toUpper())
                        .arg(p - begin + 1)
                        .arg(why));
                return false;
            }
        }
        m_sawUtf8 = m_sawUtf8 || multibyte;
        return true;
    }
    return decodeWindows1252();
}

bool CsvReader::decodeWindows1252()
{
    // Decoded fields go to m_out; reserved first so that a field already
    // there (doubled quotes) does not move while it is read.
    m_out.reserve(m_out.size() + 3 * (m_pos - m_recordStart) + 16);
    for (int col = 0; col < fieldCount(); ++col) {
        const std::string_view f = field(col);
        if (isAscii(f.data(), f.size()))
            continue;
        const size_t start = m_out.size();
        for (size_t i = 0; i < f.size(); ++i) {
            const auto c = static_cast<unsigned char>(f[i]);
            const char16_t u = windows1252(c);
            if (u == 0) {
                m_out.resize(start);
                failAt(
                    col,
                    Text::tr("byte 0x%1 at position %2 of the field is not Windows-1252, which the file is read as (it "
                             "is not UTF-8 either): save the file as \"CSV UTF-8\" and try again")
                        .arg(QString::number(c, 16).toUpper())
                        .arg(i + 1));
                return false;
            }
            if (u < 0x80) {
                m_out.push_back(char(u));
            } else if (u < 0x800) {
                m_out.push_back(char(0xC0 | (u >> 6)));
                m_out.push_back(char(0x80 | (u & 0x3F)));
            } else {
                m_out.push_back(char(0xE0 | (u >> 12)));
                m_out.push_back(char(0x80 | ((u >> 6) & 0x3F)));
                m_out.push_back(char(0x80 | (u & 0x3F)));
            }
        }
        m_spans[size_t(col)] = {quint32(start) | kInOut, quint32(m_out.size() - start)};
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
                     + Text::tr(": the record is longer than %1 MiB; a quote that opens on line %2 or soon after "
                                "probably never closes")
                           .arg(kMaxRecordBytes >> 20)
                           .arg(m_line));
                return false;
            }
            if (!fill())
                return false;
            r = parseRecord();
        }
        if (r == Parse::End || r == Parse::Error)
            return false;
        const bool ascii = isAscii(m_buffer.data() + m_recordStart, m_pos - m_recordStart);
        if (m_record == 0 && m_header.isEmpty()) {
            ++m_record;
            return ascii || checkEncoding();
        }
        if (m_spans.size() == 1 && m_spans[0].length == 0)
            continue; // blank line
        ++m_record;
        if (!ascii && !checkEncoding())
            return false;
        const qsizetype expected = m_header.size();
        if (m_spans.size() > size_t(expected)) {
            failAt(int(expected),
                   Text::tr("too many fields: %1 where the header has %2 (an unquoted comma?)")
                       .arg(m_spans.size())
                       .arg(expected));
            return false;
        }
        if (m_spans.size() < size_t(expected)) {
            failAt(int(m_spans.size()),
                   Text::tr("too few fields: %1 where the header has %2").arg(m_spans.size()).arg(expected));
            return false;
        }
        return true;
    }
}

Status CsvReader::readHeader()
{
    if (!fill())
        return m_error;
    if (m_end >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0) {
        m_pos = 3;
        m_bom = true;
    } else if (m_end >= 2
               && (std::memcmp(m_buffer.data(), "\xFF\xFE", 2) == 0
                   || std::memcmp(m_buffer.data(), "\xFE\xFF", 2) == 0))
        return makeError(Text::tr("%1: is UTF-16; save it as \"CSV UTF-8\"").arg(m_source.displayName()));
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
        return makeError(Text::tr("%1: is empty (no header, no records)").arg(m_source.displayName()));
    m_record = 0;
    for (int i = 0; i < fieldCount(); ++i) {
        const std::string_view f = field(i);
        m_header.append(QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed());
    }
    return success();
}

} // namespace readiness::crm
