// Profile parsing (errors with JSON path, line and column), validation against catalogs and samples,
// auto-match, and the default profiles.
#include "core/mapping/AutoMatcher.h"
#include "core/mapping/DefaultProfileTexts.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/JsonLocator.h"
#include "core/mapping/MappingEngine.h"
#include "core/mapping/ProfileLoader.h"
#include "core/mapping/ProfileParser.h"
#include "core/mapping/ProfileValidator.h"
#include "support/TestEnvironment.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>

using namespace fieldlink::mapping;

namespace {

QByteArray minimal(const char* rules, const char* routing = R"({"default":{"powerlist":"1969"}})") {
    return QByteArray(
               R"({"format":"fieldlink.profile/1","name":"t","direction":"ghl_to_kixie","object":"contact",)"
               "\n\"routing\":") +
           routing + ",\n\"rules\":" + rules + "}";
}

const Diagnostic* find(const Diagnostics& diagnostics, const char* code) {
    for (const Diagnostic& diagnostic : diagnostics)
        if (diagnostic.code == QLatin1String(code))
            return &diagnostic;
    return nullptr;
}

Diagnostics validateText(const QByteArray& text, const CustomFieldDirectory& customFields = {}) {
    const ParsedProfile parsed = ProfileParser::parse(text, customFields);
    if (!parsed.profile)
        return parsed.diagnostics;
    return ProfileValidator::validate(*parsed.profile,
                                      FieldCatalog::sourcesFor(parsed.profile->direction, customFields),
                                      FieldCatalog::targetsFor(parsed.profile->direction));
}

} // namespace

class TestProfiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void syntaxErrorsNameLineAndColumn();
    void brokenJsonNeverStallsTheLocator();
    void unknownKeysNameTheirPath();
    void duplicateKeysAreReported();
    void formatVersionIsChecked();
    void unknownCallersSettingIsRead_data();
    void unknownCallersSettingIsRead();
    void defaultProfilesValidateClean_data();
    void defaultProfilesValidateClean();
    void validatorFindsCatalogProblems();
    void aRuleThatReadsNothingIsCaught();
    void requiredTargetsOfUsedActionsOnly();
    void routingThatMatchesNothing();
    void samplesRevealDataProblems();
    void autoMatchProposesWithReasons();
    void autoMatchNeverTouchesMappedTargets();
    void engineRoutesSkipsAndFails();
    void everyCatalogLabelIsListedForTranslation();
    void everyDefaultProfileDescriptionIsListedForTranslation();
};

void TestProfiles::syntaxErrorsNameLineAndColumn() {
    const ParsedProfile parsed =
        ProfileParser::parse("{\n  \"name\": \"x\",\n  \"rules\": [\n    {\"target\": }\n]}");
    QVERIFY(!parsed.profile);
    QCOMPARE(parsed.diagnostics.size(), 1);
    QCOMPARE(parsed.diagnostics.first().code, QStringLiteral("FL-MAP-001"));
    QCOMPARE(parsed.diagnostics.first().line, 4);
    QVERIFY(parsed.diagnostics.first().column > 10);
}

void TestProfiles::brokenJsonNeverStallsTheLocator() {
    // Found by FuzzProfile: a stray quote before a closing brace inside a list used to loop forever.
    const ParsedProfile parsed = ProfileParser::parse("{\"rules\": [\n  {'\n   \"target\": \"x\"}\n ]\n}");
    QVERIFY(!parsed.profile);
    QCOMPARE(parsed.diagnostics.first().code, QStringLiteral("FL-MAP-001"));
    QCOMPARE(parsed.diagnostics.first().line, 2);                          // the stray quote
    QVERIFY(JsonLocator(QByteArray("[}}]]}")).duplicatePaths().isEmpty()); // returns, whatever the text
}

void TestProfiles::unknownKeysNameTheirPath() {
    const ParsedProfile parsed = ProfileParser::parse(minimal(R"([
  {"target": "firstName", "source": "firstName"},
  {"target": "lastName", "source": "lastName",
   "transforms": [{"type": "trim", "colapse": true}]}
])"));
    QVERIFY(!parsed.profile);
    const Diagnostic* unknown = find(parsed.diagnostics, "FL-MAP-002");
    QVERIFY(unknown);
    QCOMPARE(unknown->sourcePath, QStringLiteral("rules[1].transforms[0].colapse"));
    QCOMPARE(unknown->line, 6);
    QCOMPARE(unknown->column, 36);
}

