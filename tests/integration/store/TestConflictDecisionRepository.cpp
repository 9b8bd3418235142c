#include "core/store/ConflictDecisionRepository.h"
#include "core/store/Database.h"
#include "core/store/LedgerRepository.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::store;

/// The admin's conflict decisions in a real SQLite file: who gets a row, changing and forgetting that, and
/// settling an enrolment whose outcome was unknown.
class TestConflictDecisionRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aRowIsGivenToOneContactAndCanBeGivenAgain();
    void decisionsAreKeptPerDirectionAndSurviveReopening();
    void forgettingHoldsTheRowForReviewAgain();
    void anUnknownEnrolmentIsSettledEitherWay();

private:
    void open();
    LedgerEntry enrolment(LedgerEntry::WriteState state) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConflictDecisionRepository> m_decisions;
    const QString m_direction = QStringLiteral("ghl_to_kixie");
};

void TestConflictDecisionRepository::open() {
    m_decisions.reset();
    m_database = std::make_unique<Database>();
    const fieldlink::Result<> opened =
        m_database->open(m_dir.filePath(QStringLiteral("decisions.sqlite")), QStringLiteral("decisions"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_decisions = std::make_unique<ConflictDecisionRepository>(m_database->connection());
}

void TestConflictDecisionRepository::init() {
    QFile::remove(m_dir.filePath(QStringLiteral("decisions.sqlite")));
    open();
}

void TestConflictDecisionRepository::cleanup() {
    m_decisions.reset();
    m_database.reset();
}

LedgerEntry TestConflictDecisionRepository::enrolment(LedgerEntry::WriteState state) const {
    LedgerEntry entry;
    entry.direction = m_direction;
    entry.scopeKey = QStringLiteral("cadence:311");
    entry.targetKey = QStringLiteral("+15550000001");
    entry.sourceId = QStringLiteral("c1");
    entry.state = state;
    return entry;
}

void TestConflictDecisionRepository::aRowIsGivenToOneContactAndCanBeGivenAgain() {
    QVERIFY(m_decisions->owners(m_direction).value().isEmpty());
    QVERIFY(m_decisions->giveTo(m_direction, QStringLiteral("1969"), QStringLiteral("+15550000001"),
                                QStringLiteral("c2")));
    LedgerEntry key;
    key.scopeKey = QStringLiteral("1969");
    key.targetKey = QStringLiteral("+15550000001");
    QCOMPARE(m_decisions->owners(m_direction).value().value(key.key()), QStringLiteral("c2"));
    // A second decision on the same row replaces the first.
    QVERIFY(m_decisions->giveTo(m_direction, QStringLiteral("1969"), QStringLiteral("+15550000001"),
                                QStringLiteral("c1")));
    QCOMPARE(m_decisions->owners(m_direction).value().size(), 1);
    QCOMPARE(m_decisions->owners(m_direction).value().value(key.key()), QStringLiteral("c1"));
}

void TestConflictDecisionRepository::decisionsAreKeptPerDirectionAndSurviveReopening() {
    QVERIFY(m_decisions->giveTo(m_direction, QStringLiteral("1969"), QStringLiteral("+15550000001"),
                                QStringLiteral("c2")));
    QVERIFY(m_decisions->owners(QStringLiteral("kixie_to_ghl")).value().isEmpty());
    open();
    QCOMPARE(m_decisions->owners(m_direction).value().size(), 1);
}

void TestConflictDecisionRepository::forgettingHoldsTheRowForReviewAgain() {
    QVERIFY(m_decisions->giveTo(m_direction, QStringLiteral("1969"), QStringLiteral("+15550000001"),
                                QStringLiteral("c2")));
    QVERIFY(m_decisions->giveTo(m_direction, QStringLiteral("2044"), QStringLiteral("+15550000001"),
                                QStringLiteral("c3")));
    QVERIFY(m_decisions->forget(m_direction, QStringLiteral("1969"), QStringLiteral("+15550000001")));
    const QHash<QString, QString> owners = m_decisions->owners(m_direction).value();
    QCOMPARE(owners.size(), 1);
    QCOMPARE(owners.begin().value(), QStringLiteral("c3"));
}

void TestConflictDecisionRepository::anUnknownEnrolmentIsSettledEitherWay() {
    LedgerRepository ledger(m_database->connection());
    QVERIFY(ledger.markInFlight(enrolment(LedgerEntry::WriteState::InFlight)));
    // Found in Kixie: done, and never sent again.
    QVERIFY(m_decisions
                ->settleEnrolment(m_direction, QStringLiteral("cadence:311"), QStringLiteral("+15550000001"),
                                  true)
                .value());
    auto found =
        ledger.find(m_direction, QStringLiteral("cadence:311"), QStringLiteral("+15550000001")).value();
    QVERIFY(found);
    QCOMPARE(found->state, LedgerEntry::WriteState::Done);
    // Settled already: a second answer changes nothing and says so.
    QVERIFY(!m_decisions
                 ->settleEnrolment(m_direction, QStringLiteral("cadence:311"), QStringLiteral("+15550000001"),
                                   false)
                 .value());
    QVERIFY(ledger.find(m_direction, QStringLiteral("cadence:311"), QStringLiteral("+15550000001")).value());
    // Not found in Kixie: the ledger forgets it, so the next run enrols the phone.
    QVERIFY(ledger.markInFlight(enrolment(LedgerEntry::WriteState::InFlight)));
    QVERIFY(m_decisions
                ->settleEnrolment(m_direction, QStringLiteral("cadence:311"), QStringLiteral("+15550000001"),
                                  false)
                .value());
    QVERIFY(!ledger.find(m_direction, QStringLiteral("cadence:311"), QStringLiteral("+15550000001")).value());
}

FIELDLINK_TEST_MAIN(TestConflictDecisionRepository, QCoreApplication)
#include "TestConflictDecisionRepository.moc"
