#include "core/mapping/ProfileParser.h"
#include "core/sync/SyncPlanner.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::sync;
using mapping::MappedRecord;

namespace {

std::shared_ptr<const mapping::Profile> profile(const char* onStopMatching = "remove") {
    const QByteArray text =
        QByteArrayLiteral(R"({"format":"fieldlink.profile/1","name":"t","direction":"ghl_to_kixie",
        "object":"contact","matchKeys":["ledger","phone"],
        "routing":{"routes":[{"name":"Hot","when":{"field":"tags","op":"contains","value":"hot"},"powerlist":"2044","cadence":"311"}],
                   "default":{"name":"New","powerlist":"1969"},"onStopMatching":")") +
        onStopMatching + QByteArrayLiteral(R"("},
        "rules":[{"target":"target","source":"phone","required":true,"missing":"skip"},
                 {"target":"firstName","source":"firstName"}]})");
    const auto parsed = mapping::ProfileParser::parse(text);
    return parsed.profile;
}

MappedRecord mapped(const QString& id, const QString& list, const QString& phone, const QString& name,
                    const QString& route = QStringLiteral("New")) {
    MappedRecord record;
    record.sourceId = id;
    record.route = route;
    record.payload = QJsonObject{
        {QStringLiteral("powerlistId"), list},
        {QStringLiteral("target"), phone},
        {QStringLiteral("firstName"), name},
        {QStringLiteral("extraData"), QJsonObject{{QStringLiteral("Tags"), QStringLiteral("a")}}}};
    return record;
}

store::LedgerEntry written(const MappedRecord& record,
                           store::LedgerEntry::WriteState state = store::LedgerEntry::WriteState::Done) {
    store::LedgerEntry entry;
    entry.direction = QStringLiteral("ghl_to_kixie");
    entry.scopeKey = record.payload.value(QLatin1String("powerlistId")).toString();
    entry.targetKey = record.payload.value(QLatin1String("target")).toString();
    entry.payload = record.payload;
    entry.payloadHash = store::LedgerEntry::hashOf(record.payload);
    entry.sourceId = record.sourceId;
    entry.state = state;
    return entry;
}

QHash<QString, store::LedgerEntry> ledgerOf(const QList<store::LedgerEntry>& entries) {
    QHash<QString, store::LedgerEntry> ledger;
    for (const store::LedgerEntry& entry : entries)
        ledger.insert(entry.key(), entry);
    return ledger;
}

const PlanItem* find(const SyncPlan& plan, PlanAction action, const QString& sourceId) {
    for (const PlanItem& item : plan.items) {
        if (item.action == action && item.sourceId == sourceId)
            return &item;
    }
    return nullptr;
}

} // namespace

/// The plan's decisions, record by record, against a hand-made ledger.
class TestSyncPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newContactsAreCreatedWithEveryField();
    void anIdenticalPayloadIsUnchanged();
    void aChangedPayloadIsAnUpdateWithItsFieldDiff();
    void aWriteWhoseEndWasNeverSeenIsSentAgain();
    void twoContactsWithOnePhoneInOneListAreBothHeld();
    void aPhoneAnotherContactOwnsIsHeld();
    void aDecisionGivesASharedRowToOneContact();
    void aDecisionSettlesARowAnotherContactOwns();
    void anUnknownEnrolmentIsHeldWithItsCadenceKey();
    void aContactThatMovesListIsRemovedFromTheOldOne();
    void keepPolicyLeavesTheOldRow();
    void aContactWithoutAPhoneLosesItsRow();
    void aCadenceIsEnrolledOnceOnly();
    void failuresAndSkipsCarryTheirReason();
};

void TestSyncPlanner::newContactsAreCreatedWithEveryField() {
    const auto p = profile();
    const SyncPlan plan =
        SyncPlanner(*p, {}).plan({mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                         QStringLiteral("+15550000001"), QStringLiteral("Ann"))});
    QCOMPARE(plan.items.size(), 1);
    const PlanItem& item = plan.items.at(0);
    QCOMPARE(item.action, PlanAction::Create);
    QCOMPARE(item.scopeKey, QStringLiteral("1969"));
    QCOMPARE(item.targetKey, QStringLiteral("+15550000001"));
    QStringList fields;
    for (const FieldChange& change : item.changes)
        fields << change.field;
    QCOMPARE(fields, (QStringList{QStringLiteral("extraData.Tags"), QStringLiteral("firstName"),
                                  QStringLiteral("powerlistId"), QStringLiteral("target")}));
    QCOMPARE(plan.kixieCalls(), 1);
}

