// Each transform on its own, data-driven.
#include "core/mapping/FieldPath.h"
#include "core/mapping/PhoneNormaliser.h"
#include "core/mapping/Transform.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace fieldlink::mapping;

namespace {

QJsonValue json(const char* text) {
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

struct Run {
    Step step;
    Diagnostics diagnostics;
    bool built = false;
};

Run run(const char* spec, const char* input, const char* record = "{}") {
    ParseContext context;
    auto transform = createTransform(json(spec), QStringLiteral("t"), context, {});
    Run result;
    result.built = transform && context.diagnostics().isEmpty();
    if (!transform)
        return result;
    PhoneNormaliser phones;
    const QJsonObject object = json(record).toObject();
    const QString source = QStringLiteral("source");
    const QString target = QStringLiteral("target");
    const TransformContext transformContext{object, source, target, result.diagnostics, phones};
    result.step = transform->apply(json(input), transformContext);
    return result;
}

} // namespace

class TestTransforms : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anIndexedCustomFieldReadsLikeTheScan();
    void transforms_data();
    void transforms();
    void outcomesAndDiagnostics_data();
    void outcomesAndDiagnostics();
    void badSpecsAreReported_data();
    void badSpecsAreReported();
    void phoneCacheServesRepeats();
};

void TestTransforms::anIndexedCustomFieldReadsLikeTheScan() {
    QJsonObject record = QJsonDocument::fromJson(R"({"customFields": [
        {"id": "a", "value": "first"}, {"id": "b", "value": ["x", "y"]}, {"id": "a", "value": "second"},
        {"value": "no id"}, {"id": "c", "value": null}]})")
                             .object();
    const QJsonObject scanned = record;
    FieldPath::indexCustomFields(record);
    QVERIFY(record.contains(FieldPath::customFieldIndexKey()));
    for (const char* id : {"a", "b", "c", "missing"}) {
        const FieldPath path(QStringLiteral("customFields.contact.k"), QLatin1String(id));
        QCOMPARE(path.read(record), path.read(scanned));
    }
    QCOMPARE(FieldPath(QStringLiteral("customFields.contact.k"), QStringLiteral("a")).read(record),
             QJsonValue(QStringLiteral("first"))); // the first entry wins, in both
}

