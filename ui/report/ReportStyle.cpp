#include "ReportStyle.h"

#include <QFile>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace readiness::ui::ReportStyle {

QString fontFamily()
{
    // Registered once; where the Debian package is missing, Qt's default
    // sans font is used (and still embedded).
    static const QString family = [] {
        const QString dir = u"/usr/share/fonts/truetype/dejavu/"_s;
        QString name;
        for (const QString &file :
             {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s, u"DejaVuSans-Oblique.ttf"_s, u"DejaVuSansMono.ttf"_s}) {
            if (!QFile::exists(dir + file))
                continue;
            const int id = QFontDatabase::addApplicationFont(dir + file);
            if (id >= 0 && name.isEmpty() && !file.contains(u"Mono"_s))
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return name.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family() : name;
    }();
    return family;
}

} // namespace readiness::ui::ReportStyle
