#include "core/mapping/TransformCatalog.h"

#include <QCoreApplication>

namespace fieldlink::mapping {
namespace {

using Kind = TransformOptionSpec::Kind;

TransformOptionSpec textOption(const char* key, const char* label, const QString& placeholder = {}) {
    return {QLatin1String(key), Kind::Text, label, {}, placeholder};
}
TransformOptionSpec choiceOption(const char* key, const char* label, const QStringList& choices) {
    return {QLatin1String(key), Kind::Choice, label, choices, {}};
}
TransformOptionSpec integerOption(const char* key, const char* label) {
    return {QLatin1String(key), Kind::Integer, label, {}, {}};
}
TransformOptionSpec flagOption(const char* key, const char* label) {
    return {QLatin1String(key), Kind::Flag, label, {}, {}};
}
TransformOptionSpec conditionOption(const char* key, const char* label) {
    return {QLatin1String(key),
            Kind::Condition,
            label,
            {},
            QStringLiteral("{\"field\": \"tags\", \"op\": \"contains\", \"value\": \"vip\"}")};
}
/// A value map's keys have no label: the editor's value table edits them together.
TransformOptionSpec tableOption(const char* key) {
    return {QLatin1String(key), Kind::ValueTable, nullptr, {}, {}};
}

/// Types a profile may name without options ("trim" for {"type": "trim"}), as the profile schema lists them.
const QStringList shorthandTypes{QStringLiteral("copy"),      QStringLiteral("trim"), QStringLiteral("email"),
                                 QStringLiteral("join"),      QStringLiteral("date"), QStringLiteral("pick"),
                                 QStringLiteral("phone_e164")};

/// What each Choice value of describe() means. A value means the same wherever it is offered ("iso" is
/// ISO 8601 both to read and to write), so one table serves every option.
struct ChoiceWords {
    const char* value;
    const char* words;
};
const ChoiceWords choiceWords[] = {
    {"lower", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "lower case")},
    {"upper", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "UPPER CASE")},
    {"title", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Title Case")},
    {"skip", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Skip the record")},
    {"empty", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Leave the field empty")},
    {"keep", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Keep the value as it is")},
    {"auto", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Recognise the format")},
    {"iso", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "ISO 8601 (2024-05-31T14:30:00Z)")},
    {"epoch_ms", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Milliseconds since 1970")},
    {"epoch_s", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Seconds since 1970")},
    {"pattern", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "A pattern of my own")},
    {"date", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Date only (2024-05-31)")},
    {"time", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Time only (14:30)")},
    {"join", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Tag list to text")},
    {"split", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Text to tag list")},
    {"contains", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "Whether one tag is there")},
    {"latest", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "The latest")},
    {"first", QT_TRANSLATE_NOOP("fieldlink::mapping::TransformCatalog", "The first")},
};

} // namespace

QList<TransformSpec> TransformCatalog::describe() {
    const QStringList invalidPolicies{QStringLiteral("skip"), QStringLiteral("empty"),
                                      QStringLiteral("keep")};
    QList<TransformSpec> specs = {
        {QStringLiteral("copy"), QT_TR_NOOP("Copy"), QT_TR_NOOP("Passes the value on unchanged."), {}},
        {QStringLiteral("trim"),
         QT_TR_NOOP("Trim"),
         QT_TR_NOOP("Removes white space at both ends."),
         {flagOption("collapse", QT_TR_NOOP("Also collapse inner runs of spaces"))}},
        {QStringLiteral("case"),
         QT_TR_NOOP("Change case"),
         QT_TR_NOOP("Lower, upper or title case, in any script."),
         {choiceOption("mode", QT_TR_NOOP("Case"),
                       {QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("title")})}},
        {QStringLiteral("phone_e164"),
         QT_TR_NOOP("Phone to E.164"),
         QT_TR_NOOP("Normalises a phone number with libphonenumber (+15551234567)."),
         {textOption("defaultRegion", QT_TR_NOOP("Default region"), QStringLiteral("US")),
          textOption("regionField", QT_TR_NOOP("Region from field"), QStringLiteral("country")),
          choiceOption("invalid", QT_TR_NOOP("When invalid"), invalidPolicies)}},
        {QStringLiteral("email"),
         QT_TR_NOOP("Email address"),
         QT_TR_NOOP("Trims and lower-cases an address."),
         {choiceOption("invalid", QT_TR_NOOP("When invalid"),
                       {QStringLiteral("keep"), QStringLiteral("empty"), QStringLiteral("skip")})}},
        {QStringLiteral("value_map"),
         QT_TR_NOOP("Value map"),
         QT_TR_NOOP("Looks the value up in a table."),
         {tableOption("map"), tableOption("default"), tableOption("unmapped"), tableOption("caseSensitive")},
         true},
        {QStringLiteral("default"),
         QT_TR_NOOP("Default if empty"),
         QT_TR_NOOP("A value for when the input is empty."),
         {textOption("value", QT_TR_NOOP("Value"))}},
        {QStringLiteral("constant"),
         QT_TR_NOOP("Constant"),
         QT_TR_NOOP("Always the same value."),
         {textOption("value", QT_TR_NOOP("Value"))}},
        {QStringLiteral("concat"),
         QT_TR_NOOP("Join sources"),
         QT_TR_NOOP("Joins the non-empty values of several sources."),
         {textOption("separator", QT_TR_NOOP("Separator"), QStringLiteral(" "))}},
        {QStringLiteral("template"),
         QT_TR_NOOP("Template"),
         QT_TR_NOOP("Text with {field} placeholders; {value} is the input."),
         {textOption("template", QT_TR_NOOP("Template"), QStringLiteral("{firstName} {lastName}"))}},
        {QStringLiteral("split"),
         QT_TR_NOOP("Split"),
         QT_TR_NOOP("One part of the text, or all parts as a list."),
         {textOption("separator", QT_TR_NOOP("Separator"), QStringLiteral(",")),
          integerOption("index", QT_TR_NOOP("Part (0 = first, -1 = last)"))}},
        {QStringLiteral("date"),
         QT_TR_NOOP("Date and time"),
         QT_TR_NOOP("Reads and writes dates in a time zone."),
         {choiceOption("from", QT_TR_NOOP("Read as"),
                       {QStringLiteral("auto"), QStringLiteral("iso"), QStringLiteral("epoch_ms"),
                        QStringLiteral("epoch_s"), QStringLiteral("pattern")}),
          textOption("pattern", QT_TR_NOOP("Input pattern"), QStringLiteral("MM/dd/yyyy")),
          choiceOption("format", QT_TR_NOOP("Write as"),
                       {QStringLiteral("iso"), QStringLiteral("epoch_ms"), QStringLiteral("date"),
                        QStringLiteral("time"), QStringLiteral("pattern")}),
          textOption("outputPattern", QT_TR_NOOP("Output pattern"), QStringLiteral("yyyy-MM-dd HH:mm")),
          textOption("timeZone", QT_TR_NOOP("Time zone"), QStringLiteral("America/New_York")),
          integerOption("addDays", QT_TR_NOOP("Add days"))}},
        {QStringLiteral("tags"),
         QT_TR_NOOP("Tags"),
         QT_TR_NOOP("Tag lists to text and back, or whether one tag is there."),
         {choiceOption("mode", QT_TR_NOOP("Mode"),
                       {QStringLiteral("join"), QStringLiteral("split"), QStringLiteral("contains")}),
          textOption("separator", QT_TR_NOOP("Separator"), QStringLiteral(", ")),
          textOption("tag", QT_TR_NOOP("Tag (for contains)"))}},
        {QStringLiteral("join"),
         QT_TR_NOOP("Join list"),
         QT_TR_NOOP("A list to text."),
         {textOption("separator", QT_TR_NOOP("Separator"), QStringLiteral(", "))}},
        {QStringLiteral("pick"),
         QT_TR_NOOP("Pick from list"),
         QT_TR_NOOP("The first or latest notes, tasks or appointments."),
         {choiceOption("from", QT_TR_NOOP("Which"), {QStringLiteral("latest"), QStringLiteral("first")}),
          integerOption("count", QT_TR_NOOP("How many")),
          textOption("sortBy", QT_TR_NOOP("Sort by"), QStringLiteral("dateAdded")),
          textOption("field", QT_TR_NOOP("Field"), QStringLiteral("body")),
          conditionOption("where", QT_TR_NOOP("Only where"))}},
        {QStringLiteral("truncate"),
         QT_TR_NOOP("Truncate"),
         QT_TR_NOOP("Shortens text, never splitting a character."),
         {integerOption("length", QT_TR_NOOP("Length")),
          textOption("ellipsis", QT_TR_NOOP("Ellipsis"), QStringLiteral("…"))}},
        {QStringLiteral("when"),
         QT_TR_NOOP("Conditional"),
         QT_TR_NOOP("One value when the record matches, another when not."),
         {conditionOption("condition", QT_TR_NOOP("When")), textOption("then", QT_TR_NOOP("Then")),
          textOption("else", QT_TR_NOOP("Else"))}},
    };
    for (TransformSpec& spec : specs)
        spec.shorthand = shorthandTypes.contains(spec.type);
    return specs;
}

const QList<TransformSpec>& TransformCatalog::all() {
    static const QList<TransformSpec> specs = describe();
    return specs;
}

const TransformSpec* TransformCatalog::find(const QString& type) {
    for (const TransformSpec& spec : all()) {
        if (spec.type == type)
            return &spec;
    }
    return nullptr;
}

QStringList TransformCatalog::types() {
    QStringList types;
    for (const TransformSpec& spec : all())
        types << spec.type;
    return types;
}

QString TransformCatalog::text(const char* untranslated) {
    return QCoreApplication::translate("fieldlink::mapping::TransformCatalog", untranslated);
}

QString TransformCatalog::title(const QString& type) {
    const TransformSpec* spec = find(type);
    return spec ? text(spec->title) : type;
}

QString TransformCatalog::choiceText(const QString& choice) {
    for (const ChoiceWords& entry : choiceWords) {
        if (choice == QLatin1String(entry.value))
            return text(entry.words);
    }
    return choice;
}

} // namespace fieldlink::mapping
