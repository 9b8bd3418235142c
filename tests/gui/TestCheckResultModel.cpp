#include "app/common/CheckResultModel.h"
#include "support/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

using namespace fieldlink;
using namespace fieldlink::api;
using State = CheckLine::State;

/// The "Test connection" report: lines update in place as answers arrive.
class TestCheckResultModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void insertsNewLinesAndUpdatesChangedOnesInPlace();
    void aDifferentReportResetsTheModel();
    void fewerLinesRemoveTheRest();
    void everyStateHasAnIconAndWords();
};

namespace {
CheckLine line(const char* id, State state, const char* detail = "") {
    return {QLatin1String(id), state, QStringLiteral("Title %1").arg(QLatin1String(id)),
            QLatin1String(detail)};
}
} // namespace

void TestCheckResultModel::insertsNewLinesAndUpdatesChangedOnesInPlace() {
    CheckResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setLines({line("a", State::Running), line("b", State::Running)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    model.setLines({line("a", State::Passed, "fine"), line("b", State::Running), line("c", State::Failed)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 1); // only "a" changed
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(reset.size(), 0);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("Title a\nfine"));
    QCOMPARE(first.data(CheckResultModel::StateRole).toInt(), static_cast<int>(State::Passed));
    QCOMPARE(first.data(CheckResultModel::IdRole).toString(), QStringLiteral("a"));
    QCOMPARE(first.data(CheckResultModel::DetailRole).toString(), QStringLiteral("fine"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Title b")); // no detail, no empty line
    // The same lines again: nothing to tell the view.
    model.setLines(model.lines());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inserted.size(), 2);
}

void TestCheckResultModel::aDifferentReportResetsTheModel() {
    CheckResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines({line("a", State::Passed), line("b", State::Passed)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setLines({line("problem", State::Failed)});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(CheckResultModel::IdRole).toString(), QStringLiteral("problem"));
    model.clear();
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
    model.clear(); // already empty: no signal
    QCOMPARE(reset.size(), 2);
}

void TestCheckResultModel::fewerLinesRemoveTheRest() {
    CheckResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines({line("a", State::Passed), line("b", State::Passed), line("c", State::Passed)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setLines({line("a", State::Passed)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 1);
}

void TestCheckResultModel::everyStateHasAnIconAndWords() {
    QSet<QString> words;
    for (State state : {State::Running, State::Passed, State::Warning, State::Failed, State::NotChecked}) {
        const QIcon icon = CheckResultModel::iconFor(state);
        QVERIFY(!icon.isNull());
        // Drawn from SVG at any size: the high-DPI promise.
        QVERIFY(!icon.pixmap(QSize(64, 64)).isNull());
        QCOMPARE(icon.pixmap(QSize(64, 64)).size(), QSize(64, 64));
        words.insert(CheckResultModel::stateText(state));
    }
    QCOMPARE(words.size(), 5); // colour never carries the outcome alone
    CheckResultModel model;
    model.setLines({line("a", State::Failed)});
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), CheckResultModel::stateText(State::Failed));
}

FIELDLINK_TEST_MAIN(TestCheckResultModel, QApplication)
#include "TestCheckResultModel.moc"
