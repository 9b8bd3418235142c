// The sandbox's pure pieces: phone rules, lower-casing, dates, fault specs, the sliding-window limiter
// and the command line.
#include "sandbox/FaultInjector.h"
#include "sandbox/GhlPhoneRule.h"
#include "sandbox/GhlRateLimiter.h"
#include "sandbox/SandboxCommandLine.h"
#include "sandbox/TextRules.h"
#include "sandbox/Timestamps.h"
#include "support/TestEnvironment.h"

using namespace fieldlink::sandbox;

class TestSandboxRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ghlPhoneNormalisation_data();
    void ghlPhoneNormalisation();
    void kixieRowKeys_data();
    void kixieRowKeys();
    void lowerCaseCoversNamesOfManyScripts();
    void isoTimestampsRoundTrip_data();
    void isoTimestampsRoundTrip();
    void looseDatesFromDateOfBirth_data();
    void looseDatesFromDateOfBirth();
    void faultSpecParsing_data();
    void faultSpecParsing();
    void faultDrawsFollowTheirRates();
    void slidingWindowAdmitsExactlyTheBurst();
    void dailyQuotaResetsAtUtcMidnight();
    void commandLineReadsEveryOption();
    void commandLineRejectsBadValues_data();
    void commandLineRejectsBadValues();
};

void TestSandboxRules::ghlPhoneNormalisation_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("expected");
    QTest::newRow("us national") << QStringLiteral("(415) 555-0132") << QStringLiteral("US")
                                 << QStringLiteral("+14155550132");
    QTest::newRow("us with trunk 1") << QStringLiteral("1-415-555-0132") << QStringLiteral("US")
                                     << QStringLiteral("+14155550132");
    QTest::newRow("already e164") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("US")
                                  << QStringLiteral("+442079460958");
    QTest::newRow("00 prefix where 00 dials abroad")
        << QStringLiteral("0049 151 23456789") << QStringLiteral("GB") << QStringLiteral("+4915123456789");
    QTest::newRow("uk national with 0")
        << QStringLiteral("07911 123456") << QStringLiteral("GB") << QStringLiteral("+447911123456");
    QTest::newRow("extension dropped")
        << QStringLiteral("415-555-0132 ext. 12") << QStringLiteral("US") << QStringLiteral("+14155550132");
    QTest::newRow("full-width digits") << QString::fromUtf8("＋４４ ７９１１ １２３４５６")
                                       << QStringLiteral("US") << QStringLiteral("+447911123456");
    QTest::newRow("full-width national") << QString::fromUtf8("０９０-１２３４-５６７８")
                                         << QStringLiteral("JP") << QStringLiteral("+819012345678");
    QTest::newRow("no country, international form")
        << QStringLiteral("+33 6 12 34 56 78") << QString() << QStringLiteral("+33612345678");
    QTest::newRow("reserved drama range")
        << QStringLiteral("07700 900123") << QStringLiteral("GB") << QString();
    QTest::newRow("too short") << QStringLiteral("12345") << QStringLiteral("US") << QString();
    QTest::newRow("words") << QStringLiteral("call after 5pm") << QStringLiteral("US") << QString();
    QTest::newRow("unknown country national")
        << QStringLiteral("0123 456789") << QStringLiteral("ZZ") << QString();
}

void TestSandboxRules::ghlPhoneNormalisation() {
    QFETCH(QString, raw);
    QFETCH(QString, country);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(ghlE164(raw.toStdString(), country.toStdString())), expected);
}

void TestSandboxRules::kixieRowKeys_data() {
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("key");
    QTest::newRow("e164") << QStringLiteral("+18554842053") << QStringLiteral("18554842053");
    QTest::newRow("bare 11 digits") << QStringLiteral("18554842053") << QStringLiteral("18554842053");
    QTest::newRow("bare 10 digits") << QStringLiteral("8554842053") << QStringLiteral("18554842053");
    QTest::newRow("formatted") << QStringLiteral("(855) 484-2053") << QStringLiteral("18554842053");
    QTest::newRow("uk") << QStringLiteral("+44 7700 900123") << QStringLiteral("447700900123");
}

void TestSandboxRules::kixieRowKeys() {
    QFETCH(QString, target);
    QFETCH(QString, key);
    QCOMPARE(QString::fromStdString(kixieRowKey(target.toStdString())), key);
}

void TestSandboxRules::lowerCaseCoversNamesOfManyScripts() {
    auto lower = [](const char* text) {
        return QString::fromStdString(lowerCase(text));
    };
    QCOMPARE(lower("ZOË ÑÚÑEZ"), QString::fromUtf8("zoë ñúñez"));
    QCOMPARE(lower("ŁUKASZ ŻÓŁW"), QString::fromUtf8("łukasz żółw"));
    QCOMPARE(lower("ДМИТРИЙ"), QString::fromUtf8("дмитрий"));
    QCOMPARE(lower("ΑΘΗΝΑ"), QString::fromUtf8("αθηνα"));
    QCOMPARE(lower("王伟 🚀 محمد"), QString::fromUtf8("王伟 🚀 محمد"));
}

