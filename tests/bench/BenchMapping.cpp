// fieldlink-bench-mapping: maps seeded GHL contacts with the default profile, in process, on one thread, and
// prints records/s, ns per record and peak memory. Run it on an idle machine; it is not a test.
//
//   fieldlink-bench-mapping [--contacts N] [--seed N] [--distinct-phones N] [--write FILE.jsonl]
//
// --write stores the generated contacts, one per line, and exits: scripts/bench-vs-jq.sh maps that file.
//
// Two passes: "cold" with an empty phone cache, as a first sync of N new contacts; "warm" over the same
// contacts, as every later sync run (phone numbers repeat run after run).
//
// Then the floors: what the parts Fieldlink is built on cost per record on their own, with none of the
// engine's work around them — libphonenumber parsing and validating a number it has not seen (the decided
// way to E.164), Qt reading a contact line as JSON, reading the profile's source fields from a QJsonObject,
// building the default profile's payload as a QJsonObject, and writing a result line. The records/s a pass
// can reach is bounded by the sum of the floors it needs; they are the reason the mapping engine's speed
// targets (200 000 records/s in process, 10x jq whole process) are out of reach — see docs/profile-format.md,
// "Speed".
#include "core/mapping/MappingEngine.h"
#include "core/mapping/ProfileLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <phonenumbers/phonenumberutil.h>

#include <sys/resource.h>

#include <cstdio>
#include <iterator>
#include <vector>

using namespace fieldlink::mapping;

namespace {

long peakResidentKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// Contacts shaped like the sandbox's: national and international phones, names in several scripts,
/// tags, custom fields and a few notes and tasks each.
QList<QJsonObject> makeContacts(int count, quint32 seed, int distinctPhones) {
    QRandomGenerator random(seed);
    const QStringList first = {QStringLiteral("Ann"), QStringLiteral("José"), QStringLiteral("王伟"),
                               QStringLiteral("محمد"), QStringLiteral("Zoë")};
    const QStringList last = {QStringLiteral("Lee"), QStringLiteral("Núñez"), QStringLiteral("佐藤"),
                              QStringLiteral("Groß"), QStringLiteral("O'Brien")};
    const QStringList tags = {QStringLiteral("lead"), QStringLiteral("hot"), QStringLiteral("vip"),
                              QStringLiteral("callback"), QStringLiteral("newsletter")};
    QList<QJsonObject> contacts;
    contacts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int phoneIndex = distinctPhones > 0 ? i % distinctPhones : i;
        QString phone;
        switch (phoneIndex % 4) {
        case 0:
            phone = QStringLiteral("+1%1%2").arg(200 + phoneIndex % 700).arg(2000000 + phoneIndex % 7000000);
            break;
        case 1:
            phone = QStringLiteral("(%1) %2-%3")
                        .arg(201 + phoneIndex % 700)
                        .arg(200 + phoneIndex / 7 % 700)
                        .arg(1000 + phoneIndex % 9000);
            break;
        case 2:
            phone = QStringLiteral("07%1 %2").arg(400 + phoneIndex % 500).arg(100000 + phoneIndex % 899999);
            break;
        default:
            phone = QStringLiteral("+49 151 %1").arg(10000000 + phoneIndex % 89999999);
            break;
        }
        QJsonArray contactTags;
        for (const QString& tag : tags)
            if (random.bounded(4) == 0)
                contactTags.append(tag);
        QJsonArray notes;
        for (int n = 0; n < 3; ++n)
            notes.append(QJsonObject{
                {QStringLiteral("body"),
                 QStringLiteral("Called about the quote; call back on Tuesday after 5 pm. #%1").arg(n)},
                {QStringLiteral("dateAdded"),
                 QStringLiteral("2026-0%1-1%2T10:00:00.000Z").arg(1 + n).arg(n)}});
        contacts.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("c%1").arg(i, 19, 10, QLatin1Char('0'))},
            {QStringLiteral("firstName"), first[static_cast<int>(random.bounded(first.size()))]},
            {QStringLiteral("lastName"), last[static_cast<int>(random.bounded(last.size()))]},
            {QStringLiteral("email"), QStringLiteral("person.%1@example.com").arg(i)},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("country"), phoneIndex % 4 == 2   ? QStringLiteral("GB")
                                        : phoneIndex % 4 == 3 ? QStringLiteral("DE")
                                                              : QStringLiteral("US")},
            {QStringLiteral("companyName"), QStringLiteral("Acme %1 LLC").arg(i % 1000)},
            {QStringLiteral("type"),
             random.bounded(3) == 0 ? QStringLiteral("customer") : QStringLiteral("lead")},
            {QStringLiteral("source"), QStringLiteral("website form")},
            {QStringLiteral("timezone"), QStringLiteral("America/New_York")},
            {QStringLiteral("assignedTo"), QStringLiteral("user0000000000000001")},
            {QStringLiteral("tags"), contactTags},
            {QStringLiteral("customFields"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("cfBudget")},
                                    {QStringLiteral("value"), 1000 + i % 5000}}}},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("tasks"),
             QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Follow up")},
                                    {QStringLiteral("dueDate"), QStringLiteral("2026-12-01T00:00:00.000Z")},
                                    {QStringLiteral("completed"), false}}}}});
    }
    return contacts;
}

