// The seeded world's phones as GHL gives them: `phone` is E.164 or absent in every response, and the raw
// text people type (national formats, extensions, full-width digits, words) lives where GHL keeps raw
// text: the PHONE-type custom field "Mobile (as typed)" and `additionalPhones`.
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>
#include <QSet>

using namespace fieldlink::test;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

const QRegularExpression e164Form(QStringLiteral("^\\+[1-9]\\d{7,14}$"));

/// What the test itself reads `raw` to mean in `country`: E.164, or empty when it is not a valid number.
QString e164Of(const QString& raw, const QString& country) {
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(raw.toStdString(), country.isEmpty() ? "ZZ" : country.toStdString(), &number) !=
            PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(number))
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

fieldlink::sandbox::SandboxOptions twoHundredFiftyContacts() {
    fieldlink::sandbox::SandboxOptions options; // the default world: 250 contacts
    options.ghlLimits.burstLimit = 5000;
    options.ghlLimits.windowMs = 1000;
    return options;
}

} // namespace

class TestSandboxSeedPhones : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theTypedPhoneFieldIsAPhoneField();
    void everyResponseCarriesE164OrNoPhone();
    void typedTextKeepsTheVarietyOfRealData();
    void phoneIsWhatTheTypedTextMeans();
    void additionalPhonesKeepRawText();
    void typedTextWrittenBackIsStoredOrRefused();

private:
    QString typed(const QJsonValue& contact) const;
    void verifyPhones(const QJsonArray& contacts, const char* where, int expectedCount);

    SandboxFixture m_sandbox{twoHundredFiftyContacts()};
    QJsonArray m_contacts;
    QString m_typedFieldId;
};

void TestSandboxSeedPhones::initTestCase() {
    QVERIFY(m_sandbox.started());
    m_contacts = at(m_sandbox.probe().state(), "ghl.contacts").toArray();
    QCOMPARE(m_contacts.size(), 250);
    const HttpResult fields = m_sandbox.probe().ghl(
        "GET", QStringLiteral("/locations/%1/customFields").arg(m_sandbox.locationId()));
    QCOMPARE(fields.status, 200);
    for (const QJsonValue& field : at(fields.json(), "customFields").toArray()) {
        if (at(field, "fieldKey").toString() == QLatin1String("contact.mobile_as_typed"))
            m_typedFieldId = at(field, "id").toString();
    }
    QVERIFY(!m_typedFieldId.isEmpty());
}

QString TestSandboxSeedPhones::typed(const QJsonValue& contact) const {
    for (const QJsonValue& field : at(contact, "customFields").toArray()) {
        if (at(field, "id").toString() == m_typedFieldId)
            return at(field, "value").toString();
    }
    return {};
}

void TestSandboxSeedPhones::verifyPhones(const QJsonArray& contacts, const char* where, int expectedCount) {
    QCOMPARE(contacts.size(), expectedCount);
    int withPhone = 0;
    for (const QJsonValue& contact : contacts) {
        if (!contact.toObject().contains(QStringLiteral("phone")))
            continue;
        ++withPhone;
        const QString phone = at(contact, "phone").toString();
        QVERIFY2(e164Form.match(phone).hasMatch() && e164Of(phone, {}) == phone,
                 qPrintable(QStringLiteral("%1: %2 is not a valid E.164 number").arg(text(where), phone)));
    }
    QVERIFY2(withPhone >= contacts.size() * 8 / 10, where);
    QVERIFY2(withPhone < contacts.size(), where); // some contacts have no phone at all
}

void TestSandboxSeedPhones::theTypedPhoneFieldIsAPhoneField() {
    const HttpResult field = m_sandbox.probe().ghl(
        "GET", QStringLiteral("/locations/%1/customFields/%2").arg(m_sandbox.locationId(), m_typedFieldId));
    QCOMPARE(field.status, 200);
    QCOMPARE(at(field.json(), "customField.dataType").toString(), text("PHONE"));
    QCOMPARE(at(field.json(), "customField.name").toString(), text("Mobile (as typed)"));
}

void TestSandboxSeedPhones::everyResponseCarriesE164OrNoPhone() {
    HttpProbe probe = m_sandbox.probe();
    verifyPhones(m_contacts, "state", 250);

    QJsonArray listed;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), m_sandbox.locationId());
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    for (int page = 0; page < 5; ++page) {
        const HttpResult reply = probe.ghl("GET", QStringLiteral("/contacts/"), {}, query);
        QCOMPARE(reply.status, 200);
        for (const QJsonValue& contact : at(reply.json(), "contacts").toArray())
            listed.append(contact);
        if (at(reply.json(), "meta.nextPageUrl").isNull())
            break;
        query = QUrlQuery(QUrl(at(reply.json(), "meta.nextPageUrl").toString()));
    }
    verifyPhones(listed, "GET /contacts/", 250);

    const HttpResult searched =
        probe.ghl("POST", QStringLiteral("/contacts/search"),
                  jsonObject(R"({"locationId":"%1","pageLimit":500})", {m_sandbox.locationId()}));
    QCOMPARE(searched.status, 200);
    verifyPhones(at(searched.json(), "contacts").toArray(), "POST /contacts/search", 250);

    // One by one for the contacts whose number was typed in some other form than E.164.
    QJsonArray fetched;
    for (const QJsonValue& contact : m_contacts) {
        const QString raw = typed(contact);
        if (raw.isEmpty() || e164Form.match(raw).hasMatch() || fetched.size() == 40)
            continue;
        const HttpResult reply =
            probe.ghl("GET", QStringLiteral("/contacts/") + at(contact, "id").toString());
        QCOMPARE(reply.status, 200);
        fetched.append(at(reply.json(), "contact"));
    }
    verifyPhones(fetched, "GET /contacts/{id}", 40);
}

