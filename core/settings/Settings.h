#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace csodesk {

// The one table of persistent settings, typed, with their defaults. Where the QSettings lives
// is the caller's choice (the app uses the user's config; tests a temporary INI file).
class Settings {
public:
    explicit Settings(QSettings& backing)
        : m_settings(backing)
    {
    }

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
    // Minutes without a key or a click after which the desktop locks (hides the customer and
    // asks for the password again); 0 = never.
    [[nodiscard]] int idleLockMinutes() const { return m_settings.value(keyIdleLockMinutes, 10).toInt(); }
    void setIdleLockMinutes(int minutes) { m_settings.setValue(keyIdleLockMinutes, minutes); }

    [[nodiscard]] QString sopDirectory() const { return string(keySopDirectory, {}); }
    void setSopDirectory(const QString& dir) { m_settings.setValue(keySopDirectory, dir); }

    void sync() { m_settings.sync(); }
    // The same file, for the desktop's own window state (ui/preferences/WindowMemory): kept in
    // one place for the person, but not part of what core and the CLI read.
    [[nodiscard]] QSettings& backing() { return m_settings; }

    static inline const QString keyDatabaseUrl = QStringLiteral("database/url");
    static inline const QString keyLogLevel = QStringLiteral("log/level");
    static inline const QString keyLanguage = QStringLiteral("ui/language");
    static inline const QString keySiteCode = QStringLiteral("tickets/siteCode");
    static inline const QString keySopDirectory = QStringLiteral("sop/directory");
    static inline const QString keyIdleLockMinutes = QStringLiteral("session/idleLockMinutes");

private:
    [[nodiscard]] QString string(const QString& key, const QString& fallback) const
    {
        return m_settings.value(key, fallback).toString();
    }

    QSettings& m_settings;
};

} // namespace csodesk
