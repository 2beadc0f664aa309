#include "JsonSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace readiness {

namespace {
/// Messages for the user, in the language of the user interface.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(readiness::JsonSource)
};

constexpr int kMaxDepth = 128;

struct SyntaxError
{
    qsizetype offset;
    QString message;
};
} // namespace

class JsonSourceParser
{
public:
    JsonSourceParser(const QByteArray &bytes, JsonSource &out)
        : m_data(bytes.constData())
        , m_size(bytes.size())
        , m_out(out)
    { }

    bool run()
    {
        skipWhitespace();
        if (m_pos >= m_size)
            return fail(Text::tr("the file is empty; expected a JSON object"));
        if (!parseValue(QString(), 0, m_out.m_root))
            return false;
        skipWhitespace();
        if (m_pos < m_size)
            return fail(Text::tr("unexpected content after the end of the JSON document"));
        return true;
    }

    SyntaxError error;

private:
    bool fail(const QString &message)
    {
        error = {m_pos, message};
        return false;
    }

    void skipWhitespace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == ' ' || c == '\t' || c == '\r')
                ++m_pos;
            else if (c == '\n') {
                ++m_pos;
                m_out.m_lineStarts.append(m_pos);
            } else
                break;
        }
    }

    static QString describe(char c)
    {
        if (c >= 0x20 && c < 0x7f)
            return u"'"_s + QChar::fromLatin1(c) + u"'"_s;
        return Text::tr("byte 0x%1").arg(QString::number(static_cast<unsigned char>(c), 16));
    }

    bool parseValue(const QString &path, int depth, QJsonValue &out)
    {
        if (depth > kMaxDepth)
            return fail(Text::tr("nesting deeper than %1 levels").arg(kMaxDepth));
        m_out.m_offsets.insert(path, m_pos);
        if (m_pos >= m_size)
            return fail(Text::tr("unexpected end of file; expected a value"));
        const char c = m_data[m_pos];
        switch (c) {
        case '{':
            return parseObject(path, depth, out);
        case '[':
            return parseArray(path, depth, out);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = s;
            return true;
        }
        case 't':
            return parseLiteral("true", QJsonValue(true), out);
        case 'f':
            return parseLiteral("false", QJsonValue(false), out);
        case 'n':
            return parseLiteral("null", QJsonValue(QJsonValue::Null), out);
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber(out);
            return fail(Text::tr("unexpected %1; expected a value").arg(describe(c)));
        }
    }

    bool parseLiteral(const char *word, const QJsonValue &value, QJsonValue &out)
    {
        const qsizetype len = qsizetype(qstrlen(word));
        if (m_size - m_pos < len || qstrncmp(m_data + m_pos, word, len) != 0)
            return fail(Text::tr("invalid literal; expected a value"));
        m_pos += len;
        out = value;
        return true;
    }

    bool parseNumber(QJsonValue &out)
    {
        const qsizetype start = m_pos;
        if (m_data[m_pos] == '-')
            ++m_pos;
        auto digits = [this] {
            const qsizetype s = m_pos;
            while (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
                ++m_pos;
            return m_pos - s;
        };
        if (digits() == 0)
            return fail(Text::tr("invalid number"));
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail(Text::tr("invalid number: digits expected after '.'"));
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return fail(Text::tr("invalid number: digits expected in the exponent"));
        }
        double value = 0;
        const auto [ptr, ec] = std::from_chars(m_data + start, m_data + m_pos, value);
        if (ec != std::errc() || ptr != m_data + m_pos) {
            m_pos = start;
            return fail(Text::tr("number out of range"));
        }
        out = value;
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char16_t &unit)
    {
        if (m_size - m_pos < 4)
            return fail(Text::tr("truncated \\u escape"));
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int v = hexValue(m_data[m_pos + i]);
            if (v < 0)
                return fail(Text::tr("invalid \\u escape"));
            unit = char16_t(unit * 16 + v);
        }
        m_pos += 4;
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        QByteArray utf8;
        qsizetype runStart = m_pos;
        auto flushRun = [&] { utf8.append(m_data + runStart, m_pos - runStart); };
        QString decoded;
        while (true) {
            if (m_pos >= m_size)
                return fail(Text::tr("unterminated string"));
            const char c = m_data[m_pos];
            if (c == '"') {
                flushRun();
                ++m_pos;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(c == '\n' ? Text::tr("unterminated string (line break inside a string)")
                                      : Text::tr("control character inside a string"));
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flushRun();
            ++m_pos;
            if (m_pos >= m_size)
                return fail(Text::tr("unterminated string"));
            const char e = m_data[m_pos++];
            switch (e) {
            case '"':
                utf8.append('"');
                break;
            case '\\':
                utf8.append('\\');
                break;
            case '/':
                utf8.append('/');
                break;
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                char16_t units[2];
                int count = 1;
                if (!parseHex4(units[0]))
                    return false;
                if (QChar::isHighSurrogate(units[0]) && m_size - m_pos >= 6 && m_data[m_pos] == '\\'
                    && m_data[m_pos + 1] == 'u') {
                    m_pos += 2;
                    if (!parseHex4(units[1]))
                        return false;
                    count = 2;
                }
                utf8.append(QString(reinterpret_cast<const QChar *>(units), count).toUtf8());
                break;
            }
            default:
                m_pos -= 2;
                return fail(Text::tr("invalid escape sequence in a string"));
            }
            runStart = m_pos;
        }
        out = QString::fromUtf8(utf8);
        return true;
    }

    bool parseObject(const QString &path, int depth, QJsonValue &out)
    {
        ++m_pos; // {
        // Members are collected and inserted in key order at the end:
        // QJsonObject keeps its keys sorted, so inserting in file order moves
        // half the object per member (100,000 members took 6.3 s).
        std::vector<std::pair<QString, QJsonValue>> members;
        QSet<QString> seen;
        skipWhitespace();
        if (m_pos < m_size && m_data[m_pos] == '}') {
            ++m_pos;
            out = QJsonObject();
            return true;
        }
        while (true) {
            skipWhitespace();
            if (m_pos >= m_size)
                return fail(Text::tr("unexpected end of file inside an object"));
            if (m_data[m_pos] != '"')
                return fail(Text::tr("unexpected %1; expected a quoted member name").arg(describe(m_data[m_pos])));
            const qsizetype keyOffset = m_pos;
            QString key;
            if (!parseString(key))
                return false;
            const QString childPath = path.isEmpty() ? key : path + u'.' + key;
            const qsizetype before = seen.size();
            seen.insert(key);
            if (seen.size() == before) {
                auto [line, column] = m_out.lineColumn(keyOffset);
                m_out.m_diagnostics.append(
                    {m_out.m_fileName, line, column, childPath, Text::tr("duplicate member '%1'").arg(key)});
            }
            skipWhitespace();
            if (m_pos >= m_size || m_data[m_pos] != ':')
                return fail(Text::tr("expected ':' after member name"));
            ++m_pos;
            skipWhitespace();
            QJsonValue value;
            if (!parseValue(childPath, depth + 1, value))
                return false;
            members.emplace_back(std::move(key), std::move(value));
            skipWhitespace();
            if (m_pos >= m_size)
                return fail(Text::tr("unexpected end of file inside an object; expected ',' or '}'"));
            if (m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_data[m_pos] == '}') {
                ++m_pos;
                break;
            }
            return fail(Text::tr("unexpected %1; expected ',' or '}'").arg(describe(m_data[m_pos])));
        }
        // Stable: of duplicate members the last one wins, as before.
        std::stable_sort(members.begin(), members.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonObject object;
        for (auto &[key, value] : members)
            object.insert(key, value);
        out = object;
        return true;
    }

    bool parseArray(const QString &path, int depth, QJsonValue &out)
    {
        ++m_pos; // [
        QJsonArray array;
        skipWhitespace();
        if (m_pos < m_size && m_data[m_pos] == ']') {
            ++m_pos;
            out = array;
            return true;
        }
        while (true) {
            skipWhitespace();
            QJsonValue value;
            if (!parseValue(path + u'[' + QString::number(array.size()) + u']', depth + 1, value))
                return false;
            array.append(value);
            skipWhitespace();
            if (m_pos >= m_size)
                return fail(Text::tr("unexpected end of file inside an array; expected ',' or ']'"));
            if (m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_data[m_pos] == ']') {
                ++m_pos;
                break;
            }
            return fail(Text::tr("unexpected %1; expected ',' or ']'").arg(describe(m_data[m_pos])));
        }
        out = array;
        return true;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    JsonSource &m_out;
};

JsonSource JsonSource::parse(const QByteArray &bytes, const QString &fileName)
{
    JsonSource source;
    source.m_fileName = fileName;
    source.m_lineStarts.append(0);
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) // a BOM is harmless; keep offsets right
        data[0] = data[1] = data[2] = ' ';
    JsonSourceParser parser(data, source);
    if (!parser.run()) {
        // Make sure line starts are known up to the error.
        for (qsizetype i = source.m_lineStarts.last(); i < parser.error.offset && i < data.size(); ++i)
            if (data[i] == '\n')
                source.m_lineStarts.append(i + 1);
        auto [line, column] = source.lineColumn(parser.error.offset);
        source.m_root = QJsonValue(QJsonValue::Undefined);
        source.m_diagnostics.prepend({fileName, line, column, QString(), parser.error.message});
    }
    return source;
}

JsonSource JsonSource::fromValue(const QJsonValue &root, const QString &fileName)
{
    JsonSource source;
    source.m_fileName = fileName;
    source.m_root = root;
    source.m_lineStarts.append(0);
    return source;
}

QPair<int, int> JsonSource::lineColumn(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype lineIndex = std::max<qsizetype>(0, (it - m_lineStarts.cbegin()) - 1);
    return {int(lineIndex + 1), int(offset - m_lineStarts.at(lineIndex) + 1)};
}

Diagnostic JsonSource::diagnosticAt(const QString &path, const QString &message) const
{
    QString p = path;
    while (true) {
        const auto it = m_offsets.constFind(p);
        if (it != m_offsets.cend()) {
            auto [line, column] = lineColumn(it.value());
            return {m_fileName, line, column, path, message};
        }
        if (p.isEmpty())
            break;
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut < 0 ? QString() : p.left(cut);
    }
    return {m_fileName, 0, 0, path, message};
}

} // namespace readiness