void TestTransforms::transforms_data() {
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QByteArray>("expected");
    auto row = [](const char* name, const char* spec, const char* input, const char* expected,
                  const char* record = "{}") {
        QTest::newRow(name) << QByteArray(spec) << QByteArray(input) << QByteArray(record)
                            << QByteArray(expected);
    };
    row("copy", R"("copy")", R"("x")", R"("x")");
    row("constant", R"({"type":"constant","value":42})", R"("x")", "42");
    row("default on empty", R"({"type":"default","value":"n/a"})", R"("  ")", R"("n/a")");
    row("default keeps value", R"({"type":"default","value":"n/a"})", R"("x")", R"("x")");
    row("trim", R"("trim")", R"("  a  b  ")", R"("a  b")");
    row("trim collapse", R"({"type":"trim","collapse":true})", R"("  a \t\n b  ")", R"("a b")");
    row("trim leaves numbers", R"("trim")", "7", "7");
    row("lower", R"({"type":"case","mode":"lower"})", R"("ÉCOLE")", R"("école")");
    row("upper", R"({"type":"case","mode":"upper"})", R"("straße")", R"("STRASSE")");
    row("title", R"({"type":"case","mode":"title"})", R"("mary-kate o'NEIL")", R"("Mary-Kate O'neil")");
    row("concat", R"({"type":"concat","separator":" / "})", R"(["a",null,"", " b "])", R"("a / b")");
    row("template", R"({"type":"template","template":"{firstName} {lastName} <{value}>"})", R"("x")",
        R"("Ann Lee <x>")", R"({"firstName":"Ann","lastName":"Lee"})");
    row("template all empty", R"j({"type":"template","template":"({city}, {country})"})j", "null", R"("")");
    row("template collapses gaps", R"({"type":"template","template":"{firstName} {middle} {lastName}"})",
        "null", R"("Ann Lee")", R"({"firstName":"Ann","lastName":"Lee"})");
    row("split index", R"({"type":"split","separator":",","index":1})", R"("a, b ,c")", R"("b")");
    row("split from end", R"({"type":"split","separator":" ","index":-1})", R"("Mary Jane Watson")",
        R"("Watson")");
    row("split out of range", R"({"type":"split","separator":",","index":5})", R"("a,b")", R"("")");
    row("split all", R"({"type":"split","separator":";"})", R"("a; b")", R"(["a","b"])");
    row("phone us", R"({"type":"phone_e164"})", R"("(415) 555-2671")", R"("+14155552671")");
    row("phone region from record", R"({"type":"phone_e164","regionField":"country"})", R"("020 7946 0958")",
        R"("+442079460958")", R"({"country":"gb"})");
    row("phone full width", R"({"type":"phone_e164","defaultRegion":"JP"})", R"("０９０-１２３４-５６７８")",
        R"("+819012345678")");
    row("phone number value", R"({"type":"phone_e164"})", "4155552671", R"("+14155552671")");
    row("phone empty stays empty", R"({"type":"phone_e164"})", R"("")", R"("")");
    row("email", R"("email")", R"("  Ann.Lee+crm@Example.COM ")", R"("ann.lee+crm@example.com")");
    row("date iso to epoch", R"({"type":"date","format":"epoch_ms"})", R"("2021-07-02T05:18:26.704Z")",
        "1625203106704");
    row("date epoch ms auto", R"({"type":"date"})", "1625203106704", R"("2021-07-02T05:18:26.704Z")");
    row("date epoch s auto", R"({"type":"date"})", "1625203106", R"("2021-07-02T05:18:26.000Z")");
    row("date zone",
        R"({"type":"date","format":"pattern","outputPattern":"dd.MM.yyyy HH:mm","timeZone":"Europe/Berlin"})",
        R"("2026-01-15T23:30:00Z")", R"("16.01.2026 00:30")");
    row("date kixie split",
        R"({"type":"date","from":"pattern","pattern":"yyyy-MM-dd HH:mm","timeZone":"America/Chicago"})",
        R"("2026-03-13 16:44")", R"("2026-03-13T21:44:00.000Z")");
    row("date zoneless read in profile zone", R"({"type":"date","timeZone":"Asia/Kolkata","format":"iso"})",
        R"("2021-07-16 11:00:00")", R"("2021-07-16T05:30:00.000Z")");
    row("value map", R"({"type":"value_map","map":{"Hot":"2044"}})", R"(" hot ")", R"("2044")");
    row("value map case sensitive",
        R"({"type":"value_map","map":{"Hot":"2044"},"caseSensitive":true,"default":"1969"})", R"("hot")",
        R"("1969")");
    row("value map list uses first covered",
        R"({"type":"value_map","map":[{"from":"vip","to":"V"},{"from":"new","to":"N"}]})",
        R"(["x","new","vip"])", R"("N")");
    row("value map keep", R"({"type":"value_map","map":{"a":"b"},"unmapped":"keep"})", R"("z")", R"("z")");
    row("tags join", R"({"type":"tags","mode":"join","separator":"|"})", R"(["a","b"])", R"("a|b")");
    row("tags split", R"({"type":"tags","mode":"split","separator":","})", R"("a, b,,c ")",
        R"(["a","b","c"])");
    row("tags contains", R"({"type":"tags","mode":"contains","tag":"VIP"})", R"(["new","vip"])", "true");
    row("tags contains not", R"({"type":"tags","mode":"contains","tag":"VIP"})", R"(["new"])", "false");
    row("join", R"({"type":"join","separator":" | "})", R"(["a","",null,"b"])", R"("a | b")");
    row("pick latest", R"({"type":"pick","field":"body"})",
        R"([{"body":"old","dateAdded":"2025-01-01T00:00:00Z"},{"body":"new","dateAdded":"2026-01-01T00:00:00Z"}])",
        R"("new")");
    row("pick first two", R"({"type":"pick","from":"first","count":2,"field":"body"})",
        R"([{"body":"c","dateAdded":"2026"},{"body":"a","dateAdded":"2024"},{"body":"b","dateAdded":"2025"}])",
        R"(["a","b"])");
    row("pick where",
        R"({"type":"pick","from":"first","field":"title","sortBy":"dueDate","where":{"field":"completed","op":"eq","value":false}})",
        R"([{"title":"done","dueDate":"1","completed":true},{"title":"open","dueDate":"2","completed":false}])",
        R"("open")");
    row("pick from nothing", R"({"type":"pick","field":"body"})", "[]", "null");
    row("truncate", R"({"type":"truncate","length":5})", R"("abcdefgh")", R"("abcd…")");
    row("truncate short", R"({"type":"truncate","length":5})", R"("abc")", R"("abc")");
    row("truncate keeps surrogates whole", R"({"type":"truncate","length":3,"ellipsis":""})", R"("ab😀c")",
        R"("ab")");
    row("when then", R"({"type":"when","condition":{"field":"dnd","op":"eq","value":true},"then":"DNC"})",
        R"("lead")", R"("DNC")", R"({"dnd":true})");
    row("when else keeps",
        R"({"type":"when","condition":{"field":"dnd","op":"eq","value":true},"then":"DNC"})", R"("lead")",
        R"("lead")", R"({"dnd":false})");
    row("when else value",
        R"({"type":"when","condition":{"field":"score","op":"gte","value":50},"then":"hot","else":"cold"})",
        "null", R"("cold")", R"({"score":"12"})");
}

