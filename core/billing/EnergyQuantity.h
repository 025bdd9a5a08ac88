#pragma once

#include <QString>

namespace csodesk {

// An amount of energy, exact: numeratorWh / divisor watt-hours. Meter stands have 0.1 kWh
// resolution (100 Wh), and a month billed on the 3-month average is a third of a sum, so a
// plain integer of Wh could not hold "1000 kWh / 3" — and the rule says amounts use the
// unrounded mean. Only what is displayed or stored is rounded (to the Wh or kWh).
class EnergyQuantity {
public:
    EnergyQuantity() = default;
    static EnergyQuantity fromWh(qint64 wh) { return EnergyQuantity(wh, 1); }
    static EnergyQuantity fromKwh(qint64 kwh) { return EnergyQuantity(kwh * 1000, 1); }
    // The mean of `count` values whose sum is `sumWh`.
    static EnergyQuantity mean(qint64 sumWh, qint64 count) { return EnergyQuantity(sumWh, count); }

    [[nodiscard]] qint64 numeratorWh() const { return m_numeratorWh; }
    [[nodiscard]] qint64 divisor() const { return m_divisor; }
    [[nodiscard]] qint64 roundedWh() const;
    [[nodiscard]] qint64 roundedKwh() const;
    [[nodiscard]] bool isNegative() const { return m_numeratorWh < 0; }

    // "335", "333,3" — kWh with up to `decimals` decimals, Indonesian decimal comma.
    [[nodiscard]] QString toKwhText(int decimals = 0) const;

    [[nodiscard]] EnergyQuantity operator+(const EnergyQuantity& other) const;
    [[nodiscard]] EnergyQuantity operator-(const EnergyQuantity& other) const;
    [[nodiscard]] bool operator<(const EnergyQuantity& other) const;
    [[nodiscard]] bool operator==(const EnergyQuantity& other) const;

private:
    EnergyQuantity(qint64 numeratorWh, qint64 divisor)
        : m_numeratorWh(numeratorWh)
        , m_divisor(divisor)
    {
    }
    qint64 m_numeratorWh = 0;
    qint64 m_divisor = 1;
};

// "1.335,0" — a meter stand in kWh with one decimal as the meter shows it; input in Wh.
[[nodiscard]] QString formatStand(qint64 standWh);
// "335 kWh" from Wh, rounded to the whole kWh (what a bill prints).
[[nodiscard]] QString formatKwh(qint64 wh);

} // namespace csodesk
