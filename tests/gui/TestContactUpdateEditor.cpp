// The mapping editor for a Kixie → GHL profile that updates the GHL contact itself (issue #18), offscreen
// against the built-in sandbox: the location's contact custom fields as typed targets, the do-not-disturb
// editor with undo, the "Update the contact" route action, and the preview's before → after on the contact.
#include "app/mapping/MappingPage.h"
#include "app/mapping/ProfileDocument.h"
#include "app/mapping/editors/RuleEditorPane.h"
#include "app/mapping/models/ContactChangeModel.h"
#include "app/mapping/models/FieldCatalogModel.h"
#include "app/shell/AppContext.h"
#include "app/shell/EmbeddedSandbox.h"
#include "app/shell/SandboxConnection.h"
#include "support/HttpProbe.h"
#include "support/KixieEvents.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace fieldlink;
using fieldlink::test::HttpProbe;

class TestContactUpdateEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void targetsOfferTheLocationsCustomFieldsWithTheirTypes();
    void aDateFieldGetsADateStepAndANumberFieldWarnsAboutText();
    void routesOfferUpdateTheContact();
    void doNotDisturbIsEditedWithTicksAndUndone();
    void previewShowsTheContactBeforeAndAfter();

private:
    template <typename T> T* child(const char* name) const {
        return m_page->findChild<T*>(QLatin1String(name));
    }
    FieldCatalogModel* targets() const {
        return qobject_cast<FieldCatalogModel*>(
            qobject_cast<QSortFilterProxyModel*>(child<QTreeView>("targetTreeView")->model())->sourceModel());
    }
    QString sandboxUrl() const { return m_context->sandbox()->baseUrl(); }
    void grab(const char* name);

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MappingPage> m_page;
};

