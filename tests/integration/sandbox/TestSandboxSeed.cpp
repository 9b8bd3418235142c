// The generated world: deterministic under the seed, and as messy as real CRM data. Its phones have
// their own test (TestSandboxSeedPhones.cpp).
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QRegularExpression>
#include <QSet>

using namespace fieldlink::test;

class TestSandboxSeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameWorld();
    void defaultsToTwoHundredFiftyContacts();
    void namesSpanScripts();
    void duplicatesAndBlanksExist();
    void relatedDataAndCustomFieldsVary();
    void kixieAccountIsSeeded();

private:
    static fieldlink::sandbox::SandboxOptions seeded(std::uint64_t seed, int contacts);
    QJsonArray m_contacts;
    QJsonObject m_state;
};

fieldlink::sandbox::SandboxOptions TestSandboxSeed::seeded(std::uint64_t seed, int contacts) {
    auto options = SandboxFixture::defaultOptions();
    options.seed = seed;
    options.contacts = contacts;
    return options;
}

void TestSandboxSeed::initTestCase() {
    SandboxFixture sandbox(fieldlink::sandbox::SandboxOptions{});
    QVERIFY(sandbox.started());
    m_state = sandbox.probe().state();
    m_contacts = at(m_state, "ghl.contacts").toArray();
}

void TestSandboxSeed::sameSeedSameWorld() {
    SandboxFixture first(seeded(11, 40));
    SandboxFixture second(seeded(11, 40));
    SandboxFixture other(seeded(12, 40));
    const QJsonObject state = first.probe().state();
    QCOMPARE(second.probe().state(), state);
    auto withoutAddress = [](const SandboxFixture& sandbox) {
        QJsonObject ghl = sandbox.credentials().value(QStringLiteral("ghl")).toObject();
        ghl.remove(QStringLiteral("baseUrl")); // each sandbox has its own port
        return ghl;
    };
    QCOMPARE(withoutAddress(second), withoutAddress(first));
    QVERIFY(other.probe().state() != state);
}

void TestSandboxSeed::defaultsToTwoHundredFiftyContacts() {
    QCOMPARE(m_contacts.size(), 250);
}

void TestSandboxSeed::namesSpanScripts() {
    bool cjk = false, arabic = false, accented = false, emoji = false, devanagari = false;
    for (const QJsonValue& contact : m_contacts) {
        const QString name = at(contact, "firstName").toString() + at(contact, "lastName").toString();
        for (const QChar c : name) {
            cjk = cjk || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) ||
                  (c.unicode() >= 0x3040 && c.unicode() <= 0x30FF);
            arabic = arabic || (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF);
            devanagari = devanagari || (c.unicode() >= 0x0900 && c.unicode() <= 0x097F);
            accented = accented || (c.unicode() >= 0x00C0 && c.unicode() <= 0x017F);
            emoji = emoji || c.isSurrogate();
        }
    }
    QVERIFY(cjk);
    QVERIFY(arabic);
    QVERIFY(accented);
    QVERIFY(emoji);
    QVERIFY(devanagari);
}

void TestSandboxSeed::duplicatesAndBlanksExist() {
    QSet<QString> emails, phones;
    int duplicateEmails = 0, duplicatePhones = 0, noEmail = 0, noLastName = 0, noCompany = 0;
    for (const QJsonValue& contact : m_contacts) {
        const QString email = at(contact, "email").toString().toLower();
        const QString phone = at(contact, "phone").toString();
        if (email.isEmpty())
            ++noEmail;
        else if (emails.contains(email))
            ++duplicateEmails;
        emails.insert(email);
        if (!phone.isEmpty() && phones.contains(phone))
            ++duplicatePhones;
        phones.insert(phone);
        noLastName += !contact.toObject().contains(QStringLiteral("lastName"));
        noCompany += !contact.toObject().contains(QStringLiteral("companyName"));
    }
    QVERIFY(duplicateEmails >= 1);
    QVERIFY(duplicatePhones >= 1);
    QVERIFY(noEmail >= 5);
    QVERIFY(noLastName >= 1);
    QVERIFY(noCompany >= 10);
}

void TestSandboxSeed::relatedDataAndCustomFieldsVary() {
    int notes = 0, tasks = 0, appointments = 0, longNotes = 0, tagged = 0, withCustomFields = 0;
    QSet<QString> valueKinds;
    for (const QJsonValue& contact : m_contacts) {
        notes += at(contact, "notes").toArray().size();
        tasks += at(contact, "tasks").toArray().size();
        appointments += at(contact, "appointments").toArray().size();
        for (const QJsonValue& note : at(contact, "notes").toArray())
            longNotes += at(note, "body").toString().size() > 5000;
        tagged += !at(contact, "tags").toArray().isEmpty();
        const QJsonArray fields = at(contact, "customFields").toArray();
        withCustomFields += !fields.isEmpty();
        for (const QJsonValue& field : fields)
            valueKinds.insert(at(field, "value").isArray()    ? QStringLiteral("array")
                              : at(field, "value").isDouble() ? QStringLiteral("number")
                                                              : QStringLiteral("string"));
    }
    QVERIFY(notes >= 250);
    QVERIFY(tasks >= 150);
    QVERIFY(appointments >= 40);
    QVERIFY(longNotes >= 1);
    QVERIFY(tagged >= 125);
    QVERIFY(withCustomFields >= 200);
    QCOMPARE(valueKinds.size(), 3);
}

void TestSandboxSeed::kixieAccountIsSeeded() {
    SandboxFixture sandbox;
    QCOMPARE(at(sandbox.credentials(), "kixie.agents").toArray().size(), 3);
    QCOMPARE(at(sandbox.credentials(), "kixie.powerlists").toArray().size(), 4);
    QCOMPARE(at(sandbox.credentials(), "kixie.cadences").toArray().size(), 2);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(sandbox.kixieApiKey()).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+$")).match(sandbox.kixieBusinessId()).hasMatch());
    QVERIFY(
        at(m_state, "kixie.powerlists.0.rows").toArray().isEmpty()); // Kixie starts empty: Fieldlink fills it
}

FIELDLINK_TEST_MAIN(TestSandboxSeed, QCoreApplication)
#include "TestSandboxSeed.moc"