void TestSandboxRules::isoTimestampsRoundTrip_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("epochMs");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("ghl shape") << QStringLiteral("2021-07-02T05:18:26.704Z") << Q_INT64_C(1625203106704)
                               << QStringLiteral("2021-07-02T05:18:26.704Z");
    QTest::newRow("offset") << QStringLiteral("2026-12-01T15:00:00+01:00") << Q_INT64_C(1796133600000)
                            << QStringLiteral("2026-12-01T14:00:00.000Z");
    QTest::newRow("date only") << QStringLiteral("2024-02-29") << Q_INT64_C(1709164800000)
                               << QStringLiteral("2024-02-29T00:00:00.000Z");
    QTest::newRow("space separated") << QStringLiteral("2021-07-16 11:00:00") << Q_INT64_C(1626433200000)
                                     << QStringLiteral("2021-07-16T11:00:00.000Z");
    QTest::newRow("before 1970") << QStringLiteral("1950-01-01T00:00:00Z") << Q_INT64_C(-631152000000)
                                 << QStringLiteral("1950-01-01T00:00:00.000Z");
}

void TestSandboxRules::isoTimestampsRoundTrip() {
    QFETCH(QString, text);
    QFETCH(qint64, epochMs);
    QFETCH(QString, formatted);
    const auto parsed = parseIsoUtc(text.toStdString());
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, epochMs);
    QCOMPARE(QString::fromStdString(isoUtc(*parsed)), formatted);
    QCOMPARE(*parsed,
             QDateTime::fromString(formatted, Qt::ISODateWithMs).toMSecsSinceEpoch()); // an independent check
}

void TestSandboxRules::looseDatesFromDateOfBirth_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    for (const char* format : {"1990/05/17", "05/17/1990", "1990-05-17", "05-17-1990", "1990.05.17",
                               "05.17.1990", "1990_05_17", "05_17_1990"})
        QTest::newRow(format) << QString::fromLatin1(format) << true;
    QTest::newRow("month 13") << QStringLiteral("1990-13-01") << false;
    QTest::newRow("words") << QStringLiteral("yesterday") << false;
}

void TestSandboxRules::looseDatesFromDateOfBirth() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto parsed = parseLooseDate(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(QString::fromStdString(isoUtc(*parsed)), QStringLiteral("1990-05-17T00:00:00.000Z"));
}

void TestSandboxRules::faultSpecParsing_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("issue example") << QStringLiteral("5xx=0.10,429=0.05,drop=0.02,malformed=0.05,slow=0.01")
                                   << true;
    QTest::newRow("subset") << QStringLiteral("drop=0.5") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("unknown kind") << QStringLiteral("boom=0.1") << false;
    QTest::newRow("above one") << QStringLiteral("5xx=1.5") << false;
    QTest::newRow("sum above one") << QStringLiteral("5xx=0.6,drop=0.6") << false;
    QTest::newRow("not a number") << QStringLiteral("5xx=lots") << false;
    QTest::newRow("no rate") << QStringLiteral("5xx") << false;
    QTest::newRow("one service") << QStringLiteral("5xx=0.5,service=kixie") << true;
    QTest::newRow("unknown service") << QStringLiteral("5xx=0.5,service=zoho") << false;
}

void TestSandboxRules::faultSpecParsing() {
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    std::string error;
    const auto rates = parseFaultSpec(spec.toStdString(), &error);
    QCOMPARE(rates.has_value(), valid);
    QCOMPARE(error.empty(), valid);
    if (spec.startsWith(QLatin1String("5xx=0.10"))) {
        QCOMPARE(rates->serverError, 0.10);
        QCOMPARE(rates->slow, 0.01);
    }
}

void TestSandboxRules::faultDrawsFollowTheirRates() {
    FaultInjector injector(3);
    std::string error;
    injector.setRates(*parseFaultSpec("5xx=0.2,drop=0.1", &error));
    int serverErrors = 0, drops = 0, others = 0;
    for (int i = 0; i < 20000; ++i) {
        switch (injector.draw("ghl")) {
        case Fault::ServerError:
            ++serverErrors;
            break;
        case Fault::Drop:
            ++drops;
            break;
        case Fault::None:
            break;
        default:
            ++others;
            break;
        }
    }
    QVERIFY(qAbs(serverErrors - 4000) < 300);
    QVERIFY(qAbs(drops - 2000) < 250);
    QCOMPARE(others, 0);
    // Limited to Kixie, HighLevel's requests draw none.
    injector.setRates(*parseFaultSpec("5xx=1,service=kixie", &error));
    QCOMPARE(injector.draw("ghl"), Fault::None);
    QCOMPARE(injector.draw("kixie"), Fault::ServerError);
}