void TestSyncPlanner::anIdenticalPayloadIsUnchanged() {
    const auto p = profile();
    const MappedRecord record = mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                       QStringLiteral("+15550000001"), QStringLiteral("Ann"));
    const SyncPlan plan = SyncPlanner(*p, ledgerOf({written(record)})).plan({record});
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.at(0).action, PlanAction::Unchanged);
    QCOMPARE(plan.kixieCalls(), 0);
}

void TestSyncPlanner::aChangedPayloadIsAnUpdateWithItsFieldDiff() {
    const auto p = profile();
    const MappedRecord before = mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                       QStringLiteral("+15550000001"), QStringLiteral("Ann"));
    MappedRecord after = before;
    after.payload.insert(QStringLiteral("extraData"),
                         QJsonObject{{QStringLiteral("Tags"), QStringLiteral("b")}});
    const SyncPlan plan = SyncPlanner(*p, ledgerOf({written(before)})).plan({after});
    QCOMPARE(plan.items.at(0).action, PlanAction::Update);
    QCOMPARE(plan.items.at(0).changes.size(), 1);
    QCOMPARE(plan.items.at(0).changes.at(0).field, QStringLiteral("extraData.Tags"));
    QCOMPARE(plan.items.at(0).changes.at(0).before.toString(), QStringLiteral("a"));
    QCOMPARE(plan.items.at(0).changes.at(0).after.toString(), QStringLiteral("b"));
}

void TestSyncPlanner::aWriteWhoseEndWasNeverSeenIsSentAgain() {
    const auto p = profile();
    const MappedRecord record = mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                       QStringLiteral("+15550000001"), QStringLiteral("Ann"));
    const SyncPlan plan =
        SyncPlanner(*p, ledgerOf({written(record, store::LedgerEntry::WriteState::InFlight)})).plan({record});
    QCOMPARE(plan.items.at(0).action, PlanAction::Update); // an upsert: safe to repeat
}

void TestSyncPlanner::twoContactsWithOnePhoneInOneListAreBothHeld() {
    const auto p = profile();
    const SyncPlan plan = SyncPlanner(*p, {}).plan(
        {mapped(QStringLiteral("c1"), QStringLiteral("1969"), QStringLiteral("+15550000001"),
                QStringLiteral("Ann")),
         mapped(QStringLiteral("c2"), QStringLiteral("1969"), QStringLiteral("+15550000001"),
                QStringLiteral("Bob")),
         mapped(QStringLiteral("c3"), QStringLiteral("2044"), QStringLiteral("+15550000001"),
                QStringLiteral("Cy"), QStringLiteral("Hot"))});
    QCOMPARE(plan.count(PlanAction::Conflict), 2);
    QVERIFY(find(plan, PlanAction::Conflict, QStringLiteral("c1"))->reason.contains(QLatin1String("c2")));
    QVERIFY(find(plan, PlanAction::Create, QStringLiteral("c3"))); // another list: no conflict
}

void TestSyncPlanner::aPhoneAnotherContactOwnsIsHeld() {
    const auto p = profile();
    const MappedRecord owner = mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                      QStringLiteral("+15550000001"), QStringLiteral("Ann"));
    const SyncPlan plan = SyncPlanner(*p, ledgerOf({written(owner)}))
                              .plan({mapped(QStringLiteral("c9"), QStringLiteral("1969"),
                                            QStringLiteral("+15550000001"), QStringLiteral("Zed"))});
    QCOMPARE(plan.items.at(0).action, PlanAction::Conflict);
    QVERIFY(plan.items.at(0).reason.contains(QLatin1String("c1")));
    // What the conflict review shows and decides on.
    const QJsonObject conflict = plan.items.at(0).toRecord(1, 1).conflict;
    QCOMPARE(conflict.value(QLatin1String("kind")).toString(), QStringLiteral("taken"));
    QCOMPARE(conflict.value(QLatin1String("scopeKey")).toString(), QStringLiteral("1969"));
    QCOMPARE(conflict.value(QLatin1String("targetKey")).toString(), QStringLiteral("+15550000001"));
    QCOMPARE(conflict.value(QLatin1String("owner")).toString(), QStringLiteral("c1"));
    QCOMPARE(conflict.value(QLatin1String("candidates")).toArray().size(), 2);
    QCOMPARE(conflict.value(QLatin1String("payload")).toObject().value(QLatin1String("firstName")).toString(),
             QStringLiteral("Zed"));
    QCOMPARE(
        conflict.value(QLatin1String("ownerPayload")).toObject().value(QLatin1String("firstName")).toString(),
        QStringLiteral("Ann"));
    // When the owner is in the same plan (it moved to another number), the phone is free.
    const SyncPlan both = SyncPlanner(*p, ledgerOf({written(owner)}))
                              .plan({mapped(QStringLiteral("c9"), QStringLiteral("1969"),
                                            QStringLiteral("+15550000001"), QStringLiteral("Zed")),
                                     mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                            QStringLiteral("+15550000002"), QStringLiteral("Ann"))});
    QVERIFY(find(both, PlanAction::Update, QStringLiteral("c9")));
}

