#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace csodesk::ui {

// Installs the user-facing language. Indonesian is the source language of every tr() string,
// so "id" needs no catalogue of ours; "en" loads csodesk_en.qm (compiled into the binary under
// :/i18n) plus Qt's own qtbase_en when the system has it. Switching removes the previous
// translators first, so apply() can be called again (tests switch back and forth).
class Translations : public QObject {
    Q_OBJECT

public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    // Returns false (and stays on Indonesian) for an unknown language or a missing catalogue.
    bool apply(const QString& language);
    [[nodiscard]] QString current() const { return m_current; }

    [[nodiscard]] static QStringList supportedLanguages(); // {"id", "en"}
    // The language's name in that language, for the Settings combo box.
    [[nodiscard]] static QString nativeName(const QString& language);

private:
    void removeInstalled();

    QTranslator m_app;
    QTranslator m_qt;
    QString m_current = QStringLiteral("id");
};

} // namespace csodesk::ui
