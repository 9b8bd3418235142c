#include "core/mapping/ProfileParser.h"
#include "core/sync/SyncPlanner.h"

#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::sync;
using mapping::MappedRecord;

namespace {

const QString sharedPhone = QStringLiteral("+15550000001");

std::shared_ptr<const mapping::Profile> profile() {
    const auto parsed = mapping::ProfileParser::parse(QByteArrayLiteral(
        R"({"format":"fieldlink.profile/1","name":"t","direction":"ghl_to_kixie","object":"contact",
        "matchKeys":["ledger","phone"],"routing":{"routes":[],"default":{"name":"New","powerlist":"1969"}},
        "rules":[{"target":"target","source":"phone","required":true,"missing":"skip"}]})"));
    return parsed.profile;
}

MappedRecord mapped(const QString& id, const QString& phone = sharedPhone,
                    const QString& list = QStringLiteral("1969")) {
    MappedRecord record;
    record.sourceId = id;
    record.route = QStringLiteral("New");
    record.payload = QJsonObject{{QStringLiteral("powerlistId"), list}, {QStringLiteral("target"), phone}};
    return record;
}

MappedRecord withStatus(const QString& id, MappedRecord::Status status) {
    MappedRecord record;
    record.sourceId = id;
    record.status = status;
    return record;
}

const QString sharedKey = store::LedgerEntry::keyOf(QStringLiteral("1969"), sharedPhone);

QHash<QString, store::HeldConflict> heldBetween(const QStringList& contacts) {
    store::HeldConflict conflict;
    conflict.scopeKey = QStringLiteral("1969");
    conflict.targetKey = sharedPhone;
    conflict.candidates = contacts;
    return {{sharedKey, conflict}};
}

PlanAction actionOf(const SyncPlan& plan, const QString& sourceId) {
    for (const PlanItem& item : plan.items) {
        if (item.sourceId == sourceId)
            return item.action;
    }
    return PlanAction::Fail;
}

QString reasonOf(const SyncPlan& plan, const QString& sourceId) {
    for (const PlanItem& item : plan.items) {
        if (item.sourceId == sourceId)
            return item.reason;
    }
    return {};
}

} // namespace

/// A conflict outlives the run that found it: whatever slice of the location a later run reads, each
/// contact of a held row key is held, until it is decided or the contacts no longer clash.
class TestHeldConflicts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aConflictFoundIsHeldForLaterRuns();
    void aSliceHoldsEachContactOfAHeldRowAlone();
    void aSliceFindsTheOtherContactWithThePhone();
    void aContactWithThePhoneInAnotherListDoesNotHold();
    void afterADecisionASliceWritesOnlyTheOwner();
    void aContactThatNoLongerMapsToTheRowReleasesIt();
    void aRunOverEveryContactForgetsOneThatIsGone();
    void aRecordThatFailedToMapKeepsItsClaim();
    void aNewRowWhoseNeighboursAreUnknownIsNotWritten();
};