void TestSyncPlanner::aDecisionGivesASharedRowToOneContact() {
    const auto p = profile();
    const QList<MappedRecord> records{mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                             QStringLiteral("+15550000001"), QStringLiteral("Ann")),
                                      mapped(QStringLiteral("c2"), QStringLiteral("1969"),
                                             QStringLiteral("+15550000001"), QStringLiteral("Bob"))};
    const QString key = QStringLiteral("1969\x1f+15550000001");
    const SyncPlan plan = SyncPlanner(*p, {}, {{key, QStringLiteral("c2")}}).plan(records);
    QCOMPARE(plan.count(PlanAction::Conflict), 0);
    QVERIFY(find(plan, PlanAction::Create, QStringLiteral("c2")));
    const PlanItem* skipped = find(plan, PlanAction::Skip, QStringLiteral("c1"));
    QVERIFY(skipped);
    QVERIFY2(skipped->reason.contains(QLatin1String("c2")), qPrintable(skipped->reason));
    // A decision for a contact no longer in question counts for nothing: both are held again.
    const SyncPlan stale = SyncPlanner(*p, {}, {{key, QStringLiteral("c7")}}).plan(records);
    QCOMPARE(stale.count(PlanAction::Conflict), 2);
}

void TestSyncPlanner::aDecisionSettlesARowAnotherContactOwns() {
    const auto p = profile("remove");
    const MappedRecord owner = mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                      QStringLiteral("+15550000001"), QStringLiteral("Ann"));
    const MappedRecord newcomer = mapped(QStringLiteral("c9"), QStringLiteral("1969"),
                                         QStringLiteral("+15550000001"), QStringLiteral("Zed"));
    const QString key = written(owner).key();
    // Given to the newcomer: the row is updated to it.
    const SyncPlan taken =
        SyncPlanner(*p, ledgerOf({written(owner)}), {{key, QStringLiteral("c9")}}).plan({newcomer});
    const PlanItem* update = find(taken, PlanAction::Update, QStringLiteral("c9"));
    QVERIFY(update);
    QCOMPARE(update->targetKey, QStringLiteral("+15550000001"));
    // Kept with the earlier contact: the newcomer is skipped, and the row is not removed for it.
    const SyncPlan kept =
        SyncPlanner(*p, ledgerOf({written(owner)}), {{key, QStringLiteral("c1")}}).plan({newcomer});
    QVERIFY(find(kept, PlanAction::Skip, QStringLiteral("c9")));
    QCOMPARE(kept.count(PlanAction::Remove), 0);
    QCOMPARE(kept.items.size(), 1);
}

void TestSyncPlanner::anUnknownEnrolmentIsHeldWithItsCadenceKey() {
    const auto p = profile();
    // An enrolment of unknown outcome names its cadence key.
    const MappedRecord hot =
        mapped(QStringLiteral("c1"), QStringLiteral("2044"), QStringLiteral("+15550000001"),
               QStringLiteral("Ann"), QStringLiteral("Hot"));
    store::LedgerEntry enrolment;
    enrolment.scopeKey = QStringLiteral("cadence:311");
    enrolment.targetKey = QStringLiteral("+15550000001");
    enrolment.sourceId = QStringLiteral("c1");
    enrolment.state = store::LedgerEntry::WriteState::InFlight;
    const SyncPlan unknown = SyncPlanner(*p, ledgerOf({written(hot), enrolment})).plan({hot});
    const PlanItem* held = find(unknown, PlanAction::Conflict, QStringLiteral("c1"));
    QVERIFY(held);
    QCOMPARE(held->conflict.value(QLatin1String("kind")).toString(), QStringLiteral("enrolment"));
    QCOMPARE(held->conflict.value(QLatin1String("scopeKey")).toString(), QStringLiteral("cadence:311"));
    // Other actions carry none.
    QVERIFY(find(unknown, PlanAction::Unchanged, QStringLiteral("c1"))->conflict.isEmpty());
}

