// The watch's timing decisions: when the daily full reconcile runs (across midnight and clock changes) and
// how an outage backs off and is said once, on a manual clock.
#include "core/sync/WatchTiming.h"
#include "support/ManualClock.h"

#include <QtTest>

using fieldlink::sync::nextFullReconcile;
using fieldlink::sync::ServiceOutage;

class TestWatchTiming : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullReconcileIsLaterTodayWhenTheTimeIsAhead();
    void fullReconcileIsTomorrowOnceTheTimeHasPassed();
    void fullReconcileAtTheExactMinuteIsTheNextDay();
    void fullReconcileCrossesMidnight();
    void skippedHourRunsRightAfterTheJump();
    void repeatedHourRunsTheFirstTime();
    void backoffDoublesFromFiveSecondsToFiveMinutes();
    void outageIsSaidOnceAndItsEndWithItsLength();

private:
    const QTimeZone m_berlin{"Europe/Berlin"};
};

void TestWatchTiming::fullReconcileIsLaterTodayWhenTheTimeIsAhead() {
    const QDateTime now(QDate(2026, 6, 10), QTime(1, 15), m_berlin);
    QCOMPARE(nextFullReconcile(now, QTime(3, 30), m_berlin),
             QDateTime(QDate(2026, 6, 10), QTime(3, 30), m_berlin));
}

void TestWatchTiming::fullReconcileIsTomorrowOnceTheTimeHasPassed() {
    const QDateTime now(QDate(2026, 6, 10), QTime(4, 0), m_berlin);
    QCOMPARE(nextFullReconcile(now, QTime(3, 30), m_berlin),
             QDateTime(QDate(2026, 6, 11), QTime(3, 30), m_berlin));
}

void TestWatchTiming::fullReconcileAtTheExactMinuteIsTheNextDay() {
    // The run that starts at 03:30 asks for the next one: not the same minute again.
    const QDateTime now(QDate(2026, 6, 10), QTime(3, 30), m_berlin);
    QCOMPARE(nextFullReconcile(now, QTime(3, 30), m_berlin),
             QDateTime(QDate(2026, 6, 11), QTime(3, 30), m_berlin));
}

void TestWatchTiming::fullReconcileCrossesMidnight() {
    const QDateTime now(QDate(2026, 12, 31), QTime(23, 59, 30), m_berlin);
    QCOMPARE(nextFullReconcile(now, QTime(0, 5), m_berlin),
             QDateTime(QDate(2027, 1, 1), QTime(0, 5), m_berlin));
    // Asked in UTC, answered on the zone's wall clock: 23:30 UTC on 31 December is 00:30 in Berlin.
    const QDateTime utc(QDate(2026, 12, 31), QTime(23, 30), QTimeZone::utc());
    QCOMPARE(nextFullReconcile(utc, QTime(0, 45), m_berlin),
             QDateTime(QDate(2027, 1, 1), QTime(0, 45), m_berlin));
}

void TestWatchTiming::skippedHourRunsRightAfterTheJump() {
    // 29 March 2026: Berlin's clocks go from 02:00 to 03:00; 02:30 does not happen that night.
    const QDateTime now(QDate(2026, 3, 29), QTime(1, 0), m_berlin);
    const QDateTime next = nextFullReconcile(now, QTime(2, 30), m_berlin);
    QVERIFY(next.isValid());
    QCOMPARE(next.date(), QDate(2026, 3, 29));
    QCOMPARE(next.time(), QTime(3, 0)); // the first minute after the jump
    QVERIFY(now.secsTo(next) <= 2 * 3600);
    // The night after, 02:30 exists again.
    QCOMPARE(nextFullReconcile(next, QTime(2, 30), m_berlin),
             QDateTime(QDate(2026, 3, 30), QTime(2, 30), m_berlin));
}

void TestWatchTiming::repeatedHourRunsTheFirstTime() {
    // 25 October 2026: 02:00–03:00 happens twice in Berlin. One reconcile that night, at the first 02:30.
    const QDateTime now(QDate(2026, 10, 25), QTime(1, 0), m_berlin);
    const QDateTime next = nextFullReconcile(now, QTime(2, 30), m_berlin);
    QCOMPARE(next.date(), QDate(2026, 10, 25));
    QCOMPARE(next.time(), QTime(2, 30));
    QCOMPARE(now.secsTo(next), 90 * 60);
    // After it ran, the next one is the following night, not the repeated 02:30 an hour later.
    const QDateTime after = nextFullReconcile(next, QTime(2, 30), m_berlin);
    QCOMPARE(after.date(), QDate(2026, 10, 26));
}

void TestWatchTiming::backoffDoublesFromFiveSecondsToFiveMinutes() {
    fieldlink::test::ManualClock clock;
    ServiceOutage outage(&clock);
    QCOMPARE(outage.retryDelayMs(), 0);
    QList<qint64> delays;
    for (int i = 0; i < 10; ++i) {
        outage.failed();
        delays << outage.retryDelayMs();
    }
    QCOMPARE(delays,
             (QList<qint64>{5000, 10000, 20000, 40000, 80000, 160000, 300000, 300000, 300000, 300000}));
    for (int i = 0; i < 100; ++i)
        outage.failed();
    QCOMPARE(outage.retryDelayMs(), 300000); // no overflow after a long outage
    outage.succeeded();
    QCOMPARE(outage.retryDelayMs(), 0);
    outage.failed();
    QCOMPARE(outage.retryDelayMs(), 5000); // a new outage starts from the first step
}

void TestWatchTiming::outageIsSaidOnceAndItsEndWithItsLength() {
    fieldlink::test::ManualClock clock;
    ServiceOutage outage(&clock);
    QVERIFY(!outage.succeeded()); // nothing to say while all is well
    const qint64 wallAtStart = clock.wallClockMs();
    QVERIFY(outage.failed());
    QCOMPARE(outage.since().toMSecsSinceEpoch(), wallAtStart);
    clock.advance(5000);
    QVERIFY(!outage.failed());
    clock.advance(115000);
    QVERIFY(!outage.failed());
    QVERIFY(outage.isDown());
    QVERIFY(outage.succeeded());
    QCOMPARE(outage.lastOutageMs(), 120000);
    QVERIFY(!outage.isDown());
    QVERIFY(!outage.succeeded());
}

QTEST_GUILESS_MAIN(TestWatchTiming)
#include "TestWatchTiming.moc"
