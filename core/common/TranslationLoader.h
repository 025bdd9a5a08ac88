#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace csodesk {

// Installs the language people read, for the desktop and the CLI alike. Indonesian is the
// source language of every string of ours, so "id" needs no catalogue of ours; "en" loads
// csodesk_en.qm (compiled into core under :/i18n) plus Qt's own qtbase_en when the system has
// it. Qt's own strings that a person sees (QCommandLineParser's help and errors) are English in
// Qt; for "id" they come from csodesk_qt_id.qm, also under :/i18n. Switching removes the
// previous translators first, so apply() can be called again (tests switch back and forth).
// The default QLocale follows the language: numbers read "1.234" and "61,1" in Indonesian.
class TranslationLoader {
public:
    TranslationLoader() = default;
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    // Returns false (and stays on Indonesian) for an unknown language or a missing catalogue.
    bool apply(const QString& language);
    [[nodiscard]] QString current() const { return m_current; }

    [[nodiscard]] static QStringList supportedLanguages(); // {"id", "en"}
    // The language's name in that language, for a choice of language.
    [[nodiscard]] static QString nativeName(const QString& language);
    // How numbers and dates are written in that language (Indonesian for anything unknown).
    [[nodiscard]] static QLocale locale(const QString& language);

private:
    void removeInstalled();

    QTranslator m_app;
    QTranslator m_qt;
    QString m_current = QStringLiteral("id");
};

} // namespace csodesk
