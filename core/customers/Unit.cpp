#include "Unit.h"

namespace csodesk {

QString unitLevelCode(Unit::Level level)
{
    switch (level) {
    case Unit::Level::Main:
        return QStringLiteral("main");
    case Unit::Level::Up3:
        return QStringLiteral("up3");
    case Unit::Level::Ulp:
        break;
    }
    return QStringLiteral("ulp");
}

std::optional<Unit::Level> unitLevelFromCode(const QString& code)
{
    if (code == QLatin1String("main"))
        return Unit::Level::Main;
    if (code == QLatin1String("up3"))
        return Unit::Level::Up3;
    if (code == QLatin1String("ulp"))
        return Unit::Level::Ulp;
    return std::nullopt;
}

} // namespace csodesk