void TestSyncPlanner::aContactThatMovesListIsRemovedFromTheOldOne() {
    const auto p = profile();
    const MappedRecord before = mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                       QStringLiteral("+15550000001"), QStringLiteral("Ann"));
    const SyncPlan plan = SyncPlanner(*p, ledgerOf({written(before)}))
                              .plan({mapped(QStringLiteral("c1"), QStringLiteral("2150"),
                                            QStringLiteral("+15550000001"), QStringLiteral("Ann"))});
    const PlanItem* removal = find(plan, PlanAction::Remove, QStringLiteral("c1"));
    QVERIFY(removal);
    QCOMPARE(removal->scopeKey, QStringLiteral("1969"));
    QVERIFY(find(plan, PlanAction::Create, QStringLiteral("c1")));
}

void TestSyncPlanner::keepPolicyLeavesTheOldRow() {
    const auto p = profile("keep");
    const MappedRecord before = mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                       QStringLiteral("+15550000001"), QStringLiteral("Ann"));
    const SyncPlan plan = SyncPlanner(*p, ledgerOf({written(before)}))
                              .plan({mapped(QStringLiteral("c1"), QStringLiteral("2150"),
                                            QStringLiteral("+15550000001"), QStringLiteral("Ann"))});
    QCOMPARE(plan.count(PlanAction::Remove), 0);
}

void TestSyncPlanner::aContactWithoutAPhoneLosesItsRow() {
    const auto p = profile();
    const MappedRecord before = mapped(QStringLiteral("c1"), QStringLiteral("1969"),
                                       QStringLiteral("+15550000001"), QStringLiteral("Ann"));
    MappedRecord now;
    now.sourceId = QStringLiteral("c1");
    now.status = MappedRecord::Status::Skipped;
    now.diagnostics.append({mapping::Severity::Warning, QStringLiteral("FL-MAP-030"), QStringLiteral("phone"),
                            QStringLiteral("target"), QStringLiteral("no valid phone")});
    const SyncPlan plan = SyncPlanner(*p, ledgerOf({written(before)})).plan({now});
    QVERIFY(find(plan, PlanAction::Skip, QStringLiteral("c1")));
    QVERIFY(find(plan, PlanAction::Remove, QStringLiteral("c1")));
}

void TestSyncPlanner::aCadenceIsEnrolledOnceOnly() {
    const auto p = profile();
    const MappedRecord hot =
        mapped(QStringLiteral("c1"), QStringLiteral("2044"), QStringLiteral("+15550000001"),
               QStringLiteral("Ann"), QStringLiteral("Hot"));
    const SyncPlan first = SyncPlanner(*p, {}).plan({hot});
    const PlanItem* enrol = find(first, PlanAction::Enrol, QStringLiteral("c1"));
    QVERIFY(enrol);
    QCOMPARE(enrol->scopeKey, QStringLiteral("cadence:311"));
    store::LedgerEntry enrolled;
    enrolled.direction = QStringLiteral("ghl_to_kixie");
    enrolled.scopeKey = QStringLiteral("cadence:311");
    enrolled.targetKey = QStringLiteral("+15550000001");
    enrolled.sourceId = QStringLiteral("c1");
    enrolled.state = store::LedgerEntry::WriteState::Unknown; // even an unknown outcome is never sent twice
    const SyncPlan second = SyncPlanner(*p, ledgerOf({written(hot), enrolled})).plan({hot});
    QCOMPARE(second.count(PlanAction::Enrol), 0);
    QCOMPARE(second.count(PlanAction::Remove), 0); // the cadence entry is not a PowerList row
}

void TestSyncPlanner::failuresAndSkipsCarryTheirReason() {
    const auto p = profile();
    MappedRecord failed;
    failed.sourceId = QStringLiteral("c7");
    failed.status = MappedRecord::Status::Failed;
    failed.diagnostics.append({mapping::Severity::Error, QStringLiteral("FL-MAP-031"), QStringLiteral("type"),
                               QStringLiteral("title"), QStringLiteral("value not in the map")});
    const SyncPlan plan = SyncPlanner(*p, {}).plan({failed});
    QCOMPARE(plan.items.at(0).action, PlanAction::Fail);
    QCOMPARE(plan.items.at(0).reason, QStringLiteral("value not in the map"));
}

FIELDLINK_TEST_MAIN(TestSyncPlanner, QCoreApplication)
#include "TestSyncPlanner.moc"