void TestTransforms::transforms() {
    QFETCH(QByteArray, spec);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, record);
    QFETCH(QByteArray, expected);
    const Run result = run(spec.constData(), input.constData(), record.constData());
    QVERIFY(result.built);
    QCOMPARE(result.step.outcome, Outcome::Ok);
    QCOMPARE(result.step.value, json(expected.constData()));
}

void TestTransforms::outcomesAndDiagnostics_data() {
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("phone skip") << QByteArray(R"({"type":"phone_e164","invalid":"skip"})")
                                << QByteArray(R"("12345")") << int(Outcome::SkipRecord)
                                << QStringLiteral("FL-MAP-030") << QByteArray(R"("")");
    QTest::newRow("phone empty") << QByteArray(R"({"type":"phone_e164","invalid":"empty"})")
                                 << QByteArray(R"("n/a")") << int(Outcome::Ok) << QStringLiteral("FL-MAP-030")
                                 << QByteArray(R"("")");
    QTest::newRow("phone keep") << QByteArray(R"({"type":"phone_e164","invalid":"keep"})")
                                << QByteArray(R"("n/a")") << int(Outcome::Ok) << QStringLiteral("FL-MAP-030")
                                << QByteArray(R"("n/a")");
    QTest::newRow("phone extension") << QByteArray(R"({"type":"phone_e164"})")
                                     << QByteArray(R"("415 555 2671 x204")") << int(Outcome::Ok)
                                     << QStringLiteral("FL-MAP-038") << QByteArray(R"("+14155552671")");
    QTest::newRow("map skip") << QByteArray(R"({"type":"value_map","map":{"a":"b"},"unmapped":"skip"})")
                              << QByteArray(R"("z")") << int(Outcome::SkipRecord)
                              << QStringLiteral("FL-MAP-031") << QByteArray("null");
    QTest::newRow("map fail") << QByteArray(R"({"type":"value_map","map":{"a":"b"},"unmapped":"fail"})")
                              << QByteArray(R"("z")") << int(Outcome::FailRecord)
                              << QStringLiteral("FL-MAP-031") << QByteArray("null");
    QTest::newRow("map default") << QByteArray(R"({"type":"value_map","map":{"a":"b"},"default":"d"})")
                                 << QByteArray(R"("z")") << int(Outcome::Ok) << QString()
                                 << QByteArray(R"("d")");
    QTest::newRow("email skip") << QByteArray(R"({"type":"email","invalid":"skip"})")
                                << QByteArray(R"("nope")") << int(Outcome::SkipRecord)
                                << QStringLiteral("FL-MAP-037") << QByteArray(R"("")");
    QTest::newRow("bad date") << QByteArray(R"({"type":"date"})") << QByteArray(R"("soon")")
                              << int(Outcome::Ok) << QStringLiteral("FL-MAP-034") << QByteArray(R"("")");
    QTest::newRow("truncate reports")
        << QByteArray(R"({"type":"truncate","length":2})") << QByteArray(R"("abc")") << int(Outcome::Ok)
        << QStringLiteral("FL-MAP-035") << QByteArray(R"("a…")");
}

