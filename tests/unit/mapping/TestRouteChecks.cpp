// Route warnings: a route shadowed by one above it (proved for every record, never guessed) and a route
// naming a PowerList or cadence the Kixie account's lists do not know.
#include "core/mapping/RouteChecks.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace fieldlink::mapping;

class TestRouteChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void covers_data();
    void covers();
    void aShadowedRouteIsWarnedWithTheRouteAboveIt();
    void unknownListsAreWarnedOnlyOnceTheAccountHasLists();
    void kixieToGhlRoutesHaveNoLists();
};

namespace {

QJsonObject object(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

QJsonObject routing(const QByteArray& routes, const QByteArray& fallback = "null") {
    return object(QByteArray("{\"routes\": ") + routes + ", \"default\": " + fallback + "}");
}

} // namespace

void TestRouteChecks::covers_data() {
    QTest::addColumn<QByteArray>("earlier");
    QTest::addColumn<QByteArray>("later");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char* name, const char* earlier, const char* later, bool expected) {
        QTest::newRow(name) << QByteArray(earlier) << QByteArray(later) << expected;
    };
    row("the same test", R"({"field": "tags", "op": "contains", "value": "vip"})",
        R"({"field": "tags", "op": "contains", "value": "vip"})", true);
    row("the same test in another case", R"({"field": "type", "op": "eq", "value": "Lead"})",
        R"({"field": "type", "op": "eq", "value": "lead"})", true);
    row("another value", R"({"field": "type", "op": "eq", "value": "lead"})",
        R"({"field": "type", "op": "eq", "value": "customer"})", false);
    row("another field", R"({"field": "type", "op": "eq", "value": "lead"})",
        R"({"field": "source", "op": "eq", "value": "lead"})", false);
    row("is within is one of", R"({"field": "type", "op": "in", "value": ["lead", "customer"]})",
        R"({"field": "type", "op": "eq", "value": "customer"})", true);
    row("is one of within a wider one", R"({"field": "type", "op": "in", "value": ["a", "b", "c"]})",
        R"({"field": "type", "op": "in", "value": ["c", "a"]})", true);
    row("is one of not within", R"({"field": "type", "op": "in", "value": ["a", "b"]})",
        R"({"field": "type", "op": "in", "value": ["a", "z"]})", false);
    row("is within contains", R"({"field": "tags", "op": "contains", "value": "vip"})",
        R"({"field": "tags", "op": "eq", "value": "vip"})", true);
    row("a longer text is not proved", R"({"field": "tags", "op": "contains", "value": "vi"})",
        R"({"field": "tags", "op": "contains", "value": "vip"})", false);
    row("not empty above any value test", R"({"field": "email", "op": "exists"})",
        R"({"field": "email", "op": "contains", "value": "@acme"})", true);
    row("not empty does not cover empty", R"({"field": "email", "op": "exists"})",
        R"({"field": "email", "op": "not_exists"})", false);
    row("at least 10 above at least 20", R"({"field": "score", "op": "gte", "value": 10})",
        R"({"field": "score", "op": "gte", "value": 20})", true);
    row("more than 10 above at least 10", R"({"field": "score", "op": "gt", "value": 10})",
        R"({"field": "score", "op": "gte", "value": 10})", false);
    row("at least 10 above more than 10", R"({"field": "score", "op": "gte", "value": 10})",
        R"({"field": "score", "op": "gt", "value": 10})", true);
    row("at most 5 above less than 3", R"({"field": "score", "op": "lte", "value": 5})",
        R"({"field": "score", "op": "lt", "value": 3})", true);
    row("at least above at most", R"({"field": "score", "op": "gte", "value": 1})",
        R"({"field": "score", "op": "lte", "value": 5})", false);
    row("a part of all below", R"({"field": "tags", "op": "contains", "value": "vip"})",
        R"({"all": [{"field": "type", "op": "eq", "value": "lead"}, {"field": "tags", "op": "contains", "value": "vip"}]})",
        true);
    row("all above needs every part",
        R"({"all": [{"field": "type", "op": "eq", "value": "lead"}, {"field": "tags", "op": "contains", "value": "vip"}]})",
        R"({"field": "tags", "op": "contains", "value": "vip"})", false);
    row("one of any above",
        R"({"any": [{"field": "type", "op": "eq", "value": "lead"}, {"field": "tags", "op": "contains", "value": "vip"}]})",
        R"({"field": "tags", "op": "contains", "value": "vip"})", true);
    row("any below needs every part covered", R"({"field": "tags", "op": "contains", "value": "vip"})",
        R"({"any": [{"field": "type", "op": "eq", "value": "lead"}, {"field": "tags", "op": "contains", "value": "vip"}]})",
        false);
    row("not is never guessed", R"({"not": {"field": "type", "op": "eq", "value": "lead"}})",
        R"({"field": "type", "op": "eq", "value": "customer"})", false);
}

