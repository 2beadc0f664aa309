// A source with a text the German .ts does not have: the self-test of
// tests/check-translations.sh scans it and must report it unfinished.
#include <QCoreApplication>

const char *kNewText = QT_TRANSLATE_NOOP("cli", "A text nobody has translated yet");
