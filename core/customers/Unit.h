#pragma once

#include <QString>

#include <optional>

namespace csodesk {

// PLN's organisation: main unit (UID/UIW) -> UP3 -> ULP. A customer belongs to a ULP, and the
// street-lighting tax (PPJ) of the regency/city the ULP serves is kept on the ULP.
struct Unit {
    enum class Level { Main, Up3, Ulp };

    QString code;
    Level level = Level::Ulp;
    QString name;
    QString parentCode; // empty for a main unit
    QString province;
    QString city;
    std::optional<int> ppjBasisPoints; // ULPs only; 300 = 3 %
};

[[nodiscard]] QString unitLevelCode(Unit::Level level); // "main", "up3", "ulp"
[[nodiscard]] std::optional<Unit::Level> unitLevelFromCode(const QString& code);

} // namespace csodesk
