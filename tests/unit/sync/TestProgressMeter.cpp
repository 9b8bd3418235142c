#include "core/sync/RunProgress.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace fieldlink::sync;

/// Rate and time left of a run, from samples at given times (no clock, no sleeps).
class TestProgressMeter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noRateUntilTimePasses();
    void rateAndEtaFromTheSamples();
    void theRateFollowsTheRecentWindow();
    void etaIsUnknownWithoutATotal();
    void theLineSaysWhatIsKnownOnly();
};

void TestProgressMeter::noRateUntilTimePasses() {
    ProgressMeter meter;
    QCOMPARE(meter.perSecond(), 0.0);
    meter.sample(1000, 0);
    QCOMPARE(meter.perSecond(), 0.0);
    meter.sample(1000, 5); // same instant: no span to divide by
    QCOMPARE(meter.perSecond(), 0.0);
    QCOMPARE(meter.etaMs(5, 100), -1);
}

void TestProgressMeter::rateAndEtaFromTheSamples() {
    ProgressMeter meter;
    meter.sample(0, 0);
    meter.sample(2000, 40); // 20 a second
    QCOMPARE(meter.perSecond(), 20.0);
    QCOMPARE(meter.etaMs(40, 100), 3000); // 60 left at 20/s
    QCOMPARE(meter.etaMs(100, 100), 0);
    QCOMPARE(meter.etaMs(120, 100), 0); // never negative
}

void TestProgressMeter::theRateFollowsTheRecentWindow() {
    ProgressMeter meter(10000);
    // Fast at first (100/s for 10 s), then slow (10/s for 20 s): the window shows the slow rate.
    meter.sample(0, 0);
    meter.sample(10000, 1000);
    for (int second = 11; second <= 30; ++second)
        meter.sample(second * 1000, 1000 + (second - 10) * 10);
    QVERIFY2(std::abs(meter.perSecond() - 10.0) < 1.5, qPrintable(QString::number(meter.perSecond())));
    meter.reset();
    QCOMPARE(meter.perSecond(), 0.0);
}

void TestProgressMeter::etaIsUnknownWithoutATotal() {
    ProgressMeter meter;
    meter.sample(0, 0);
    meter.sample(1000, 10);
    QCOMPARE(meter.etaMs(10, 0), -1);
}

void TestProgressMeter::theLineSaysWhatIsKnownOnly() {
    RunProgress progress;
    progress.phase = QStringLiteral("Reading contacts");
    progress.done = 200;
    QCOMPARE(progress.toLine(), QStringLiteral("Reading contacts: %1").arg(QLocale().toString(200)));
    progress.phase = QStringLiteral("Writing to Kixie");
    progress.total = 500;
    progress.perSecond = 12.34;
    progress.etaMs = 61000;
    progress.ghlAvailable = 97;
    progress.kixieRemainingToday = 9880;
    const QString line = progress.toLine();
    QVERIFY2(
        line.startsWith(
            QStringLiteral("Writing to Kixie: %1/%2").arg(QLocale().toString(200), QLocale().toString(500))),
        qPrintable(line));
    QVERIFY2(line.contains(QLocale().toString(12.3, 'f', 1) + QStringLiteral("/s")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("1:01 left")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("GHL 97 now")), qPrintable(line));
    QVERIFY2(line.contains(QLocale().toString(9880)), qPrintable(line));
}

FIELDLINK_TEST_MAIN(TestProgressMeter, QCoreApplication)
#include "TestProgressMeter.moc"
