#include "core/api/DailyQuota.h"
#include "core/api/RateLimiter.h"
#include "core/api/RetryPolicy.h"
#include "support/TestEnvironment.h"

#include <QtTest>

#include <map>

using namespace fieldlink::api;

/// The pacing, learning and backoff rules, driven with explicit times.
class TestRateLimiter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void neverExceedsTheBudgetInAnyWindowPlusGuard();
    void holdsASlotUntilOneWindowAfterTheAnswer();
    void sustainsAtLeast95PercentOfTheBudget();
    void learnsTheBudgetFromHeaders();
    void countsRequestsItDidNotSend();
    void pausesForRetryAfterThenSlowsDownAndRecovers();
    void pausesOneWindowWithoutRetryAfter();
    void remembersTheDailyBudget();
    void kixieQuotaResetsAtUtcMidnight();
    void backoffGrowsExponentiallyWithJitterAndIsCapped();
    void retriesOnlyWhatMayBeRetried_data();
    void retriesOnlyWhatMayBeRetried();
    void stopsAfterMaxAttempts();
};

namespace {
// Sends as fast as the limiter allows until `count` requests went out, each answered `latencyMs` after it was
// sent; returns the send times.
QList<qint64> sendAsFastAsAllowed(RateLimiter& limiter, int count, qint64 start = 0, qint64 latencyMs = 0) {
    QList<qint64> times;
    std::multimap<qint64, quint64> answers; // answer time -> slot
    qint64 now = start;
    while (times.size() < count) {
        while (!answers.empty() && answers.begin()->first <= now) {
            limiter.recordAnswer(answers.begin()->second, answers.begin()->first);
            answers.erase(answers.begin());
        }
        const qint64 wait = limiter.delayBeforeNextSend(now);
        if (wait == 0) {
            answers.emplace(now + latencyMs, limiter.recordSend(now));
            times << now;
        } else {
            now = wait == RateLimiter::untilAnAnswerArrives ? answers.begin()->first : now + wait;
        }
    }
    return times;
}
} // namespace

void TestRateLimiter::neverExceedsTheBudgetInAnyWindowPlusGuard() {
    RateLimiter limiter(RateBudget{50, 1000});
    const QList<qint64> times = sendAsFastAsAllowed(limiter, 500);
    const qint64 window = 1000 + limiter.guardMs();
    for (qsizetype i = 50; i < times.size(); ++i)
        QVERIFY2(times[i] - times[i - 50] >= window, qPrintable(QStringLiteral("request %1").arg(i)));
}

void TestRateLimiter::holdsASlotUntilOneWindowAfterTheAnswer() {
    RateLimiter limiter(RateBudget{2, 1000});
    const quint64 first = limiter.recordSend(0);
    const quint64 second = limiter.recordSend(0);
    // Both in flight: however long they take, the server may count them at any moment until they answer.
    QCOMPARE(limiter.delayBeforeNextSend(5000), RateLimiter::untilAnAnswerArrives);
    limiter.recordAnswer(second, 5200);
    limiter.recordAnswer(first, 5400);
    QCOMPARE(limiter.delayBeforeNextSend(5300), 5200 + 1000 + limiter.guardMs() - 5300);
    QCOMPARE(limiter.delayBeforeNextSend(5200 + 1000 + limiter.guardMs()), 0);
}

void TestRateLimiter::sustainsAtLeast95PercentOfTheBudget() {
    // GHL's budget with a realistic 250 ms answer time.
    RateLimiter limiter(RateBudget{100, 10000});
    const QList<qint64> times = sendAsFastAsAllowed(limiter, 5000, 0, 250);
    // Over the time the requests occupy the budget: from the first send to one window after the last.
    const double perSecond = 5000.0 / static_cast<double>(times.last() + 10000 - times.first()) * 1000.0;
    QVERIFY2(perSecond >= 9.5 && perSecond <= 10.0, qPrintable(QString::number(perSecond)));
}

void TestRateLimiter::learnsTheBudgetFromHeaders() {
    RateLimiter limiter(RateBudget{100, 10000});
    RateLimitHeaders headers;
    headers.max = 10;
    headers.intervalMs = 2000;
    headers.remaining = 9;
    limiter.recordAnswer(limiter.recordSend(0), 5);
    limiter.observe(headers, 0, 5);
    QCOMPARE(limiter.budget().maxRequests, 10);
    QCOMPARE(limiter.budget().intervalMs, 2000);
    for (int i = 0; i < 9; ++i) {
        QCOMPARE(limiter.delayBeforeNextSend(10), 0);
        limiter.recordAnswer(limiter.recordSend(10), 11);
    }
    QVERIFY(limiter.delayBeforeNextSend(10) > 1900);
}

void TestRateLimiter::countsRequestsItDidNotSend() {
    RateLimiter limiter(RateBudget{100, 10000});
    limiter.recordAnswer(limiter.recordSend(0), 10);
    RateLimitHeaders headers;
    headers.remaining = 59; // the server counted 41 in its window; we sent 1
    limiter.observe(headers, 0, 10);
    int sent = 1;
    while (limiter.delayBeforeNextSend(20) == 0) {
        limiter.recordAnswer(limiter.recordSend(20), 21);
        ++sent;
    }
    // 40 were someone else's, less the two the limiter treats as timing noise.
    QCOMPARE(sent, 100 - 40 + 2);
}

