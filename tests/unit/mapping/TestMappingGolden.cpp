// Golden files: each folder under golden/ holds profile.json, input.jsonl, expected.jsonl (and optionally
// custom-fields.json). The engine's output for every input line must equal the reviewed expected line.
#include "core/mapping/MappingEngine.h"
#include "core/mapping/ProfileParser.h"
#include "core/mapping/RecordReader.h"
#include "support/TestEnvironment.h"

#include <QDirIterator>
#include <QJsonDocument>

using namespace fieldlink;
using namespace fieldlink::mapping;

class TestMappingGolden : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
};

void TestMappingGolden::golden_data() {
    QTest::addColumn<QString>("folder");
    QDirIterator it(QStringLiteral(GOLDEN_DIR), QDir::Dirs | QDir::NoDotAndDotDot);
    int cases = 0;
    while (it.hasNext()) {
        const QString folder = it.next();
        QTest::newRow(qPrintable(QFileInfo(folder).fileName())) << folder;
        ++cases;
    }
    QVERIFY(cases >= 10);
}

void TestMappingGolden::golden() {
    QFETCH(QString, folder);
    const QDir dir(folder);
    CustomFieldDirectory customFields;
    QFile customFile(dir.filePath(QStringLiteral("custom-fields.json")));
    if (customFile.open(QIODevice::ReadOnly))
        customFields = CustomFieldDirectory::fromJson(QJsonDocument::fromJson(customFile.readAll()).object());
    QFile profileFile(dir.filePath(QStringLiteral("profile.json")));
    QVERIFY(profileFile.open(QIODevice::ReadOnly));
    const ParsedProfile parsed = ProfileParser::parse(profileFile.readAll(), customFields);
    QVERIFY2(parsed.profile, qPrintable(parsed.diagnostics.value(0).message));
    const MappingEngine engine(parsed.profile);

    QFile expectedFile(dir.filePath(QStringLiteral("expected.jsonl")));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> expected = expectedFile.readAll().split('\n');
    mapping::RecordReader reader(dir.filePath(QStringLiteral("input.jsonl")), parsed.profile->direction);
    QVERIFY(reader.open());
    mapping::RecordReader::Record record;
    int line = 0;
    while (reader.next(&record)) {
        QJsonObject actual;
        if (record.error.isEmpty()) {
            actual = engine.apply(record.object).toJson();
        } else {
            MappedRecord failed;
            failed.status = MappedRecord::Status::Failed;
            failed.diagnostics.append(
                {Severity::Error, QString::fromLatin1(code::syntax), {}, {}, record.error});
            actual = failed.toJson();
        }
        QVERIFY2(line < expected.size(), "more output lines than expected");
        const QJsonObject wanted = QJsonDocument::fromJson(expected.at(line)).object();
        if (actual != wanted)
            QFAIL(qPrintable(QStringLiteral("line %1 differs\n  actual:   %2\n  expected: %3")
                                 .arg(line + 1)
                                 .arg(QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact)),
                                      QString::fromUtf8(expected.at(line)))));
        ++line;
    }
    QCOMPARE(line, static_cast<int>(expected.size() - (expected.last().isEmpty() ? 1 : 0)));
}

FIELDLINK_TEST_MAIN(TestMappingGolden, QCoreApplication)
#include "TestMappingGolden.moc"
