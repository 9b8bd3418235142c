// fieldlink::Result: a value or the reason there is none, passed on unchanged.
#include "core/Result.h"
#include "support/TestEnvironment.h"

#include <memory>

using fieldlink::Failure;
using fieldlink::Result;

namespace {

Result<int> parsePort(const QString& text) {
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return Failure{QStringLiteral("\"%1\" is not a port").arg(text)};
    return port;
}

/// Passes a failure on from another Result type.
Result<> checkPort(const QString& text) {
    const Result<int> port = parsePort(text);
    if (!port)
        return port.failure();
    return {};
}

} // namespace

class TestResult : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aValueIsOk();
    void aFailureCarriesItsMessage();
    void aFailurePassesToAnotherResultType();
    void aMoveOnlyValueMovesOut();
};

void TestResult::aValueIsOk() {
    const Result<int> port = parsePort(QStringLiteral("8787"));
    QVERIFY(port.ok());
    QVERIFY(static_cast<bool>(port));
    QCOMPARE(*port, 8787);
    QCOMPARE(port.value(), 8787);
    QCOMPARE(port.valueOr(1), 8787);
    QVERIFY(port.error().isEmpty());
}

void TestResult::aFailureCarriesItsMessage() {
    const Result<int> port = parsePort(QStringLiteral("eighty"));
    QVERIFY(!port.ok());
    QVERIFY(!port);
    QCOMPARE(port.error(), QStringLiteral("\"eighty\" is not a port"));
    QCOMPARE(port.valueOr(1), 1);
}

void TestResult::aFailurePassesToAnotherResultType() {
    QVERIFY(checkPort(QStringLiteral("443")));
    const Result<> checked = checkPort(QStringLiteral("0"));
    QVERIFY(!checked);
    QCOMPARE(checked.error(), QStringLiteral("\"0\" is not a port"));
    QVERIFY(Result<>().ok());
}

void TestResult::aMoveOnlyValueMovesOut() {
    Result<std::unique_ptr<int>> owned = std::make_unique<int>(7);
    QVERIFY(owned);
    const std::unique_ptr<int> taken = std::move(owned).value();
    QCOMPARE(*taken, 7);
}

FIELDLINK_TEST_MAIN(TestResult, QCoreApplication)
#include "TestResult.moc"