void TestTransforms::outcomesAndDiagnostics() {
    QFETCH(QByteArray, spec);
    QFETCH(QByteArray, input);
    QFETCH(int, outcome);
    QFETCH(QString, code);
    QFETCH(QByteArray, expected);
    const Run result = run(spec.constData(), input.constData());
    QVERIFY(result.built);
    QCOMPARE(int(result.step.outcome), outcome);
    QCOMPARE(result.step.value, json(expected.constData()));
    QCOMPARE(result.diagnostics.isEmpty(), code.isEmpty());
    if (!code.isEmpty()) {
        QCOMPARE(result.diagnostics.first().code, code);
        QCOMPARE(result.diagnostics.first().target, QStringLiteral("target"));
        QVERIFY(!result.diagnostics.first().message.isEmpty());
    }
}

void TestTransforms::badSpecsAreReported_data() {
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown type") << QByteArray(R"({"type":"upcase"})") << QStringLiteral("t.type");
    QTest::newRow("unknown key") << QByteArray(R"({"type":"trim","colapse":true})")
                                 << QStringLiteral("t.colapse");
    QTest::newRow("bad region") << QByteArray(R"({"type":"phone_e164","defaultRegion":"USA"})")
                                << QStringLiteral("t.defaultRegion");
    QTest::newRow("bad policy") << QByteArray(R"({"type":"phone_e164","invalid":"drop"})")
                                << QStringLiteral("t.invalid");
    QTest::newRow("bad zone") << QByteArray(R"({"type":"date","timeZone":"Mars/Olympus"})")
                              << QStringLiteral("t.timeZone");
    QTest::newRow("duplicate map key")
        << QByteArray(R"({"type":"value_map","map":{"Hot":"1","hot":"2"}})") << QStringLiteral("t.map.hot");
    QTest::newRow("duplicate map entry")
        << QByteArray(R"({"type":"value_map","map":[{"from":"a","to":"1"},{"from":"a","to":"2"}]})")
        << QStringLiteral("t.map[1]");
    QTest::newRow("missing value") << QByteArray(R"({"type":"constant"})") << QStringLiteral("t.value");
    QTest::newRow("negative length") << QByteArray(R"({"type":"truncate","length":-1})")
                                     << QStringLiteral("t.length");
    QTest::newRow("bad regex")
        << QByteArray(R"({"type":"when","condition":{"field":"a","op":"matches","value":"("}})")
        << QStringLiteral("t.condition.value");
    QTest::newRow("not an object") << QByteArray("42") << QStringLiteral("t");
}

void TestTransforms::badSpecsAreReported() {
    QFETCH(QByteArray, spec);
    QFETCH(QString, path);
    ParseContext context;
    createTransform(json(spec.constData()), QStringLiteral("t"), context, {});
    QVERIFY(hasErrors(context.diagnostics()));
    QCOMPARE(context.diagnostics().first().sourcePath, path);
}

void TestTransforms::phoneCacheServesRepeats() {
    PhoneNormaliser phones(3);
    QCOMPARE(phones.normalise(QStringLiteral("(415) 555-2671"), QStringLiteral("US")).e164,
             QStringLiteral("+14155552671"));
    QCOMPARE(phones.normalise(QStringLiteral("(415) 555-2671"), QStringLiteral("US")).e164,
             QStringLiteral("+14155552671"));
    QCOMPARE(phones.cacheSize(), 1);
    // The same text means another number in another region.
    QCOMPARE(phones.normalise(QStringLiteral("020 7946 0958"), QStringLiteral("GB")).e164,
             QStringLiteral("+442079460958"));
    QVERIFY(!phones.normalise(QStringLiteral("020 7946 0958"), QStringLiteral("US")).valid);
    QCOMPARE(phones.cacheSize(), 3);
    phones.normalise(QStringLiteral("+33612345678"), QStringLiteral("US"));
    QCOMPARE(phones.cacheSize(), 1); // bounded: cleared when full
}

FIELDLINK_TEST_MAIN(TestTransforms, QCoreApplication)
#include "TestTransforms.moc"
