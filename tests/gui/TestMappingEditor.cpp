// The mapping editor on the offscreen platform, driven the way an admin drives it: fields mapped from the
// catalog by keyboard, by the picker and by drag and drop; transform steps and value maps edited; routing;
// the preview following every edit; versions saved, compared and restored; export and import; auto-match;
// samples fetched from the built-in sandbox over HTTP.
#include "app/mapping/MappingPage.h"
#include "app/mapping/ProfileDocument.h"
#include "app/mapping/dialogs/AutoMatchDialog.h"
#include "app/mapping/dialogs/FieldPickerDialog.h"
#include "app/mapping/dialogs/VersionHistoryDialog.h"
#include "app/mapping/editors/ConditionEdit.h"
#include "app/mapping/editors/RoutingEditor.h"
#include "app/mapping/editors/TransformChainEditor.h"
#include "app/mapping/models/DiagnosticListModel.h"
#include "app/mapping/models/FieldCatalogModel.h"
#include "app/mapping/models/PreviewModel.h"
#include "app/mapping/models/RecordComparisonModel.h"
#include "app/mapping/models/RuleTableModel.h"
#include "app/shell/AppContext.h"
#include "app/shell/SandboxConnection.h"
#include "core/store/KixieDirectoryRepository.h"
#include "core/store/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

using namespace fieldlink;

namespace {

/// Runs `act` on the next modal dialog of type `Dialog` once its exec() loop shows it. The timer polls the
/// event loop, it does not wait for a time. A dialog `act` left open is rejected, so a failing test fails
/// instead of hanging.
int pendingModalActions = 0; ///< checked after each test: every expected dialog did open

template <typename Dialog> void whenModal(std::function<void(Dialog*)> act) {
    ++pendingModalActions;
    auto* timer = new QTimer;
    timer->setInterval(0);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        --pendingModalActions;
        act(dialog);
        if (dialog->isVisible()) {
            qWarning("the dialog was left open");
            dialog->reject();
        }
    });
    timer->start();
}

const char* const samplesJsonl =
    R"({"contact": {"id": "c1", "firstName": "Ana", "lastName": "López", "phone": "+1 415 555 0101", "email": "ANA@Example.com", "type": "lead", "tags": ["hot"]}})"
    "\n"
    R"({"contact": {"id": "c2", "firstName": "Bo", "lastName": "Chen", "phone": "12", "type": "partner", "tags": ["vip"]}})"
    "\n"
    R"({"contact": {"id": "c3", "firstName": "Cy", "lastName": "Díaz", "phone": "(415) 555-0199", "type": "customer"}})"
    "\n";

} // namespace

class TestMappingEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aSourceFieldIsMappedByKeyboardFromTheCatalog();
    void theSearchFiltersTheCatalogBySampleValues();
    void thePickerMapsASourceAndCanAddASecond();
    void droppingFieldsAlwaysAddsRules();
    void aRuleWithAnErrorLeavesTheOthersPreviewed();
    void conditionValuesAreOfferedFromTheSamples();
    void anE164StepIsAddedWithItsRegionAndUndone();
    void aValueMapIsFilledFromTheSamplesAndEdited();
    void thePreviewFollowsEveryEdit();
    void aLongSamplesFileGivesItsFirstRecords();
    void aProblemJumpsToItsRule();
    void aShadowedRouteIsWarnedAndJumpsToItsRoute();
    void rulesMoveByKeyboard();
    void closingAsksBeforeDroppingEdits();
    void routingIsEditedAndUndone();
    void saveCreatesVersionsAndHistoryRestoresOne();
    void exportAndImportRoundTrip();
    void aBrokenFileIsRefusedAndChangesNothing();
    void autoMatchProposalsAreAcceptedSelectively();
    void samplesAndCustomFieldsAreFetchedFromTheSandbox();

private:
    template <typename T> T* child(const char* name) const {
        auto* found = m_page->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    QTableView* rules() const { return child<QTableView>("rulesTableView"); }
    int ruleRow(const QString& target) const;
    QJsonObject rule(const QString& target) const { return m_page->document()->rule(ruleRow(target)); }
    void selectRule(const QString& target);
    void focusRules() {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        rules()->setFocus();
    }
    QString writeSamples();

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MappingPage> m_page;
};

void TestMappingEditor::init() {
    m_context = std::make_unique<AppContext>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    // The rule editor open, as on a tall screen (the offscreen one is 800x600, where it starts folded).
    QSettings().setValue(QStringLiteral("mapping/ruleEditor/folded"), false);
    m_page = std::make_unique<MappingPage>(*m_context);
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->openProfile(QStringLiteral("ghl-contacts-to-kixie-powerlist"));
}

void TestMappingEditor::cleanup() {
    QCOMPARE(pendingModalActions, 0);
    m_page.reset();
    m_context.reset();
}

int TestMappingEditor::ruleRow(const QString& target) const {
    for (int row = 0; row < m_page->document()->ruleCount(); ++row) {
        if (m_page->document()->rule(row).value(QLatin1String("target")).toString() == target)
            return row;
    }
    return -1;
}

void TestMappingEditor::selectRule(const QString& target) {
    const int row = ruleRow(target);
    QVERIFY2(row >= 0, qPrintable(target));
    rules()->setCurrentIndex(rules()->model()->index(row, RuleTableModel::SourcesColumn));
}

