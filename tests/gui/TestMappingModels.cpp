// The mapping editor's models and helpers, each checked by QAbstractItemModelTester and by what it shows:
// the catalogs, the preview, one record before → after, the problems; the line diff of the version history;
// the transform descriptions the chain editor builds its forms from.
#include "app/mapping/LineDiff.h"
#include "app/mapping/MappingPreview.h"
#include "app/mapping/editors/TransformOptions.h"
#include "app/mapping/models/DiagnosticListModel.h"
#include "app/mapping/models/FieldCatalogModel.h"
#include "app/mapping/models/PreviewModel.h"
#include "app/mapping/models/RecordComparisonModel.h"
#include "core/mapping/ProfileLoader.h"
#include "core/mapping/Transform.h"
#include "support/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>

using namespace fieldlink;

namespace {

QJsonObject contact(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

QList<QJsonObject> samples() {
    return {
        contact(
            R"({"id": "c1", "firstName": "Ana", "lastName": "López", "phone": "+1 415 555 0101", "type": "lead", "tags": ["hot", "vip"]})"),
        contact(R"({"id": "c2", "firstName": "Bo", "phone": "12", "type": "partner", "tags": ["vip"]})"),
        contact(R"({"id": "c3", "firstName": "", "phone": "(415) 555-0199", "type": "lead"})")};
}

QByteArray defaultProfile() {
    return mapping::ProfileLoader::load(QStringLiteral("ghl-contacts-to-kixie-powerlist")).text;
}

} // namespace

class TestMappingModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theCatalogIsATreeOfGroupsWithSamplesAndMarks();
    void catalogFieldsDragAsTheirPaths();
    void thePreviewShowsEachSampleAndKeepsRowsAcrossEdits();
    void oneRecordShowsBeforeAndAfterPerRule();
    void problemsAreSortedBySeverityAndNameTheirRule();
    void sampleValuesAreDistinctAndListsContributeElements();
    void theLineDiffPairsChangesAndKeepsCommonLines();
    void theLineDiffOfEqualOrEmptyTexts();
    void everyEngineTransformHasAForm();
};

