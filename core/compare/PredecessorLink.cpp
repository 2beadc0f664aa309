#include "PredecessorLink.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace readiness::compare {

Result<PredecessorLink> PredecessorLink::of(const AssessmentRepository &repository, const QString &documentPath)
{
    auto q = repository.run(u"SELECT key, value FROM meta WHERE key IN ('predecessor.file_id', 'predecessor.path')"_s);
    if (!q)
        return q.error();
    PredecessorLink link;
    while (q->next()) {
        if (q->value(0).toString() == "predecessor.file_id"_L1)
            link.fileId = q->value(1).toString();
        else
            link.path = q->value(1).toString();
    }
    if (!link.path.isEmpty())
        link.resolvedPath = QDir::cleanPath(QFileInfo(documentPath).absoluteDir().absoluteFilePath(link.path));
    return link;
}

} // namespace readiness::compare
