#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ud::app {

QString installTranslations(const QString& setting)
{
    QString language = qEnvironmentVariable("UNIONDESK_LANGUAGE", setting);
    if (language.isEmpty() || language == QLatin1String("system"))
        language = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (language != QLatin1String("zh_CN"))
        return QStringLiteral("en");

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/uniondesk_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    return language;
}

} // namespace ud::app
