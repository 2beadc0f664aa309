#include "Diagnostic.h"

#include "Result.h"

using namespace Qt::StringLiterals;

namespace readiness {

QString Diagnostic::toString() const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line) + u':' + QString::number(column);
    if (!out.isEmpty())
        out += u": "_s;
    if (!path.isEmpty())
        out += path + u": "_s;
    return out + message;
}

QString Error::toString() const
{
    QString out = message;
    for (const Diagnostic &d : diagnostics)
        out += u"\n  "_s + d.toString();
    return out;
}

} // namespace readiness
