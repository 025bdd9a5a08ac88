#include "Translations.h"

namespace csodesk::ui {

Translations::Translations(QObject* parent)
    : QObject(parent)
{
}

Translations::~Translations() = default;

} // namespace csodesk::ui