void TestSandboxSeedPhones::typedTextKeepsTheVarietyOfRealData() {
    int asE164 = 0, national = 0, internationalSpaced = 0, invalid = 0, fullWidth = 0, extension = 0;
    QSet<QString> countries;
    for (const QJsonValue& contact : m_contacts) {
        const QString raw = typed(contact);
        if (raw.isEmpty())
            continue;
        countries.insert(at(contact, "country").toString());
        fullWidth +=
            raw.contains(QChar(0xFF10)) || raw.contains(QChar(0xFF11)) || raw.contains(QChar(0xFF15));
        extension += raw.contains(QLatin1String("ext")) || raw.contains(QLatin1Char('#')) ||
                     raw.contains(QLatin1String(" x"));
        if (e164Form.match(raw).hasMatch())
            ++asE164;
        else if (e164Of(raw, at(contact, "country").toString()).isEmpty())
            ++invalid;
        else if (raw.startsWith(QLatin1Char('+')))
            ++internationalSpaced;
        else
            ++national;
    }
    qInfo(
        "typed phones: %d E.164, %d international, %d national, %d invalid, %d full-width, %d with extension",
        asE164, internationalSpaced, national, invalid, fullWidth, extension);
    QVERIFY(asE164 >= 100);
    QVERIFY(national >= 20);
    QVERIFY(internationalSpaced >= 20);
    QVERIFY(invalid >= 3);
    QVERIFY(fullWidth >= 1);
    QVERIFY(extension >= 3);
    QVERIFY(countries.size() >= 8);
}

void TestSandboxSeedPhones::phoneIsWhatTheTypedTextMeans() {
    int missing = 0, unreadable = 0, readFromOtherForms = 0;
    for (const QJsonValue& contact : m_contacts) {
        const QString raw = typed(contact);
        const QString phone = at(contact, "phone").toString();
        const QString id = at(contact, "id").toString();
        if (raw.isEmpty()) {
            QVERIFY2(phone.isEmpty(), qPrintable(id)); // nothing typed, no phone
            ++missing;
            continue;
        }
        QCOMPARE(phone, e164Of(raw, at(contact, "country").toString()));
        unreadable += phone.isEmpty();
        readFromOtherForms += !phone.isEmpty() && phone != raw;
    }
    QVERIFY(missing >= 5);
    QVERIFY(unreadable >= 3); // typed, but not a number: GHL keeps no phone
    QVERIFY(readFromOtherForms >= 40);
}

void TestSandboxSeedPhones::additionalPhonesKeepRawText() {
    QHash<QString, QJsonArray> seeded;
    int notE164 = 0;
    for (const QJsonValue& contact : m_contacts) {
        const QJsonArray additional = at(contact, "additionalPhones").toArray();
        if (additional.isEmpty())
            continue;
        seeded.insert(at(contact, "id").toString(), additional);
        for (const QJsonValue& entry : additional) {
            QVERIFY(entry.isObject()); // {"phone": ...}, like additionalEmails' {"email": ...}
            QVERIFY(!at(entry, "phone").toString().isEmpty());
            notE164 += !e164Form.match(at(entry, "phone").toString()).hasMatch();
        }
    }
    QVERIFY(seeded.size() >= 15);
    QVERIFY(notE164 >= 15);

    // Search shows the same lists (and an empty one for everyone else).
    const HttpResult searched =
        m_sandbox.probe().ghl("POST", QStringLiteral("/contacts/search"),
                              jsonObject(R"({"locationId":"%1","pageLimit":500})", {m_sandbox.locationId()}));
    QCOMPARE(searched.status, 200);
    for (const QJsonValue& contact : at(searched.json(), "contacts").toArray())
        QCOMPARE(at(contact, "additionalPhones").toArray(), seeded.value(at(contact, "id").toString()));
}

void TestSandboxSeedPhones::typedTextWrittenBackIsStoredOrRefused() {
    SandboxFixture sandbox(twoHundredFiftyContacts()); // writes here leave m_sandbox as seeded
    HttpProbe probe = sandbox.probe();
    // The seed gives some numbers to two contacts; this test is about reading phones, not that rule.
    QCOMPARE(probe
                 .postJson(QStringLiteral("/__sandbox/ghl/settings"),
                           jsonObject(R"({"allowDuplicateContacts":true})"))
                 .status,
             200);
    int stored = 0, refused = 0;
    for (const QJsonValue& contact : at(probe.state(), "ghl.contacts").toArray()) {
        const QString raw = typed(contact);
        if (raw.isEmpty() || e164Form.match(raw).hasMatch())
            continue;
        const QString path = QStringLiteral("/contacts/") + at(contact, "id").toString();
        const HttpResult reply = probe.ghl("PUT", path, QJsonObject{{QStringLiteral("phone"), raw}});
        const QString expected = e164Of(raw, at(contact, "country").toString());
        if (expected.isEmpty()) {
            QCOMPARE(reply.status, 422);
            QVERIFY(
                at(reply.json(), "message").toArray().contains(text("phone must be a valid phone number")));
            const QJsonValue after = at(probe.ghl("GET", path).json(), "contact");
            QCOMPARE(at(after, "phone"), at(contact, "phone"));             // still none
            QCOMPARE(at(after, "dateUpdated"), at(contact, "dateUpdated")); // nothing was written
            ++refused;
        } else {
            QCOMPARE(reply.status, 200);
            QCOMPARE(at(reply.json(), "contact.phone").toString(), expected);
            ++stored;
        }
    }
    QVERIFY(stored >= 20);
    QVERIFY(refused >= 3);
}

FIELDLINK_TEST_MAIN(TestSandboxSeedPhones, QCoreApplication)
#include "TestSandboxSeedPhones.moc"
