#include "core/store/Database.h"
#include "core/store/KixieDirectoryRepository.h"
#include "support/TestEnvironment.h"

#include <QtTest>

using namespace fieldlink;
using namespace fieldlink::store;

using Entry = KixieDirectoryEntry;

/// The named PowerLists, cadences and agents of Kixie accounts in a real SQLite file: the admin's entries
/// added, renamed and removed; a sandbox's replaced without touching the admin's; accounts kept apart.
class TestKixieDirectoryRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void theAdminsEntriesAreSavedRenamedAndRemoved();
    void aSandboxRefreshKeepsTheAdminsEntries();
    void accountsAndKindsAreKeptApartAndSurviveReopening();
    void oneEntryIsRemoved();

private:
    void open();
    QList<Entry> list(const QString& businessId, Entry::Kind kind) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<KixieDirectoryRepository> m_directory;
    const QString m_business = QStringLiteral("1001");
};

void TestKixieDirectoryRepository::open() {
    m_directory.reset();
    m_database.reset();
    m_database = std::make_unique<Database>();
    const fieldlink::Result<> opened =
        m_database->open(m_dir.filePath(QStringLiteral("directory.sqlite")), QStringLiteral("directory"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_directory = std::make_unique<KixieDirectoryRepository>(m_database->connection());
}

void TestKixieDirectoryRepository::init() {
    QFile::remove(m_dir.filePath(QStringLiteral("directory.sqlite")));
    open();
}

void TestKixieDirectoryRepository::cleanup() {
    m_directory.reset();
    m_database.reset();
}

QList<Entry> TestKixieDirectoryRepository::list(const QString& businessId, Entry::Kind kind) const {
    const auto listed = m_directory->list(businessId, kind);
    if (!listed)
        qWarning("%s", qPrintable(listed.error()));
    return listed ? *listed : QList<Entry>();
}

void TestKixieDirectoryRepository::theAdminsEntriesAreSavedRenamedAndRemoved() {
    QVERIFY(
        m_directory
            ->saveAdminEntries(m_business, Entry::Kind::PowerList,
                               {{Entry::Kind::PowerList, QStringLiteral("77"), QStringLiteral("VIP leads")},
                                {Entry::Kind::PowerList, QStringLiteral("12"), QStringLiteral("Cold calls")}})
            .ok());
    QList<Entry> lists = list(m_business, Entry::Kind::PowerList);
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(0).name, QStringLiteral("Cold calls")); // by name
    QCOMPARE(lists.at(0).source, Entry::Source::Admin);
    QVERIFY(lists.at(0).updatedAt.isValid());
    // Renamed, one removed, one added: exactly what was saved remains.
    QVERIFY(
        m_directory
            ->saveAdminEntries(m_business, Entry::Kind::PowerList,
                               {{Entry::Kind::PowerList, QStringLiteral("77"), QStringLiteral("Top leads")},
                                {Entry::Kind::PowerList, QStringLiteral("90"), QStringLiteral("Webinar")}})
            .ok());
    lists = list(m_business, Entry::Kind::PowerList);
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(0).id, QStringLiteral("77"));
    QCOMPARE(lists.at(0).name, QStringLiteral("Top leads"));
    QCOMPARE(lists.at(1).id, QStringLiteral("90"));
    // The same ID twice in one save is one entry: the later name.
    QVERIFY(m_directory
                ->saveAdminEntries(m_business, Entry::Kind::PowerList,
                                   {{Entry::Kind::PowerList, QStringLiteral("5"), QStringLiteral("A")},
                                    {Entry::Kind::PowerList, QStringLiteral("5"), QStringLiteral("B")}})
                .ok());
    lists = list(m_business, Entry::Kind::PowerList);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.at(0).name, QStringLiteral("B"));
}