void TestSandboxRules::slidingWindowAdmitsExactlyTheBurst() {
    GhlRateLimiter limiter;
    limiter.setSettings({3, 1000, 100});
    const std::int64_t t0 = 1'700'000'000'000;
    QVERIFY(limiter.admit("k", t0).allowed);
    QVERIFY(limiter.admit("k", t0 + 100).allowed);
    const auto third = limiter.admit("k", t0 + 200);
    QVERIFY(third.allowed);
    QCOMPARE(third.remainingInWindow, 0);
    const auto fourth = limiter.admit("k", t0 + 999);
    QVERIFY(!fourth.allowed);
    QCOMPARE(fourth.retryAfterSeconds, 1);
    QVERIFY(limiter.admit("k", t0 + 1000).allowed); // the first request left the window
    QVERIFY(!limiter.admit("k", t0 + 1050).allowed);
    QVERIFY(limiter.admit("other", t0 + 1050).allowed);
    QCOMPARE(limiter.peakWindowRequests(), 3);
}

void TestSandboxRules::dailyQuotaResetsAtUtcMidnight() {
    GhlRateLimiter limiter;
    limiter.setSettings({100, 1000, 2});
    const std::int64_t lateEvening = epochMsFromCivil(2026, 11, 26, 23, 59, 0);
    QVERIFY(limiter.admit("k", lateEvening).allowed);
    QVERIFY(limiter.admit("k", lateEvening + 5000).allowed);
    const auto refused = limiter.admit("k", lateEvening + 10000);
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.dailyRemaining, 0);
    QCOMPARE(refused.retryAfterSeconds, 50);
    QVERIFY(limiter.admit("k", epochMsFromCivil(2026, 11, 27, 0, 0, 1)).allowed);
}

void TestSandboxRules::commandLineReadsEveryOption() {
    std::string error;
    const auto command = parseSandboxCommandLine({"--port",
                                                  "8123",
                                                  "--seed=9",
                                                  "--contacts",
                                                  "2000",
                                                  "--ghl-burst-limit",
                                                  "50",
                                                  "--ghl-burst-window-ms",
                                                  "1000",
                                                  "--ghl-daily-limit",
                                                  "777",
                                                  "--ghl-token-lifetime-s",
                                                  "60",
                                                  "--kixie-daily-limit",
                                                  "5",
                                                  "--kixie-duplicate-handling",
                                                  "ignore",
                                                  "--kixie-error-status",
                                                  "400",
                                                  "--kixie-over-quota-status",
                                                  "200",
                                                  "--faults",
                                                  "5xx=0.1,slow=0.2",
                                                  "--slow-ms",
                                                  "1234",
                                                  "--state",
                                                  "/tmp/s.json",
                                                  "--threads",
                                                  "4"},
                                                 &error);
    QVERIFY2(command.has_value(), error.c_str());
    const SandboxOptions& o = command->options;
    QCOMPARE(o.port, 8123);
    QCOMPARE(o.seed, std::uint64_t(9));
    QCOMPARE(o.contacts, 2000);
    QCOMPARE(o.ghlLimits.burstLimit, 50);
    QCOMPARE(o.ghlLimits.windowMs, 1000);
    QCOMPARE(o.ghlLimits.dailyLimit, 777);
    QCOMPARE(o.ghlTokenLifetimeSeconds, 60);
    QCOMPARE(o.kixie.dailyLimit, 5);
    QCOMPARE(o.kixie.defaultDuplicateHandling, std::string("ignore"));
    QCOMPARE(o.kixie.businessErrorStatus, 400);
    QCOMPARE(o.kixie.overQuotaStatus, 200);
    QCOMPARE(o.faults.serverError, 0.1);
    QCOMPARE(o.faults.slow, 0.2);
    QCOMPARE(o.faults.slowDelayMs, 1234);
    QCOMPARE(o.stateFile, std::string("/tmp/s.json"));
    QCOMPARE(o.threads, 4);
    QCOMPARE(o.host, std::string("127.0.0.1"));
}

void TestSandboxRules::commandLineRejectsBadValues_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port out of range") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("--seed")};
    QTest::newRow("not a number") << QStringList{QStringLiteral("--contacts"), QStringLiteral("many")};
    QTest::newRow("bad duplicate mode")
        << QStringList{QStringLiteral("--kixie-duplicate-handling"), QStringLiteral("replace")};
    QTest::newRow("unknown") << QStringList{QStringLiteral("--host"), QStringLiteral("0.0.0.0")};
}

void TestSandboxRules::commandLineRejectsBadValues() {
    QFETCH(QStringList, arguments);
    std::vector<std::string> raw;
    for (const QString& argument : arguments)
        raw.push_back(argument.toStdString());
    std::string error;
    QVERIFY(!parseSandboxCommandLine(raw, &error).has_value());
    QVERIFY(!error.empty());
}

FIELDLINK_TEST_MAIN(TestSandboxRules, QCoreApplication)
#include "TestSandboxRules.moc"