void TestProfiles::duplicateKeysAreReported() {
    const ParsedProfile parsed = ProfileParser::parse(minimal(R"([{"target": "title", "source": "type",
      "transforms": [{"type": "value_map", "map": {"lead": "Lead", "lead": "Prospect"}}]}])"));
    QVERIFY(!parsed.profile);
    QCOMPARE(find(parsed.diagnostics, "FL-MAP-014")->sourcePath,
             QStringLiteral("rules[0].transforms[0].map.lead"));
}

void TestProfiles::formatVersionIsChecked() {
    QByteArray text = minimal(R"([{"target":"firstName","source":"firstName"}])");
    text.replace("fieldlink.profile/1", "fieldlink.profile/9");
    QVERIFY(find(ProfileParser::parse(text).diagnostics, "FL-MAP-005"));
    QVERIFY(find(ProfileParser::parse("[1,2]").diagnostics, "FL-MAP-001"));
}

void TestProfiles::unknownCallersSettingIsRead_data() {
    QTest::addColumn<QByteArray>("setting");
    QTest::addColumn<QString>("error"); // the JSON path of the error, or empty
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("tag");
    QTest::newRow("absent: skip") << QByteArray() << QString() << false
                                  << QStringLiteral("kixie-unknown-caller");
    QTest::newRow("create with a tag") << QByteArray(R"({"action":"create","tag":" walk-in "})") << QString()
                                       << true << QStringLiteral("walk-in");
    QTest::newRow("create without a tag")
        << QByteArray(R"({"action":"create","tag":""})") << QString() << true << QString();
    QTest::newRow("an action it does not know")
        << QByteArray(R"({"action":"ignore"})") << QStringLiteral("unknownCallers.action") << false
        << QString();
    QTest::newRow("no action") << QByteArray(R"({"tag":"x"})") << QStringLiteral("unknownCallers.action")
                               << false << QString();
    QTest::newRow("not an object") << QByteArray(R"("create")") << QStringLiteral("unknownCallers") << false
                                   << QString();
    QTest::newRow("a misspelt key") << QByteArray(R"({"action":"skip","tags":"x"})")
                                    << QStringLiteral("unknownCallers.tags") << false << QString();
}

void TestProfiles::unknownCallersSettingIsRead() {
    QFETCH(QByteArray, setting);
    QFETCH(QString, error);
    QFETCH(bool, create);
    QFETCH(QString, tag);
    QByteArray text =
        R"({"format":"fieldlink.profile/1","name":"t","direction":"kixie_to_ghl","object":"call_event",
      "routing":{"default":{"actions":["tags"]}},"rules":[{"target":"tags.add","source":"disposition"}]})";
    if (!setting.isEmpty())
        text.replace(R"("routing")", QByteArray(R"("unknownCallers":)" + setting + R"(,"routing")"));
    const ParsedProfile parsed = ProfileParser::parse(text);
    if (!error.isEmpty()) {
        QVERIFY(!parsed.profile);
        QCOMPARE(parsed.diagnostics.first().sourcePath, error);
        return;
    }
    QVERIFY(parsed.profile);
    QCOMPARE(parsed.profile->unknownCallers.action == UnknownCallers::Action::Create, create);
    QCOMPARE(parsed.profile->unknownCallers.tag, tag);
    // A PowerList profile has no callers to create.
    const ParsedProfile toKixie =
        ProfileParser::parse(minimal(R"([{"target":"firstName","source":"firstName"}])")
                                 .replace(R"("routing")", R"("unknownCallers":{"action":"skip"},"routing")"));
    QVERIFY(!toKixie.profile);
    QCOMPARE(toKixie.diagnostics.first().sourcePath, QStringLiteral("unknownCallers"));
}

