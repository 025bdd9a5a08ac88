#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace csodesk {

namespace {

const QString kCatalogues = QStringLiteral(":/i18n");

} // namespace

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

QStringList TranslationLoader::supportedLanguages()
{
    return { QStringLiteral("id"), QStringLiteral("en") };
}

QString TranslationLoader::nativeName(const QString& language)
{
    // Not translated on purpose: a person looks for their own language's name.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QStringLiteral("Bahasa Indonesia");
}

QLocale TranslationLoader::locale(const QString& language)
{
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

void TranslationLoader::removeInstalled()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

bool TranslationLoader::apply(const QString& language)
{
    removeInstalled();
    const QString systemCatalogues = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (language != QLatin1String("id") && supportedLanguages().contains(language)
        && m_app.load(QStringLiteral("csodesk_") + language, kCatalogues)) {
        QCoreApplication::installTranslator(&m_app);
        // Qt's own strings (context menus, file dialogs); optional, the system may lack them.
        if (m_qt.load(QStringLiteral("qtbase_") + language, systemCatalogues))
            QCoreApplication::installTranslator(&m_qt);
        m_current = language;
        QLocale::setDefault(locale(m_current));
        return true;
    }
    // Indonesian, asked for or as the fallback. Qt's own strings: the system's catalogue if it
    // has one, else ours.
    m_current = QStringLiteral("id");
    QLocale::setDefault(locale(m_current));
    if (m_qt.load(QStringLiteral("qtbase_id"), systemCatalogues)
        || m_qt.load(QStringLiteral("csodesk_qt_id"), kCatalogues))
        QCoreApplication::installTranslator(&m_qt);
    return language == QLatin1String("id");
}

} // namespace csodesk
