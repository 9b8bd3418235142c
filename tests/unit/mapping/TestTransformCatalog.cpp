// The one description of every transform: what the factory builds, the options it accepts, what the editor
// shows and what the profile schema allows all follow it.
#include "core/mapping/ParseContext.h"
#include "core/mapping/Transform.h"
#include "core/mapping/TransformCatalog.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace fieldlink::mapping;

namespace {

bool hasCode(const Diagnostics& diagnostics, const char* code) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [code](const Diagnostic& diagnostic) {
        return diagnostic.code == QLatin1String(code);
    });
}

QSet<QString> enumOf(const QJsonValue& value) {
    QSet<QString> names;
    for (const QJsonValue& name : value.toObject().value(QLatin1String("enum")).toArray())
        names.insert(name.toString());
    return names;
}

} // namespace

class TestTransformCatalog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTypeIsBuiltByTheFactory();
    void everyOptionOfATypeIsAccepted();
    void anOptionTheCatalogDoesNotListIsRefused();
    void anUnknownTypeIsRefused();
    void theProfileSchemaListsTheCatalog();
    void everyTypeAndOptionHasWordsForPeople();
};

void TestTransformCatalog::everyTypeIsBuiltByTheFactory() {
    QVERIFY(TransformCatalog::all().size() >= 17);
    for (const QString& type : TransformCatalog::types()) {
        ParseContext context;
        createTransform(QJsonObject{{QStringLiteral("type"), type}}, QStringLiteral("t"), context, {});
        // Options may be missing here; the type itself must be known.
        QVERIFY2(!hasCode(context.diagnostics(), code::badValue) ||
                     context.diagnostics().first().sourcePath != QLatin1String("t.type"),
                 qPrintable(type));
        QVERIFY2(!hasCode(context.diagnostics(), code::unknownKey), qPrintable(type));
    }
    QCOMPARE(transformTypes(), TransformCatalog::types());
}

void TestTransformCatalog::everyOptionOfATypeIsAccepted() {
    for (const TransformSpec& spec : TransformCatalog::all()) {
        QJsonObject object{{QStringLiteral("type"), spec.type}};
        for (const TransformOptionSpec& option : spec.options)
            object.insert(option.key, QJsonValue());
        ParseContext context;
        createTransform(object, QStringLiteral("t"), context, {});
        QVERIFY2(!hasCode(context.diagnostics(), code::unknownKey), qPrintable(spec.type));
    }
}

void TestTransformCatalog::anOptionTheCatalogDoesNotListIsRefused() {
    ParseContext context;
    createTransform(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("trim")}, {QStringLiteral("bogus"), 1}},
        QStringLiteral("t"), context, {});
    QVERIFY(hasCode(context.diagnostics(), code::unknownKey));
}

void TestTransformCatalog::anUnknownTypeIsRefused() {
    QCOMPARE(TransformCatalog::find(QStringLiteral("rot13")), nullptr);
    ParseContext context;
    QVERIFY(!createTransform(QJsonValue(QStringLiteral("rot13")), QStringLiteral("t"), context, {}));
    QVERIFY(hasCode(context.diagnostics(), code::badValue));
    QVERIFY(context.diagnostics().first().message.contains(QLatin1String("phone_e164")));
}

void TestTransformCatalog::theProfileSchemaListsTheCatalog() {
    QFile file(QStringLiteral(":/schema/profile.schema.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray oneOf = schema.value(QLatin1String("$defs"))
                                 .toObject()
                                 .value(QLatin1String("transform"))
                                 .toObject()
                                 .value(QLatin1String("oneOf"))
                                 .toArray();
    QCOMPARE(oneOf.size(), 2);
    const QStringList types = TransformCatalog::types();
    const QSet<QString> catalogTypes(types.begin(), types.end());
    const QSet<QString> objectTypes = enumOf(
        oneOf.at(1).toObject().value(QLatin1String("properties")).toObject().value(QLatin1String("type")));
    QCOMPARE(objectTypes, catalogTypes);
    QSet<QString> shorthands;
    for (const TransformSpec& spec : TransformCatalog::all()) {
        if (spec.shorthand)
            shorthands.insert(spec.type);
    }
    QCOMPARE(enumOf(oneOf.at(0)), shorthands);
}

void TestTransformCatalog::everyTypeAndOptionHasWordsForPeople() {
    QSet<QString> types;
    for (const TransformSpec& spec : TransformCatalog::all()) {
        QVERIFY2(!types.contains(spec.type), qPrintable(spec.type));
        types.insert(spec.type);
        QVERIFY2(spec.title && spec.summary, qPrintable(spec.type));
        QVERIFY(!TransformCatalog::text(spec.title).isEmpty());
        for (const TransformOptionSpec& option : spec.options) {
            const bool hasLabel = option.label != nullptr;
            QCOMPARE(hasLabel, option.kind != TransformOptionSpec::Kind::ValueTable);
            if (option.kind == TransformOptionSpec::Kind::Choice)
                QVERIFY2(!option.choices.isEmpty(), qPrintable(spec.type + QLatin1Char('.') + option.key));
            // Every choice reads in words, never as the profile's value.
            for (const QString& choice : option.choices)
                QVERIFY2(TransformCatalog::choiceText(choice) != choice,
                         qPrintable(spec.type + QLatin1Char('.') + option.key + QLatin1Char('=') + choice));
        }
        QCOMPARE(TransformCatalog::title(spec.type), TransformCatalog::text(spec.title));
    }
    QCOMPARE(TransformCatalog::title(QStringLiteral("no-such-type")), QStringLiteral("no-such-type"));
}

FIELDLINK_TEST_MAIN(TestTransformCatalog, QCoreApplication)
#include "TestTransformCatalog.moc"
