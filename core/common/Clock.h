#pragma once

#include <QDateTime>

namespace csodesk {

// The one source of "now" for core code, so tests can pin time (SLA deadlines, daily
// ticket sequences, "last 7 days") instead of racing the wall clock.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(const QDateTime& nowUtc)
        : m_now(nowUtc.toUTC())
    {
    }
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace csodesk