void pass(const char* name, const MappingEngine& engine, const QList<QJsonObject>& contacts) {
    QElapsedTimer timer;
    timer.start();
    qsizetype mapped = 0;
    for (const QJsonObject& contact : contacts)
        mapped += engine.apply(contact).status == MappedRecord::Status::Mapped;
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::printf("%-5s %9lld records  %6.3f s  %10.0f records/s  %8.0f ns/record  (%lld mapped)\n", name,
                static_cast<long long>(contacts.size()), seconds,
                static_cast<double>(contacts.size()) / seconds,
                seconds * 1e9 / static_cast<double>(contacts.size()), static_cast<long long>(mapped));
}

/// Times `work` over every item and gives the mean nanoseconds per item.
template <typename Items, typename Work> double nanosecondsEach(const Items& items, Work work) {
    QElapsedTimer timer;
    timer.start();
    for (const auto& item : items)
        work(item);
    return static_cast<double>(timer.nsecsElapsed()) / static_cast<double>(std::size(items));
}

/// A copy of `object` built key by key, as the engine builds a payload.
QJsonObject rebuilt(const QJsonObject& object) {
    QJsonObject copy;
    for (auto it = object.begin(); it != object.end(); ++it)
        copy.insert(it.key(), it->isObject() ? QJsonValue(rebuilt(it->toObject())) : it.value());
    return copy;
}

void printFloor(const char* what, double nanoseconds) {
    std::printf("  %-44s %8.0f ns/record\n", what, nanoseconds);
}

void printBound(const char* what, double nanoseconds) {
    std::printf("  %-44s %8.0f ns/record  at most %8.0f records/s\n", what, nanoseconds, 1e9 / nanoseconds);
}

