#include "FileMenuEntries.h"

namespace readiness::ui::FileMenuEntries {

namespace {
QList<FileMenuEntry> &registry()
{
    static QList<FileMenuEntry> entries;
    return entries;
}
} // namespace

void add(const FileMenuEntry &entry)
{
    for (const FileMenuEntry &known : std::as_const(registry()))
        if (known.id == entry.id)
            return;
    registry().append(entry);
}

const QList<FileMenuEntry> &all()
{
    return registry();
}

} // namespace readiness::ui::FileMenuEntries
