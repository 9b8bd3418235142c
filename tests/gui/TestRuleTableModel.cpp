#include "app/mapping/ProfileDocument.h"
#include "app/mapping/models/RuleTableModel.h"
#include "core/mapping/FieldLabels.h"
#include "core/mapping/Profile.h"
#include "core/mapping/ProfileLoader.h"
#include "core/mapping/TransformCatalog.h"
#include "support/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace fieldlink;

/// The rules of the profile being edited: shown, edited in place, added, removed — all undoable.
class TestRuleTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void listsEveryRuleOfTheDefaultProfile();
    void onlyTargetAndSourceAreEditable();
    void editingASourceIsOneUndoStep();
    void severalSourcesBecomeASourcesList();
    void insertedAndRemovedRowsComeBackOnUndo();
    void movedRulesMoveTheRows();
    void theStatusFollowsTheDiagnostics();

private:
    ProfileDocument m_document;
    mapping::ProfileLoader::Loaded m_loaded;
};

void TestRuleTableModel::init() {
    m_loaded = mapping::ProfileLoader::load(QStringLiteral("ghl-contacts-to-kixie-powerlist"));
    QVERIFY2(m_loaded.parsed.profile, qPrintable(m_loaded.error));
    m_document.load(QJsonDocument::fromJson(m_loaded.text).object());
}

void TestRuleTableModel::listsEveryRuleOfTheDefaultProfile() {
    const mapping::Profile& profile = *m_loaded.parsed.profile;
    RuleTableModel model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), static_cast<int>(profile.rules.size()));
    bool sawPhone = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const mapping::Rule& rule = profile.rules.at(static_cast<size_t>(row));
        QCOMPARE(model.index(row, RuleTableModel::TargetColumn).data(Qt::EditRole).toString(), rule.target);
        // The list shows the field's label; the key is what an edit reads and writes.
        QCOMPARE(model.index(row, RuleTableModel::TargetColumn).data().toString(),
                 mapping::FieldLabels::label(rule.target));
        QCOMPARE(model.index(row, RuleTableModel::SourcesColumn).data().toString(),
                 rule.sources.join(QLatin1String(", ")));
        if (rule.transformTypes.size() > 1) { // a chain reads left to right, in order, by name
            QStringList names;
            for (const QString& type : rule.transformTypes)
                names << mapping::TransformCatalog::title(type);
            QCOMPARE(model.index(row, RuleTableModel::TransformsColumn).data().toString(),
                     names.join(QString(QChar(0x2192)).prepend(QLatin1Char(' ')).append(QLatin1Char(' '))));
        }
        if (rule.target == QLatin1String("target")) {
            sawPhone = true;
            QCOMPARE(model.index(row, RuleTableModel::TransformsColumn).data().toString(),
                     QStringLiteral("Phone to E.164"));
            QCOMPARE(model.index(row, RuleTableModel::AppliesColumn).data().toString(),
                     RuleTableModel::tr("Required"));
        }
    }
    QVERIFY(sawPhone);
}

