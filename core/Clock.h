#pragma once

#include <QDateTime>

namespace readiness {

/// Where "now" comes from, so countdowns and timestamps can be tested.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    /// The process-wide clock: the system's, unless a test replaced it.
    static const Clock &current();
    /// Replaces the process-wide clock (tests); nullptr restores the system's.
    static void setCurrent(const Clock *clock);
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }
    void setNow(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace readiness