QString TestMappingEditor::writeSamples() {
    const QString path = m_dir.filePath(QStringLiteral("samples.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(samplesJsonl);
    return path;
}

void TestMappingEditor::aSourceFieldIsMappedByKeyboardFromTheCatalog() {
    selectRule(QStringLiteral("companyName"));
    auto* search = child<QLineEdit>("sourceSearchLineEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("website"));
    auto* tree = child<QTreeView>("sourceTreeView");
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Home); // the group
    QTest::keyClick(tree, Qt::Key_Down); // its only field left by the search
    QCOMPARE(tree->currentIndex().data(FieldCatalogModel::PathRole).toString(), QStringLiteral("website"));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(rule(QStringLiteral("companyName")).value(QLatin1String("source")).toString(),
             QStringLiteral("website"));
    QVERIFY(m_page->document()->isModified());
    QTest::keySequence(rules(), QKeySequence::Undo);
    QCOMPARE(rule(QStringLiteral("companyName")).value(QLatin1String("source")).toString(),
             QStringLiteral("companyName"));
}

void TestMappingEditor::theSearchFiltersTheCatalogBySampleValues() {
    QVERIFY(m_page->loadSamplesFile(writeSamples()));
    auto* tree = child<QTreeView>("sourceTreeView");
    QTest::keyClicks(child<QLineEdit>("sourceSearchLineEdit"), QStringLiteral("partner"));
    // Only the field whose samples hold "partner" is left: the contact type.
    QAbstractItemModel* model = tree->model();
    QStringList left;
    for (int group = 0; group < model->rowCount(); ++group) {
        for (int row = 0; row < model->rowCount(model->index(group, 0)); ++row)
            left << model->index(row, 0, model->index(group, 0)).data(FieldCatalogModel::PathRole).toString();
    }
    QCOMPARE(left, QStringList{QStringLiteral("type")});
    const QModelIndex type = model->index(0, FieldCatalogModel::SamplesColumn, model->index(0, 0));
    QVERIFY2(type.data().toString().contains(QLatin1String("partner")), qPrintable(type.data().toString()));
}

void TestMappingEditor::thePickerMapsASourceAndCanAddASecond() {
    selectRule(QStringLiteral("companyName"));
    whenModal<FieldPickerDialog>([](FieldPickerDialog* picker) {
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("Date of birth"));
        QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    });
    QTest::keyClick(rules(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(rule(QStringLiteral("companyName")).value(QLatin1String("source")).toString(),
             QStringLiteral("dateOfBirth"));
    // "Add as another source" makes a multi-source rule (for concat or a template).
    whenModal<FieldPickerDialog>([](FieldPickerDialog* picker) {
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("Company name"));
        QTest::mouseClick(picker->findChild<QPushButton*>(QStringLiteral("appendSourcePushButton")),
                          Qt::LeftButton);
    });
    focusRules(); // back from the first dialog: shortcuts follow the focus
    QTest::keyClick(rules(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(rule(QStringLiteral("companyName")).value(QLatin1String("sources")).toArray(),
             QJsonArray({QStringLiteral("dateOfBirth"), QStringLiteral("companyName")}));
    // Escape leaves the rule alone.
    whenModal<FieldPickerDialog>([](FieldPickerDialog* picker) { QTest::keyClick(picker, Qt::Key_Escape); });
    focusRules();
    QTest::keyClick(rules(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(rule(QStringLiteral("companyName")).value(QLatin1String("sources")).toArray().size(), 2);
}

void TestMappingEditor::droppingFieldsAlwaysAddsRules() {
    auto* sourceFilter = qobject_cast<QSortFilterProxyModel*>(child<QTreeView>("sourceTreeView")->model());
    auto* sources = qobject_cast<FieldCatalogModel*>(sourceFilter->sourceModel());
    auto* targets = qobject_cast<FieldCatalogModel*>(
        qobject_cast<QSortFilterProxyModel*>(child<QTreeView>("targetTreeView")->model())->sourceModel());
    QAbstractItemModel* model = rules()->model();
    const int row = ruleRow(QStringLiteral("companyName"));
    const int before = model->rowCount();
    // Dropped onto a rule in the view (the table is full, no space below): a new rule below it, the rule
    // under the pointer keeps its source.
    std::unique_ptr<QMimeData> source(sources->mimeData({sources->indexOfPath(QStringLiteral("website"))}));
    QVERIFY(!(model->flags(model->index(row, 1)) & Qt::ItemIsDropEnabled));
    rules()->scrollTo(model->index(row, RuleTableModel::SourcesColumn));
    const QRect cell = rules()->visualRect(model->index(row, RuleTableModel::SourcesColumn));
    const QPoint below(cell.center().x(), cell.center().y() + 2); // the lower half: a line under the rule
    // Qt delivers a drop to the widget that accepted the drag's entry, as a real drag does.
    QDragEnterEvent enter(below, Qt::CopyAction, source.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(rules()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(below, Qt::CopyAction, source.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(rules()->viewport(), &move);
    QDropEvent drop(QPointF(below), Qt::CopyAction, source.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(rules()->viewport(), &drop);
    QCOMPARE(model->rowCount(), before + 1);
    QCOMPARE(rule(QStringLiteral("companyName")).value(QLatin1String("source")).toString(),
             QStringLiteral("companyName"));
    QCOMPARE(m_page->document()->rule(row + 1).value(QLatin1String("source")).toString(),
             QStringLiteral("website"));
    QCOMPARE(m_page->document()->undoStack()->undoText(), QStringLiteral("Add rule reading website"));
    // A drop the model is told is onto a rule adds below it too.
    QVERIFY(model->dropMimeData(source.get(), Qt::CopyAction, -1, -1, model->index(0, 1)));
    QCOMPARE(model->rowCount(), before + 2);
    QCOMPARE(m_page->document()->rule(1).value(QLatin1String("source")).toString(),
             QStringLiteral("website"));
    // A target dropped below the rules gets a rule of its own.
    std::unique_ptr<QMimeData> target(
        targets->mimeData({targets->indexOfPath(QStringLiteral("extraData.*"))}));
    QVERIFY(model->dropMimeData(target.get(), Qt::CopyAction, -1, -1, {}));
    QCOMPARE(model->rowCount(), before + 3);
    QCOMPARE(model->index(before + 2, RuleTableModel::TargetColumn).data(Qt::EditRole).toString(),
             QStringLiteral("extraData.*"));
    // Undo names the rule as the list shows it: by its target.
    auto* ruleModel = qobject_cast<RuleTableModel*>(model);
    ruleModel->setTarget(before + 2, QStringLiteral("extraData.Budget"));
    QCOMPARE(m_page->document()->undoStack()->undoText(),
             QStringLiteral("Set target of rule for extraData.* to extraData.Budget"));
    // Text from elsewhere is not a field.
    QMimeData text;
    text.setText(QStringLiteral("firstName"));
    QVERIFY(!model->canDropMimeData(&text, Qt::CopyAction, -1, -1, {}));
    // The mapped target shows as mapped in the target pane.
    QVERIFY(targets->indexOfPath(QStringLiteral("companyName")).data(FieldCatalogModel::MappedRole).toBool());
}

void TestMappingEditor::aRuleWithAnErrorLeavesTheOthersPreviewed() {
    QVERIFY(m_page->loadSamplesFile(writeSamples()));
    auto* preview = child<QTableView>("previewTableView")->model();
    QCOMPARE(preview->rowCount(), 3);
    const int row = ruleRow(QStringLiteral("companyName"));
    QJsonObject broken = rule(QStringLiteral("companyName"));
    broken.insert(QStringLiteral("transforms"), QJsonArray{QStringLiteral("no_such_transform")});
    m_page->document()->setRule(row, broken, QStringLiteral("break it"));
    // The other rules still map the samples: Ana's phone reaches the payload.
    QCOMPARE(preview->rowCount(), 3);
    const mapping::MappedRecord& ana = m_page->preview().records.at(0);
    QCOMPARE(ana.status, mapping::MappedRecord::Status::Mapped);
    QVERIFY(!ana.payload.isEmpty());
    QVERIFY(!ana.payload.contains(QLatin1String("companyName")));
    // The broken rule says why it is not in the preview; its neighbours do not.
    const QString status = rules()->model()->index(row, RuleTableModel::StatusColumn).data().toString();
    QVERIFY2(status.startsWith(QLatin1String("Not previewed: ")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("no_such_transform")), qPrintable(status));
    QVERIFY(!rules()
                 ->model()
                 ->index(row == 0 ? 1 : 0, RuleTableModel::StatusColumn)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("Not previewed")));
    // The error still counts: the profile cannot be saved as valid.
    QVERIFY(mapping::hasErrors(m_page->preview().diagnostics));
    // A problem on the profile itself (not a rule) still stops the preview.
    m_page->document()->setKey(QStringLiteral("direction"), QStringLiteral("sideways"), QStringLiteral("x"));
    QVERIFY(m_page->preview().records.isEmpty());
}

void TestMappingEditor::conditionValuesAreOfferedFromTheSamples() {
    QVERIFY(m_page->loadSamplesFile(writeSamples()));
    auto* routing = m_page->findChild<RoutingEditor*>();
    auto* condition = routing->findChild<ConditionEdit*>(QStringLiteral("routeConditionEdit"));
    QVERIFY(condition);
    routing->routeList()->setCurrentRow(2); // Customers: type is customer
    QCOMPARE(routing->findChild<QComboBox*>(QStringLiteral("conditionOperatorComboBox"))->currentText(),
             QStringLiteral("is"));
    QStringList offered = condition->offeredValues();
    offered.sort();
    QCOMPARE(offered,
             (QStringList{QStringLiteral("customer"), QStringLiteral("lead"), QStringLiteral("partner")}));
    routing->routeList()->setCurrentRow(0); // Callbacks: tags contain callback
    QVERIFY2(condition->offeredValues().contains(QLatin1String("vip")),
             qPrintable(condition->offeredValues().join(u',')));
}

void TestMappingEditor::anE164StepIsAddedWithItsRegionAndUndone() {
    const int row = m_page->document()->ruleCount();
    m_page->document()->insertRule(row,
                                   QJsonObject{{QStringLiteral("target"), QStringLiteral("extraData.Mobile")},
                                               {QStringLiteral("source"), QStringLiteral("phone")}});
    rules()->setCurrentIndex(rules()->model()->index(row, 0));
    auto* editor = m_page->findChild<TransformChainEditor*>();
    QCOMPARE(editor->rule(), row);
    auto* type = editor->findChild<QComboBox*>(QStringLiteral("addStepTypeComboBox"));
    type->setCurrentIndex(type->findData(QStringLiteral("phone_e164")));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addStepPushButton")), Qt::LeftButton);
    QJsonArray transforms = m_page->document()->rule(row).value(QLatin1String("transforms")).toArray();
    QCOMPARE(transforms.size(), 1);
    QCOMPARE(transforms.at(0).toObject().value(QLatin1String("defaultRegion")).toString(),
             QStringLiteral("US"));
    auto* region = editor->findChild<QLineEdit*>(QStringLiteral("defaultRegionOptionLineEdit"));
    QVERIFY(region);
    QTRY_VERIFY(region->isVisible()); // a layout shows a new child once back in the event loop
    region->setFocus();
    region->selectAll();
    QTest::keyClicks(region, QStringLiteral("GB"));
    QTest::keyClick(region, Qt::Key_Return);
    transforms = m_page->document()->rule(row).value(QLatin1String("transforms")).toArray();
    QCOMPARE(transforms.at(0).toObject().value(QLatin1String("defaultRegion")).toString(),
             QStringLiteral("GB"));
    QCOMPARE(transforms.at(0).toObject().value(QLatin1String("invalid")).toString(), QStringLiteral("skip"));
    QCOMPARE(rules()->model()->index(row, RuleTableModel::TransformsColumn).data().toString(),
             QStringLiteral("Phone to E.164"));
    // A choice reads in words and writes the profile's value.
    auto* invalid = editor->findChild<QComboBox*>(QStringLiteral("invalidOptionComboBox"));
    QVERIFY(invalid);
    QCOMPARE(invalid->currentText(), QStringLiteral("Skip the record"));
    QCOMPARE(invalid->currentData().toString(), QStringLiteral("skip"));
    m_page->document()->undoStack()->undo(); // the region
    const auto regionOfStep = [this, row] {
        return m_page->document()
            ->rule(row)
            .value(QLatin1String("transforms"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("defaultRegion"));
    };
    QCOMPARE(regionOfStep(), QJsonValue(QStringLiteral("US")));
    // Undo rebuilt the form from the document.
    QTRY_COMPARE(editor->findChild<QLineEdit*>(QStringLiteral("defaultRegionOptionLineEdit"))->text(),
                 QStringLiteral("US"));
    m_page->document()->undoStack()->undo(); // the step
    QVERIFY(!m_page->document()->rule(row).contains(QLatin1String("transforms")));
    m_page->document()->undoStack()->redo();
    m_page->document()->undoStack()->redo();
    QCOMPARE(regionOfStep(), QJsonValue(QStringLiteral("GB")));
}

void TestMappingEditor::aValueMapIsFilledFromTheSamplesAndEdited() {
    QVERIFY(m_page->loadSamplesFile(writeSamples()));
    selectRule(QStringLiteral("title"));
    auto* editor = m_page->findChild<TransformChainEditor*>();
    editor->setCurrentStep(0);
    auto* table = editor->findChild<QTableWidget*>(QStringLiteral("valueMapTableWidget"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2); // lead, customer
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("fillValueMapPushButton")),
                      Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3); // + partner, seen in the samples
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("partner"));
    table->setFocus();
    table->setCurrentCell(2, 1);
    QTest::keyClick(table, Qt::Key_F2);
    auto* cell = table->findChild<QLineEdit*>();
    QVERIFY(cell);
    cell->selectAll();
    QTest::keyClicks(cell, QStringLiteral("Partner"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_VERIFY(QJsonDocument(rule(QStringLiteral("title"))).toJson().contains("\"Partner\""));
    const QJsonArray map = rule(QStringLiteral("title"))
                               .value(QLatin1String("transforms"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("map"))
                               .toArray();
    QVERIFY(map.contains(QJsonObject{{QStringLiteral("from"), QStringLiteral("partner")},
                                     {QStringLiteral("to"), QStringLiteral("Partner")}}));
    // The preview follows: Bo's row title is now "Partner".
    const PreviewResult& preview = m_page->preview();
    QCOMPARE(preview.records.at(1).sourceId, QStringLiteral("c2"));
    // (Bo has no valid phone, so his row is skipped and sends nothing; Cy's customer still maps.)
    QCOMPARE(preview.records.at(2).payload.value(QLatin1String("title")).toString(),
             QStringLiteral("Customer"));
    // Two undo steps: the edit, then the fill.
    m_page->document()->undoStack()->undo();
    m_page->document()->undoStack()->undo();
    QCOMPARE(rule(QStringLiteral("title"))
                 .value(QLatin1String("transforms"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("map"))
                 .toObject()
                 .size(),
             2);
}

void TestMappingEditor::aLongSamplesFileGivesItsFirstRecords() {
    // 250 records, a broken line among the first hundred and another after them.
    QByteArray text;
    for (int i = 1; i <= 250; ++i)
        text += i == 50 || i == 200 ? QByteArray("{not json\n")
                                    : "{\"contact\":{\"id\":\"c" + QByteArray::number(i) +
                                          "\",\"phone\":\"+14155552671\"}}\n";
    const QString path = m_dir.filePath(QStringLiteral("long.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    QVERIFY(m_page->loadSamplesFile(path));
    QCOMPARE(child<QTableView>("previewTableView")->model()->rowCount(), MappingPage::maxLoadedSamples - 1);
    const QString label = child<QLabel>("samplesLabel")->text();
    QVERIFY2(label.contains(QLatin1String("the first 100 of the 250 record(s) in long.jsonl")),
             qPrintable(label));
    QVERIFY2(label.contains(QLatin1String("1 line(s) skipped: Line 50")), qPrintable(label));
}

void TestMappingEditor::thePreviewFollowsEveryEdit() {
    QVERIFY(m_page->loadSamplesFile(writeSamples()));
    auto* preview = child<QTableView>("previewTableView")->model();
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->index(0, PreviewModel::RecordColumn).data().toString(), QStringLiteral("Ana López"));
    QCOMPARE(preview->index(0, PreviewModel::StatusColumn).data().toString(), QStringLiteral("Mapped"));
    QCOMPARE(preview->index(1, PreviewModel::StatusColumn).data().toString(), QStringLiteral("Skipped"));
    QVERIFY(preview->index(1, PreviewModel::ProblemsColumn)
                .data()
                .toString()
                .contains(QLatin1String("FL-MAP-030")));
    QCOMPARE(preview->index(0, PreviewModel::RouteColumn).data().toString(), QStringLiteral("Hot Leads"));
    child<QTableView>("previewTableView")->selectRow(0);
    auto* record = child<QTableView>("recordTableView")->model();
    const auto afterOf = [record](const QString& target) {
        for (int row = 0; row < record->rowCount(); ++row) {
            if (record->index(row, RecordComparisonModel::TargetColumn).data(Qt::ToolTipRole).toString() ==
                target)
                return record->index(row, RecordComparisonModel::AfterColumn).data().toString();
        }
        return QStringLiteral("(no row)");
    };
    QCOMPARE(afterOf(QStringLiteral("email")), QStringLiteral("ana@example.com"));
    QCOMPARE(afterOf(QStringLiteral("target")), QStringLiteral("+14155550101"));
    QSignalSpy updated(m_page.get(), &MappingPage::previewUpdated);
    QVERIFY(rules()->model()->setData(
        rules()->model()->index(ruleRow(QStringLiteral("firstName")), RuleTableModel::SourcesColumn),
        QStringLiteral("lastName")));
    QCOMPARE(updated.size(), 1); // at once, no button
    QCOMPARE(afterOf(QStringLiteral("firstName")), QStringLiteral("López"));
    QVERIFY(child<QLabel>("validationLabel")->text().contains(QLatin1String("2 of 3 sample")));
}

void TestMappingEditor::aProblemJumpsToItsRule() {
    const int row = ruleRow(QStringLiteral("crmUserId"));
    QVERIFY(rules()->model()->setData(rules()->model()->index(row, RuleTableModel::TargetColumn),
                                      QStringLiteral("nope")));
    auto* view = child<QTableView>("diagnosticsTableView");
    int problem = -1;
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        if (view->model()->index(i, DiagnosticListModel::CodeColumn).data().toString() ==
            QLatin1String("FL-MAP-011"))
            problem = i;
    }
    QVERIFY(problem >= 0);
    child<QTabWidget>("resultsTabWidget")->setCurrentIndex(1);
    QVERIFY(child<QTabWidget>("resultsTabWidget")->tabText(1).contains(QLatin1String("(1)")));
    rules()->setCurrentIndex(rules()->model()->index(0, 0));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(problem, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(rules()->currentIndex().row(), row);
    QVERIFY(rules()->hasFocus());
}

void TestMappingEditor::aShadowedRouteIsWarnedAndJumpsToItsRoute() {
    // A copy of the first route, placed last, can never match: the first takes all its contacts.
    QJsonObject routing = m_page->document()->json().value(QLatin1String("routing")).toObject();
    QJsonArray routes = routing.value(QLatin1String("routes")).toArray();
    QJsonObject copy = routes.at(0).toObject();
    copy.insert(QStringLiteral("name"), QStringLiteral("Late callbacks"));
    routes.append(copy);
    routing.insert(QStringLiteral("routes"), routes);
    m_page->document()->setKey(QStringLiteral("routing"), routing, QStringLiteral("add a shadowed route"));
    auto* view = child<QTableView>("diagnosticsTableView");
    int problem = -1;
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        if (view->model()->index(i, DiagnosticListModel::CodeColumn).data().toString() ==
            QLatin1String("FL-MAP-021"))
            problem = i;
    }
    QVERIFY(problem >= 0);
    child<QTabWidget>("resultsTabWidget")->setCurrentIndex(1);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(problem, 0));
    QTest::keyClick(view, Qt::Key_Return);
    auto* routingEditor = m_page->findChild<RoutingEditor*>();
    QVERIFY(routingEditor->isVisible());
    QCOMPARE(routingEditor->routeList()->currentRow(), 3);
}

void TestMappingEditor::rulesMoveByKeyboard() {
    rules()->setFocus();
    rules()->setCurrentIndex(rules()->model()->index(1, RuleTableModel::TargetColumn));
    const QString second = rules()->currentIndex().data(Qt::EditRole).toString();
    QTest::keyClick(rules(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(rules()->model()->index(2, RuleTableModel::TargetColumn).data(Qt::EditRole).toString(), second);
    QCOMPARE(rules()->currentIndex().row(), 2); // the selection moves with the rule
    QTest::keyClick(rules(), Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(rules(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(rules()->model()->index(0, RuleTableModel::TargetColumn).data(Qt::EditRole).toString(), second);
    QTest::keyClick(rules(), Qt::Key_Up, Qt::AltModifier); // already first: nothing happens
    QCOMPARE(m_page->document()->undoStack()->count(), 3);
}

void TestMappingEditor::closingAsksBeforeDroppingEdits() {
    QVERIFY(m_page->maybeDiscard()); // nothing to lose: no question
    QVERIFY(rules()->model()->setData(rules()->model()->index(1, RuleTableModel::SourcesColumn),
                                      QStringLiteral("name")));
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
    QVERIFY(!m_page->maybeDiscard());
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    QVERIFY(m_page->maybeDiscard());
}

void TestMappingEditor::routingIsEditedAndUndone() {
    // The connection's Kixie account names two of its PowerLists; the profile's others stay as IDs.
    store::SavedConnection kixie;
    kixie.service = store::SavedConnection::Service::Kixie;
    kixie.name = QStringLiteral("Agency");
    kixie.baseUrl = QUrl(QStringLiteral("https://apig.kixie.com"));
    kixie.accountId = QStringLiteral("5005");
    kixie.authKind = store::ConnectionAuthKind::apiKey;
    kixie.secretAccount = store::SavedConnection::newSecretAccount(kixie.service);
    QVERIFY(m_context->connections().save(kixie).ok());
    using Kind = store::KixieDirectoryEntry::Kind;
    QVERIFY(
        m_context->kixieDirectory()
            .saveAdminEntries(QStringLiteral("5005"), Kind::PowerList,
                              {{Kind::PowerList, QStringLiteral("77"), QStringLiteral("VIP leads")},
                               {Kind::PowerList, QStringLiteral("2101"), QStringLiteral("Callbacks list")}})
            .ok());
    m_page->setConnection(QStringLiteral("Agency"));
    auto* routing = m_page->findChild<RoutingEditor*>();
    child<QTabWidget>("ruleDetailTabWidget")->setCurrentIndex(1);
    // Routes read by name; an ID the lists lack is named as unknown, and warned about with its reason.
    QVERIFY2(routing->routeList()->item(0)->text().contains(QLatin1String("Callbacks list")),
             qPrintable(routing->routeList()->item(0)->text()));
    QVERIFY2(routing->routeList()->item(1)->text().contains(QLatin1String("Unknown list 2044")),
             qPrintable(routing->routeList()->item(1)->text()));
    const auto warned = [this](const QString& path) {
        for (const mapping::Diagnostic& diagnostic : m_page->preview().diagnostics) {
            if (diagnostic.code == QLatin1String("FL-MAP-022") && diagnostic.sourcePath == path)
                return true;
        }
        return false;
    };
    QVERIFY(warned(QStringLiteral("routing.routes[1].powerlist")));
    QVERIFY(!warned(QStringLiteral("routing.routes[0].powerlist")));
    routing->routeList()->setCurrentRow(1);
    auto* powerlist = routing->findChild<QComboBox*>(QStringLiteral("routePowerlistComboBox"));
    QCOMPARE(powerlist->currentText(), QStringLiteral("Unknown list 2044"));
    QCOMPARE(powerlist->count(), 3); // the two named, and this route's own ID kept
    // Operators read as words; the value offers what the field holds.
    auto* words = routing->findChild<QComboBox*>(QStringLiteral("conditionOperatorComboBox"));
    QCOMPARE(words->findText(QStringLiteral("is at least")) >= 0, true);
    QCOMPARE(words->findText(QStringLiteral("gte")), -1);
    const int before = m_page->document()
                           ->json()
                           .value(QLatin1String("routing"))
                           .toObject()
                           .value(QLatin1String("routes"))
                           .toArray()
                           .size();
    QTest::mouseClick(routing->findChild<QPushButton*>(QStringLiteral("addRoutePushButton")), Qt::LeftButton);
    const auto typeInto = [routing](const char* name, const QString& text) {
        auto* edit = routing->findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    };
    typeInto("routeNameLineEdit", QStringLiteral("VIP"));
    auto* field = routing->findChild<QComboBox*>(QStringLiteral("conditionFieldComboBox"));
    field->setFocus();
    QTest::keyClicks(field->lineEdit(), QStringLiteral("tags"));
    auto* op = routing->findChild<QComboBox*>(QStringLiteral("conditionOperatorComboBox"));
    op->setCurrentText(QStringLiteral("contains"));
    typeInto("conditionValueLineEdit", QStringLiteral("vip"));
    // The new route has no PowerList yet: the first choice by keyboard is the first list by name.
    powerlist->setFocus();
    QCOMPARE(powerlist->currentIndex(), -1);
    QTest::keyClick(powerlist, Qt::Key_Down);
    QCOMPARE(powerlist->currentText(), QStringLiteral("Callbacks list"));
    QTest::keyClick(powerlist, Qt::Key_Down);
    QCOMPARE(powerlist->currentText(), QStringLiteral("VIP leads"));
    const QJsonArray routes = m_page->document()
                                  ->json()
                                  .value(QLatin1String("routing"))
                                  .toObject()
                                  .value(QLatin1String("routes"))
                                  .toArray();
    QCOMPARE(routes.size(), before + 1);
    QCOMPARE(
        routes.last().toObject(),
        (QJsonObject{{QStringLiteral("name"), QStringLiteral("VIP")},
                     {QStringLiteral("when"), QJsonObject{{QStringLiteral("field"), QStringLiteral("tags")},
                                                          {QStringLiteral("op"), QStringLiteral("contains")},
                                                          {QStringLiteral("value"), QStringLiteral("vip")}}},
                     {QStringLiteral("powerlist"), QStringLiteral("77")}}));
    QVERIFY2(m_page->preview().parsed.profile, "the edited routing still parses");
    QCOMPARE(routing->routeList()->count(), before + 1);
    QVERIFY(routing->routeList()->item(before)->text().contains(QLatin1String("VIP leads")));
    m_page->document()->undoStack()->undo(); // the second PowerList chosen
    m_page->document()->undoStack()->undo(); // the first
    QVERIFY(!m_page->document()
                 ->json()
                 .value(QLatin1String("routing"))
                 .toObject()
                 .value(QLatin1String("routes"))
                 .toArray()
                 .last()
                 .toObject()
                 .contains(QLatin1String("powerlist")));
    while (m_page->document()->undoStack()->canUndo())
        m_page->document()->undoStack()->undo();
    QCOMPARE(routing->routeList()->count(), before);
}

void TestMappingEditor::saveCreatesVersionsAndHistoryRestoresOne() {
    QVERIFY(m_page->document()->isModified() == false);
    QCOMPARE(m_page->saveVersion(QStringLiteral("as shipped")), 1);
    const QString name = m_page->document()->json().value(QLatin1String("name")).toString();
    QCOMPARE(m_page->profileName(), name); // what fieldlink-cli --profile now takes
    const int rulesAtV1 = m_page->document()->ruleCount();
    rules()->setFocus();
    rules()->setCurrentIndex(rules()->model()->index(0, 0));
    QTest::keyClick(rules(), Qt::Key_Delete);
    QCOMPARE(m_page->document()->ruleCount(), rulesAtV1 - 1);
    QVERIFY(m_page->document()->isModified());
    whenModal<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(QStringLiteral("phone rule removed"));
        dialog->accept();
    });
    QTest::keySequence(rules(), QKeySequence::Save);
    QVERIFY(!m_page->document()->isModified());
    store::ProfileRepository& repository = m_context->profiles();
    const QList<store::ProfileVersion> versions = repository.versions(name);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).note, QStringLiteral("phone rule removed"));
    QVERIFY(child<QComboBox>("profileComboBox")->currentText().contains(QLatin1String("version 2")));
    QVERIFY(child<QLabel>("versionLabel")->text().contains(QLatin1String("version 2")));

    whenModal<VersionHistoryDialog>([](VersionHistoryDialog* dialog) {
        QCOMPARE(dialog->list()->count(), 2);
        QVERIFY(dialog->summary()->text().contains(QLatin1String("same"))); // version 2 is the editor's
        dialog->list()->setCurrentRow(1);
        QVERIFY2(dialog->summary()->text().contains(QLatin1String("differ")),
                 qPrintable(dialog->summary()->text()));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restorePushButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("historyPushButton"), Qt::LeftButton);
    QCOMPARE(m_page->document()->ruleCount(), rulesAtV1);
    QVERIFY(m_page->document()->isModified()); // restoring is an edit; Save makes it version 3
    m_page->document()->undoStack()->undo();
    QCOMPARE(m_page->document()->ruleCount(), rulesAtV1 - 1);
}

void TestMappingEditor::exportAndImportRoundTrip() {
    const QString path = m_dir.filePath(QStringLiteral("exported.json"));
    rules()->setFocus();
    rules()->setCurrentIndex(rules()->model()->index(2, 0));
    QTest::keyClick(rules(), Qt::Key_Delete);
    QCOMPARE(m_page->document()->ruleCount(), 15);
    const QByteArray exported = m_page->document()->toJson();
    QVERIFY(m_page->exportFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exported);
    m_page->openProfile(QStringLiteral("kixie-calls-to-ghl"));
    QVERIFY(m_page->importFile(path));
    QCOMPARE(m_page->document()->toJson(), exported);
    QCOMPARE(m_page->preview().parsed.profile->direction, mapping::Direction::GhlToKixie);
    // The catalogs follow the imported profile's direction.
    auto* targets = qobject_cast<FieldCatalogModel*>(
        qobject_cast<QSortFilterProxyModel*>(child<QTreeView>("targetTreeView")->model())->sourceModel());
    QVERIFY(targets->indexOfPath(QStringLiteral("nextCallRefresher")).isValid());
    m_page->document()->undoStack()->undo();
    QCOMPARE(m_page->preview().parsed.profile->direction, mapping::Direction::KixieToGhl);
}

void TestMappingEditor::aBrokenFileIsRefusedAndChangesNothing() {
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"fieldlink.profile/1\", \"rules\": [");
    file.close();
    const QByteArray before = m_page->document()->toJson();
    QString message;
    whenModal<QMessageBox>([&message](QMessageBox* box) {
        message = box->text();
        box->accept();
    });
    QVERIFY(!m_page->importFile(path));
    QVERIFY2(message.contains(QLatin1String("not valid JSON")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("Nothing was changed")));
    QCOMPARE(m_page->document()->toJson(), before);
    QVERIFY(!m_page->document()->isModified());
}

void TestMappingEditor::autoMatchProposalsAreAcceptedSelectively() {
    const QString path = m_dir.filePath(QStringLiteral("bare.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"format": "fieldlink.profile/1", "name": "Bare", "direction": "ghl_to_kixie", "object": "contact",
  "matchKeys": ["phone"], "routing": {"routes": [], "default": {"name": "All", "powerlist": "1"}},
  "rules": [{"target": "target", "source": "phone", "required": true,
             "transforms": [{"type": "phone_e164", "defaultRegion": "US"}]}]})");
    file.close();
    QVERIFY(m_page->importFile(path));
    QStringList offered;
    whenModal<AutoMatchDialog>([&offered](AutoMatchDialog* dialog) {
        QTreeWidget* list = dialog->list();
        dialog->setAllChecked(false);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = list->topLevelItem(i);
            offered << item->text(0) + QLatin1Char('<') + item->text(1);
            QVERIFY(!item->text(2).isEmpty() && !item->text(3).isEmpty()); // confidence and reason
            if (item->text(0) == QLatin1String("firstName") || item->text(0) == QLatin1String("email"))
                item->setCheckState(0, Qt::Checked);
        }
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>("autoMatchPushButton"), Qt::LeftButton);
    QVERIFY2(offered.contains(QStringLiteral("firstName<firstName")),
             qPrintable(offered.join(QLatin1Char(' '))));
    QVERIFY(!offered.join(QLatin1Char(' '))
                 .contains(QLatin1String("target<"))); // mapped targets are never offered
    QCOMPARE(m_page->document()->ruleCount(), 3);
    QCOMPARE(rule(QStringLiteral("firstName")).value(QLatin1String("source")).toString(),
             QStringLiteral("firstName"));
    QCOMPARE(rule(QStringLiteral("email")).value(QLatin1String("source")).toString(),
             QStringLiteral("email"));
    m_page->document()->undoStack()->undo(); // both in one step
    QCOMPARE(m_page->document()->ruleCount(), 1);
}

void TestMappingEditor::samplesAndCustomFieldsAreFetchedFromTheSandbox() {
    bool ready = false;
    QString setUpError;
    SandboxConnection::setUp(*m_context, this, [&ready, &setUpError](const QString& error) {
        setUpError = error;
        ready = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(ready, 15000);
    QCOMPARE(setUpError, QString());
    m_page->setConnection(SandboxConnection::name());
    // The sandbox's PowerLists and cadences arrive by name: the routes read them, nothing is unknown.
    auto* defaultPowerlist = m_page->findChild<QComboBox*>(QStringLiteral("defaultPowerlistComboBox"));
    QTRY_COMPARE_WITH_TIMEOUT(defaultPowerlist->currentText(), QStringLiteral("New Leads"), 15000);
    auto* routing = m_page->findChild<RoutingEditor*>();
    routing->routeList()->setCurrentRow(1);
    QCOMPARE(m_page->findChild<QComboBox*>(QStringLiteral("routeCadenceComboBox"))->currentText(),
             QStringLiteral("New lead - 5 day"));
    for (const mapping::Diagnostic& diagnostic : m_page->preview().diagnostics)
        QVERIFY2(diagnostic.code != QLatin1String("FL-MAP-022"), qPrintable(diagnostic.message));
    QSignalSpy fetched(m_page.get(), &MappingPage::samplesFetched);
    QTest::mouseClick(child<QPushButton>("fetchSamplesPushButton"), Qt::LeftButton);
    QVERIFY(!fetched.isEmpty() || fetched.wait(30000));
    QCOMPARE(fetched.at(0).at(0).toString(), QString());
    QCOMPARE(m_page->preview().records.size(), 25);
    QVERIFY2(child<QLabel>("samplesLabel")->text().contains(QLatin1String("25 contact")),
             qPrintable(child<QLabel>("samplesLabel")->text()));
    // The location's custom fields joined the source catalog, and the profile's custom-field rules resolve.
    auto* sources = qobject_cast<FieldCatalogModel*>(
        qobject_cast<QSortFilterProxyModel*>(child<QTreeView>("sourceTreeView")->model())->sourceModel());
    QVERIFY(sources->indexOfPath(QStringLiteral("customFields.contact.budget")).isValid());
    for (const mapping::Diagnostic& diagnostic : m_page->preview().diagnostics)
        QVERIFY2(diagnostic.code != QLatin1String("FL-MAP-036"), qPrintable(diagnostic.message));
    // Notes were fetched because the profile reads them: the refresher is filled for someone.
    bool refresher = false;
    for (const mapping::MappedRecord& record : m_page->preview().records)
        refresher =
            refresher || !record.payload.value(QLatin1String("nextCallRefresher")).toString().isEmpty();
    QVERIFY(refresher);
    // A value map on tags lists the location's tag catalogue (GET /locations/{id}/tags) besides the samples'.
    const QStringList tags =
        m_page->valueSuggestions(QJsonObject{{QStringLiteral("source"), QStringLiteral("tags")}});
    QVERIFY(tags.contains(QStringLiteral("hot")));
    QCOMPARE(tags.size(), QSet<QString>(tags.cbegin(), tags.cend()).size()); // each once
}

FIELDLINK_TEST_MAIN(TestMappingEditor, QApplication)
#include "TestMappingEditor.moc"
