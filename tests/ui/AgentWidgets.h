#pragma once

#include "AgentTestApp.h"
#include "shell/MainWindow.h"

#include <QLabel>

#include <catch2/catch.hpp>

namespace csodesk::test {

// A widget of the signed-in window by its object name; a missing one fails the test.
template <typename T = QWidget> T* child(AgentTestApp& app, const char* name)
{
    T* widget = app.window->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

inline QString labelText(AgentTestApp& app, const char* name)
{
    return child<QLabel>(app, name)->text();
}

} // namespace csodesk::test
