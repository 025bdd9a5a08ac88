#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace csodesk::ui {

Translations::Translations(QObject* parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    removeInstalled();
}

QStringList Translations::supportedLanguages()
{
    return { QStringLiteral("id"), QStringLiteral("en") };
}

QString Translations::nativeName(const QString& language)
{
    // Not translated on purpose: a person looks for their own language's name.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QStringLiteral("Bahasa Indonesia");
}

void Translations::removeInstalled()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

bool Translations::apply(const QString& language)
{
    removeInstalled();
    m_current = QStringLiteral("id");
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    if (language == QLatin1String("id"))
        return true;
    if (!supportedLanguages().contains(language))
        return false;

    if (!m_app.load(QStringLiteral("csodesk_") + language, QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (context menus, file dialogs); optional, the system may lack them.
    if (m_qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_current = language;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return true;
}

} // namespace csodesk::ui
