// fieldlink-cli validate and map as processes: output shape, one line per input line, exit codes.
#include "core/mapping/ProfileLoader.h"
#include "core/store/Database.h"
#include "core/store/ProfileRepository.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

class TestCliMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validateDefaultProfileExitsZero();
    void validateBrokenProfileExitsOneWithLocation();
    void validateWithSamplesReportsDataProblems();
    void mapWritesOneLinePerInputInOrder();
    void mapExitsOneWhenARecordFails();
    void mapKeepsTheOrderOfALongFile();
    void mapUsesTheVersionSavedInTheApp();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList& arguments);
    QString write(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
};

TestCliMapping::Result TestCliMapping::run(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(CLI_EXECUTABLE), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString TestCliMapping::write(const QString& name, const QByteArray& content) {
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

void TestCliMapping::validateDefaultProfileExitsZero() {
    const Result result = run({QStringLiteral("validate"), QStringLiteral("--profile"),
                               QStringLiteral("kixie-calls-to-ghl"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QLatin1String("valid")).toBool(), true);
    QCOMPARE(report.value(QLatin1String("errors")).toInt(), 0);
}

void TestCliMapping::validateBrokenProfileExitsOneWithLocation() {
    const QString profile =
        write(QStringLiteral("broken.json"), R"({"format": "fieldlink.profile/1", "name": "b",
  "direction": "ghl_to_kixie",
  "routing": {"default": {"powerlist": "1969"}},
  "rules": [{"target": "target", "source": "phone", "transfroms": []}]})");
    const Result human = run({QStringLiteral("validate"), QStringLiteral("--profile"), profile});
    QCOMPARE(human.exitCode, 1);
    QVERIFY2(human.out.contains("error FL-MAP-002 rules[0].transfroms (line 4, column 53)"),
             human.out.constData());
    const Result json =
        run({QStringLiteral("validate"), QStringLiteral("--profile"), profile, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonArray diagnostics =
        QJsonDocument::fromJson(json.out).object().value(QLatin1String("diagnostics")).toArray();
    QCOMPARE(diagnostics.at(0)[QLatin1String("line")].toInt(), 4);
}

void TestCliMapping::validateWithSamplesReportsDataProblems() {
    const QString samples =
        write(QStringLiteral("samples.jsonl"),
              "{\"contact\":{\"id\":\"a\",\"phone\":\"not a phone\",\"type\":\"lead\"}}\n"
              "{\"contact\":{\"id\":\"b\",\"phone\":\"+14155552671\",\"type\":\"partner\"}}\n");
    const Result result = run({QStringLiteral("validate"), QStringLiteral("--profile"),
                               QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--samples"),
                               samples, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0); // warnings only
    QStringList codes;
    for (const QJsonValue& diagnostic :
         QJsonDocument::fromJson(result.out).object().value(QLatin1String("diagnostics")).toArray())
        codes << diagnostic[QLatin1String("code")].toString();
    QVERIFY(codes.contains(QStringLiteral("FL-MAP-041")));
    QVERIFY(codes.contains(QStringLiteral("FL-MAP-042")));
}

void TestCliMapping::mapWritesOneLinePerInputInOrder() {
    const QString input =
        write(QStringLiteral("in.jsonl"),
              "{\"contact\":{\"id\":\"first\",\"phone\":\"(415) 555-2671\",\"firstName\":\" Ann "
              "\"},\"notes\":[{\"body\":\"Call Tue\",\"dateAdded\":\"2026-01-01T00:00:00Z\"}]}\n"
              "\n"
              "{\"contact\":{\"id\":\"second\"}}\n"
              "{\"id\":\"third\",\"phone\":\"+447911123456\",\"tags\":[\"vip\"]}\n");
    const QString output = m_dir.filePath(QStringLiteral("out.jsonl"));
    const Result result = run({QStringLiteral("map"), QStringLiteral("--profile"),
                               QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--in"),
                               input, QStringLiteral("--out"), output});
    QCOMPARE(result.exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first[QLatin1String("sourceId")].toString(), QStringLiteral("first"));
    QCOMPARE(first[QLatin1String("payload")][QLatin1String("target")].toString(),
             QStringLiteral("+14155552671"));
    QCOMPARE(first[QLatin1String("payload")][QLatin1String("firstName")].toString(), QStringLiteral("Ann"));
    QCOMPARE(first[QLatin1String("payload")][QLatin1String("nextCallRefresher")].toString(),
             QStringLiteral("Call Tue"));
    QCOMPARE(first[QLatin1String("route")].toString(), QStringLiteral("New Leads"));
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second[QLatin1String("status")].toString(), QStringLiteral("skipped"));
    QVERIFY(second[QLatin1String("payload")].toObject().isEmpty());
    const QJsonObject third = QJsonDocument::fromJson(lines[2]).object();
    QCOMPARE(third[QLatin1String("route")].toString(), QStringLiteral("Hot Leads"));
    QCOMPARE(third[QLatin1String("payload")][QLatin1String("powerlistId")].toString(),
             QStringLiteral("2044"));
}

void TestCliMapping::mapExitsOneWhenARecordFails() {
    const QString input = write(QStringLiteral("bad.jsonl"),
                                "{\"contact\":{\"id\":\"ok\",\"phone\":\"+14155552671\"}}\n{not json\n");
    const Result result =
        run({QStringLiteral("map"), QStringLiteral("--profile"),
             QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--in"), input});
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the failed record still gets its line
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object()[QLatin1String("status")].toString(),
             QStringLiteral("failed"));
}

void TestCliMapping::mapKeepsTheOrderOfALongFile() {
    // Lines are mapped a batch at a time on every core: more lines than one batch, blank lines, a broken line
    // in the middle and numbers that alternate between valid and not must come out one result per line, in
    // the input's order, each with its own outcome.
    constexpr int records = 10000;
    constexpr int brokenAt = 5000; // 0-based record index of the line that is not JSON
    QByteArray text;
    int lineNumber = 0;
    int brokenLine = 0;
    for (int i = 0; i < records; ++i) {
        if (i % 1000 == 0) {
            text += "\n";
            ++lineNumber;
        }
        ++lineNumber;
        if (i == brokenAt) {
            text += "{\"contact\": \n";
            brokenLine = lineNumber;
            continue;
        }
        const QByteArray phone =
            i % 2 == 0 ? QByteArray("+1415555") + QByteArray::number(1000 + i % 9000) : QByteArray("12");
        text += "{\"contact\":{\"id\":\"c" + QByteArray::number(i) + "\",\"phone\":\"" + phone + "\"}}\n";
    }
    const QString input = write(QStringLiteral("long.jsonl"), text);
    const QString output = m_dir.filePath(QStringLiteral("long-out.jsonl"));
    const Result result = run({QStringLiteral("map"), QStringLiteral("--profile"),
                               QStringLiteral("ghl-contacts-to-kixie-powerlist"), QStringLiteral("--in"),
                               input, QStringLiteral("--out"), output});
    QCOMPARE(result.exitCode, 1); // the broken line fails
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), records);
    for (int i = 0; i < records; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines[i]).object();
        const QString status = line[QLatin1String("status")].toString();
        if (i == brokenAt) {
            QCOMPARE(status, QStringLiteral("failed"));
            QVERIFY2(line[QLatin1String("diagnostics")][0][QLatin1String("message")].toString().contains(
                         QString::number(brokenLine)),
                     lines[i].constData());
            continue;
        }
        QCOMPARE(line[QLatin1String("sourceId")].toString(), QStringLiteral("c%1").arg(i));
        QCOMPARE(status, i % 2 == 0 ? QStringLiteral("mapped") : QStringLiteral("skipped"));
    }
}

void TestCliMapping::mapUsesTheVersionSavedInTheApp() {
    // The admin edits the default profile in the app and saves it: first names in capitals.
    QJsonObject profile =
        QJsonDocument::fromJson(
            fieldlink::mapping::ProfileLoader::load(QStringLiteral("ghl-contacts-to-kixie-powerlist")).text)
            .object();
    QJsonArray rules = profile.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject rule = rules.at(i).toObject();
        if (rule.value(QLatin1String("target")).toString() == QLatin1String("firstName")) {
            rule.insert(QStringLiteral("transforms"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("case")},
                                               {QStringLiteral("mode"), QStringLiteral("upper")}}});
            rules.replace(i, rule);
        }
    }
    profile.insert(QStringLiteral("rules"), rules);
    const QString databasePath = m_dir.filePath(QStringLiteral("app.sqlite"));
    const QString name = profile.value(QLatin1String("name")).toString();
    {
        fieldlink::store::Database database;
        QVERIFY(database.open(databasePath, QStringLiteral("saved")).ok());
        fieldlink::store::ProfileRepository profiles(database.connection());
        QCOMPARE(profiles
                     .saveVersion(name, QStringLiteral("ghl_to_kixie"), QStringLiteral("contact"),
                                  QJsonDocument(profile).toJson(), QStringLiteral("capitals"))
                     .valueOr(0),
                 1);
    }
    const QString in =
        write(QStringLiteral("saved-in.jsonl"),
              "{\"contact\":{\"id\":\"a\",\"firstName\":\"ana\",\"phone\":\"+14155552671\"}}\n");
    const auto firstName = [this](const QStringList& arguments) {
        const Result result = run(QStringList{QStringLiteral("map"), QStringLiteral("--in"),
                                              m_dir.filePath(QStringLiteral("saved-in.jsonl"))} +
                                  arguments);
        return QJsonDocument::fromJson(result.out.trimmed())
            .object()
            .value(QLatin1String("payload"))
            .toObject()
            .value(QLatin1String("firstName"))
            .toString();
    };
    QVERIFY(!in.isEmpty());
    // By the default's file name or by the saved name: the saved version either way.
    QCOMPARE(firstName({QStringLiteral("--profile"), QStringLiteral("ghl-contacts-to-kixie-powerlist"),
                        QStringLiteral("--db"), databasePath}),
             QStringLiteral("ANA"));
    QCOMPARE(firstName({QStringLiteral("--profile"), name, QStringLiteral("--db"), databasePath}),
             QStringLiteral("ANA"));
    // Another database (none here): the profile as shipped.
    QCOMPARE(firstName({QStringLiteral("--profile"), QStringLiteral("ghl-contacts-to-kixie-powerlist"),
                        QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))}),
             QStringLiteral("ana"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite")))); // map never creates a database
}

void TestCliMapping::usageErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("map without --in") << QStringList{QStringLiteral("map"), QStringLiteral("--profile"),
                                                     QStringLiteral("kixie-calls-to-ghl")};
    QTest::newRow("missing profile") << QStringList{QStringLiteral("validate")};
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("validate"), QStringLiteral("--profile"),
                                                    QStringLiteral("no-such-profile")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("map"), QStringLiteral("--frobnicate")};
    QTest::newRow("unreadable input") << QStringList{
        QStringLiteral("map"), QStringLiteral("--profile"), QStringLiteral("kixie-calls-to-ghl"),
        QStringLiteral("--in"), QStringLiteral("/nonexistent.jsonl")};
}

void TestCliMapping::usageErrorsExitTwo() {
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

FIELDLINK_TEST_MAIN(TestCliMapping, QCoreApplication)
#include "TestCliMapping.moc"
