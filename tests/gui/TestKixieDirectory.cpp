// The Kixie account's named lists in the app: the routing editor's choice models (by name, an unknown ID
// kept as "Unknown list 123"), the admin's editable directory model, and the dialog saving into a real
// SQLite file through the app's context.
#include "app/mapping/KixieDirectory.h"
#include "app/mapping/dialogs/KixieDirectoryDialog.h"
#include "app/mapping/models/KixieChoiceModel.h"
#include "app/mapping/models/KixieDirectoryModel.h"
#include "app/shell/AppContext.h"
#include "core/store/KixieDirectoryRepository.h"
#include "support/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace fieldlink;
using Entry = store::KixieDirectoryEntry;
using Kind = Entry::Kind;

class TestKixieDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void choicesAreNamesAndAnUnknownIdIsKept();
    void anOptionalChoiceStartsWithNone();
    void theAdminEditsTheirRowsButNotTheSandboxes();
    void theDialogSavesEveryKindAndRefusesAnEntryWithoutId();
    void theEditorsDirectoryFollowsTheConnection();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    const QString m_business = QStringLiteral("5005");
};

void TestKixieDirectory::init() {
    m_context = std::make_unique<AppContext>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
}

void TestKixieDirectory::cleanup() {
    m_context.reset();
}

