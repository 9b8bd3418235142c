#include "core/mapping/FieldLabels.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace fieldlink::mapping;

/// Fields by the labels an admin knows, wherever a run's records are shown or exported.
class TestFieldLabels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogFieldsAreNamedByTheirLabels_data();
    void catalogFieldsAreNamedByTheirLabels();
    void keysAreInCatalogOrderWithNestedFieldsFlattened();
    void valuesAreReadByKey();
};

void TestFieldLabels::catalogFieldsAreNamedByTheirLabels_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("the row key") << "target"
                                 << "Phone number (row key)";
    QTest::newRow("a PowerList field") << "firstName"
                                       << "First name";
    QTest::newRow("an extra column") << "extraData.Budget"
                                     << "Budget (extra column)";
    QTest::newRow("the PowerList the engine adds") << "powerlistId"
                                                   << "PowerList";
    QTest::newRow("a cadence enrolment") << "cadenceid"
                                         << "Cadence";
    QTest::newRow("a call's note") << "note.body"
                                   << "Note text";
    QTest::newRow("a key nothing names") << "somethingElse"
                                         << "somethingElse";
}

void TestFieldLabels::catalogFieldsAreNamedByTheirLabels() {
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(FieldLabels::label(key), label);
}

void TestFieldLabels::keysAreInCatalogOrderWithNestedFieldsFlattened() {
    const QJsonObject payload{{QStringLiteral("powerlistId"), QStringLiteral("42")},
                              {QStringLiteral("email"), QStringLiteral("ana@example.com")},
                              {QStringLiteral("target"), QStringLiteral("+14155552671")},
                              {QStringLiteral("firstName"), QStringLiteral("Ana")},
                              {QStringLiteral("extraData"), QJsonObject{{QStringLiteral("Budget"), 5000}}}};
    // The catalog lists the row key, then the names, then email; what it does not list comes after, by name.
    QCOMPARE(FieldLabels::keysOf(payload),
             (QStringList{QStringLiteral("target"), QStringLiteral("firstName"), QStringLiteral("email"),
                          QStringLiteral("extraData.Budget"), QStringLiteral("powerlistId")}));
}

void TestFieldLabels::valuesAreReadByKey() {
    const QJsonObject payload{
        {QStringLiteral("target"), QStringLiteral("+14155552671")},
        {QStringLiteral("tags"),
         QJsonObject{{QStringLiteral("add"), QJsonArray{QStringLiteral("hot"), QStringLiteral("called")}}}},
        {QStringLiteral("extraData"), QJsonObject{{QStringLiteral("Budget"), 5000}}}};
    QCOMPARE(FieldLabels::valueText(payload, QStringLiteral("target")), QStringLiteral("+14155552671"));
    QCOMPARE(FieldLabels::valueText(payload, QStringLiteral("extraData.Budget")), QStringLiteral("5000"));
    QCOMPARE(FieldLabels::valueText(payload, QStringLiteral("tags.add")), QStringLiteral("hot, called"));
    QCOMPARE(FieldLabels::valueText(payload, QStringLiteral("missing")), QString());
}

FIELDLINK_TEST_MAIN(TestFieldLabels, QCoreApplication)
#include "TestFieldLabels.moc"
