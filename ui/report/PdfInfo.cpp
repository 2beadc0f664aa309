#include "PdfInfo.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
// A text string as UTF-16BE with BOM, in hex: safe for any character.
QByteArray textString(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

// Text for the XMP packet: XML 1.0 allows no C0 control but TAB, LF and CR,
// no lone surrogate and no U+FFFE/U+FFFF; a title holding one would make
// the whole packet invalid XML. Those are dropped, the rest escaped.
QString xmlText(const QString &text)
{
    QString kept;
    kept.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            kept += c;
            kept += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed
            = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800) || (u > 0xDFFF && u < 0xFFFE);
        if (allowed)
            kept += c;
    }
    return kept.toHtmlEscaped();
}

QByteArray pdfDate(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return "(D:" + utc.toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)";
}
} // namespace

QByteArray PdfInfo::xmp() const
{
    const QString when = created.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
    const QString xml = u"<?xpacket begin=\"\xFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                        "<dc:format>application/pdf</dc:format>\n"
                        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                        "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
                        "</dc:description>\n</rdf:Description>\n"
                        "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                        "<xmp:CreatorTool>%4</xmp:CreatorTool>\n<xmp:CreateDate>%6</xmp:CreateDate>\n"
                        "<xmp:ModifyDate>%6</xmp:ModifyDate>\n</rdf:Description>\n"
                        "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                        "<pdf:Producer>%5</pdf:Producer>\n</rdf:Description>\n"
                        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                        "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
                        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"_s;
    return xml.arg(xmlText(title), xmlText(author), xmlText(subject), xmlText(creator), xmlText(producer), when)
        .toUtf8();
}

bool PdfInfo::appendTo(QByteArray &pdf) const
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return false;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxrefAt - trailerAt));
    const auto size = QRegularExpression(u"/Size\\s+(\\d+)"_s).match(trailer);
    const auto root = QRegularExpression(u"/Root\\s+(\\d+\\s+\\d+\\s+R)"_s).match(trailer);
    const auto id = QRegularExpression(u"/ID\\s*(\\[[^\\]]*\\])"_s).match(trailer);
    const auto prev = QRegularExpression(u"startxref\\s+(\\d+)"_s).match(QString::fromLatin1(pdf.mid(startxrefAt)));
    if (!size.hasMatch() || !root.hasMatch() || !prev.hasMatch())
        return false;
    const int object = size.captured(1).toInt();
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    const qsizetype offset = pdf.size();
    pdf += QByteArray::number(object) + " 0 obj\n<<\n/Title " + textString(title) + "\n/Author " + textString(author)
        + "\n/Subject " + textString(subject) + "\n/Creator " + textString(creator) + "\n/Producer "
        + textString(producer) + "\n/CreationDate " + pdfDate(created) + "\n/ModDate " + pdfDate(created)
        + "\n>>\nendobj\n";
    const qsizetype xref = pdf.size();
    pdf += "xref\n" + QByteArray::number(object) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0')
        + " 00000 n \n";
    pdf += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1()
        + "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev " + prev.captured(1).toLatin1() + '\n';
    if (id.hasMatch())
        pdf += "/ID " + id.captured(1).toLatin1() + '\n';
    pdf += ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return true;
}

} // namespace readiness::ui
