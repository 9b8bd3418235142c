// Each condition operator on its own, data-driven: routing and the `when` transform decide with these.
#include "core/mapping/Condition.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace fieldlink::mapping;

class TestConditions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void operators_data();
    void operators();
    void combinations_data();
    void combinations();
    void everyOperatorHasItsOwnWords();
};

namespace {

std::unique_ptr<Condition> parsed(const QByteArray& condition) {
    ParseContext context;
    auto result =
        Condition::parse(QJsonDocument::fromJson(condition).object(), QStringLiteral("when"), context, {});
    return context.diagnostics().isEmpty() ? std::move(result) : nullptr;
}

QJsonObject object(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestConditions::operators_data() {
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char* name, const char* condition, const char* record, bool expected) {
        QTest::newRow(name) << QByteArray(condition) << QByteArray(record) << expected;
    };
    row("eq ignores case", R"({"field":"type","op":"eq","value":"Customer"})", R"({"type":"customer"})",
        true);
    row("eq other text", R"({"field":"type","op":"eq","value":"customer"})", R"({"type":"lead"})", false);
    row("eq number as text", R"({"field":"score","op":"eq","value":"50"})", R"({"score":50})", true);
    row("eq bool", R"({"field":"dnd","op":"eq","value":true})", R"({"dnd":true})", true);
    row("eq bool differs", R"({"field":"dnd","op":"eq","value":true})", R"({"dnd":false})", false);
    row("eq bool and text", R"({"field":"dnd","op":"eq","value":"true"})", R"({"dnd":true})", true);
    row("eq a tag of the list", R"({"field":"tags","op":"eq","value":"VIP"})", R"({"tags":["new","vip"]})",
        true);
    row("eq no tag of the list", R"({"field":"tags","op":"eq","value":"vip"})", R"({"tags":["new","hot"]})",
        false);
    row("eq a bool in a list", R"({"field":"flags","op":"eq","value":true})", R"({"flags":[false,true]})",
        true);
    row("eq a number in a list", R"({"field":"codes","op":"eq","value":"7"})", R"({"codes":[3,7]})", true);
    row("eq missing field", R"({"field":"type","op":"eq","value":"lead"})", R"({})", false);
    row("ne missing field", R"({"field":"type","op":"ne","value":"lead"})", R"({})", true);
    row("ne tag present", R"({"field":"tags","op":"ne","value":"vip"})", R"({"tags":["vip"]})", false);
    row("contains tag", R"({"field":"tags","op":"contains","value":"Hot"})", R"({"tags":["lead","hot"]})",
        true);
    row("contains tag is whole", R"({"field":"tags","op":"contains","value":"ho"})", R"({"tags":["hot"]})",
        false);
    row("contains in text", R"({"field":"source","op":"contains","value":"FORM"})",
        R"({"source":"website form"})", true);
    row("not_contains tag", R"({"field":"tags","op":"not_contains","value":"vip"})", R"({"tags":["lead"]})",
        true);
    row("in list", R"({"field":"type","op":"in","value":["lead","customer"]})", R"({"type":"Lead"})", true);
    row("in list misses", R"({"field":"type","op":"in","value":["lead","customer"]})",
        R"({"type":"partner"})", false);
    row("in with a tag list", R"({"field":"tags","op":"in","value":["vip","hot"]})",
        R"({"tags":["new","hot"]})", true);
    row("not_in list", R"({"field":"type","op":"not_in","value":["lead"]})", R"({"type":"customer"})", true);
    row("not_in list holds it", R"({"field":"type","op":"not_in","value":["lead"]})", R"({"type":"lead"})",
        false);
    row("not_in missing field", R"({"field":"type","op":"not_in","value":["lead"]})", R"({})", true);
    row("exists", R"({"field":"email","op":"exists"})", R"({"email":"a@b.co"})", true);
    row("exists blank is not", R"({"field":"email","op":"exists"})", R"({"email":"  "})", false);
    row("not_exists empty list", R"({"field":"tags","op":"not_exists"})", R"({"tags":[]})", true);
    row("matches", R"({"field":"phone","op":"matches","value":"^\\+44"})", R"({"phone":"+44 20 7946 0000"})",
        true);
    row("gt number", R"({"field":"score","op":"gt","value":50})", R"({"score":51})", true);
    row("gte number as text", R"({"field":"score","op":"gte","value":50})", R"({"score":"50"})", true);
    row("lt date", R"({"field":"dateAdded","op":"lt","value":"2026-06-01T00:00:00Z"})",
        R"({"dateAdded":"2026-05-31T23:59:59Z"})", true);
    row("lte not a number", R"({"field":"score","op":"lte","value":50})", R"({"score":"high"})", false);
}

void TestConditions::operators() {
    QFETCH(QByteArray, condition);
    QFETCH(QByteArray, record);
    QFETCH(bool, expected);
    const auto when = parsed(condition);
    QVERIFY2(when, condition.constData());
    QCOMPARE(when->matches(object(record)), expected);
}

void TestConditions::combinations_data() {
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<bool>("expected");
    QTest::newRow("both") << QByteArray(R"({"tags":["vip"],"type":"customer"})") << true;
    QTest::newRow("only the tag") << QByteArray(R"({"tags":["vip"],"type":"lead"})") << false;
    QTest::newRow("dnd vetoes") << QByteArray(R"({"tags":["hot"],"type":"customer","dnd":true})") << false;
    QTest::newRow("neither") << QByteArray(R"({"type":"customer"})") << false;
}

void TestConditions::combinations() {
    QFETCH(QByteArray, record);
    QFETCH(bool, expected);
    const QByteArray condition =
        R"({"all":[{"any":[{"field":"tags","op":"contains","value":"vip"},{"field":"tags","op":"contains","value":"hot"}]},
                   {"field":"type","op":"eq","value":"customer"},
                   {"not":{"field":"dnd","op":"eq","value":true}}]})";
    const auto when = parsed(condition);
    QVERIFY(when);
    QCOMPARE(when->matches(object(record)), expected);
}

void TestConditions::everyOperatorHasItsOwnWords() {
    const QList<Condition::OperatorWords> operators = Condition::operatorsInWords();
    QCOMPARE(operators.size(), 13); // every operator the parser accepts (see Condition.h)
    QSet<QString> words;
    for (const Condition::OperatorWords& op : operators) {
        QVERIFY2(!op.words.isEmpty(), qPrintable(op.op));
        words.insert(op.words);
        // Each parses, with a value of the shape its words ask for.
        QJsonObject condition{{QStringLiteral("field"), QStringLiteral("type")},
                              {QStringLiteral("op"), op.op}};
        if (op.takesList)
            condition.insert(QStringLiteral("value"), QJsonArray{QStringLiteral("lead")});
        else if (op.takesValue)
            condition.insert(QStringLiteral("value"), QStringLiteral("1"));
        QVERIFY2(parsed(QJsonDocument(condition).toJson()), qPrintable(op.op));
    }
    QCOMPARE(words.size(), operators.size());
    QCOMPARE(Condition::operatorInWords(QStringLiteral("gte")), QStringLiteral("is at least"));
    QCOMPARE(Condition::operatorInWords(QStringLiteral("in")), QStringLiteral("is one of"));
    QCOMPARE(Condition::operatorInWords(QStringLiteral("not_exists")), QStringLiteral("is empty"));
}

FIELDLINK_TEST_MAIN(TestConditions, QCoreApplication)
#include "TestConditions.moc"
