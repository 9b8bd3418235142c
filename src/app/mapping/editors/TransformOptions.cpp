#include "app/mapping/editors/TransformOptions.h"

#include <QCoreApplication>

namespace fieldlink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::TransformOptions)
};

using Kind = TransformOption::Kind;

QList<TransformDescription> describe() {
    const auto text = [](const char* key, const QString& label, const QString& placeholder = {}) {
        return TransformOption{QLatin1String(key), label, Kind::Text, {}, placeholder};
    };
    const auto choice = [](const char* key, const QString& label, const QStringList& choices) {
        return TransformOption{QLatin1String(key), label, Kind::Choice, choices, {}};
    };
    const auto integer = [](const char* key, const QString& label) {
        return TransformOption{QLatin1String(key), label, Kind::Integer, {}, {}};
    };
    const auto flag = [](const char* key, const QString& label) {
        return TransformOption{QLatin1String(key), label, Kind::Flag, {}, {}};
    };
    const auto condition = [](const char* key, const QString& label) {
        return TransformOption{
            QLatin1String(key),
            label,
            Kind::Condition,
            {},
            QStringLiteral("{\"field\": \"tags\", \"op\": \"contains\", \"value\": \"vip\"}")};
    };
    const QStringList invalidPolicies{QStringLiteral("skip"), QStringLiteral("empty"),
                                      QStringLiteral("keep")};
    return {
        {QStringLiteral("copy"), Tr::tr("Copy"), Tr::tr("Passes the value on unchanged."), {}},
        {QStringLiteral("trim"),
         Tr::tr("Trim"),
         Tr::tr("Removes white space at both ends."),
         {flag("collapse", Tr::tr("Also collapse inner runs of spaces"))}},
        {QStringLiteral("case"),
         Tr::tr("Change case"),
         Tr::tr("Lower, upper or title case, in any script."),
         {choice("mode", Tr::tr("Case"),
                 {QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("title")})}},
        {QStringLiteral("phone_e164"),
         Tr::tr("Phone to E.164"),
         Tr::tr("Normalises a phone number with libphonenumber (+15551234567)."),
         {text("defaultRegion", Tr::tr("Default region"), QStringLiteral("US")),
          text("regionField", Tr::tr("Region from field"), QStringLiteral("country")),
          choice("invalid", Tr::tr("When invalid"), invalidPolicies)}},
        {QStringLiteral("email"),
         Tr::tr("Email address"),
         Tr::tr("Trims and lower-cases an address."),
         {choice("invalid", Tr::tr("When invalid"),
                 {QStringLiteral("keep"), QStringLiteral("empty"), QStringLiteral("skip")})}},
        {QStringLiteral("value_map"),
         Tr::tr("Value map"),
         Tr::tr("Looks the value up in a table."),
         {},
         true},
        {QStringLiteral("default"),
         Tr::tr("Default if empty"),
         Tr::tr("A value for when the input is empty."),
         {text("value", Tr::tr("Value"))}},
        {QStringLiteral("constant"),
         Tr::tr("Constant"),
         Tr::tr("Always the same value."),
         {text("value", Tr::tr("Value"))}},
        {QStringLiteral("concat"),
         Tr::tr("Join sources"),
         Tr::tr("Joins the non-empty values of several sources."),
         {text("separator", Tr::tr("Separator"), QStringLiteral(" "))}},
        {QStringLiteral("template"),
         Tr::tr("Template"),
         Tr::tr("Text with {field} placeholders; {value} is the input."),
         {text("template", Tr::tr("Template"), QStringLiteral("{firstName} {lastName}"))}},
        {QStringLiteral("split"),
         Tr::tr("Split"),
         Tr::tr("One part of the text, or all parts as a list."),
         {text("separator", Tr::tr("Separator"), QStringLiteral(",")),
          integer("index", Tr::tr("Part (0 = first, -1 = last)"))}},
        {QStringLiteral("date"),
         Tr::tr("Date and time"),
         Tr::tr("Reads and writes dates in a time zone."),
         {choice("from", Tr::tr("Read as"),
                 {QStringLiteral("auto"), QStringLiteral("iso"), QStringLiteral("epoch_ms"),
                  QStringLiteral("epoch_s"), QStringLiteral("pattern")}),
          text("pattern", Tr::tr("Input pattern"), QStringLiteral("MM/dd/yyyy")),
          choice("format", Tr::tr("Write as"),
                 {QStringLiteral("iso"), QStringLiteral("epoch_ms"), QStringLiteral("date"),
                  QStringLiteral("time"), QStringLiteral("pattern")}),
          text("outputPattern", Tr::tr("Output pattern"), QStringLiteral("yyyy-MM-dd HH:mm")),
          text("timeZone", Tr::tr("Time zone"), QStringLiteral("America/New_York")),
          integer("addDays", Tr::tr("Add days"))}},
        {QStringLiteral("tags"),
         Tr::tr("Tags"),
         Tr::tr("Tag lists to text and back, or whether one tag is there."),
         {choice("mode", Tr::tr("Mode"),
                 {QStringLiteral("join"), QStringLiteral("split"), QStringLiteral("contains")}),
          text("separator", Tr::tr("Separator"), QStringLiteral(", ")),
          text("tag", Tr::tr("Tag (for contains)"))}},
        {QStringLiteral("join"),
         Tr::tr("Join list"),
         Tr::tr("A list to text."),
         {text("separator", Tr::tr("Separator"), QStringLiteral(", "))}},
        {QStringLiteral("pick"),
         Tr::tr("Pick from list"),
         Tr::tr("The first or latest notes, tasks or appointments."),
         {choice("from", Tr::tr("Which"), {QStringLiteral("latest"), QStringLiteral("first")}),
          integer("count", Tr::tr("How many")),
          text("sortBy", Tr::tr("Sort by"), QStringLiteral("dateAdded")),
          text("field", Tr::tr("Field"), QStringLiteral("body")), condition("where", Tr::tr("Only where"))}},
        {QStringLiteral("truncate"),
         Tr::tr("Truncate"),
         Tr::tr("Shortens text, never splitting a character."),
         {integer("length", Tr::tr("Length")), text("ellipsis", Tr::tr("Ellipsis"), QStringLiteral("…"))}},
        {QStringLiteral("when"),
         Tr::tr("Conditional"),
         Tr::tr("One value when the record matches, another when not."),
         {condition("condition", Tr::tr("When")), text("then", Tr::tr("Then")),
          text("else", Tr::tr("Else"))}},
    };
}

} // namespace

const QList<TransformDescription>& TransformOptions::all() {
    // Built on first use, after the translator is installed.
    static const QList<TransformDescription> descriptions = describe();
    return descriptions;
}

const TransformDescription* TransformOptions::find(const QString& type) {
    for (const TransformDescription& description : all()) {
        if (description.type == type)
            return &description;
    }
    return nullptr;
}

} // namespace fieldlink
