#include "core/store/Database.h"
#include "core/store/HeldConflictRepository.h"
#include "core/store/LedgerRepository.h"

#include <QSqlQuery>
#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::store;

/// Conflicts held across runs, in a real SQLite file.
class TestHeldConflictRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aHeldConflictSurvivesReopeningAndKeepsWhenItWasFirstHeld();
    void aReleasedConflictIsGoneAndOtherDirectionsAreUntouched();
    void aFailedReadIsAnErrorNotNothingHeld();

private:
    void open();
    static HeldConflict conflict(const QStringList& candidates);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HeldConflictRepository> m_held;
    const QString m_direction = QStringLiteral("ghl_to_kixie");
};

void TestHeldConflictRepository::open() {
    m_held.reset();
    m_database = std::make_unique<Database>();
    const fieldlink::Result<> opened =
        m_database->open(m_dir.filePath(QStringLiteral("held.sqlite")), QStringLiteral("held"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_held = std::make_unique<HeldConflictRepository>(m_database->connection());
}

void TestHeldConflictRepository::init() {
    QFile::remove(m_dir.filePath(QStringLiteral("held.sqlite")));
    open();
}

void TestHeldConflictRepository::cleanup() {
    m_held.reset();
    m_database.reset();
}

HeldConflict TestHeldConflictRepository::conflict(const QStringList& candidates) {
    HeldConflict held;
    held.scopeKey = QStringLiteral("1969");
    held.targetKey = QStringLiteral("+15550000001");
    held.candidates = candidates;
    return held;
}

void TestHeldConflictRepository::aHeldConflictSurvivesReopeningAndKeepsWhenItWasFirstHeld() {
    HeldConflictChanges first;
    first.hold.insert(QStringLiteral("k"), conflict({QStringLiteral("c1"), QStringLiteral("c2")}));
    QVERIFY(m_held->apply(m_direction, first, 0).ok());
    const QDateTime since =
        m_held->load(m_direction)
            ->value(LedgerEntry::keyOf(QStringLiteral("1969"), QStringLiteral("+15550000001")))
            .heldSince;
    QVERIFY(since.isValid());
    HeldConflictChanges grown;
    grown.hold.insert(QStringLiteral("k"),
                      conflict({QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}));
    QVERIFY(m_held->apply(m_direction, grown, 0).ok());
    open();
    const Result<QHash<QString, HeldConflict>> loaded = m_held->load(m_direction);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 1);
    const HeldConflict held =
        loaded->value(LedgerEntry::keyOf(QStringLiteral("1969"), QStringLiteral("+15550000001")));
    QCOMPARE(held.candidates,
             (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}));
    QCOMPARE(held.heldSince, since);
}

void TestHeldConflictRepository::aReleasedConflictIsGoneAndOtherDirectionsAreUntouched() {
    HeldConflictChanges held;
    held.hold.insert(QStringLiteral("k"), conflict({QStringLiteral("c1"), QStringLiteral("c2")}));
    QVERIFY(m_held->apply(m_direction, held, 0).ok());
    QVERIFY(m_held->apply(QStringLiteral("other"), held, 0).ok());
    HeldConflictChanges released;
    released.release.append(conflict({}));
    QVERIFY(m_held->apply(m_direction, released, 0).ok());
    QVERIFY(m_held->load(m_direction)->isEmpty());
    QCOMPARE(m_held->load(QStringLiteral("other"))->size(), 1);
}

void TestHeldConflictRepository::aFailedReadIsAnErrorNotNothingHeld() {
    QSqlQuery drop(m_database->connection());
    QVERIFY(drop.exec(QStringLiteral("DROP TABLE held_conflicts")));
    const Result<QHash<QString, HeldConflict>> loaded = m_held->load(m_direction);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QLatin1String("no such table")), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(TestHeldConflictRepository)
#include "TestHeldConflictRepository.moc"