void TestProfiles::defaultProfilesValidateClean_data() {
    QTest::addColumn<QString>("name");
    const QStringList names = ProfileLoader::defaultProfileNames();
    QVERIFY(names.contains(QStringLiteral("ghl-contacts-to-kixie-powerlist")));
    QVERIFY(names.contains(QStringLiteral("kixie-calls-to-ghl")));
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestProfiles::defaultProfilesValidateClean() {
    QFETCH(QString, name);
    CustomFieldDirectory customFields;
    for (const char* key : {"budget", "preferred_contact_time", "services_interested"})
        customFields.add({QStringLiteral("id_") + QLatin1String(key),
                          QLatin1String(key),
                          QLatin1String(key),
                          QStringLiteral("TEXT"),
                          {}});
    const ProfileLoader::Loaded loaded = ProfileLoader::load(name, customFields);
    QVERIFY(loaded.error.isEmpty());
    QVERIFY2(loaded.parsed.profile, qPrintable(loaded.parsed.diagnostics.value(0).message));
    const Profile& profile = *loaded.parsed.profile;
    const Diagnostics diagnostics =
        ProfileValidator::validate(profile, FieldCatalog::sourcesFor(profile.direction, customFields),
                                   FieldCatalog::targetsFor(profile.direction));
    QVERIFY2(diagnostics.isEmpty(),
             qPrintable(diagnostics.value(0).code + QLatin1Char(' ') + diagnostics.value(0).message));
}

void TestProfiles::validatorFindsCatalogProblems() {
    const Diagnostics diagnostics = validateText(minimal(R"([
      {"target": "target", "source": "phone"},
      {"target": "fistName", "source": "firstName"},
      {"target": "lastName", "source": "lastNmae"},
      {"target": "companyName", "source": "tags"},
      {"target": "email", "source": "email"},
      {"target": "email", "source": "emailLowerCase"}])"));
    QVERIFY(find(diagnostics, "FL-MAP-011")); // fistName is not a Kixie field
    QCOMPARE(find(diagnostics, "FL-MAP-010")->sourcePath,
             QStringLiteral("rules[2]"));     // lastNmae is not a GHL field
    QVERIFY(find(diagnostics, "FL-MAP-013")); // a tag list into one text field, and a raw phone
    QCOMPARE(find(diagnostics, "FL-MAP-016")->target, QStringLiteral("email"));
}

void TestProfiles::aRuleThatReadsNothingIsCaught() {
    const Diagnostics diagnostics = validateText(minimal(R"([
      {"target": "target", "transforms": ["phone_e164"]},
      {"target": "title", "transforms": [{"type": "constant", "value": "Lead"}]},
      {"target": "companyName", "transforms": ["trim"]}])"));
    const auto readsNothing = [&diagnostics](const char* path) {
        return std::find_if(diagnostics.cbegin(), diagnostics.cend(), [path](const Diagnostic& d) {
            return d.code == QLatin1String("FL-MAP-017") && d.sourcePath == QLatin1String(path);
        });
    };
    QVERIFY(readsNothing("rules[0]") != diagnostics.cend());
    QCOMPARE(readsNothing("rules[0]")->severity, Severity::Error); // the PowerList row's phone is required
    QVERIFY(readsNothing("rules[1]") == diagnostics.cend());       // a constant needs no source
    QVERIFY(readsNothing("rules[2]") != diagnostics.cend());
    QCOMPARE(readsNothing("rules[2]")->severity, Severity::Warning);
}

void TestProfiles::requiredTargetsOfUsedActionsOnly() {
    // PowerList rows need a target phone.
    QVERIFY(find(validateText(minimal(R"([{"target":"firstName","source":"firstName"}])")), "FL-MAP-012"));
    // A Kixie -> GHL profile needs a note body only when a route writes notes.
    const QByteArray tagsOnly =
        R"({"format":"fieldlink.profile/1","name":"t","direction":"kixie_to_ghl","object":"call_event",
      "routing":{"default":{"actions":["tags"]}},"rules":[{"target":"tags.add","source":"disposition"}]})";
    QVERIFY(!find(validateText(tagsOnly), "FL-MAP-012"));
    QByteArray withNotes = tagsOnly;
    withNotes.replace(R"("actions":["tags"])", R"("actions":["tags","note"])");
    QCOMPARE(find(validateText(withNotes), "FL-MAP-012")->target, QStringLiteral("note.body"));
}

