#include "core/sync/RecordSubject.h"
#include "core/sync/SyncPlan.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QLocale>

using namespace fieldlink;
using namespace fieldlink::sync;

/// Who a run record is about, as the admin knows them: a contact by name and phone, a call by its contact,
/// number, time and agent; kept as JSON with the record, and the id when there is nothing to name it by.
class TestRecordSubject : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void aContactIsNamedByNameAndPhone();
    void aContactWithoutANameIsNamedByItsEmail();
    void aCallIsNamedByContactNumberTimeAndAgent();
    void theJsonRoundTrips();
    void withNothingToNameItARecordIsItsId();
    void aPlanNamesItsItemsAndTheContactsOfAConflict();
};

void TestRecordSubject::aContactIsNamedByNameAndPhone() {
    const RecordSubject subject =
        RecordSubject::ofContact(QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                             {QStringLiteral("firstName"), QStringLiteral("Ana")},
                                             {QStringLiteral("lastName"), QStringLiteral("Lima")},
                                             {QStringLiteral("phone"), QStringLiteral("+14155552671")}});
    QCOMPARE(subject.kind, RecordSubject::Kind::Contact);
    QCOMPARE(subject.name, QStringLiteral("Ana Lima"));
    QCOMPARE(subject.phone, QStringLiteral("+14155552671")); // kept as sent; formatted when shown
    QCOMPARE(subject.displayName(QStringLiteral("c1")), QStringLiteral("Ana Lima · +1 415-555-2671"));
}

void TestRecordSubject::aContactWithoutANameIsNamedByItsEmail() {
    const RecordSubject subject =
        RecordSubject::ofContact(QJsonObject{{QStringLiteral("email"), QStringLiteral("ana@example.com")}});
    QCOMPARE(subject.displayName(QStringLiteral("c1")), QStringLiteral("ana@example.com"));
    // Text that is no phone number is shown as it is rather than lost.
    QCOMPARE(RecordSubject::displayPhone(QStringLiteral("call after 5")), QStringLiteral("call after 5"));
}

void TestRecordSubject::aCallIsNamedByContactNumberTimeAndAgent() {
    const QJsonObject event{
        {QStringLiteral("event"), QStringLiteral("disposition")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("callDetails"),
                      QJsonObject{{QStringLiteral("calldate"), QStringLiteral("2026-12-03T09:15:00Z")},
                                  {QStringLiteral("fname"), QStringLiteral("Sam")},
                                  {QStringLiteral("lname"), QStringLiteral("Agent")},
                                  {QStringLiteral("tonumber164"), QStringLiteral("+14155552671")},
                                  {QStringLiteral("calltype"), QStringLiteral("outgoing")}}},
                     {QStringLiteral("powerlistContactDetails"),
                      QJsonObject{{QStringLiteral("result"),
                                   QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Ana")},
                                               {QStringLiteral("lastName"), QStringLiteral("Lima")}}}}}}}};
    const RecordSubject subject = RecordSubject::ofCall(event);
    QCOMPARE(subject.kind, RecordSubject::Kind::Call);
    QCOMPARE(subject.name, QStringLiteral("Ana Lima"));
    QCOMPARE(subject.agent, QStringLiteral("Sam Agent"));
    QCOMPARE(subject.time, QDateTime(QDate(2026, 12, 3), QTime(9, 15), Qt::UTC));
    const QString shown = subject.displayName(QStringLiteral("call-1"));
    QVERIFY2(shown.startsWith(QStringLiteral("Ana Lima · ")) &&
                 shown.endsWith(QStringLiteral(" · Sam Agent")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QLocale().toString(subject.time.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(shown));
}

void TestRecordSubject::theJsonRoundTrips() {
    RecordSubject call;
    call.kind = RecordSubject::Kind::Call;
    call.name = QStringLiteral("Ana Lima");
    call.phone = QStringLiteral("+14155552671");
    call.time = QDateTime(QDate(2026, 12, 3), QTime(9, 15), Qt::UTC);
    call.agent = QStringLiteral("Sam Agent");
    const RecordSubject read = RecordSubject::fromJson(call.toJson());
    QCOMPARE(read.kind, call.kind);
    QCOMPARE(read.name, call.name);
    QCOMPARE(read.phone, call.phone);
    QCOMPARE(read.time, call.time);
    QCOMPARE(read.agent, call.agent);
    QVERIFY(RecordSubject().toJson().isEmpty()); // what an old record holds: '{}'
}

void TestRecordSubject::withNothingToNameItARecordIsItsId() {
    QCOMPARE(RecordSubject::fromJson({}).displayName(QStringLiteral("contact-7")),
             QStringLiteral("contact-7"));
    QVERIFY(
        RecordSubject::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("nonsense")}}).isEmpty());
    const RecordSubject nameless = RecordSubject::ofContact({});
    QCOMPARE(nameless.displayName(QStringLiteral("contact-7")), QStringLiteral("contact-7"));
}

void TestRecordSubject::aPlanNamesItsItemsAndTheContactsOfAConflict() {
    SyncPlan plan;
    PlanItem created;
    created.action = PlanAction::Create;
    created.sourceId = QStringLiteral("a");
    PlanItem conflict;
    conflict.action = PlanAction::Conflict;
    conflict.sourceId = QStringLiteral("b");
    conflict.conflict =
        QJsonObject{{QStringLiteral("candidates"), QJsonArray{QStringLiteral("b"), QStringLiteral("a")}}};
    plan.items = {created, conflict};
    const QJsonObject ana =
        RecordSubject::ofContact(QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Ana")}}).toJson();
    const QJsonObject bo =
        RecordSubject::ofContact(QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Bo")}}).toJson();
    plan.nameSubjects({{QStringLiteral("a"), ana}, {QStringLiteral("b"), bo}});
    QCOMPARE(plan.items.at(0).subject, ana);
    QCOMPARE(plan.items.at(0).toRecord(1, 1).subject, ana); // stored with the record
    QCOMPARE(plan.items.at(1).conflict.value(QLatin1String("subjects")).toObject(),
             (QJsonObject{{QStringLiteral("a"), ana}, {QStringLiteral("b"), bo}}));
}

FIELDLINK_TEST_MAIN(TestRecordSubject, QCoreApplication)
#include "TestRecordSubject.moc"
