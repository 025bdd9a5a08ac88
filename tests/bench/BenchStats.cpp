#include "BenchStats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace csodesk::bench {

double BenchStats::percentileMicros(double p) const
{
    if (m_samples.empty())
        return 0.0;
    if (!m_sorted) {
        std::sort(m_samples.begin(), m_samples.end());
        m_sorted = true;
    }
    const double rank = std::ceil(p / 100.0 * static_cast<double>(m_samples.size()));
    const std::size_t index = std::min(m_samples.size() - 1, static_cast<std::size_t>(std::max(1.0, rank)) - 1);
    return static_cast<double>(m_samples[index]) / 1000.0;
}

double BenchStats::meanMicros() const
{
    if (m_samples.empty())
        return 0.0;
    const long double total = std::accumulate(m_samples.begin(), m_samples.end(), 0.0L);
    return static_cast<double>(total / static_cast<long double>(m_samples.size()) / 1000.0L);
}

QString BenchReport::toTable() const
{
    QString table;
    for (const BenchRow& row : m_rows) {
        QString line
            = QStringLiteral("%1  %2  %3")
                  .arg(row.benchmark.leftJustified(10), row.variant.leftJustified(22), row.scale.leftJustified(20));
        for (const auto& [name, value] : row.figures)
            line += QStringLiteral("  %1=%2").arg(name, QString::number(value, 'f', value < 10 ? 3 : 1));
        table += line + QLatin1Char('\n');
    }
    for (const QString& note : m_notes)
        table += QStringLiteral("note: ") + note + QLatin1Char('\n');
    return table;
}

bool BenchReport::writeJson(const QString& path, const QString& machine) const
{
    QJsonArray rows;
    for (const BenchRow& row : m_rows) {
        QJsonObject figures;
        for (const auto& [name, value] : row.figures)
            figures.insert(name, value);
        rows.append(
            QJsonObject { { QStringLiteral("benchmark"), row.benchmark }, { QStringLiteral("variant"), row.variant },
                { QStringLiteral("scale"), row.scale }, { QStringLiteral("figures"), figures } });
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("machine"), machine }, { QStringLiteral("rows"), rows },
                                 { QStringLiteral("notes"), QJsonArray::fromStringList(m_notes) } })
                   .toJson());
    return true;
}

} // namespace csodesk::bench