void floors(const MappingEngine& engine, const QList<QJsonObject>& contacts) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* phoneUtil = PhoneNumberUtil::GetInstance();
    // Every input is prepared outside the timers: std::string phones, contact lines, mapped results.
    struct Phone {
        std::string raw;
        std::string region;
    };
    QList<Phone> phones;
    QList<QByteArray> lines;
    QList<QJsonObject> payloads;
    QList<QJsonObject> results;
    for (const QJsonObject& contact : contacts) {
        phones.append({contact.value(QLatin1String("phone")).toString().toStdString(),
                       contact.value(QLatin1String("country")).toString().toStdString()});
        lines.append(QJsonDocument(contact).toJson(QJsonDocument::Compact));
        const MappedRecord mapped = engine.apply(contact);
        payloads.append(mapped.payload);
        results.append(mapped.toJson());
    }
    qsizetype sink = 0;
    // A std::vector: QList<PhoneNumber> needs protobuf's type information at link time in a Debug build, and
    // only libphonenumber links protobuf.
    std::vector<PhoneNumber> parsed(static_cast<std::size_t>(phones.size()));
    qsizetype next = 0;
    const double parse = nanosecondsEach(phones, [&](const Phone& phone) {
        sink +=
            phoneUtil->Parse(phone.raw, phone.region, &parsed[next++]) == PhoneNumberUtil::NO_PARSING_ERROR;
    });
    const double validate =
        nanosecondsEach(parsed, [&](const PhoneNumber& number) { sink += phoneUtil->IsValidNumber(number); });
    const double read = nanosecondsEach(
        lines, [&](const QByteArray& line) { sink += QJsonDocument::fromJson(line).object().size(); });
    const double fields = nanosecondsEach(contacts, [&](const QJsonObject& contact) {
        for (const Rule& rule : engine.profile().rules)
            for (const FieldPath& path : rule.sourcePaths)
                sink += path.read(contact).isUndefined();
    });
    const double build =
        nanosecondsEach(payloads, [&](const QJsonObject& payload) { sink += rebuilt(payload).size(); });
    const double write = nanosecondsEach(results, [&](const QJsonObject& result) {
        sink += QJsonDocument(result).toJson(QJsonDocument::Compact).size();
    });
    std::printf("floors: the decided parts alone, per record (%lld records; checksum %lld)\n",
                static_cast<long long>(contacts.size()), static_cast<long long>(sink));
    printFloor("libphonenumber Parse, a number not seen", parse);
    printFloor("libphonenumber IsValidNumber", validate);
    printFloor("QJsonDocument::fromJson, one contact line", read);
    printFloor("reading the profile's source fields", fields);
    printFloor("building the payload as a QJsonObject", build);
    printFloor("QJsonDocument::toJson, one result line", write);
    std::printf("bounds (target: 200000 records/s = 5000 ns/record in process; 10x jq whole process)\n");
    printBound("in process, numbers seen before (warm)", fields + build);
    printBound("in process, numbers not seen (cold)", parse + validate + fields + build);
    printBound("whole process, fieldlink-cli map", read + parse + validate + fields + build + write);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption contactsOption(QStringLiteral("contacts"),
                                            QStringLiteral("Contacts to generate."), QStringLiteral("N"),
                                            QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("N"),
                                        QStringLiteral("1"));
    const QCommandLineOption distinctOption(QStringLiteral("distinct-phones"),
                                            QStringLiteral("Distinct phone numbers (0: all distinct)."),
                                            QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption writeOption(QStringLiteral("write"),
                                         QStringLiteral("Write the contacts as JSONL and exit."),
                                         QStringLiteral("FILE"));
    parser.addOptions({contactsOption, seedOption, distinctOption, writeOption});
    parser.addHelpOption();
    parser.process(application);

    CustomFieldDirectory customFields;
    customFields.add({QStringLiteral("cfBudget"),
                      QStringLiteral("contact.budget"),
                      QStringLiteral("Budget"),
                      QStringLiteral("MONETORY"),
                      {}});
    const ProfileLoader::Loaded loaded =
        ProfileLoader::load(QStringLiteral("ghl-contacts-to-kixie-powerlist"), customFields);
    if (!loaded.parsed.profile) {
        std::fprintf(stderr, "the default profile does not load\n");
        return 1;
    }
    const QList<QJsonObject> contacts =
        makeContacts(parser.value(contactsOption).toInt(), parser.value(seedOption).toUInt(),
                     parser.value(distinctOption).toInt());
    if (parser.isSet(writeOption)) {
        QFile file(parser.value(writeOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        for (const QJsonObject& contact : contacts)
            file.write(QJsonDocument(contact).toJson(QJsonDocument::Compact) + '\n');
        return 0;
    }
    std::printf("fieldlink-bench-mapping: default profile ghl-contacts-to-kixie-powerlist, one thread, E.164 "
                "via libphonenumber\n");
    const long before = peakResidentKiB();
    const MappingEngine engine(loaded.parsed.profile);
    pass("cold", engine, contacts);
    pass("warm", engine, contacts);
    std::printf("peak memory %.1f MiB (%.1f MiB after generating the input)\n",
                static_cast<double>(peakResidentKiB()) / 1024.0, static_cast<double>(before) / 1024.0);
    floors(engine, contacts); // after the peak: its prepared inputs are not the engine's memory
    return 0;
}