void TestRouteChecks::covers() {
    QFETCH(QByteArray, earlier);
    QFETCH(QByteArray, later);
    QFETCH(bool, expected);
    QCOMPARE(RouteChecks::covers(object(earlier), object(later)), expected);
}

void TestRouteChecks::aShadowedRouteIsWarnedWithTheRouteAboveIt() {
    const Diagnostics found = RouteChecks::check(
        routing(R"([{"name": "Tagged", "when": {"field": "tags", "op": "exists"}, "powerlist": "1"},
                    {"name": "VIP", "when": {"field": "tags", "op": "contains", "value": "vip"}, "powerlist": "2"},
                    {"name": "Leads", "when": {"field": "type", "op": "eq", "value": "lead"}, "powerlist": "3"}])"),
        Direction::GhlToKixie);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).code, QStringLiteral("FL-MAP-021"));
    QCOMPARE(found.at(0).severity, Severity::Warning);
    QCOMPARE(found.at(0).sourcePath, QStringLiteral("routing.routes[1]"));
    QVERIFY2(found.at(0).message.contains(QLatin1String("\"VIP\"")) &&
                 found.at(0).message.contains(QLatin1String("\"Tagged\"")),
             qPrintable(found.at(0).message));
    // In the other order both can match: no warning.
    QVERIFY(
        RouteChecks::check(
            routing(
                R"([{"name": "VIP", "when": {"field": "tags", "op": "contains", "value": "vip"}, "powerlist": "2"},
                            {"name": "Tagged", "when": {"field": "tags", "op": "exists"}, "powerlist": "1"}])"),
            Direction::GhlToKixie)
            .isEmpty());
}

void TestRouteChecks::unknownListsAreWarnedOnlyOnceTheAccountHasLists() {
    const QJsonObject routes = routing(
        R"([{"name": "VIP", "when": {"field": "tags", "op": "contains", "value": "vip"}, "powerlist": "77", "cadence": "9"}])",
        R"({"name": "Everyone", "powerlist": "1969"})");
    // No lists entered yet: nothing is unknown.
    QVERIFY(RouteChecks::check(routes, Direction::GhlToKixie).isEmpty());
    RouteChecks::KnownLists known;
    known.powerlists = {QStringLiteral("1969")};
    const Diagnostics found = RouteChecks::check(routes, Direction::GhlToKixie, known);
    QCOMPARE(found.size(), 1); // PowerList 77; cadences: none entered
    QCOMPARE(found.at(0).code, QStringLiteral("FL-MAP-022"));
    QCOMPARE(found.at(0).sourcePath, QStringLiteral("routing.routes[0].powerlist"));
    QVERIFY(found.at(0).message.contains(QLatin1String("77")));
    known.cadences = {QStringLiteral("311")};
    known.powerlists = {QStringLiteral("77")};
    const Diagnostics both = RouteChecks::check(routes, Direction::GhlToKixie, known);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).sourcePath, QStringLiteral("routing.routes[0].cadence"));
    QCOMPARE(both.at(1).sourcePath, QStringLiteral("routing.default.powerlist"));
}

void TestRouteChecks::kixieToGhlRoutesHaveNoLists() {
    RouteChecks::KnownLists known;
    known.powerlists = {QStringLiteral("1")};
    QVERIFY(
        RouteChecks::check(
            routing(
                R"([{"name": "Calls", "when": {"field": "event", "op": "eq", "value": "call"}, "actions": ["note"]}])"),
            Direction::KixieToGhl, known)
            .isEmpty());
}

FIELDLINK_TEST_MAIN(TestRouteChecks, QCoreApplication)
#include "TestRouteChecks.moc"