void TestRuleTableModel::onlyTargetAndSourceAreEditable() {
    RuleTableModel model(&m_document);
    QVERIFY(model.flags(model.index(0, RuleTableModel::TargetColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(0, RuleTableModel::SourcesColumn)) & Qt::ItemIsEditable);
    for (int column : {int(RuleTableModel::TransformsColumn), int(RuleTableModel::AppliesColumn),
                       int(RuleTableModel::StatusColumn)}) {
        QVERIFY(!(model.flags(model.index(0, column)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, column), QStringLiteral("x")));
    }
    QCOMPARE(m_document.undoStack()->count(), 0);
}

void TestRuleTableModel::editingASourceIsOneUndoStep() {
    RuleTableModel model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex source = model.index(1, RuleTableModel::SourcesColumn);
    const QJsonObject before = m_document.rule(1);
    QVERIFY(model.setData(source, QStringLiteral("  contactName ")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(source.data().toString(), QStringLiteral("contactName"));
    QCOMPARE(m_document.rule(1).value(QLatin1String("source")).toString(), QStringLiteral("contactName"));
    QCOMPARE(m_document.undoStack()->count(), 1);
    QVERIFY(m_document.isModified());
    // Setting the same value again is not another step.
    QVERIFY(model.setData(source, QStringLiteral("contactName")));
    QCOMPARE(m_document.undoStack()->count(), 1);
    m_document.undoStack()->undo();
    QCOMPARE(m_document.rule(1), before);
    QCOMPARE(source.data().toString(), before.value(QLatin1String("source")).toString());
    QVERIFY(!m_document.isModified());
    m_document.undoStack()->redo();
    QCOMPARE(source.data().toString(), QStringLiteral("contactName"));
}

void TestRuleTableModel::severalSourcesBecomeASourcesList() {
    RuleTableModel model(&m_document);
    const QModelIndex source = model.index(1, RuleTableModel::SourcesColumn);
    QVERIFY(model.setData(source, QStringLiteral("firstName, lastName,")));
    QCOMPARE(m_document.rule(1).value(QLatin1String("sources")).toArray(),
             (QJsonArray{QStringLiteral("firstName"), QStringLiteral("lastName")}));
    QVERIFY(!m_document.rule(1).contains(QLatin1String("source")));
    QCOMPARE(source.data().toString(), QStringLiteral("firstName, lastName"));
    QVERIFY(model.setData(source, QStringLiteral("firstName")));
    QCOMPARE(m_document.rule(1).value(QLatin1String("source")).toString(), QStringLiteral("firstName"));
    QVERIFY(!m_document.rule(1).contains(QLatin1String("sources")));
    // The profile still parses as the engine reads it.
    QVERIFY(m_document.parse().profile);
}

void TestRuleTableModel::insertedAndRemovedRowsComeBackOnUndo() {
    RuleTableModel model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rules = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(model.insertRows(2, 2));
    QCOMPARE(model.rowCount(), rules + 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m_document.undoStack()->count(), 1); // one step for the pair
    QVERIFY(model.index(2, RuleTableModel::TargetColumn).data(Qt::EditRole).toString().isEmpty());
    m_document.undoStack()->undo();
    QCOMPARE(model.rowCount(), rules);
    QCOMPARE(removed.size(), 2);

    const QJsonObject third = m_document.rule(3);
    QVERIFY(model.removeRows(3, 1));
    QCOMPARE(model.rowCount(), rules - 1);
    QVERIFY(m_document.rule(3) != third);
    m_document.undoStack()->undo();
    QCOMPARE(m_document.rule(3), third); // back exactly as it was, where it was
    QVERIFY(!model.insertRows(rules + 5, 1));
    QVERIFY(!model.removeRows(rules, 1));
}

void TestRuleTableModel::movedRulesMoveTheRows() {
    RuleTableModel model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    const QString first = model.index(0, 0).data().toString();
    const QString second = model.index(1, 0).data().toString();
    m_document.moveRule(0, 2);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.index(2, 0).data().toString(), first);
    QCOMPARE(model.index(0, 0).data().toString(), second);
    m_document.undoStack()->undo();
    QCOMPARE(model.index(0, 0).data().toString(), first);
    QCOMPARE(moved.size(), 2);
}

void TestRuleTableModel::theStatusFollowsTheDiagnostics() {
    RuleTableModel model(&m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    mapping::Diagnostic problem{mapping::Severity::Error, QStringLiteral("FL-MAP-099"),
                                QStringLiteral("rules[1].transforms[0]"), QStringLiteral("firstName"),
                                QStringLiteral("Broken")};
    mapping::Diagnostic warning{mapping::Severity::Warning, QStringLiteral("FL-MAP-050"),
                                QStringLiteral("rules[2]"), QStringLiteral("lastName"),
                                QStringLiteral("Odd")};
    mapping::Diagnostic general{mapping::Severity::Error, QStringLiteral("FL-MAP-001"), QString(),
                                QStringLiteral("target"), QStringLiteral("Unmapped")};
    model.setDiagnostics({problem, warning, general});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(RuleTableModel::ruleOf(problem), 1);
    QCOMPARE(RuleTableModel::ruleOf(general), -1);
    const auto status = [&model](int row, int role) {
        return model.index(row, RuleTableModel::StatusColumn).data(role);
    };
    QCOMPARE(status(0, RuleTableModel::SeverityRole).toInt(), -1);
    QCOMPARE(status(0, Qt::DisplayRole).toString(), RuleTableModel::tr("OK"));
    QCOMPARE(status(1, RuleTableModel::SeverityRole).toInt(), int(mapping::Severity::Error));
    QCOMPARE(status(1, Qt::DisplayRole).toString(), QStringLiteral("FL-MAP-099"));
    QVERIFY(status(1, Qt::ToolTipRole).toString().contains(QLatin1String("Broken")));
    QCOMPARE(status(2, RuleTableModel::SeverityRole).toInt(), int(mapping::Severity::Warning));
    QVERIFY(!status(1, Qt::DecorationRole).value<QIcon>().isNull());
}

FIELDLINK_TEST_MAIN(TestRuleTableModel, QApplication)
#include "TestRuleTableModel.moc"
