// The kixie_to_ghl profile's contact update: the "contact" action, `update.*` targets, the call counter
// and the do-not-disturb mapping, read and checked with the JSON path of every problem.
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/ProfileParser.h"
#include "core/mapping/ProfileValidator.h"

#include <QJsonArray>
#include <QTest>

using namespace fieldlink::mapping;

namespace {

QByteArray callProfile(const QByteArray& rules, const QByteArray& extra = {},
                       const QByteArray& actions = R"(["note","contact"])") {
    return R"({"format":"fieldlink.profile/1","name":"t","direction":"kixie_to_ghl","object":"call_event",)" +
           extra + R"("routing":{"default":{"actions":)" + actions + R"(}},"rules":)" + rules + "}";
}

const QByteArray noteRule = R"({"target":"note.body","source":"disposition"})";

CustomFieldDirectory lastCallFields() {
    CustomFieldDirectory directory;
    directory.add({QStringLiteral("f1"),
                   QStringLiteral("contact.last_call_outcome"),
                   QStringLiteral("Last call outcome"),
                   QStringLiteral("TEXT"),
                   {}});
    directory.add({QStringLiteral("f2"),
                   QStringLiteral("contact.kixie_call_count"),
                   QStringLiteral("Kixie calls"),
                   QStringLiteral("NUMERICAL"),
                   {}});
    return directory;
}

const Diagnostic* find(const Diagnostics& diagnostics, const char* code) {
    for (const Diagnostic& diagnostic : diagnostics)
        if (diagnostic.code == QLatin1String(code))
            return &diagnostic;
    return nullptr;
}

Diagnostics validated(const QByteArray& text) {
    const ParsedProfile parsed = ProfileParser::parse(text);
    if (!parsed.profile)
        return parsed.diagnostics;
    return ProfileValidator::validate(*parsed.profile, FieldCatalog::sourcesFor(Direction::KixieToGhl),
                                      FieldCatalog::targetsFor(Direction::KixieToGhl));
}

} // namespace

class TestContactUpdateProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contactRulesCounterAndDndAreRead();
    void badSettingsNameTheirPath_data();
    void badSettingsNameTheirPath();
    void validatorKnowsTheContactUpdateFields();
    void missingCustomFieldIsAnErrorAtRunStart();
};

void TestContactUpdateProfile::contactRulesCounterAndDndAreRead() {
    const ParsedProfile parsed = ProfileParser::parse(
        callProfile("[" + noteRule + R"(,
          {"target":"update.customFields.contact.last_call_outcome","source":"disposition"},
          {"target":"update.source","transforms":[{"type":"constant","value":"Kixie"}]},
          {"target":"update.customFields.contact.kixie_call_count","aggregate":"callCount"}])",
                    R"("doNotDisturb":[{"dispositions":["Do Not Call","DNC"],"channels":["Call","SMS"]}],
           "dndMessage":"Stop: {disposition}",)"));
    QVERIFY2(parsed.profile, qPrintable(parsed.diagnostics.value(0).message));
    const Profile& profile = *parsed.profile;
    QCOMPARE(profile.routing.fallback->actions,
             QStringList({QStringLiteral("note"), QStringLiteral("contact")}));
    QCOMPARE(profile.rules[3].aggregate, QStringLiteral("callCount"));
    QVERIFY(profile.rules[1].aggregate.isEmpty());
    QCOMPARE(contactupdate::customFieldKey(profile.rules[1].target),
             QStringLiteral("contact.last_call_outcome"));
    QCOMPARE(contactupdate::standardField(profile.rules[2].target), QStringLiteral("source"));
    QVERIFY(contactupdate::standardField(profile.rules[1].target).isEmpty());
    QVERIFY(!contactupdate::isTarget(profile.rules[0].target));
    QCOMPARE(profile.doNotDisturb.size(), std::size_t(1));
    QCOMPARE(profile.doNotDisturb[0].channels, QStringList({QStringLiteral("Call"), QStringLiteral("SMS")}));
    QVERIFY(profile.doNotDisturb[0].matches(QStringLiteral(" do not call ")));
    QVERIFY(profile.doNotDisturb[0].matches(QStringLiteral("dnc")));
    QVERIFY(!profile.doNotDisturb[0].matches(QStringLiteral("Answered")));
    QCOMPARE(profile.dndMessage, QStringLiteral("Stop: {disposition}"));
}