void TestProfiles::routingThatMatchesNothing() {
    QVERIFY(
        find(validateText(minimal(R"([{"target":"firstName","source":"firstName"}])", R"({"routes":[]})")),
             "FL-MAP-015"));
    const Diagnostics impossible = validateText(minimal(
        R"([{"target":"target","source":"phone","transforms":["phone_e164"]}])",
        R"({"routes":[{"name":"never","when":{"field":"tags","op":"in","value":[]},"powerlist":"1"}],"default":{"powerlist":"2"}})"));
    QCOMPARE(find(impossible, "FL-MAP-015")->sourcePath, QStringLiteral("routing.routes[0]"));
}

void TestProfiles::samplesRevealDataProblems() {
    const ParsedProfile parsed = ProfileParser::parse(minimal(R"([
      {"target":"target","source":"phone","transforms":[{"type":"phone_e164","invalid":"skip"}]},
      {"target":"title","source":"type","transforms":[{"type":"value_map","map":{"lead":"Lead"},"unmapped":"keep"}]},
      {"target":"companyName","source":"companyName"}])"));
    QVERIFY(parsed.profile);
    QList<QJsonObject> samples;
    for (const char* line :
         {R"({"phone":"+14155552671","type":"lead"})", R"({"phone":"12345","type":"customer"})",
          R"({"phone":"n/a","type":"customer"})"})
        samples << QJsonDocument::fromJson(line).object();
    const Diagnostics diagnostics = ProfileValidator::validateSamples(MappingEngine(parsed.profile), samples);
    const Diagnostic* uncovered = find(diagnostics, "FL-MAP-040");
    QVERIFY(uncovered);
    QVERIFY(uncovered->message.contains(QLatin1String("\"customer\" (2 samples)")));
    const Diagnostic* phones = find(diagnostics, "FL-MAP-041");
    QVERIFY(phones);
    QVERIFY(phones->message.startsWith(QLatin1String("2 of 3")));
    QCOMPARE(find(diagnostics, "FL-MAP-042")->target, QStringLiteral("companyName"));
}

void TestProfiles::autoMatchProposesWithReasons() {
    CustomFieldDirectory customFields;
    customFields.add({QStringLiteral("cf1"),
                      QStringLiteral("contact.budget"),
                      QStringLiteral("Budget"),
                      QStringLiteral("MONETORY"),
                      {}});
    const QList<MatchProposal> proposals =
        AutoMatcher::propose({}, {}, FieldCatalog::sourcesFor(Direction::GhlToKixie, customFields),
                             FieldCatalog::targetsFor(Direction::GhlToKixie));
    QHash<QString, MatchProposal> byTarget;
    for (const MatchProposal& proposal : proposals)
        byTarget.insert(proposal.target, proposal);
    QCOMPARE(byTarget.value(QStringLiteral("firstName")).source, QStringLiteral("firstName"));
    QCOMPARE(byTarget.value(QStringLiteral("firstName")).confidence, 1.0);
    QCOMPARE(byTarget.value(QStringLiteral("target")).source, QStringLiteral("phone")); // synonym
    QCOMPARE(byTarget.value(QStringLiteral("target")).transforms.at(0)[QLatin1String("type")].toString(),
             QStringLiteral("phone_e164"));
    QCOMPARE(byTarget.value(QStringLiteral("nextCallRefresher")).source, QStringLiteral("notes"));
    QCOMPARE(byTarget.value(QStringLiteral("crmUserId")).source, QStringLiteral("assignedTo"));
    QCOMPARE(byTarget.value(QStringLiteral("extraData.Budget")).source,
             QStringLiteral("customFields.contact.budget"));
    for (const MatchProposal& proposal : proposals) {
        QVERIFY(!proposal.reason.isEmpty());
        QVERIFY(proposal.confidence > 0 && proposal.confidence <= 1);
    }
    QVERIFY(AutoMatcher::similarity(QStringLiteral("companyname"), QStringLiteral("compnyname")) > 0.8);
}

void TestProfiles::autoMatchNeverTouchesMappedTargets() {
    const QList<MatchProposal> proposals = AutoMatcher::propose(
        {QStringLiteral("firstName"), QStringLiteral("target")}, {QStringLiteral("email")},
        FieldCatalog::sourcesFor(Direction::GhlToKixie), FieldCatalog::targetsFor(Direction::GhlToKixie));
    for (const MatchProposal& proposal : proposals) {
        QVERIFY(proposal.target != QLatin1String("firstName"));
        QVERIFY(proposal.target != QLatin1String("target"));
        QVERIFY(proposal.source != QLatin1String("email"));
    }
}

