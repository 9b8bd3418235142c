// Every user-visible string has a translation in every catalogue, and the catalogues match the sources.
#include "core/Translations.h"
#include "core/mapping/FieldCatalog.h"
#include "support/TestEnvironment.h"

#include <QDirIterator>
#include <QProcess>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Catalogue {
    QSet<QString> sources;
    QStringList unfinished;
};

Catalogue readCatalogue(const QString& path) {
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            catalogue.sources.insert(source);
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                type == QLatin1String("obsolete") || text.trimmed().isEmpty())
                catalogue.unfinished << source;
        }
    }
    return catalogue;
}

QStringList catalogues() {
    QStringList paths;
    QDirIterator it(QStringLiteral(TRANSLATIONS_DIR), {QStringLiteral("fieldlink_*.ts")}, QDir::Files);
    while (it.hasNext())
        paths << it.next();
    return paths;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated();
    void cataloguesMatchTheSources();
    void spanishIsLoadedForASpanishLocale();
};

void TestTranslations::everyStringIsTranslated() {
    QVERIFY(!catalogues().isEmpty());
    for (const QString& path : catalogues()) {
        const Catalogue catalogue = readCatalogue(path);
        QVERIFY2(!catalogue.sources.isEmpty(), qPrintable(path));
        QVERIFY2(catalogue.unfinished.isEmpty(),
                 qPrintable(path + QStringLiteral(" lacks translations for: ") +
                            catalogue.unfinished.join(QStringLiteral(" | "))));
    }
}

void TestTranslations::cataloguesMatchTheSources() {
    // Run lupdate over today's sources into a scratch catalogue: every string it finds must already be in
    // each committed catalogue. Fails when a tr() is added without `cmake --build . -t update_translations`.
    QFile list(QStringLiteral(TRANSLATABLE_SOURCES_LIST));
    QVERIFY(list.open(QIODevice::ReadOnly));
    const QStringList sources =
        QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QTemporaryDir scratch;
    const QString fresh = scratch.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.start(
        QStringLiteral(LUPDATE_EXECUTABLE),
        QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")} +
            sources + QStringList{QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    const QSet<QString> current = readCatalogue(fresh).sources;
    QVERIFY(!current.isEmpty());
    for (const QString& path : catalogues()) {
        QSet<QString> missing = current;
        missing.subtract(readCatalogue(path).sources);
        QVERIFY2(missing.isEmpty(), qPrintable(path + QStringLiteral(" is missing: ") +
                                               QStringList(missing.values()).join(QStringLiteral(" | "))));
    }
}

void TestTranslations::spanishIsLoadedForASpanishLocale() {
    QVERIFY(fieldlink::installTranslations(*QCoreApplication::instance(),
                                           QLocale(QLocale::Spanish, QLocale::Spain)));
    QCOMPARE(QCoreApplication::translate("fieldlink::MainWindow", "Not connected"),
             QString::fromUtf8("Sin conexión"));
    // Numbers and dates follow the words' language.
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(QLocale().toString(10000), QStringLiteral("10.000"));
    // Labels that live in data files are translated too (CatalogLabels.cpp lists them for lupdate).
    const auto targets =
        fieldlink::mapping::FieldCatalog::targetsFor(fieldlink::mapping::Direction::GhlToKixie);
    QCOMPARE(targets.find(QStringLiteral("target"))->label,
             QString::fromUtf8("Número de teléfono (clave de la fila)"));
}

FIELDLINK_TEST_MAIN(TestTranslations, QCoreApplication)
#include "TestTranslations.moc"