void TestKixieDirectoryRepository::aSandboxRefreshKeepsTheAdminsEntries() {
    QVERIFY(
        m_directory
            ->saveAdminEntries(m_business, Entry::Kind::PowerList,
                               {{Entry::Kind::PowerList, QStringLiteral("77"), QStringLiteral("My VIPs")}})
            .ok());
    QVERIFY(
        m_directory
            ->replaceSandboxEntries(
                m_business, {{Entry::Kind::PowerList, QStringLiteral("77"), QStringLiteral("VIP (sandbox)")},
                             {Entry::Kind::PowerList, QStringLiteral("1969"), QStringLiteral("Sandbox list")},
                             {Entry::Kind::Cadence, QStringLiteral("311"), QStringLiteral("Follow-up")}})
            .ok());
    QList<Entry> lists = list(m_business, Entry::Kind::PowerList);
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(0).name, QStringLiteral("My VIPs")); // the admin's name wins
    QCOMPARE(lists.at(0).source, Entry::Source::Admin);
    QCOMPARE(lists.at(1).source, Entry::Source::Sandbox);
    // The next refresh replaces what the sandbox listed before, and only that.
    QVERIFY(m_directory
                ->replaceSandboxEntries(m_business, {{Entry::Kind::PowerList, QStringLiteral("2000"),
                                                      QStringLiteral("Another list")}})
                .ok());
    lists = list(m_business, Entry::Kind::PowerList);
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(0).id, QStringLiteral("2000"));
    QCOMPARE(lists.at(1).id, QStringLiteral("77"));
    QVERIFY(list(m_business, Entry::Kind::Cadence).isEmpty());
}

void TestKixieDirectoryRepository::accountsAndKindsAreKeptApartAndSurviveReopening() {
    QVERIFY(m_directory
                ->saveAdminEntries(m_business, Entry::Kind::Cadence,
                                   {{Entry::Kind::Cadence, QStringLiteral("311"), QStringLiteral("Nurture")}})
                .ok());
    QVERIFY(m_directory
                ->saveAdminEntries(QStringLiteral("2002"), Entry::Kind::Cadence,
                                   {{Entry::Kind::Cadence, QStringLiteral("311"), QStringLiteral("Other")}})
                .ok());
    QVERIFY(m_directory
                ->saveAdminEntries(m_business, Entry::Kind::Agent,
                                   {{Entry::Kind::Agent, QStringLiteral("u1"), QStringLiteral("Ana López")}})
                .ok());
    open();
    QCOMPARE(list(m_business, Entry::Kind::Cadence).size(), 1);
    QCOMPARE(list(m_business, Entry::Kind::Cadence).at(0).name, QStringLiteral("Nurture"));
    QCOMPARE(list(QStringLiteral("2002"), Entry::Kind::Cadence).at(0).name, QStringLiteral("Other"));
    QCOMPARE(list(m_business, Entry::Kind::Agent).at(0).name, QStringLiteral("Ana López"));
    QVERIFY(list(m_business, Entry::Kind::PowerList).isEmpty());
    // Saving one kind leaves the others.
    QVERIFY(m_directory->saveAdminEntries(m_business, Entry::Kind::Cadence, {}).ok());
    QVERIFY(list(m_business, Entry::Kind::Cadence).isEmpty());
    QCOMPARE(list(m_business, Entry::Kind::Agent).size(), 1);
}

void TestKixieDirectoryRepository::oneEntryIsRemoved() {
    QVERIFY(
        m_directory
            ->replaceSandboxEntries(
                m_business, {{Entry::Kind::PowerList, QStringLiteral("1969"), QStringLiteral("Sandbox list")},
                             {Entry::Kind::PowerList, QStringLiteral("2000"), QStringLiteral("Other")}})
            .ok());
    QVERIFY(m_directory->remove(m_business, Entry::Kind::PowerList, QStringLiteral("1969")).ok());
    const QList<Entry> lists = list(m_business, Entry::Kind::PowerList);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.at(0).id, QStringLiteral("2000"));
    QCOMPARE(Entry::kindFromName(u"cadence"), std::optional(Entry::Kind::Cadence));
    QCOMPARE(Entry::kindFromName(u"nonsense"), std::nullopt);
}

FIELDLINK_TEST_MAIN(TestKixieDirectoryRepository, QCoreApplication)
#include "TestKixieDirectoryRepository.moc"
