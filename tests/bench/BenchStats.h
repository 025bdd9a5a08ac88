#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace csodesk::bench {

// Latency samples in nanoseconds and the figures we report from them.
class BenchStats {
public:
    void add(qint64 nanoseconds) { m_samples.push_back(nanoseconds); }
    void reserve(std::size_t count) { m_samples.reserve(count); }
    [[nodiscard]] std::size_t count() const { return m_samples.size(); }
    void merge(const BenchStats& other)
    {
        m_samples.insert(m_samples.end(), other.m_samples.begin(), other.m_samples.end());
        m_sorted = false;
    }

    // Nearest-rank percentile (p in 0..100), in microseconds.
    [[nodiscard]] double percentileMicros(double p) const;
    [[nodiscard]] double meanMicros() const;

private:
    mutable std::vector<qint64> m_samples;
    mutable bool m_sorted = false;
};

// One row of a result table: a label and named figures, printed side by side and saved as JSON.
struct BenchRow {
    QString benchmark; // "lookup"
    QString variant; // "csodesk service" / "raw sqlite3"
    QString scale; // "100000 customers"
    QList<QPair<QString, double>> figures; // ("p50_us", 120.0) ...
};

class BenchReport {
public:
    void add(BenchRow row) { m_rows.append(std::move(row)); }
    void addNote(const QString& note) { m_notes.append(note); }
    [[nodiscard]] QString toTable() const;
    [[nodiscard]] bool writeJson(const QString& path, const QString& machine) const;
    [[nodiscard]] const QList<BenchRow>& rows() const { return m_rows; }

private:
    QList<BenchRow> m_rows;
    QStringList m_notes;
};

} // namespace csodesk::bench
