// The generated world: deterministic under the seed, and as messy as real CRM data.
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>
#include <QSet>

using namespace fieldlink::test;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

class TestSandboxSeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameWorld();
    void defaultsToTwoHundredFiftyContacts();
    void phonesComeInEveryShape();
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

void TestSandboxSeed::phonesComeInEveryShape() {
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{7,14}$"));
    int missing = 0, e164Count = 0, e164Valid = 0, national = 0, invalid = 0, fullWidth = 0, extension = 0;
    QSet<QString> countries;
    for (const QJsonValue& contact : m_contacts) {
        countries.insert(at(contact, "country").toString());
        const QString phone = at(contact, "phone").toString();
        if (phone.isEmpty()) {
            ++missing;
            continue;
        }
        if (phone.contains(QChar(0xFF10)) || phone.contains(QChar(0xFF11)) || phone.contains(QChar(0xFF15)))
            ++fullWidth;
        if (phone.contains(QLatin1String("ext")) || phone.contains(QLatin1Char('#')) ||
            phone.contains(QLatin1String(" x")))
            ++extension;
        PhoneNumber number;
        const bool parsed = util->Parse(phone.toStdString(), at(contact, "country").toString().toStdString(),
                                        &number) == PhoneNumberUtil::NO_PARSING_ERROR;
        const bool valid = parsed && util->IsValidNumber(number);
        if (e164.match(phone).hasMatch()) {
            ++e164Count;
            e164Valid += valid;
        } else if (valid) {
            ++national;
        } else {
            ++invalid;
        }
    }
    qInfo(
        "phones: %d E.164 (%d valid), %d national, %d invalid, %d missing, %d full-width, %d with extension",
        e164Count, e164Valid, national, invalid, missing, fullWidth, extension);
    QVERIFY(e164Count >= 100);
    QVERIFY(e164Valid >= e164Count * 9 / 10); // real numbering plans, not random digits
    QVERIFY(national >= 40);
    QVERIFY(invalid >= 5);
    QVERIFY(missing >= 5);
    QVERIFY(fullWidth >= 1);
    QVERIFY(extension >= 3);
    QVERIFY(countries.size() >= 8);
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