void TestHeldConflicts::aConflictFoundIsHeldForLaterRuns() {
    const auto p = profile();
    SyncPlanner planner(*p, {});
    planner.setHeldConflicts({}, true);
    const SyncPlan plan = planner.plan({mapped(QStringLiteral("c1")), mapped(QStringLiteral("c2")),
                                        mapped(QStringLiteral("c3"), QStringLiteral("+15550000003"))});
    QCOMPARE(plan.heldConflicts.hold.size(), 1);
    QCOMPARE(plan.heldConflicts.hold.value(sharedKey).candidates,
             (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    QCOMPARE(plan.heldConflicts.hold.value(sharedKey).scopeKey, QStringLiteral("1969"));
    QCOMPARE(plan.heldConflicts.hold.value(sharedKey).targetKey, sharedPhone);
    QVERIFY(plan.heldConflicts.release.isEmpty());
}

void TestHeldConflicts::aSliceHoldsEachContactOfAHeldRowAlone() {
    const auto p = profile();
    for (const QString& alone : {QStringLiteral("c1"), QStringLiteral("c2")}) {
        SyncPlanner planner(*p, {});
        planner.setHeldConflicts(heldBetween({QStringLiteral("c1"), QStringLiteral("c2")}), false);
        const SyncPlan plan = planner.plan({mapped(alone)});
        QCOMPARE(actionOf(plan, alone), PlanAction::Conflict);
        QVERIFY(reasonOf(plan, alone).contains(QLatin1String("earlier run")));
        QCOMPARE(plan.items.first().conflict.value(QLatin1String("candidates")).toArray().size(), 2);
        QVERIFY(plan.heldConflicts.isEmpty()); // nothing new learnt: the same two contacts
    }
}

void TestHeldConflicts::aSliceFindsTheOtherContactWithThePhone() {
    const auto p = profile();
    SyncPlanner planner(*p, {});
    planner.setHeldConflicts({}, false);
    planner.setNeighbours({mapped(QStringLiteral("c2"))}, {});
    const SyncPlan plan = planner.plan({mapped(QStringLiteral("c1"))});
    QCOMPARE(plan.items.size(), 1); // the neighbour is never planned
    QCOMPARE(actionOf(plan, QStringLiteral("c1")), PlanAction::Conflict);
    // The review shows what the contact outside the run maps to.
    QVERIFY(plan.items.first()
                .conflict.value(QLatin1String("otherPayloads"))
                .toObject()
                .contains(QLatin1String("c2")));
    QCOMPARE(plan.heldConflicts.hold.value(sharedKey).candidates,
             (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
}

void TestHeldConflicts::aContactWithThePhoneInAnotherListDoesNotHold() {
    const auto p = profile();
    SyncPlanner planner(*p, {});
    planner.setHeldConflicts({}, false);
    planner.setNeighbours({mapped(QStringLiteral("c2"), sharedPhone, QStringLiteral("2044"))}, {});
    const SyncPlan plan = planner.plan({mapped(QStringLiteral("c1"))});
    QCOMPARE(actionOf(plan, QStringLiteral("c1")), PlanAction::Create);
    QVERIFY(plan.heldConflicts.isEmpty());
}

void TestHeldConflicts::afterADecisionASliceWritesOnlyTheOwner() {
    const auto p = profile();
    const QHash<QString, QString> owners{{sharedKey, QStringLiteral("c2")}};
    SyncPlanner ownerAlone(*p, {}, owners);
    ownerAlone.setHeldConflicts(heldBetween({QStringLiteral("c1"), QStringLiteral("c2")}), false);
    QCOMPARE(actionOf(ownerAlone.plan({mapped(QStringLiteral("c2"))}), QStringLiteral("c2")),
             PlanAction::Create);
    SyncPlanner otherAlone(*p, {}, owners);
    otherAlone.setHeldConflicts(heldBetween({QStringLiteral("c1"), QStringLiteral("c2")}), false);
    const SyncPlan plan = otherAlone.plan({mapped(QStringLiteral("c1"))});
    QCOMPARE(actionOf(plan, QStringLiteral("c1")), PlanAction::Skip);
    QVERIFY(reasonOf(plan, QStringLiteral("c1")).contains(QLatin1String("c2")));
}

void TestHeldConflicts::aContactThatNoLongerMapsToTheRowReleasesIt() {
    const auto p = profile();
    SyncPlanner planner(*p, {});
    planner.setHeldConflicts(heldBetween({QStringLiteral("c1"), QStringLiteral("c2")}), false);
    // c2's phone changed: of the two, only c1 (outside this slice) still claims the row.
    const SyncPlan plan = planner.plan({mapped(QStringLiteral("c2"), QStringLiteral("+15550000002"))});
    QCOMPARE(actionOf(plan, QStringLiteral("c2")), PlanAction::Create);
    QCOMPARE(plan.heldConflicts.release.size(), 1);
    QCOMPARE(plan.heldConflicts.release.first().targetKey, sharedPhone);
    QVERIFY(plan.heldConflicts.hold.isEmpty());
}

void TestHeldConflicts::aRunOverEveryContactForgetsOneThatIsGone() {
    const auto p = profile();
    SyncPlanner slice(*p, {});
    slice.setHeldConflicts(heldBetween({QStringLiteral("c1"), QStringLiteral("c2")}), false);
    QCOMPARE(actionOf(slice.plan({mapped(QStringLiteral("c1"))}), QStringLiteral("c1")),
             PlanAction::Conflict);
    SyncPlanner everyone(*p, {});
    everyone.setHeldConflicts(heldBetween({QStringLiteral("c1"), QStringLiteral("c2")}), true);
    const SyncPlan plan = everyone.plan({mapped(QStringLiteral("c1"))}); // c2 was deleted in GHL
    QCOMPARE(actionOf(plan, QStringLiteral("c1")), PlanAction::Create);
    QCOMPARE(plan.heldConflicts.release.size(), 1);
}

void TestHeldConflicts::aRecordThatFailedToMapKeepsItsClaim() {
    const auto p = profile();
    SyncPlanner planner(*p, {});
    planner.setHeldConflicts(heldBetween({QStringLiteral("c1"), QStringLiteral("c2")}), true);
    const SyncPlan plan = planner.plan(
        {mapped(QStringLiteral("c1")), withStatus(QStringLiteral("c2"), MappedRecord::Status::Failed)});
    QCOMPARE(actionOf(plan, QStringLiteral("c1")), PlanAction::Conflict);
    QVERIFY(plan.heldConflicts.release.isEmpty());
    // A contact now skipped (no valid phone) claims nothing: the row is free.
    SyncPlanner skipped(*p, {});
    skipped.setHeldConflicts(heldBetween({QStringLiteral("c1"), QStringLiteral("c2")}), true);
    const SyncPlan freed = skipped.plan(
        {mapped(QStringLiteral("c1")), withStatus(QStringLiteral("c2"), MappedRecord::Status::Skipped)});
    QCOMPARE(actionOf(freed, QStringLiteral("c1")), PlanAction::Create);
}

void TestHeldConflicts::aNewRowWhoseNeighboursAreUnknownIsNotWritten() {
    const auto p = profile();
    SyncPlanner planner(*p, {});
    planner.setHeldConflicts({}, false);
    planner.setNeighbours({}, {{QStringLiteral("c1"), QStringLiteral("not found by its phone")}});
    const SyncPlan plan = planner.plan(
        {mapped(QStringLiteral("c1")), mapped(QStringLiteral("c3"), QStringLiteral("+15550000003"))});
    QCOMPARE(actionOf(plan, QStringLiteral("c1")), PlanAction::Skip);
    QCOMPARE(reasonOf(plan, QStringLiteral("c1")), QStringLiteral("not found by its phone"));
    QCOMPARE(actionOf(plan, QStringLiteral("c3")), PlanAction::Create);
}

QTEST_GUILESS_MAIN(TestHeldConflicts)
#include "TestHeldConflicts.moc"