void TestContactUpdateProfile::badSettingsNameTheirPath_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    const QByteArray counter =
        R"({"target":"update.customFields.contact.kixie_call_count","aggregate":"callCount"})";
    QTest::newRow("unknown channel") << callProfile("[" + noteRule + "]",
                                                    R"("doNotDisturb":[{"dispositions":["DNC"],
                                                        "channels":["Call","Fax"]}],)")
                                     << QStringLiteral("doNotDisturb[0].channels[1]");
    QTest::newRow("no dispositions") << callProfile("[" + noteRule + "]",
                                                    R"("doNotDisturb":[{"channels":["Call"]}],)")
                                     << QStringLiteral("doNotDisturb[0].dispositions");
    QTest::newRow("misspelt key") << callProfile(
                                         "[" + noteRule + "]",
                                         R"("doNotDisturb":[{"dispositions":["DNC"],"channels":["SMS"],
                                                     "channel":"Call"}],)")
                                  << QStringLiteral("doNotDisturb[0].channel");
    QTest::newRow("unknown aggregate")
        << callProfile("[" + noteRule + R"(,{"target":"update.customFields.contact.x","aggregate":"sum"}])")
        << QStringLiteral("rules[1].aggregate");
    QTest::newRow("counter with a source")
        << callProfile("[" + noteRule + R"(,{"target":"update.customFields.contact.x","aggregate":"callCount",
                                            "source":"disposition"}])")
        << QStringLiteral("rules[1].aggregate");
    QTest::newRow("counter outside the contact")
        << callProfile(
               "[" + noteRule +
               R"(,{"target":"note.body","aggregate":"callCount","when":{"field":"a","op":"exists"}}])")
        << QStringLiteral("rules[1].target");
    QTest::newRow("custom field without a key")
        << callProfile("[" + noteRule + R"(,{"target":"update.customFields.","source":"disposition"}])")
        << QStringLiteral("rules[1].target");
    QTest::newRow("unknown action") << callProfile("[" + counter + "]", {}, R"(["contacts"])")
                                    << QStringLiteral("routing.default.actions[0]");
    QTest::newRow("dnd in a PowerList profile")
        << QByteArray(
               R"({"format":"fieldlink.profile/1","name":"t","direction":"ghl_to_kixie","object":"contact",
              "doNotDisturb":[],"routing":{"default":{"powerlist":"1"}},
              "rules":[{"target":"firstName","source":"firstName"}]})")
        << QStringLiteral("doNotDisturb");
}

void TestContactUpdateProfile::badSettingsNameTheirPath() {
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    const ParsedProfile parsed = ProfileParser::parse(text);
    QVERIFY(!parsed.profile);
    QStringList paths;
    for (const Diagnostic& diagnostic : parsed.diagnostics)
        paths << diagnostic.sourcePath;
    QVERIFY2(paths.contains(path), qPrintable(paths.join(QStringLiteral(", "))));
    QVERIFY(parsed.diagnostics.first().code.startsWith(QLatin1String("FL-MAP-")));
    QVERIFY(parsed.diagnostics.first().line > 0);
}

void TestContactUpdateProfile::validatorKnowsTheContactUpdateFields() {
    // A standard field of the contact update is a target; a lookup key or an unknown field is not.
    QVERIFY(!hasErrors(validated(
        callProfile("[" + noteRule + R"(,{"target":"update.companyName","source":"disposition"}])"))));
    const Diagnostics email =
        validated(callProfile("[" + noteRule + R"(,{"target":"update.email","source":"disposition"}])"));
    QVERIFY(find(email, code::unknownTarget));
    QCOMPARE(find(email, code::unknownTarget)->sourcePath, QStringLiteral("rules[1]"));
    QVERIFY(hasErrors(validated(
        callProfile("[" + noteRule + R"(,{"target":"update.favouriteColour","source":"disposition"}])"))));
    // A counter reads nothing, by design.
    const Diagnostics counter = validated(callProfile(
        "[" + noteRule +
        R"(,{"target":"update.customFields.contact.kixie_call_count","aggregate":"callCount"}])"));
    QVERIFY(!find(counter, code::ruleReadsNothing));
    QVERIFY(!hasErrors(counter));
    // Contact rules without a route that sends them are reported.
    const Diagnostics unsent = validated(callProfile(
        "[" + noteRule + R"(,{"target":"update.source","source":"disposition"}])", {}, R"(["note"])"));
    QVERIFY(find(unsent, code::unknownTarget));
    QCOMPARE(find(unsent, code::unknownTarget)->severity, Severity::Warning);
}

void TestContactUpdateProfile::missingCustomFieldIsAnErrorAtRunStart() {
    const QByteArray text =
        callProfile("[" + noteRule +
                    R"(,{"target":"update.customFields.contact.last_call_outcome","source":"disposition"},
                            {"target":"update.customFields.contact.favourite_colour","source":"disposition"}])");
    const ParsedProfile parsed = ProfileParser::parse(text, lastCallFields());
    QVERIFY(parsed.profile);
    const Diagnostics found = ProfileValidator::validateContactFields(*parsed.profile, lastCallFields());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Severity::Error);
    QCOMPARE(found.first().code, QString::fromLatin1(code::unknownCustomField));
    QCOMPARE(found.first().sourcePath, QStringLiteral("rules[2]"));
    QVERIFY(found.first().message.contains(QStringLiteral("contact.favourite_colour")));
    // A location without custom fields lacks every one the profile names.
    QCOMPARE(ProfileValidator::validateContactFields(*parsed.profile, {}).size(), 2);
    // A standard field GHL's contact update does not take is refused too; one it takes is not.
    const ParsedProfile standard = ProfileParser::parse(
        callProfile("[" + noteRule + R"(,{"target":"update.website","source":"disposition"},
                            {"target":"update.favouriteColour","source":"disposition"}])"));
    QVERIFY(standard.profile);
    const Diagnostics refused = ProfileValidator::validateContactFields(*standard.profile, {});
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().code, QString::fromLatin1(code::unknownTarget));
    QCOMPARE(refused.first().sourcePath, QStringLiteral("rules[2]"));
}

QTEST_GUILESS_MAIN(TestContactUpdateProfile)
#include "TestContactUpdateProfile.moc"