void TestRateLimiter::pausesForRetryAfterThenSlowsDownAndRecovers() {
    RateLimiter limiter(RateBudget{100, 1000});
    limiter.onRateLimited(3000, 0);
    QCOMPARE(limiter.delayBeforeNextSend(0), 3000);
    QCOMPARE(limiter.delayBeforeNextSend(2999), 1);
    QVERIFY(limiter.pace() < 1.0);
    const QList<qint64> times = sendAsFastAsAllowed(limiter, 80, 3000);
    QVERIFY(times.first() >= 3000);
    // Slowed: the first window after the pause holds fewer than the full budget.
    const auto inFirstWindow = std::count_if(times.begin(), times.end(), [](qint64 t) { return t < 4000; });
    QVERIFY2(inFirstWindow < 100, qPrintable(QString::number(inFirstWindow)));
    limiter.delayBeforeNextSend(20000);
    QCOMPARE(limiter.pace(), 1.0);
}

void TestRateLimiter::pausesOneWindowWithoutRetryAfter() {
    RateLimiter limiter(RateBudget{100, 10000});
    limiter.onRateLimited(-1, 500);
    QCOMPARE(limiter.delayBeforeNextSend(500), 10000);
}

void TestRateLimiter::remembersTheDailyBudget() {
    RateLimiter limiter;
    QVERIFY(!limiter.dailyRemaining());
    RateLimitHeaders headers;
    headers.dailyLimit = 200000;
    headers.dailyRemaining = 0;
    limiter.observe(headers, 0, 1);
    QCOMPARE(limiter.dailyRemaining(), 0);
    QCOMPARE(limiter.dailyLimit(), 200000);
}

void TestRateLimiter::kixieQuotaResetsAtUtcMidnight() {
    DailyQuota quota(3);
    const qint64 lateEvening = QDateTime(QDate(2026, 11, 26), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY(quota.tryConsume(lateEvening));
    QVERIFY(quota.tryConsume(lateEvening));
    QVERIFY(quota.tryConsume(lateEvening));
    QVERIFY(!quota.tryConsume(lateEvening));
    QCOMPARE(quota.remaining(lateEvening), 0);
    QCOMPARE(DailyQuota::msUntilReset(lateEvening), 1000);
    QVERIFY(quota.tryConsume(lateEvening + 1000));
    QCOMPARE(quota.remaining(lateEvening + 1000), 2);
    quota.setUsed(3, lateEvening + 2000);
    QVERIFY(!quota.tryConsume(lateEvening + 2000));
}

void TestRateLimiter::backoffGrowsExponentiallyWithJitterAndIsCapped() {
    double draw = 1.0;
    RetryPolicy policy(RetryPolicy::Settings{10, 500, 8000}, [&draw] { return draw; });
    QCOMPARE(policy.backoffMs(1), 500);
    QCOMPARE(policy.backoffMs(2), 1000);
    QCOMPARE(policy.backoffMs(4), 4000);
    QCOMPARE(policy.backoffMs(9), 8000);
    draw = 0.25;
    QCOMPARE(policy.backoffMs(3), 500);
}

void TestRateLimiter::retriesOnlyWhatMayBeRetried_data() {
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<bool>("reached");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<bool>("outcomeUnknown");
    const auto row = [](const char* name, ErrorClass error, bool idempotent, bool reached, bool retry,
                        bool unknown) {
        QTest::newRow(name) << static_cast<int>(error) << idempotent << reached << retry << unknown;
    };
    row("GET 5xx", ErrorClass::Server, true, true, true, false);
    row("GET timeout", ErrorClass::Timeout, true, true, true, false);
    row("GET dropped", ErrorClass::Network, true, true, true, false);
    row("GET malformed", ErrorClass::Malformed, true, true, true, false);
    row("GET 429", ErrorClass::RateLimited, true, true, true, false);
    row("GET 422", ErrorClass::Validation, true, true, false, false);
    row("GET 401", ErrorClass::Auth, true, true, false, false);
    row("GET not found", ErrorClass::NotFound, true, true, false, false);
    row("note create 5xx", ErrorClass::Server, false, true, false, true);
    row("note create timeout", ErrorClass::Timeout, false, true, false, true);
    row("note create dropped", ErrorClass::Network, false, true, false, true);
    row("note create malformed", ErrorClass::Malformed, false, true, false, true);
    row("note create refused connection", ErrorClass::Network, false, false, true, false);
    row("note create 429", ErrorClass::RateLimited, false, true, true, false);
    row("note create 422", ErrorClass::Validation, false, true, false, false);
}

void TestRateLimiter::retriesOnlyWhatMayBeRetried() {
    QFETCH(int, error);
    QFETCH(bool, idempotent);
    QFETCH(bool, reached);
    QFETCH(bool, retry);
    QFETCH(bool, outcomeUnknown);
    const RetryPolicy policy;
    const RetryDecision decision =
        policy.decide(1, static_cast<ErrorClass>(error),
                      idempotent ? Idempotency::Idempotent : Idempotency::NonIdempotent, reached);
    QCOMPARE(decision.retry, retry);
    QCOMPARE(decision.outcomeUnknown, outcomeUnknown);
}

void TestRateLimiter::stopsAfterMaxAttempts() {
    const RetryPolicy policy(RetryPolicy::Settings{3, 100, 1000});
    QVERIFY(policy.decide(2, ErrorClass::Server, Idempotency::Idempotent, true).retry);
    QVERIFY(!policy.decide(3, ErrorClass::Server, Idempotency::Idempotent, true).retry);
}

FIELDLINK_TEST_MAIN(TestRateLimiter, QCoreApplication)
#include "TestRateLimiter.moc"
