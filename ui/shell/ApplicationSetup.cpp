#include "ApplicationSetup.h"

#include <QApplication>
#include <QGuiApplication>

namespace csodesk::ui {

void prepareHighDpi()
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : { 32, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/csodesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

void applyApplicationLook()
{
    QApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("csodesk"));
}

} // namespace csodesk::ui
