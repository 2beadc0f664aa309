// libFuzzer target: the questionnaire loader on arbitrary bytes. Every
// input must end in a Questionnaire or an Error with diagnostics: no crash,
// no hang, no sanitizer report. `make fuzz` runs it; tst_fuzz_replay runs
// its corpus (tests/fuzz/corpus/questionnaire) in every `make test`.
#include "QuestionnaireLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto q = readiness::QuestionnaireLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));
    if (!q) {
        // A refusal must say why.
        if (q.error().message.isEmpty())
            __builtin_trap();
    }
    return 0;
}
