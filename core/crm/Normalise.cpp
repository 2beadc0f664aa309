#include "Normalise.h"

#include "Timestamp.h"

#include <QString>

#include <algorithm>
#include <array>
#include <vector>

namespace readiness::crm {

namespace {
bool localChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '%'
        || c == '+' || c == '\'' || c == '-';
}

bool labelChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

bool alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    return out;
}
} // namespace

bool isValidEmail(std::string_view email)
{
    const size_t at = email.find('@');
    if (at == std::string_view::npos || email.find('@', at + 1) != std::string_view::npos)
        return false;
    const std::string_view local = email.substr(0, at);
    const std::string_view domain = email.substr(at + 1);
    if (local.empty() || local.front() == '.' || local.back() == '.')
        return false;
    for (size_t i = 0; i < local.size(); ++i) {
        if (local[i] == '.') {
            if (local[i + 1] == '.')
                return false;
        } else if (!localChar(local[i])) {
            return false;
        }
    }
    size_t start = 0;
    int labels = 0;
    std::string_view last;
    while (start <= domain.size()) {
        size_t dot = domain.find('.', start);
        if (dot == std::string_view::npos)
            dot = domain.size();
        const std::string_view label = domain.substr(start, dot - start);
        if (label.empty() || label.front() == '-' || label.back() == '-')
            return false;
        for (char c : label)
            if (!labelChar(c))
                return false;
        ++labels;
        last = label;
        start = dot + 1;
    }
    if (labels < 2 || last.size() < 2)
        return false;
    return std::all_of(last.begin(), last.end(), alpha);
}

bool isValidPhoneText(std::string_view phone)
{
    int digits = 0;
    for (char c : phone) {
        if (c == ' ' || c == '(' || c == ')' || c == '+' || c == '-' || c == '.' || c == '/')
            continue;
        if (c < '0' || c > '9')
            return false;
        ++digits;
    }
    return digits >= 9 && digits <= 15;
}

std::string emailMatchKey(std::string_view email)
{
    std::string e = asciiLower(trimSpaces(email));
    const size_t at = e.rfind('@');
    if (at == std::string::npos || at == 0 || at + 1 == e.size())
        return {};
    std::string local = e.substr(0, at);
    std::string domain = e.substr(at + 1);
    if (domain == "googlemail.com")
        domain = "gmail.com";
    static constexpr std::array<std::string_view, 10> kPlusTags = {
        "gmail.com",  "outlook.com", "hotmail.com", "hotmail.co.uk",  "live.com",
        "live.co.uk", "icloud.com",  "me.com",      "protonmail.com", "fastmail.com",
    };
    if (std::find(kPlusTags.begin(), kPlusTags.end(), domain) != kPlusTags.end()) {
        if (const size_t plus = local.find('+'); plus != std::string::npos && plus > 0)
            local.resize(plus);
    }
    if (domain == "gmail.com")
        local.erase(std::remove(local.begin(), local.end(), '.'), local.end());
    return local + '@' + domain;
}

std::string foldName(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    bool ascii = true;
    for (char c : name) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
        if (c >= 'A' && c <= 'Z')
            out.push_back(char(c + 32));
        else if (c >= 'a' && c <= 'z')
            out.push_back(c);
    }
    if (ascii)
        return out;
    out.clear();
    const QString decomposed = QString::fromUtf8(name.data(), qsizetype(name.size()))
                                   .normalized(QString::NormalizationForm_KD)
                                   .toCaseFolded();
    for (const QChar ch : decomposed) {
        const char16_t u = ch.unicode();
        if (u >= 'a' && u <= 'z') {
            out.push_back(char(u));
            continue;
        }
        switch (u) { // letters that do not decompose into a base letter
        case u'ß':
            out += "ss";
            break;
        case u'æ':
            out += "ae";
            break;
        case u'œ':
            out += "oe";
            break;
        case u'ø':
            out += 'o';
            break;
        case u'ł':
            out += 'l';
            break;
        case u'đ':
            out += 'd';
            break;
        case u'ð':
            out += 'd';
            break;
        case u'þ':
            out += "th";
            break;
        case u'ı':
            out += 'i';
            break;
        default:
            if (ch.isLetter())
                out += QString(ch).toStdString(); // other scripts stay as they are
        }
    }
    return out;
}