void TestKixieDirectory::choicesAreNamesAndAnUnknownIdIsKept() {
    KixieChoiceModel model(Kind::PowerList, false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({{Kind::PowerList, QStringLiteral("12"), QStringLiteral("Cold calls")},
                      {Kind::PowerList, QStringLiteral("77"), QStringLiteral("VIP leads")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("VIP leads"));
    QCOMPARE(model.rowOf(QStringLiteral("77")), 1);
    QCOMPARE(model.idAt(1), QStringLiteral("77"));
    QCOMPARE(model.rowOf(QString()), -1);
    // An ID the lists do not know gets a row of its own, named so and still carrying the ID.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowOf(QStringLiteral("123")), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("Unknown list 123"));
    QCOMPARE(model.idAt(2), QStringLiteral("123"));
    QCOMPARE(model.index(2).data(KixieChoiceModel::KnownRole).toBool(), false);
    // Another unknown ID replaces it; a known one leaves it.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.rowOf(QStringLiteral("456")), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.idAt(2), QStringLiteral("456"));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(model.rowOf(QStringLiteral("77")), 1); // a route with a known list: no unknown row offered
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("456")), 2);
    // Once the admin names it, the unknown row goes.
    model.setEntries({{Kind::PowerList, QStringLiteral("456"), QStringLiteral("Webinar")}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("456")), 0);
}

void TestKixieDirectory::anOptionalChoiceStartsWithNone() {
    KixieChoiceModel model(Kind::Cadence, true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({{Kind::Cadence, QStringLiteral("311"), QStringLiteral("Nurture")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("(no cadence)"));
    QCOMPARE(model.idAt(0), QString());
    QCOMPARE(model.rowOf(QString()), 0);
    QCOMPARE(model.rowOf(QStringLiteral("311")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("9")), 2);
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("Unknown cadence 9"));
}

void TestKixieDirectory::theAdminEditsTheirRowsButNotTheSandboxes() {
    KixieDirectoryModel model(Kind::PowerList);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(
        {{Kind::PowerList, QStringLiteral("1969"), QStringLiteral("Sandbox list"), Entry::Source::Sandbox},
         {Kind::PowerList, QStringLiteral("77"), QStringLiteral("VIP leads")}});
    QVERIFY(!(model.flags(model.index(0, KixieDirectoryModel::NameColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, KixieDirectoryModel::NameColumn), QStringLiteral("Renamed")));
    QVERIFY(!model.removeRows(0, 1));
    QVERIFY(model.flags(model.index(1, KixieDirectoryModel::IdColumn)) & Qt::ItemIsEditable);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1, KixieDirectoryModel::NameColumn), QStringLiteral("  Top leads ")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Top leads"));
    // A new row without its ID cannot be saved, and says why; one given twice neither.
    QVERIFY(model.insertRows(2, 1));
    QVERIFY(model.setData(model.index(2, KixieDirectoryModel::NameColumn), QStringLiteral("Webinar")));
    QVERIFY2(model.problem().contains(QLatin1String("Webinar")), qPrintable(model.problem()));
    QVERIFY(model.setData(model.index(2, KixieDirectoryModel::IdColumn), QStringLiteral("77")));
    QVERIFY2(model.problem().contains(QLatin1String("77")), qPrintable(model.problem()));
    QVERIFY(model.setData(model.index(2, KixieDirectoryModel::IdColumn), QStringLiteral("90")));
    QCOMPARE(model.problem(), QString());
    // Only the admin's rows are saved; an empty row is dropped.
    QVERIFY(model.insertRows(3, 1));
    const QList<Entry> admin = model.adminEntries();
    QCOMPARE(admin.size(), 2);
    QCOMPARE(admin.at(0).id, QStringLiteral("77"));
    QCOMPARE(admin.at(1).name, QStringLiteral("Webinar"));
    QVERIFY(model.removeRows(1, 1));
    QCOMPARE(model.adminEntries().size(), 1);
}

void TestKixieDirectory::theDialogSavesEveryKindAndRefusesAnEntryWithoutId() {
    KixieDirectoryDialog dialog(m_context->kixieDirectory(), m_business, QStringLiteral("Agency"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addEntryPushButton"));
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("entriesTableView"));
    QVERIFY(add && view);
    const auto addNamed = [add](const QString& name) {
        QTest::mouseClick(add, Qt::LeftButton);
        // The new row's name is open for typing at once.
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
    };
    addNamed(QStringLiteral("VIP leads"));
    KixieDirectoryModel* lists = dialog.currentModel();
    // The delegate commits the typed name once back in the event loop.
    QTRY_COMPARE(lists->index(0, KixieDirectoryModel::NameColumn).data().toString(),
                 QStringLiteral("VIP leads"));
    QVERIFY(!dialog.save()); // no ID yet
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().isEmpty());
    lists->setData(lists->index(0, KixieDirectoryModel::IdColumn), QStringLiteral("77"));
    dialog.showKind(Kind::Cadence);
    KixieDirectoryModel* cadences = dialog.currentModel();
    QCOMPARE(cadences->kind(), Kind::Cadence);
    addNamed(QStringLiteral("Nurture"));
    QTRY_COMPARE(cadences->index(0, KixieDirectoryModel::NameColumn).data().toString(),
                 QStringLiteral("Nurture"));
    cadences->setData(cadences->index(0, KixieDirectoryModel::IdColumn), QStringLiteral("311"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("dialogButtonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto saved = m_context->kixieDirectory().list(m_business, Kind::PowerList);
    QVERIFY(saved.ok());
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->at(0).name, QStringLiteral("VIP leads"));
    QCOMPARE(m_context->kixieDirectory().list(m_business, Kind::Cadence)->at(0).id, QStringLiteral("311"));
    // Opened again, the dialog shows what was saved.
    KixieDirectoryDialog again(m_context->kixieDirectory(), m_business, QStringLiteral("Agency"));
    QCOMPARE(again.currentModel()->index(0, KixieDirectoryModel::NameColumn).data().toString(),
             QStringLiteral("VIP leads"));
    // Without a Business ID there is nothing to attach lists to: the dialog says so and saves nothing.
    KixieDirectoryDialog none(m_context->kixieDirectory(), QString(), QString());
    QVERIFY(!none.findChild<QDialogButtonBox*>(QStringLiteral("dialogButtonBox"))
                 ->button(QDialogButtonBox::Save)
                 ->isEnabled());
}

void TestKixieDirectory::theEditorsDirectoryFollowsTheConnection() {
    store::SavedConnection kixie;
    kixie.service = store::SavedConnection::Service::Kixie;
    kixie.name = QStringLiteral("Agency");
    kixie.environment = store::SavedConnection::Environment::Production;
    kixie.baseUrl = QUrl(QStringLiteral("https://apig.kixie.com"));
    kixie.accountId = m_business;
    kixie.authKind = store::ConnectionAuthKind::apiKey;
    kixie.secretAccount = store::SavedConnection::newSecretAccount(kixie.service);
    QVERIFY(m_context->connections().save(kixie).ok());
    QVERIFY(m_context->kixieDirectory()
                .saveAdminEntries(m_business, Kind::PowerList,
                                  {{Kind::PowerList, QStringLiteral("77"), QStringLiteral("VIP leads")}})
                .ok());
    KixieDirectory directory(*m_context);
    QSignalSpy changed(&directory, &KixieDirectory::changed);
    directory.setConnection(QStringLiteral("Agency"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(directory.businessId(), m_business);
    QCOMPARE(directory.entries(Kind::PowerList).size(), 1);
    QCOMPARE(directory.knownLists().powerlists, QSet<QString>{QStringLiteral("77")});
    QVERIFY(directory.knownLists().cadences.isEmpty());
    // Lists saved elsewhere (the Connections page) show at once.
    QVERIFY(m_context->kixieDirectory()
                .saveAdminEntries(m_business, Kind::Cadence,
                                  {{Kind::Cadence, QStringLiteral("311"), QStringLiteral("Nurture")}})
                .ok());
    Q_EMIT m_context->kixieDirectoryChanged();
    QCOMPARE(directory.knownLists().cadences, QSet<QString>{QStringLiteral("311")});
    directory.setConnection(QString());
    QVERIFY(directory.entries(Kind::PowerList).isEmpty());
}

FIELDLINK_TEST_MAIN(TestKixieDirectory, QApplication)
#include "TestKixieDirectory.moc"
