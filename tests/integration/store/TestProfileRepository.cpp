#include "core/store/Database.h"
#include "core/store/ProfileRepository.h"
#include "core/store/RunRepository.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::store;

/// Profile versions in a real SQLite file: what the mapping editor saves, restores and diffs, and what runs
/// record.
class TestProfileRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void eachSaveIsANewVersionWithItsNote();
    void runsAndTheEditorShareVersions();
    void listsProfilesWithTheirLatestVersion();
    void anUnknownProfileHasNoVersions();
    void survivesReopening();

private:
    void open();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProfileRepository> m_profiles;
};

void TestProfileRepository::open() {
    m_profiles.reset();
    m_database = std::make_unique<Database>();
    const fieldlink::Result<> opened =
        m_database->open(m_dir.filePath(QStringLiteral("profiles.sqlite")), QStringLiteral("profiles"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_profiles = std::make_unique<ProfileRepository>(m_database->connection());
}

void TestProfileRepository::init() {
    QFile::remove(m_dir.filePath(QStringLiteral("profiles.sqlite")));
    open();
}

void TestProfileRepository::cleanup() {
    m_profiles.reset();
    m_database.reset();
}

void TestProfileRepository::eachSaveIsANewVersionWithItsNote() {
    QCOMPARE(m_profiles
                 ->saveVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                               QStringLiteral("contact"), "{\"v\":1}", QStringLiteral("first"))
                 .valueOr(0),
             1);
    QCOMPARE(m_profiles
                 ->saveVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                               QStringLiteral("contact"), "{\"v\":2}", QString())
                 .valueOr(0),
             2);
    const QList<ProfileVersion> versions = m_profiles->versions(QStringLiteral("Leads"));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).version, 2); // newest first
    QCOMPARE(versions.at(0).document, QByteArray("{\"v\":2}"));
    QCOMPARE(versions.at(1).note, QStringLiteral("first"));
    QVERIFY(versions.at(1).createdAt.isValid());
    QCOMPARE(m_profiles->latest(QStringLiteral("Leads"))->version, 2);
}

void TestProfileRepository::runsAndTheEditorShareVersions() {
    RunRepository runs(m_database->connection());
    const qint64 ranVersion =
        runs.ensureProfileVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                                  QStringLiteral("contact"), "{\"v\":1}")
            .valueOr(0);
    QVERIFY(ranVersion > 0);
    QCOMPARE(m_profiles
                 ->saveVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                               QStringLiteral("contact"), "{\"v\":2}", QStringLiteral("edited"))
                 .valueOr(0),
             2);
    // A run of what the editor saved finds that version instead of making another.
    const qint64 saved = m_profiles->latest(QStringLiteral("Leads"))->id;
    QCOMPARE(runs.ensureProfileVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                                       QStringLiteral("contact"), "{\"v\":2}")
                 .valueOr(0),
             saved);
}

void TestProfileRepository::listsProfilesWithTheirLatestVersion() {
    QVERIFY(m_profiles->saveVersion(QStringLiteral("b calls"), QStringLiteral("kixie_to_ghl"),
                                    QStringLiteral("call_event"), "{}", {}));
    QVERIFY(m_profiles->saveVersion(QStringLiteral("A leads"), QStringLiteral("ghl_to_kixie"),
                                    QStringLiteral("contact"), "{}", {}));
    QVERIFY(m_profiles->saveVersion(QStringLiteral("A leads"), QStringLiteral("ghl_to_kixie"),
                                    QStringLiteral("contact"), "{ }", {}));
    const QList<StoredProfile> profiles = m_profiles->profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).name, QStringLiteral("A leads")); // by name, ignoring case
    QCOMPARE(profiles.at(0).latestVersion, 2);
    QCOMPARE(profiles.at(1).direction, QStringLiteral("kixie_to_ghl"));
    QCOMPARE(profiles.at(1).latestVersion, 1);
}

void TestProfileRepository::anUnknownProfileHasNoVersions() {
    QVERIFY(m_profiles->versions(QStringLiteral("nobody")).isEmpty());
    QVERIFY(!m_profiles->latest(QStringLiteral("nobody")));
}

void TestProfileRepository::survivesReopening() {
    QCOMPARE(m_profiles
                 ->saveVersion(QStringLiteral("Leads"), QStringLiteral("ghl_to_kixie"),
                               QStringLiteral("contact"), "{\"ü\":\"日本\"}", QStringLiteral("ñ"))
                 .valueOr(0),
             1);
    open();
    const auto latest = m_profiles->latest(QStringLiteral("Leads"));
    QVERIFY(latest);
    QCOMPARE(QString::fromUtf8(latest->document), QStringLiteral("{\"ü\":\"日本\"}"));
    QCOMPARE(latest->note, QStringLiteral("ñ"));
}

FIELDLINK_TEST_MAIN(TestProfileRepository, QCoreApplication)
#include "TestProfileRepository.moc"
