#include "Clock.h"

#include <QDateTime>

namespace readiness {

namespace {
const Clock *g_clock = nullptr;
}

const Clock &Clock::current()
{
    static const SystemClock system;
    if (g_clock)
        return *g_clock;
    // GDPR_READINESS_TODAY=YYYY-MM-DD pins "today" for reproducible runs
    // (screenshots, golden reports).
    static const QByteArray pinned = qgetenv("GDPR_READINESS_TODAY");
    if (!pinned.isEmpty()) {
        static const FixedClock fixed(
            QDateTime(QDate::fromString(QString::fromLatin1(pinned), Qt::ISODate), QTime(12, 0), Qt::UTC));
        if (fixed.now().isValid())
            return fixed;
    }
    return system;
}

void Clock::setCurrent(const Clock *clock)
{
    g_clock = clock;
}

} // namespace readiness