void TestContactUpdateEditor::init() {
    m_context = std::make_unique<AppContext>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    bool ready = false;
    QString error;
    SandboxConnection::setUp(*m_context, this, [&](const QString& problem) {
        error = problem;
        ready = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(ready, 15000);
    QCOMPARE(error, QString());
    m_page = std::make_unique<MappingPage>(*m_context);
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->openProfile(QStringLiteral("kixie-calls-to-ghl"));
    m_page->setConnection(SandboxConnection::name());
    // The location's custom fields are read from the connection and become targets.
    QTRY_VERIFY_WITH_TIMEOUT(
        targets()->indexOfPath(QStringLiteral("update.customFields.contact.last_call_date")).isValid(),
        15000);
}

void TestContactUpdateEditor::cleanup() {
    m_page.reset();
    m_context.reset();
}

void TestContactUpdateEditor::grab(const char* name) {
    const QString path = QDir::temp().filePath(QStringLiteral("fieldlink-%1.png").arg(QLatin1String(name)));
    QVERIFY(m_page->grab().save(path));
}

void TestContactUpdateEditor::targetsOfferTheLocationsCustomFieldsWithTheirTypes() {
    const QModelIndex date =
        targets()->indexOfPath(QStringLiteral("update.customFields.contact.last_call_date"));
    QCOMPARE(date.data().toString(), QStringLiteral("Contact field: Last call date (date)"));
    QCOMPARE(date.siblingAtColumn(FieldCatalogModel::TypeColumn).data().toString(), QStringLiteral("Date"));
    QCOMPARE(date.data(FieldCatalogModel::GroupRole).toString(), QStringLiteral("Contact custom fields"));
    const QModelIndex count =
        targets()->indexOfPath(QStringLiteral("update.customFields.contact.kixie_call_count"));
    QCOMPARE(count.data().toString(), QStringLiteral("Contact field: Kixie calls (number)"));
    QCOMPARE(count.siblingAtColumn(FieldCatalogModel::TypeColumn).data().toString(),
             QStringLiteral("Number"));
    // The older custom fields and the standard fields of the contact update are there too.
    QVERIFY(targets()->indexOfPath(QStringLiteral("update.customFields.contact.budget")).isValid());
    const QModelIndex source = targets()->indexOfPath(QStringLiteral("update.source"));
    QVERIFY(source.isValid());
    QCOMPARE(source.data(FieldCatalogModel::GroupRole).toString(), QStringLiteral("Contact update"));
    // A GHL → Kixie profile's targets are the PowerList's: no contact fields there.
    m_page->openProfile(QStringLiteral("ghl-contacts-to-kixie-powerlist"));
    QVERIFY(!targets()->indexOfPath(QStringLiteral("update.customFields.contact.last_call_date")).isValid());
}

void TestContactUpdateEditor::aDateFieldGetsADateStepAndANumberFieldWarnsAboutText() {
    ProfileDocument* document = m_page->document();
    const int rules = document->ruleCount();
    auto* view = child<QTreeView>("targetTreeView");
    auto* filter = qobject_cast<QSortFilterProxyModel*>(view->model());
    const QModelIndex date = filter->mapFromSource(
        targets()->indexOfPath(QStringLiteral("update.customFields.contact.contract_renewal")));
    view->setFocus();
    view->setCurrentIndex(date);
    QTest::keyClick(view, Qt::Key_Return); // activated: the field gets a rule
    QCOMPARE(document->ruleCount(), rules + 1);
    const QJsonObject rule = document->rule(rules);
    QCOMPARE(rule.value(QLatin1String("target")).toString(),
             QStringLiteral("update.customFields.contact.contract_renewal"));
    const QJsonArray steps = rule.value(QLatin1String("transforms")).toArray();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("date"));
    QCOMPARE(steps.at(0).toObject().value(QLatin1String("format")).toString(), QStringLiteral("date"));
    // The rule and its step are one edit.
    document->undoStack()->undo();
    QCOMPARE(document->ruleCount(), rules);

    // A number field fed by text is a warning in words.
    document->insertRule(rules, QJsonObject{{QStringLiteral("target"),
                                             QStringLiteral("update.customFields.contact.household_size")},
                                            {QStringLiteral("source"), QStringLiteral("disposition")}});
    bool warned = false;
    for (const mapping::Diagnostic& diagnostic : m_page->preview().diagnostics) {
        if (diagnostic.target == QLatin1String("update.customFields.contact.household_size") &&
            diagnostic.severity == mapping::Severity::Warning &&
            diagnostic.message.contains(
                QLatin1String("is a number field in GHL, but \"Disposition\" is text")))
            warned = true;
    }
    QVERIFY(warned);
    // The duration itself is a number: no warning.
    QJsonObject fixed = document->rule(rules);
    fixed.insert(QStringLiteral("source"), QStringLiteral("data.callDetails.duration"));
    document->setRule(rules, fixed, QStringLiteral("fix"));
    for (const mapping::Diagnostic& diagnostic : m_page->preview().diagnostics)
        QVERIFY2(diagnostic.target != QLatin1String("update.customFields.contact.household_size"),
                 qPrintable(diagnostic.message));
}

void TestContactUpdateEditor::routesOfferUpdateTheContact() {
    ProfileDocument* document = m_page->document();
    auto* check = child<QCheckBox>("routeContactCheckBox");
    QVERIFY(check);
    QCOMPARE(check->text(), QStringLiteral("Update the contact"));
    const auto actionsOfFirstRoute = [document] {
        return document->json()
            .value(QLatin1String("routing"))
            .toObject()
            .value(QLatin1String("routes"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("actions"))
            .toVariant()
            .toStringList();
    };
    const QStringList before = actionsOfFirstRoute();
    const bool wasOn = before.contains(QStringLiteral("contact"));
    QCOMPARE(check->isChecked(), wasOn); // the box shows the first (selected) route
    check->click();
    QCOMPARE(actionsOfFirstRoute().contains(QStringLiteral("contact")), !wasOn);
    QVERIFY(actionsOfFirstRoute().contains(QStringLiteral("note"))); // the others stay
    QVERIFY(
        child<QListWidget>("routesListWidget")->item(0)->text().contains(QLatin1String("contact update")) ==
        !wasOn);
    document->undoStack()->undo();
    QCOMPARE(actionsOfFirstRoute(), before);
    QTRY_COMPARE(check->isChecked(), wasOn);
}

void TestContactUpdateEditor::doNotDisturbIsEditedWithTicksAndUndone() {
    ProfileDocument* document = m_page->document();
    auto* tabs = child<QTabWidget>("ruleDetailTabWidget");
    tabs->setCurrentWidget(child<QWidget>("dndEditor"));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(child<QWidget>("dndEditor"))));
    const auto dnd = [document] {
        return document->json().value(QLatin1String("doNotDisturb")).toArray();
    };
    const QJsonArray before = dnd();

    child<QPushButton>("addDndPushButton")->click();
    const int index = static_cast<int>(before.size());
    QCOMPARE(dnd().size(), index + 1);
    QCOMPARE(dnd().at(index).toObject().value(QLatin1String("channels")).toArray(),
             QJsonArray{QStringLiteral("Call")});
    QTRY_VERIFY(m_page->findChild<QLineEdit*>(QStringLiteral("dndDispositionsLineEdit_%1").arg(index)));
    auto* dispositions =
        m_page->findChild<QLineEdit*>(QStringLiteral("dndDispositionsLineEdit_%1").arg(index));
    QTest::keyClicks(dispositions, QStringLiteral("Do Not Call, DNC , "));
    QTest::keyClick(dispositions, Qt::Key_Return);
    QCOMPARE(dnd().at(index).toObject().value(QLatin1String("dispositions")).toArray(),
             (QJsonArray{QStringLiteral("Do Not Call"), QStringLiteral("DNC")}));
    auto* sms = m_page->findChild<QCheckBox*>(QStringLiteral("dndChannel_%1_SMS").arg(index));
    QCOMPARE(sms->text(), QStringLiteral("Text messages"));
    QCOMPARE(m_page->findChild<QCheckBox*>(QStringLiteral("dndChannel_%1_Call").arg(index))->text(),
             QStringLiteral("Calls"));
    sms->click();
    QCOMPARE(dnd().at(index).toObject().value(QLatin1String("channels")).toArray(),
             (QJsonArray{QStringLiteral("Call"), QStringLiteral("SMS")}));
    QVERIFY(m_page->preview().parsed.profile); // still a valid profile
    QCOMPARE(m_page->preview().parsed.profile->doNotDisturb.size(), static_cast<std::size_t>(index + 1));
    tabs->setCurrentWidget(child<QWidget>("dndEditor"));
    child<RuleEditorPane>("ruleEditorPane")->reveal();
    grab("dnd-editor");

    // Each edit is one undo step, and the editor shows what the profile holds after each.
    document->undoStack()->undo();
    QCOMPARE(dnd().at(index).toObject().value(QLatin1String("channels")).toArray(),
             QJsonArray{QStringLiteral("Call")});
    QTRY_VERIFY(!m_page->findChild<QCheckBox*>(QStringLiteral("dndChannel_%1_SMS").arg(index))->isChecked());
    document->undoStack()->undo();
    QVERIFY(dnd().at(index).toObject().value(QLatin1String("dispositions")).toArray().isEmpty());
    document->undoStack()->undo();
    QCOMPARE(dnd(), before);
    QTRY_VERIFY(!m_page->findChild<QLineEdit*>(QStringLiteral("dndDispositionsLineEdit_%1").arg(index)));

    // Remove takes a line out; undo brings it back as it was.
    child<QPushButton>("addDndPushButton")->click();
    child<QPushButton>("addDndPushButton")->click();
    const QJsonArray two = dnd();
    QCOMPARE(two.size(), index + 2);
    QTRY_VERIFY(m_page->findChild<QPushButton*>(QStringLiteral("removeDndPushButton_%1").arg(index)));
    m_page->findChild<QPushButton*>(QStringLiteral("removeDndPushButton_%1").arg(index))->click();
    QCOMPARE(dnd().size(), index + 1);
    QTRY_VERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("removeDndPushButton_%1").arg(index + 1)));
    document->undoStack()->undo();
    QCOMPARE(dnd(), two);
    // The message: empty means the built-in text, so the key goes.
    auto* message = child<QLineEdit>("dndMessageLineEdit");
    message->setFocus();
    QTest::keyClicks(message, QStringLiteral("Do not call: {disposition}"));
    QTest::keyClick(message, Qt::Key_Return);
    QCOMPARE(document->json().value(QLatin1String("dndMessage")).toString(),
             QStringLiteral("Do not call: {disposition}"));
    document->undoStack()->undo();
    QVERIFY(!document->json().contains(QLatin1String("dndMessage")));
}

