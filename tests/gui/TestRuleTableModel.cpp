#include "Profile.h"
#include "ProfileLoader.h"
#include "RuleTableModel.h"
#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>

using namespace fieldlink;

/// A profile's rules as the Mapping page lists them.
class TestRuleTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsEveryRuleOfTheDefaultProfile();
    void noProfileNoRows();
};

void TestRuleTableModel::listsEveryRuleOfTheDefaultProfile() {
    const auto loaded = mapping::ProfileLoader::load(QStringLiteral("ghl-contacts-to-kixie-powerlist"));
    QVERIFY2(loaded.parsed.profile, qPrintable(loaded.error));
    const mapping::Profile& profile = *loaded.parsed.profile;
    RuleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProfile(loaded.parsed.profile);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), static_cast<int>(profile.rules.size()));
    bool sawPhone = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const mapping::Rule& rule = profile.rules.at(static_cast<size_t>(row));
        QCOMPARE(model.index(row, RuleTableModel::TargetColumn).data().toString(), rule.target);
        QCOMPARE(model.index(row, RuleTableModel::SourcesColumn).data().toString(),
                 rule.sources.join(QLatin1String(", ")));
        QVERIFY(model.index(row, RuleTableModel::TargetColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(rule.jsonPath));
        if (rule.transformTypes.size() > 1) // a chain reads left to right, in order
            QCOMPARE(model.index(row, RuleTableModel::TransformsColumn).data().toString(),
                     rule.transformTypes.join(
                         QString(QChar(0x2192)).prepend(QLatin1Char(' ')).append(QLatin1Char(' '))));
        if (rule.target == QLatin1String("target")) {
            sawPhone = true;
            QVERIFY2(model.index(row, RuleTableModel::TransformsColumn)
                         .data()
                         .toString()
                         .contains(QLatin1String("phone")),
                     qPrintable(model.index(row, RuleTableModel::TransformsColumn).data().toString()));
            QCOMPARE(model.index(row, RuleTableModel::RequiredColumn).data().toString(),
                     RuleTableModel::tr("Required"));
        }
    }
    QVERIFY(sawPhone);
}

void TestRuleTableModel::noProfileNoRows() {
    RuleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setProfile(mapping::ProfileLoader::load(QStringLiteral("kixie-calls-to-ghl")).parsed.profile);
    QVERIFY(model.rowCount() > 0);
    model.setProfile(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

FIELDLINK_TEST_MAIN(TestRuleTableModel, QApplication)
#include "TestRuleTableModel.moc"
