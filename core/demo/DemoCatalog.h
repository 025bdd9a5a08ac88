#pragma once

#include "customers/Unit.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace csodesk {

// The vocabulary of the demo data: a unit hierarchy in real provinces and cities, common
// Indonesian given names and family names, street and village names. Unit codes and PPJ rates
// are plausible, not PLN's actual ones [A].
struct DemoPlace {
    QString ulpCode;
    QString city;
    QString province;
    QStringList villages; // kelurahan/desa served by the ULP
};

class DemoCatalog {
public:
    [[nodiscard]] static const QList<Unit>& units(); // main units, UP3s and ULPs, parents first
    [[nodiscard]] static const QList<DemoPlace>& places(); // one per ULP
    [[nodiscard]] static const QStringList& givenNames();
    [[nodiscard]] static const QStringList& familyNames();
    [[nodiscard]] static const QStringList& streets();
};

} // namespace csodesk
