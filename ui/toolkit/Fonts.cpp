#include "Fonts.h"

namespace csodesk::ui {

namespace {

QFont scaled(const QFont& base, qreal factor)
{
    QFont font = base;
    // pointSizeF() is -1 when the font was given in pixels; fall back to a sane point size.
    const qreal points = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    font.setPointSizeF(points * factor);
    return font;
}

} // namespace

QFont headingFont(const QFont& base)
{
    QFont font = scaled(base, 1.35);
    font.setBold(true);
    return font;
}

QFont scriptFont(const QFont& base)
{
    return scaled(base, 1.5);
}

QFont smallFont(const QFont& base)
{
    return scaled(base, 0.9);
}

} // namespace csodesk::ui
