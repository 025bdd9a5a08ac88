#include "MainWindow.h"

#include "storage/Database.h"

#include <QLabel>
#include <QStatusBar>

namespace csodesk {

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("csodesk — %1").arg(m_database->url().displayString()));
    statusBar()->addPermanentWidget(new QLabel(m_database->url().displayString(), this));
    resize(1366, 768);
}

} // namespace csodesk
