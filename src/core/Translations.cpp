#include "core/Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace fieldlink {

bool installTranslations(QCoreApplication& application, const QLocale& locale) {
    // Qt's own strings (standard dialog buttons, shortcuts) follow the same locale when Qt ships them.
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* translator = new QTranslator(&application);
    if (!translator->load(locale, QStringLiteral("fieldlink"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        qCDebug(lcApp) << "no Fieldlink translation for" << locale.name();
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace fieldlink
