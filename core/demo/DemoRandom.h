#pragma once

#include <QtGlobal>

namespace csodesk {

// A small deterministic generator (SplitMix64). The standard distributions are
// implementation-defined, so the same seed would give different demo data with another
// standard library; this one gives the same customers everywhere.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound); 0 when bound is not positive. The modulo bias is irrelevant here.
    qint64 below(qint64 bound) { return bound > 0 ? static_cast<qint64>(next() % static_cast<quint64>(bound)) : 0; }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    // True with probability percent/100.
    bool chance(int percent) { return below(100) < percent; }
    template <typename List> const auto& pick(const List& list)
    {
        return list[static_cast<decltype(list.size())>(below(static_cast<qint64>(list.size())))];
    }

private:
    quint64 m_state;
};

} // namespace csodesk
