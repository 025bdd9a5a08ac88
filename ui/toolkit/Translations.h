#pragma once

#include "common/TranslationLoader.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace csodesk::ui {

// The desktop's handle on the user-facing language: core's TranslationLoader (which the CLI
// uses too) as a QObject, so a window can own it. See TranslationLoader for what apply() does.
class Translations : public QObject {
    Q_OBJECT

public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    // Returns false (and stays on Indonesian) for an unknown language or a missing catalogue.
    bool apply(const QString& language) { return m_loader.apply(language); }
    [[nodiscard]] QString current() const { return m_loader.current(); }

    [[nodiscard]] static QStringList supportedLanguages() { return TranslationLoader::supportedLanguages(); }
    // The language's name in that language, for the Settings combo box.
    [[nodiscard]] static QString nativeName(const QString& language) { return TranslationLoader::nativeName(language); }

private:
    TranslationLoader m_loader;
};

} // namespace csodesk::ui