void TestMappingModels::theCatalogIsATreeOfGroupsWithSamplesAndMarks() {
    FieldCatalogModel model(FieldCatalogModel::Side::Source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    mapping::CustomFieldDirectory customFields;
    customFields.add({QStringLiteral("f1"),
                      QStringLiteral("contact.budget"),
                      QStringLiteral("Budget"),
                      QStringLiteral("MONETORY"),
                      {}});
    const mapping::FieldCatalog catalog =
        mapping::FieldCatalog::sourcesFor(mapping::Direction::GhlToKixie, customFields);
    model.setCatalog(catalog);
    QCOMPARE(model.columnCount(), 3);
    int fields = 0;
    for (int group = 0; group < model.rowCount(); ++group)
        fields += model.rowCount(model.index(group, 0));
    QCOMPARE(fields, catalog.fields().size());
    const QModelIndex budget = model.indexOfPath(QStringLiteral("customFields.contact.budget"));
    QVERIFY(budget.isValid());
    QCOMPARE(budget.data().toString(), QStringLiteral("Budget"));
    QVERIFY(
        budget.parent().data().toString().startsWith(budget.data(FieldCatalogModel::GroupRole).toString()));
    QVERIFY(!model.flags(budget.parent()).testFlag(Qt::ItemIsDragEnabled)); // a group is not a field

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSamples({{QStringLiteral("type"), {QStringLiteral("lead"), QStringLiteral("partner")}}});
    QVERIFY(!changed.isEmpty());
    const QModelIndex type = model.indexOfPath(QStringLiteral("type"));
    QCOMPARE(type.siblingAtColumn(FieldCatalogModel::SamplesColumn).data().toString(),
             QStringLiteral("lead · partner"));
    QVERIFY(type.data(FieldCatalogModel::SearchTextRole).toString().contains(QLatin1String("partner")));
    QVERIFY(!type.data(Qt::FontRole).isValid());
    model.setMapped({QStringLiteral("type")});
    QVERIFY(type.data(FieldCatalogModel::MappedRole).toBool());
    QVERIFY(type.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(type.data(Qt::ToolTipRole).toString().contains(QLatin1String("Read by a rule")));

    FieldCatalogModel targets(FieldCatalogModel::Side::Target);
    QAbstractItemModelTester targetTester(&targets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    targets.setCatalog(mapping::FieldCatalog::targetsFor(mapping::Direction::GhlToKixie));
    QCOMPARE(targets.columnCount(), 2); // no samples on the target side
    const QModelIndex required = targets.indexOfPath(QStringLiteral("target"));
    QVERIFY(required.data(FieldCatalogModel::RequiredRole).toBool());
    QVERIFY(required.data().toString().endsWith(QLatin1String(" *"))); // in words, not only colour
    QVERIFY(!targets.indexOfPath(QStringLiteral("firstName")).data().toString().endsWith(QLatin1String("*")));
}

void TestMappingModels::catalogFieldsDragAsTheirPaths() {
    FieldCatalogModel model(FieldCatalogModel::Side::Source);
    model.setCatalog(mapping::FieldCatalog::sourcesFor(mapping::Direction::GhlToKixie));
    const QModelIndex first = model.indexOfPath(QStringLiteral("firstName"));
    const QModelIndex last = model.indexOfPath(QStringLiteral("lastName"));
    std::unique_ptr<QMimeData> data(model.mimeData({first, first.siblingAtColumn(1), last}));
    QVERIFY(data);
    QCOMPARE(data->data(FieldCatalogModel::mimeType(FieldCatalogModel::Side::Source)),
             QByteArray("firstName\nlastName"));
    QVERIFY(!data->hasFormat(FieldCatalogModel::mimeType(FieldCatalogModel::Side::Target)));
    QVERIFY(!model.mimeData({first.parent()})); // a group alone drags nothing
}

void TestMappingModels::thePreviewShowsEachSampleAndKeepsRowsAcrossEdits() {
    MappingPreview preview;
    preview.setSamples(samples());
    PreviewResult result = preview.run(defaultProfile());
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(preview.samples(), result.records);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, PreviewModel::RecordColumn).data().toString(), QStringLiteral("Ana López"));
    QCOMPARE(model.index(1, PreviewModel::StatusColumn).data().toString(), QStringLiteral("Skipped"));
    QCOMPARE(model.index(1, PreviewModel::PayloadColumn).data().toString(),
             QStringLiteral("(nothing is sent)"));
    QVERIFY(model.index(0, PreviewModel::PayloadColumn)
                .data()
                .toString()
                .contains(QLatin1String("+14155550101")));
    QCOMPARE(model.index(2, PreviewModel::RecordColumn).data().toString(),
             QStringLiteral("c3")); // no name: the id
    const QJsonObject event =
        contact(R"({"data": {"hookevent": "endcall", "phone": "+14155552671", "externalid": "x1"}})");
    QCOMPARE(PreviewModel::recordLabel(event, QStringLiteral("x1")),
             QStringLiteral("endcall call, +14155552671"));
    QVERIFY(model.index(1, PreviewModel::StatusColumn).data(Qt::DecorationRole).isValid());
    // Re-mapped with the same samples: rows change in place (the selection survives), no reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setResults(preview.samples(), preview.run(defaultProfile()).records);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    model.setResults({}, {});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestMappingModels::oneRecordShowsBeforeAndAfterPerRule() {
    MappingPreview preview;
    preview.setSamples(samples());
    const PreviewResult result = preview.run(defaultProfile());
    RecordComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonArray rules =
        QJsonDocument::fromJson(defaultProfile()).object().value(QLatin1String("rules")).toArray();
    model.setRecord(rules, samples().at(0), result.records.at(0), {});
    QCOMPARE(model.rowCount(), rules.size());
    QCOMPARE(model.index(0, RecordComparisonModel::TargetColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("target"));
    // Shown by the label the admin knows it by.
    QCOMPARE(model.index(0, RecordComparisonModel::TargetColumn).data().toString(),
             QStringLiteral("Phone number (row key)"));
    QCOMPARE(model.index(0, RecordComparisonModel::BeforeColumn).data().toString(),
             QStringLiteral("+1 415 555 0101"));
    QCOMPARE(model.index(0, RecordComparisonModel::AfterColumn).data().toString(),
             QStringLiteral("+14155550101"));
    model.setRecord(rules, samples().at(1), result.records.at(1), {});
    QCOMPARE(model.index(0, RecordComparisonModel::AfterColumn).data().toString(),
             QStringLiteral("(not sent)"));
    QVERIFY(model.index(0, RecordComparisonModel::ProblemColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("FL-MAP-030")));
    QCOMPARE(model.index(0, RecordComparisonModel::ProblemColumn)
                 .data(RecordComparisonModel::SeverityRole)
                 .toInt(),
             static_cast<int>(mapping::Severity::Warning));
    // The last name is missing: "(empty)" before, nothing after.
    int lastName = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(Qt::ToolTipRole).toString() == QLatin1String("lastName"))
            lastName = row;
    }
    QCOMPARE(model.index(lastName, RecordComparisonModel::BeforeColumn).data().toString(),
             QStringLiteral("(empty)"));
    QCOMPARE(RecordComparisonModel::payloadValue(
                 QJsonObject{{QStringLiteral("extraData"), QJsonObject{{QStringLiteral("Tags"), 1}}}},
                 QStringLiteral("extraData.Tags")),
             QJsonValue(1));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestMappingModels::problemsAreSortedBySeverityAndNameTheirRule() {
    DiagnosticListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiagnostics(
        {{mapping::Severity::Info, QStringLiteral("FL-MAP-035"), QStringLiteral("rules[1]"),
          QStringLiteral("title"), QStringLiteral("shortened")},
         {mapping::Severity::Error, QStringLiteral("FL-MAP-011"), QStringLiteral("rules[4].target"),
          QStringLiteral("nope"), QStringLiteral("unknown")},
         {mapping::Severity::Warning,
          QStringLiteral("FL-MAP-015"),
          QStringLiteral("routing.routes[0]"),
          {},
          QStringLiteral("never")}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, DiagnosticListModel::CodeColumn).data().toString(), QStringLiteral("FL-MAP-011"));
    QCOMPARE(model.index(0, DiagnosticListModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(model.index(0, 0).data(DiagnosticListModel::RuleRole).toInt(), 4);
    QCOMPARE(model.index(0, DiagnosticListModel::WhereColumn).data().toString(),
             QStringLiteral("rules[4].target → nope"));
    QCOMPARE(model.index(1, 0).data(DiagnosticListModel::RuleRole).toInt(), -1); // routing belongs to no rule
    QCOMPARE(model.index(2, DiagnosticListModel::SeverityColumn).data().toString(),
             QStringLiteral("Information"));
    QVERIFY(model.index(2, DiagnosticListModel::SeverityColumn).data(Qt::DecorationRole).isValid());
}

void TestMappingModels::sampleValuesAreDistinctAndListsContributeElements() {
    MappingPreview preview;
    preview.setSamples(samples());
    const auto values =
        preview.sampleValues(mapping::FieldCatalog::sourcesFor(mapping::Direction::GhlToKixie), 3);
    QCOMPARE(values.value(QStringLiteral("type")),
             (QStringList{QStringLiteral("lead"), QStringLiteral("partner")}));
    QCOMPARE(values.value(QStringLiteral("tags")),
             (QStringList{QStringLiteral("hot"), QStringLiteral("vip")}));
    QCOMPARE(values.value(QStringLiteral("firstName")).size(), 2); // the empty one is not a value
    QVERIFY(!values.contains(QStringLiteral("email")));            // in no sample
    QCOMPARE(preview.distinctValues(QStringLiteral("tags")),
             (QStringList{QStringLiteral("hot"), QStringLiteral("vip")}));
}

void TestMappingModels::theLineDiffPairsChangesAndKeepsCommonLines() {
    const QStringList left{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                           QStringLiteral("e")};
    const QStringList right{QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c"),
                            QStringLiteral("e"), QStringLiteral("f")};
    const QList<DiffRow> rows = LineDiff::compare(left, right);
    QList<DiffRow::Kind> kinds;
    for (const DiffRow& row : rows)
        kinds << row.kind;
    using K = DiffRow::Kind;
    QCOMPARE(kinds, (QList<K>{K::Same, K::Changed, K::Same, K::Removed, K::Same, K::Added}));
    QCOMPARE(rows.at(1).left, QStringLiteral("b"));
    QCOMPARE(rows.at(1).right, QStringLiteral("B"));
    QCOMPARE(rows.at(3).left, QStringLiteral("d"));
    QCOMPARE(rows.at(5).right, QStringLiteral("f"));
    QCOMPARE(LineDiff::changes(rows), 3);
}

void TestMappingModels::theLineDiffOfEqualOrEmptyTexts() {
    const QStringList text{QStringLiteral("x"), QStringLiteral("y")};
    QCOMPARE(LineDiff::changes(LineDiff::compare(text, text)), 0);
    QCOMPARE(LineDiff::compare(text, text).size(), 2);
    const QList<DiffRow> added = LineDiff::compare({}, text);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(0).kind, DiffRow::Kind::Added);
    QCOMPARE(LineDiff::compare(text, {}).at(1).kind, DiffRow::Kind::Removed);
}

void TestMappingModels::everyEngineTransformHasAForm() {
    QStringList described;
    for (const TransformDescription& description : TransformOptions::all()) {
        described << description.type;
        QVERIFY2(!description.title.isEmpty() && !description.summary.isEmpty(),
                 qPrintable(description.type));
    }
    QStringList engine = mapping::transformTypes();
    engine.sort();
    described.sort();
    QCOMPARE(described, engine);
    QVERIFY(TransformOptions::find(QStringLiteral("value_map"))->valueMap);
    QVERIFY(!TransformOptions::find(QStringLiteral("no_such_step")));
}

FIELDLINK_TEST_MAIN(TestMappingModels, QApplication)
#include "TestMappingModels.moc"
