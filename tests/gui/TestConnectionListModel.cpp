#include "app/connections/ConnectionListModel.h"
#include "support/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

using namespace fieldlink;
using store::SavedConnection;

/// The saved connections, one row per name with both sides.
class TestConnectionListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupsTheSidesOfOneName();
    void showsAMissingSide();
    void emptyListHasNoRows();
};

namespace {
SavedConnection side(const QString& name, SavedConnection::Service service, const QString& account,
                     SavedConnection::Environment environment = SavedConnection::Environment::Production) {
    SavedConnection connection;
    connection.name = name;
    connection.service = service;
    connection.accountId = account;
    connection.environment = environment;
    return connection;
}
} // namespace

void TestConnectionListModel::groupsTheSidesOfOneName() {
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setConnections({side(QStringLiteral("Acme"), SavedConnection::Service::Ghl, QStringLiteral("loc1")),
                          side(QStringLiteral("Acme"), SavedConnection::Service::Kixie, QStringLiteral("42")),
                          side(QStringLiteral("Sandbox"), SavedConnection::Service::Ghl,
                               QStringLiteral("sbx"), SavedConnection::Environment::Sandbox),
                          side(QStringLiteral("Sandbox"), SavedConnection::Service::Kixie,
                               QStringLiteral("7"), SavedConnection::Environment::Sandbox)});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ConnectionListModel::ColumnCount));
    QCOMPARE(model.index(0, ConnectionListModel::NameColumn).data().toString(), QStringLiteral("Acme"));
    QCOMPARE(model.index(0, ConnectionListModel::EnvironmentColumn).data().toString(),
             ConnectionListModel::tr("Production"));
    QCOMPARE(model.index(0, ConnectionListModel::HighLevelColumn).data().toString(), QStringLiteral("loc1"));
    QCOMPARE(model.index(0, ConnectionListModel::KixieColumn).data().toString(), QStringLiteral("42"));
    QCOMPARE(model.index(1, ConnectionListModel::EnvironmentColumn).data().toString(),
             ConnectionListModel::tr("Sandbox"));
    QVERIFY(model.pairAt(1).isSandbox());
    QVERIFY(!model.pairAt(0).isSandbox());
    QCOMPARE(model.rowOf(QStringLiteral("Sandbox")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("Nope")), -1);
    QCOMPARE(model.headerData(ConnectionListModel::KixieColumn, Qt::Horizontal).toString(),
             ConnectionListModel::tr("Kixie"));
}

void TestConnectionListModel::showsAMissingSide() {
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnections(
        {side(QStringLiteral("Only Kixie"), SavedConnection::Service::Kixie, QStringLiteral("42"))});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.pairAt(0).ghl);
    QCOMPARE(model.index(0, ConnectionListModel::HighLevelColumn).data().toString(),
             ConnectionListModel::tr("Not set up"));
    QCOMPARE(model.index(0, ConnectionListModel::KixieColumn).data().toString(), QStringLiteral("42"));
}

void TestConnectionListModel::emptyListHasNoRows() {
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnections({side(QStringLiteral("A"), SavedConnection::Service::Ghl, QStringLiteral("x"))});
    model.setConnections({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("A")), -1);
}

FIELDLINK_TEST_MAIN(TestConnectionListModel, QApplication)
#include "TestConnectionListModel.moc"
