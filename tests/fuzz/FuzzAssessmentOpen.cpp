// libFuzzer target: opening an assessment file made of arbitrary bytes
// (read-only, as `score` and the report do), then scoring it and building
// its report model. A file is refused with a message or read: no crash, no
// hang, no sanitizer report. Inputs are written to a private temporary
// folder, one file at a time.
#include "AssessmentDocument.h"
#include "FuzzScratch.h"
#include "ReportModel.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // Qt SQL loads its driver as a plug-in
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path
        = readiness::fuzz::scratchFile(QStringLiteral("input.gdpra"), data, size,
                                       {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")});
    if (path.isEmpty())
        return 0;
    auto doc = readiness::AssessmentDocument::open(path, readiness::AssessmentFile::Mode::ReadOnly);
    if (!doc) {
        if (doc.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if ((*doc)->assessment().id != 0) {
        (void)(*doc)->score();
        (void)readiness::ReportModel::build(**doc, {});
    }
    return 0;
}
