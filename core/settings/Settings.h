#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace csodesk {

// The one table of persistent settings, typed, with their defaults. Where the QSettings lives
// is the caller's choice (the app uses the user's config; tests a temporary INI file).
class Settings {
public:
    explicit Settings(QSettings& backing) : m_settings(backing) {}

    [[nodiscard]] QString databaseUrl() const { return string(keyDatabaseUrl, {}); }
    void setDatabaseUrl(const QString& url) { m_settings.setValue(keyDatabaseUrl, url); }

    [[nodiscard]] QString logLevel() const { return string(keyLogLevel, QStringLiteral("info")); }
    void setLogLevel(const QString& level) { m_settings.setValue(keyLogLevel, level); }

    // "id" (default) or "en".
    [[nodiscard]] QString language() const { return string(keyLanguage, QStringLiteral("id")); }
    void setLanguage(const QString& language) { m_settings.setValue(keyLanguage, language); }

    // Two digits that identify this contact-centre site in ticket numbers.
    [[nodiscard]] QString siteCode() const { return string(keySiteCode, QStringLiteral("54")); }
    void setSiteCode(const QString& code) { m_settings.setValue(keySiteCode, code); }

    // Extra SOP documents beyond the built-in ones; empty = <data dir>/sop.
    [[nodiscard]] QString sopDirectory() const { return string(keySopDirectory, {}); }
    void setSopDirectory(const QString& dir) { m_settings.setValue(keySopDirectory, dir); }

    // How long filed tickets are kept before the retention job may purge them (UU 27/2022).
    [[nodiscard]] int ticketRetentionDays() const { return m_settings.value(keyTicketRetentionDays, 1825).toInt(); }
    void setTicketRetentionDays(int days) { m_settings.setValue(keyTicketRetentionDays, days); }

    [[nodiscard]] QByteArray mainWindowGeometry() const { return m_settings.value(keyMainWindowGeometry).toByteArray(); }
    void setMainWindowGeometry(const QByteArray& geometry) { m_settings.setValue(keyMainWindowGeometry, geometry); }

    [[nodiscard]] QByteArray mainWindowState() const { return m_settings.value(keyMainWindowState).toByteArray(); }
    void setMainWindowState(const QByteArray& state) { m_settings.setValue(keyMainWindowState, state); }

    [[nodiscard]] QString lastUserName() const { return string(keyLastUserName, {}); }
    void setLastUserName(const QString& name) { m_settings.setValue(keyLastUserName, name); }

    // Free-form per-view state (column choices, splitter positions): "ticketLog/columns" etc.
    [[nodiscard]] QVariant viewState(const QString& key) const { return m_settings.value(QStringLiteral("view/") + key); }
    void setViewState(const QString& key, const QVariant& value) { m_settings.setValue(QStringLiteral("view/") + key, value); }

    void sync() { m_settings.sync(); }

    static inline const QString keyDatabaseUrl = QStringLiteral("database/url");
    static inline const QString keyLogLevel = QStringLiteral("log/level");
    static inline const QString keyLanguage = QStringLiteral("ui/language");
    static inline const QString keySiteCode = QStringLiteral("tickets/siteCode");
    static inline const QString keySopDirectory = QStringLiteral("sop/directory");
    static inline const QString keyTicketRetentionDays = QStringLiteral("tickets/retentionDays");
    static inline const QString keyMainWindowGeometry = QStringLiteral("ui/mainWindowGeometry");
    static inline const QString keyMainWindowState = QStringLiteral("ui/mainWindowState");
    static inline const QString keyLastUserName = QStringLiteral("ui/lastUserName");

private:
    [[nodiscard]] QString string(const QString& key, const QString& fallback) const
    {
        return m_settings.value(key, fallback).toString();
    }

    QSettings& m_settings;
};

} // namespace csodesk
