#include "DisplayNames.h"

#include <QCoreApplication>

namespace csodesk::ui {

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Agent:
        return QCoreApplication::translate("csodesk::ui::DisplayNames", "Agen");
    case Role::Supervisor:
        return QCoreApplication::translate("csodesk::ui::DisplayNames", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("csodesk::ui::DisplayNames", "Admin");
    }
    return QCoreApplication::translate("csodesk::ui::DisplayNames", "Agen");
}

} // namespace csodesk::ui
