#pragma once

#include "settings/Settings.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace csodesk::ui {

// What the desktop remembers about its own windows: the main window's geometry and layout, the
// name last signed in with, per-view choices (hidden columns). Stored in the person's settings
// file beside core's Settings, but UI state is the UI's: core and the CLI never read it.
class WindowMemory {
public:
    explicit WindowMemory(Settings& settings)
        : m_settings(settings.backing())
    {
    }

    [[nodiscard]] QByteArray mainWindowGeometry() const
    {
        return m_settings.value(keyMainWindowGeometry).toByteArray();
    }
    void setMainWindowGeometry(const QByteArray& geometry) { m_settings.setValue(keyMainWindowGeometry, geometry); }

    [[nodiscard]] QByteArray mainWindowState() const { return m_settings.value(keyMainWindowState).toByteArray(); }
    void setMainWindowState(const QByteArray& state) { m_settings.setValue(keyMainWindowState, state); }

    [[nodiscard]] QString lastUserName() const { return m_settings.value(keyLastUserName).toString(); }
    void setLastUserName(const QString& name) { m_settings.setValue(keyLastUserName, name); }

    // Free-form per-view state (column choices, splitter positions): "ticketLog/columns" etc.
    [[nodiscard]] QVariant viewState(const QString& key) const
    {
        return m_settings.value(QStringLiteral("view/") + key);
    }
    void setViewState(const QString& key, const QVariant& value)
    {
        m_settings.setValue(QStringLiteral("view/") + key, value);
    }

    static inline const QString keyMainWindowGeometry = QStringLiteral("ui/mainWindowGeometry");
    static inline const QString keyMainWindowState = QStringLiteral("ui/mainWindowState");
    static inline const QString keyLastUserName = QStringLiteral("ui/lastUserName");

private:
    QSettings& m_settings;
};

} // namespace csodesk::ui