void TestProfiles::engineRoutesSkipsAndFails() {
    const ParsedProfile parsed = ProfileParser::parse(minimal(
        R"([{"target":"target","source":"phone","required":true,"missing":"skip","transforms":["phone_e164"]},
            {"target":"companyName","source":"companyName","required":true}])",
        R"({"routes":[{"name":"vip","when":{"field":"tags","op":"contains","value":"vip"},"powerlist":"2044"}]})"));
    QVERIFY(parsed.profile);
    const MappingEngine engine(parsed.profile);
    const MappedRecord vip = engine.apply(
        QJsonDocument::fromJson(R"({"id":"1","phone":"4155552671","companyName":"Acme","tags":["VIP"]})")
            .object());
    QCOMPARE(vip.status, MappedRecord::Status::Mapped);
    QCOMPARE(vip.route, QStringLiteral("vip"));
    QCOMPARE(vip.payload.value(QLatin1String("powerlistId")).toString(), QStringLiteral("2044"));
    QCOMPARE(vip.payload.value(QLatin1String("target")).toString(), QStringLiteral("+14155552671"));
    const MappedRecord noRoute =
        engine.apply(QJsonDocument::fromJson(R"({"id":"2","phone":"4155552671","tags":[]})").object());
    QCOMPARE(noRoute.status, MappedRecord::Status::Skipped);
    QCOMPARE(noRoute.diagnostics.first().code, QStringLiteral("FL-MAP-020"));
    const MappedRecord noCompany =
        engine.apply(QJsonDocument::fromJson(R"({"id":"3","phone":"4155552671","tags":["vip"]})").object());
    QCOMPARE(noCompany.status, MappedRecord::Status::Failed);
    QVERIFY(noCompany.payload.isEmpty()); // nothing is sent for a failed record
    const MappedRecord noPhone =
        engine.apply(QJsonDocument::fromJson(R"({"id":"4","companyName":"Acme","tags":["vip"]})").object());
    QCOMPARE(noPhone.status, MappedRecord::Status::Skipped);
    QCOMPARE(noPhone.diagnostics.first().severity, Severity::Warning);
}

void TestProfiles::everyCatalogLabelIsListedForTranslation() {
    QSet<QString> listed;
    for (std::size_t i = 0; i < catalogLabelCount; ++i)
        listed.insert(QString::fromUtf8(catalogLabels[i]));
    QDirIterator it(QStringLiteral(":/catalogs"), {QStringLiteral("*.json")}, QDir::Files);
    int checked = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue& field :
             QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("fields")).toArray()) {
            for (const char* key : {"label", "group"}) {
                const QString text = field[QLatin1String(key)].toString();
                QVERIFY2(
                    text.isEmpty() || listed.contains(text),
                    qPrintable(QStringLiteral("add \"%1\" to src/core/mapping/CatalogLabels.cpp").arg(text)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 100);
}

void TestProfiles::everyDefaultProfileDescriptionIsListedForTranslation() {
    QSet<QString> listed;
    for (std::size_t i = 0; i < DefaultProfileTexts::count(); ++i)
        listed.insert(QString::fromUtf8(DefaultProfileTexts::all()[i]));
    QDirIterator it(QStringLiteral(":/profiles"), {QStringLiteral("*.json")}, QDir::Files);
    int checked = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString description =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("description")).toString();
        QVERIFY2(
            listed.contains(description),
            qPrintable(QStringLiteral("add the description of %1 to src/core/mapping/DefaultProfileTexts.cpp")
                           .arg(file.fileName())));
        // Shown as it is when it is not the shipped one (an admin's own words).
        QCOMPARE(DefaultProfileTexts::description(description + QLatin1Char('!')),
                 description + QLatin1Char('!'));
        ++checked;
    }
    QCOMPARE(checked, static_cast<int>(DefaultProfileTexts::count()));
}

FIELDLINK_TEST_MAIN(TestProfiles, QCoreApplication)
#include "TestProfiles.moc"
