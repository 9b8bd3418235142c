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
        QLocale::setDefault(locale);
        return false;
    }
    QCoreApplication::installTranslator(translator);
    // Numbers and dates (QLocale(), %L1) follow the language the words are in: Spanish words with
    // "10,000" read wrong. The chosen locale keeps its country (es_MX) when its language is the
    // translation's; otherwise (the UI languages list preferred Spanish, the formats are en_US) the
    // translation's language decides.
    const QLocale translation(translator->language());
    QLocale::setDefault(translation.language() == locale.language() ? locale : translation);
    return true;
}

} // namespace fieldlink
