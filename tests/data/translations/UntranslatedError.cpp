// A core error built from an English literal: the self-test of
// tests/check-core-messages.py scans it and must name it.
#include "Result.h"

readiness::Error untranslatedError()
{
    return readiness::makeError(u"a message nobody can translate"_s);
}
