#pragma once

#include <QMainWindow>

#include <memory>

namespace csodesk {

class Database;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget* parent = nullptr);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace csodesk