std::string normalisePostcode(std::string_view postcode)
{
    std::string out;
    std::string_view p = trimSpaces(postcode);
    // "D-20516", "F-75001": a country prefix before digits.
    if (p.size() > 2 && alpha(p[0]) && p[1] == '-')
        p.remove_prefix(2);
    for (char c : p) {
        if (c >= 'a' && c <= 'z')
            out.push_back(char(c - 32));
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out.push_back(c);
    }
    return out;
}

std::string normaliseCompany(std::string_view company)
{
    // Fold word by word so legal forms can be dropped from the end.
    std::vector<std::string> words;
    std::string current;
    const std::string folded = [&] {
        std::string s;
        const QString q = QString::fromUtf8(company.data(), qsizetype(company.size()))
                              .normalized(QString::NormalizationForm_KD)
                              .toCaseFolded();
        for (const QChar ch : q) {
            const char16_t u = ch.unicode();
            if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
                s.push_back(char(u));
            else if (u == ' ' || u == '&' || u == ',' || u == '-' || u == '/')
                s.push_back(' ');
            // dots and apostrophes vanish: "Ltd." = "Ltd", "e.K." = "eK"
        }
        return s;
    }();
    for (char c : folded) {
        if (c == ' ') {
            if (!current.empty())
                words.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty())
        words.push_back(current);
    static constexpr std::array<std::string_view, 24> kForms = {
        "ltd", "limited", "plc",  "llp", "lp", "gmbh", "co", "kg",  "ag",  "sas",      "sarl", "sa",
        "inc", "llc",     "corp", "bv",  "nv", "ek",   "ug", "srl", "spa", "teoranta", "cic",  "company",
    };
    while (words.size() > 1 && std::find(kForms.begin(), kForms.end(), words.back()) != kForms.end())
        words.pop_back();
    std::string out;
    for (const std::string &w : words)
        out += w;
    return out;
}

std::string regionForCountry(std::string_view country)
{
    const std::string c = foldName(country);
    if (c.empty())
        return {};
    struct Alias
    {
        std::string_view name;
        std::string_view region;
    };
    static constexpr Alias kAliases[] = {
        {"uk", "GB"},
        {"gb", "GB"},
        {"unitedkingdom", "GB"},
        {"greatbritain", "GB"},
        {"england", "GB"},
        {"scotland", "GB"},
        {"wales", "GB"},
        {"northernireland", "GB"},
        {"britain", "GB"},
        {"de", "DE"},
        {"germany", "DE"},
        {"deutschland", "DE"},
        {"fr", "FR"},
        {"france", "FR"},
        {"ie", "IE"},
        {"ireland", "IE"},
        {"eire", "IE"},
        {"republicofireland", "IE"},
        {"roi", "IE"},
        {"es", "ES"},
        {"spain", "ES"},
        {"espana", "ES"},
        {"it", "IT"},
        {"italy", "IT"},
        {"italia", "IT"},
        {"nl", "NL"},
        {"netherlands", "NL"},
        {"holland", "NL"},
        {"nederland", "NL"},
        {"be", "BE"},
        {"belgium", "BE"},
        {"at", "AT"},
        {"austria", "AT"},
        {"osterreich", "AT"},
        {"ch", "CH"},
        {"switzerland", "CH"},
        {"schweiz", "CH"},
        {"us", "US"},
        {"usa", "US"},
        {"unitedstates", "US"},
        {"unitedstatesofamerica", "US"},
        {"pl", "PL"},
        {"poland", "PL"},
        {"polska", "PL"},
        {"pt", "PT"},
        {"portugal", "PT"},
        {"se", "SE"},
        {"sweden", "SE"},
        {"dk", "DK"},
        {"denmark", "DK"},
        {"no", "NO"},
        {"norway", "NO"},
    };
    for (const Alias &a : kAliases)
        if (a.name == c)
            return std::string(a.region);
    if (c.size() == 2)
        return {char(c[0] - 32), char(c[1] - 32)};
    return {};
}

bool withinOneEdit(std::string_view a, std::string_view b)
{
    if (a == b)
        return true;
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1)
        return false;
    size_t i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (a.size() == b.size()) {
        if (a.substr(i + 1) == b.substr(i + 1))
            return true; // substitution
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
    }
    return a.substr(i) == b.substr(i + 1); // insertion
}

} // namespace readiness::crm