void TestContactUpdateEditor::previewShowsTheContactBeforeAndAfter() {
    HttpProbe probe(sandboxUrl());
    QString contactId;
    QString phone;
    for (const QJsonValue& value :
         probe.state().value(QLatin1String("ghl")).toObject().value(QLatin1String("contacts")).toArray()) {
        const QJsonObject contact = value.toObject();
        const QString status = contact.value(QLatin1String("dndSettings"))
                                   .toObject()
                                   .value(QLatin1String("Call"))
                                   .toObject()
                                   .value(QLatin1String("status"))
                                   .toString();
        if (status != QLatin1String("active") && contact.contains(QLatin1String("phone"))) {
            contactId = contact.value(QLatin1String("id")).toString();
            phone = contact.value(QLatin1String("phone")).toString();
            break;
        }
    }
    QVERIFY(!contactId.isEmpty());

    // The default profile with its disposition route updating the contact and a do-not-call mapping.
    QJsonObject profile = m_page->document()->json();
    QJsonObject routing = profile.value(QLatin1String("routing")).toObject();
    QJsonArray routes = routing.value(QLatin1String("routes")).toArray();
    for (int i = 0; i < routes.size(); ++i) {
        QJsonObject route = routes.at(i).toObject();
        QJsonArray actions = route.value(QLatin1String("actions")).toArray();
        if (!actions.contains(QStringLiteral("contact")))
            actions.append(QStringLiteral("contact"));
        route.insert(QStringLiteral("actions"), actions);
        routes[i] = route;
    }
    routing.insert(QStringLiteral("routes"), routes);
    profile.insert(QStringLiteral("routing"), routing);
    QJsonArray rules = profile.value(QLatin1String("rules")).toArray();
    const auto addRule = [&rules](const QString& target, const QString& source) {
        for (const QJsonValue& rule : std::as_const(rules))
            if (rule.toObject().value(QLatin1String("target")).toString() == target)
                return; // the default profile may fill it already
        rules.append(QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("source"), source}});
    };
    addRule(QStringLiteral("update.customFields.contact.last_call_outcome"), QStringLiteral("disposition"));
    addRule(QStringLiteral("update.customFields.contact.last_call_duration"),
            QStringLiteral("data.callDetails.duration"));
    profile.insert(QStringLiteral("rules"), rules);
    profile.insert(
        QStringLiteral("doNotDisturb"),
        QJsonArray{QJsonObject{
            {QStringLiteral("dispositions"), QJsonArray{QStringLiteral("Do Not Call")}},
            {QStringLiteral("channels"), QJsonArray{QStringLiteral("Call"), QStringLiteral("SMS")}}}});
    m_page->document()->replace(profile, QStringLiteral("contact update"));
    QVERIFY2(m_page->preview().parsed.profile,
             qPrintable(m_page->preview().diagnostics.isEmpty()
                            ? QString()
                            : m_page->preview().diagnostics.first().message));

    const int readsBefore = probe.get(QStringLiteral("/__sandbox/stats"))
                                .json()
                                .value(QLatin1String("ghl"))
                                .toObject()
                                .value(QLatin1String("byRoute"))
                                .toObject()
                                .value(QLatin1String("GET /contacts/:contactId"))
                                .toInt();
    m_page->setSamples(
        {test::kixieCallEvent(QStringLiteral("call-1"), QStringLiteral("disposition"), contactId, phone,
                              QStringLiteral("Do Not Call")),
         test::kixieCallEvent(QStringLiteral("call-2"), QStringLiteral("endcall"), contactId, phone)},
        QStringLiteral("test"));
    auto* tabs = child<QTabWidget>("resultsTabWidget");
    tabs->setCurrentWidget(child<QWidget>("contactPageWidget"));
    auto* view = child<QTableView>("contactChangesTableView");
    QAbstractItemModel* model = view->model();
    const auto rowOf = [model](const QString& field) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, ContactChangeModel::FieldColumn).data().toString() == field)
                return row;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("contactStatusLabel")->text().contains(QLatin1String("as GHL has it now")), 15000);
    const int outcome = rowOf(QStringLiteral("Contact field: Last call outcome (text)"));
    QVERIFY(outcome >= 0);
    QCOMPARE(model->index(outcome, ContactChangeModel::BeforeColumn).data().toString(),
             QStringLiteral("(empty)"));
    QCOMPARE(model->index(outcome, ContactChangeModel::AfterColumn).data().toString(),
             QStringLiteral("Do Not Call"));
    const int duration = rowOf(QStringLiteral("Contact field: Last call duration (s) (number)"));
    QVERIFY(duration >= 0);
    QCOMPARE(model->index(duration, ContactChangeModel::AfterColumn).data().toString(),
             QStringLiteral("125"));
    for (const char* channel : {"Calls", "Text messages"}) {
        const int row = rowOf(QStringLiteral("Do not disturb: %1").arg(QLatin1String(channel)));
        QVERIFY2(row >= 0, channel);
        QCOMPARE(model->index(row, ContactChangeModel::AfterColumn).data().toString(),
                 QStringLiteral("Turned on"));
    }
    QCOMPARE(model->index(rowOf(QStringLiteral("Do not disturb: Calls")), ContactChangeModel::BeforeColumn)
                 .data()
                 .toString(),
             QStringLiteral("Off"));
    grab("contact-preview");

    // The endcall event of the same contact: no do-not-disturb, and the contact is not read again.
    child<QTableView>("previewTableView")->selectRow(1);
    QTRY_COMPARE(rowOf(QStringLiteral("Do not disturb: Calls")), -1);
    child<QTableView>("previewTableView")->selectRow(0);
    QVERIFY(rowOf(QStringLiteral("Do not disturb: Calls")) >= 0);
    const int readsAfter = probe.get(QStringLiteral("/__sandbox/stats"))
                               .json()
                               .value(QLatin1String("ghl"))
                               .toObject()
                               .value(QLatin1String("byRoute"))
                               .toObject()
                               .value(QLatin1String("GET /contacts/:contactId"))
                               .toInt();
    QCOMPARE(readsAfter - readsBefore, 1);
}

FIELDLINK_TEST_MAIN(TestContactUpdateEditor, QApplication)
#include "TestContactUpdateEditor.moc"
