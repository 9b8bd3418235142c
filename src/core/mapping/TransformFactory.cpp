#include "core/mapping/TextTransforms.h"
#include "core/mapping/Transform.h"
#include "core/mapping/TransformCatalog.h"
#include "core/mapping/ValueTransforms.h"

#include <QJsonArray>

namespace fieldlink::mapping {
namespace {

using Factory = std::unique_ptr<Transform> (*)(const QJsonObject&, const QString&, ParseContext&,
                                               const CustomFieldDirectory&);

/// How to build one type; what it is and which options it takes are TransformCatalog's.
struct Entry {
    const char* type;
    Factory make;
};

/// The keys a transform of `spec`'s type may have.
QSet<QString> keysOf(const TransformSpec& spec) {
    QSet<QString> keys{QStringLiteral("type")};
    for (const TransformOptionSpec& option : spec.options)
        keys.insert(option.key);
    return keys;
}

/// Transforms configured by one required "value" (constant, default).
template <typename T>
std::unique_ptr<Transform> makeWithValue(const QJsonObject& spec, const QString& path, ParseContext& context,
                                         const CustomFieldDirectory&) {
    if (!spec.contains(QLatin1String("value")))
        context.error(code::missingKey, ParseContext::join(path, QStringLiteral("value")),
                      ParseContext::tr("\"value\" is required."));
    return std::make_unique<T>(spec.value(QLatin1String("value")));
}

std::unique_ptr<Transform> makeValueMap(const QJsonObject& spec, const QString& path, ParseContext& context,
                                        const CustomFieldDirectory&) {
    QList<QPair<QString, QJsonValue>> entries;
    const QJsonValue map = spec.value(QLatin1String("map"));
    const QString mapPath = ParseContext::join(path, QStringLiteral("map"));
    if (map.isObject()) {
        const QJsonObject object = map.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            entries.append({it.key(), it.value()});
    } else if (map.isArray()) {
        // [{"from": ..., "to": ...}] keeps duplicates visible, which an object silently merges.
        const QJsonArray array = map.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject entry = array[i].toObject();
            context.checkKeys(entry, ParseContext::index(mapPath, i),
                              {QStringLiteral("from"), QStringLiteral("to")});
            entries.append(
                {context.string(entry, ParseContext::index(mapPath, i), QStringLiteral("from"), true),
                 entry.value(QLatin1String("to"))});
        }
    } else {
        context.error(code::missingKey, mapPath,
                      ParseContext::tr("A value map needs \"map\": an object or a list of {from, to}."));
    }
    const bool caseSensitive = context.boolean(spec, path, QStringLiteral("caseSensitive"), false);
    QSet<QString> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString key =
            caseSensitive ? entries[i].first.trimmed() : entries[i].first.trimmed().toCaseFolded();
        if (seen.contains(key))
            context.error(code::duplicateMapKey,
                          map.isArray() ? ParseContext::index(mapPath, i)
                                        : ParseContext::join(mapPath, entries[i].first),
                          ParseContext::tr("The value map has \"%1\" more than once.").arg(entries[i].first));
        seen.insert(key);
    }
    const QString unmapped = context.choice(
        spec, path, QStringLiteral("unmapped"),
        {QStringLiteral("default"), QStringLiteral("keep"), QStringLiteral("skip"), QStringLiteral("fail")},
        QStringLiteral("default"));
    const auto policy = unmapped == QLatin1String("keep")   ? ValueMapTransform::Unmapped::Keep
                        : unmapped == QLatin1String("skip") ? ValueMapTransform::Unmapped::Skip
                        : unmapped == QLatin1String("fail") ? ValueMapTransform::Unmapped::Fail
                                                            : ValueMapTransform::Unmapped::Default;
    return std::make_unique<ValueMapTransform>(entries, caseSensitive, spec.value(QLatin1String("default")),
                                               policy);
}

std::unique_ptr<Transform> makePhone(const QJsonObject& spec, const QString& path, ParseContext& context,
                                     const CustomFieldDirectory&) {
    const QString region =
        context.string(spec, path, QStringLiteral("defaultRegion"), false, QStringLiteral("US"));
    if (region.size() != 2)
        context.error(
            code::badValue, ParseContext::join(path, QStringLiteral("defaultRegion")),
            ParseContext::tr("\"defaultRegion\" must be a two-letter region code such as US or GB."));
    const QString invalid = context.choice(
        spec, path, QStringLiteral("invalid"),
        {QStringLiteral("skip"), QStringLiteral("empty"), QStringLiteral("keep")}, QStringLiteral("skip"));
    return std::make_unique<PhoneE164Transform>(
        region.toUpper(), context.string(spec, path, QStringLiteral("regionField"), false),
        invalid == QLatin1String("empty")  ? PhoneE164Transform::Invalid::Empty
        : invalid == QLatin1String("keep") ? PhoneE164Transform::Invalid::Keep
                                           : PhoneE164Transform::Invalid::Skip);
}

std::unique_ptr<Transform> makeDate(const QJsonObject& spec, const QString& path, ParseContext& context,
                                    const CustomFieldDirectory&) {
    const QString from =
        context.choice(spec, path, QStringLiteral("from"),
                       {QStringLiteral("auto"), QStringLiteral("iso"), QStringLiteral("epoch_ms"),
                        QStringLiteral("epoch_s"), QStringLiteral("pattern")},
                       QStringLiteral("auto"));
    const QString to =
        context.choice(spec, path, QStringLiteral("format"),
                       {QStringLiteral("iso"), QStringLiteral("epoch_ms"), QStringLiteral("date"),
                        QStringLiteral("time"), QStringLiteral("pattern")},
                       QStringLiteral("iso"));
    const QString zoneName =
        context.string(spec, path, QStringLiteral("timeZone"), false, QStringLiteral("UTC"));
    QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid()) {
        context.error(code::badValue, ParseContext::join(path, QStringLiteral("timeZone")),
                      ParseContext::tr("Unknown time zone \"%1\"; use an IANA name such as America/New_York.")
                          .arg(zoneName));
        zone = QTimeZone::utc();
    }
    const QString inputPattern =
        context.string(spec, path, QStringLiteral("pattern"), from == QLatin1String("pattern"));
    const QString outputPattern =
        context.string(spec, path, QStringLiteral("outputPattern"), to == QLatin1String("pattern"));
    const auto input = from == QLatin1String("iso")        ? DateTransform::Input::Iso
                       : from == QLatin1String("epoch_ms") ? DateTransform::Input::EpochMs
                       : from == QLatin1String("epoch_s")  ? DateTransform::Input::EpochSeconds
                       : from == QLatin1String("pattern")  ? DateTransform::Input::Pattern
                                                           : DateTransform::Input::Auto;
    const auto output = to == QLatin1String("epoch_ms")  ? DateTransform::Output::EpochMs
                        : to == QLatin1String("date")    ? DateTransform::Output::Date
                        : to == QLatin1String("time")    ? DateTransform::Output::Time
                        : to == QLatin1String("pattern") ? DateTransform::Output::Pattern
                                                         : DateTransform::Output::Iso;
    return std::make_unique<DateTransform>(
        input, inputPattern, output, outputPattern, zone,
        context.integer(spec, path, QStringLiteral("addDays"), 0, -36500, 36500));
}

std::unique_ptr<Transform> makeCase(const QJsonObject& spec, const QString& path, ParseContext& context,
                                    const CustomFieldDirectory&) {
    const QString mode = context.choice(
        spec, path, QStringLiteral("mode"),
        {QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("title")}, QStringLiteral("lower"));
    return std::make_unique<CaseTransform>(mode == QLatin1String("upper")   ? CaseTransform::Mode::Upper
                                           : mode == QLatin1String("title") ? CaseTransform::Mode::Title
                                                                            : CaseTransform::Mode::Lower);
}

std::unique_ptr<Transform> makeTags(const QJsonObject& spec, const QString& path, ParseContext& context,
                                    const CustomFieldDirectory&) {
    const QString mode =
        context.choice(spec, path, QStringLiteral("mode"),
                       {QStringLiteral("join"), QStringLiteral("split"), QStringLiteral("contains")},
                       QStringLiteral("join"));
    const QString tag = context.string(spec, path, QStringLiteral("tag"), mode == QLatin1String("contains"));
    return std::make_unique<TagsTransform>(
        mode == QLatin1String("split")      ? TagsTransform::Mode::Split
        : mode == QLatin1String("contains") ? TagsTransform::Mode::Contains
                                            : TagsTransform::Mode::Join,
        context.string(spec, path, QStringLiteral("separator"), false, QStringLiteral(", ")), tag);
}

std::unique_ptr<Transform> makePick(const QJsonObject& spec, const QString& path, ParseContext& context,
                                    const CustomFieldDirectory& customFields) {
    const QString from =
        context.choice(spec, path, QStringLiteral("from"),
                       {QStringLiteral("latest"), QStringLiteral("first")}, QStringLiteral("latest"));
    std::unique_ptr<Condition> where;
    if (spec.contains(QLatin1String("where")))
        where = Condition::parse(spec.value(QLatin1String("where")),
                                 ParseContext::join(path, QStringLiteral("where")), context, customFields);
    return std::make_unique<PickTransform>(
        from == QLatin1String("latest"), context.integer(spec, path, QStringLiteral("count"), 1, 1, 1000),
        context.string(spec, path, QStringLiteral("sortBy"), false, QStringLiteral("dateAdded")),
        context.string(spec, path, QStringLiteral("field"), false), std::move(where));
}

std::unique_ptr<Transform> makeWhen(const QJsonObject& spec, const QString& path, ParseContext& context,
                                    const CustomFieldDirectory& customFields) {
    if (!spec.contains(QLatin1String("condition")))
        context.error(code::missingKey, ParseContext::join(path, QStringLiteral("condition")),
                      ParseContext::tr("\"condition\" is required."));
    auto condition =
        Condition::parse(spec.value(QLatin1String("condition")),
                         ParseContext::join(path, QStringLiteral("condition")), context, customFields);
    if (!condition)
        return nullptr;
    return std::make_unique<WhenTransform>(std::move(condition), spec.value(QLatin1String("then")),
                                           spec.value(QLatin1String("else")));
}

const std::vector<Entry>& registry() {
    static const std::vector<Entry> entries = {
        {"copy",
         [](const QJsonObject&, const QString&, ParseContext&,
            const CustomFieldDirectory&) -> std::unique_ptr<Transform> {
             return std::make_unique<CopyTransform>();
         }},
        {"constant", makeWithValue<ConstantTransform>},
        {"default", makeWithValue<DefaultIfEmptyTransform>},
        {"trim",
         [](const QJsonObject& spec, const QString& path, ParseContext& context,
            const CustomFieldDirectory&) -> std::unique_ptr<Transform> {
             return std::make_unique<TrimTransform>(
                 context.boolean(spec, path, QStringLiteral("collapse"), false));
         }},
        {"case", makeCase},
        {"concat",
         [](const QJsonObject& spec, const QString& path, ParseContext& context,
            const CustomFieldDirectory&) -> std::unique_ptr<Transform> {
             return std::make_unique<ConcatTransform>(
                 context.string(spec, path, QStringLiteral("separator"), false, QStringLiteral(" ")));
         }},
        {"template",
         [](const QJsonObject& spec, const QString& path, ParseContext& context,
            const CustomFieldDirectory& customFields) -> std::unique_ptr<Transform> {
             return std::make_unique<TemplateTransform>(
                 context.string(spec, path, QStringLiteral("template"), true), customFields);
         }},
        {"split",
         [](const QJsonObject& spec, const QString& path, ParseContext& context,
            const CustomFieldDirectory&) -> std::unique_ptr<Transform> {
             std::optional<int> index;
             if (spec.contains(QLatin1String("index")))
                 index = context.integer(spec, path, QStringLiteral("index"), 0, -1000, 1000);
             return std::make_unique<SplitTransform>(
                 context.string(spec, path, QStringLiteral("separator"), false, QStringLiteral(",")), index);
         }},
        {"phone_e164", makePhone},
        {"email",
         [](const QJsonObject& spec, const QString& path, ParseContext& context,
            const CustomFieldDirectory&) -> std::unique_ptr<Transform> {
             const QString invalid =
                 context.choice(spec, path, QStringLiteral("invalid"),
                                {QStringLiteral("keep"), QStringLiteral("empty"), QStringLiteral("skip")},
                                QStringLiteral("empty"));
             return std::make_unique<EmailTransform>(
                 invalid == QLatin1String("keep")   ? EmailTransform::Invalid::Keep
                 : invalid == QLatin1String("skip") ? EmailTransform::Invalid::Skip
                                                    : EmailTransform::Invalid::Empty);
         }},
        {"date", makeDate},
        {"value_map", makeValueMap},
        {"tags", makeTags},
        {"join",
         [](const QJsonObject& spec, const QString& path, ParseContext& context,
            const CustomFieldDirectory&) -> std::unique_ptr<Transform> {
             return std::make_unique<JoinTransform>(
                 context.string(spec, path, QStringLiteral("separator"), false, QStringLiteral(", ")));
         }},
        {"pick", makePick},
        {"truncate",
         [](const QJsonObject& spec, const QString& path, ParseContext& context,
            const CustomFieldDirectory&) -> std::unique_ptr<Transform> {
             return std::make_unique<TruncateTransform>(
                 context.integer(spec, path, QStringLiteral("length"), 255, 1, 1000000),
                 context.string(spec, path, QStringLiteral("ellipsis"), false, QString(QChar(0x2026))));
         }},
        {"when", makeWhen},
    };
    return entries;
}

} // namespace

QStringList transformTypes() {
    return TransformCatalog::types();
}

std::unique_ptr<Transform> createTransform(const QJsonValue& spec, const QString& path, ParseContext& context,
                                           const CustomFieldDirectory& customFields) {
    // "trim" is shorthand for {"type": "trim"}.
    const QJsonObject object =
        spec.isString() ? QJsonObject{{QStringLiteral("type"), spec.toString()}} : spec.toObject();
    if (!spec.isString() && !spec.isObject()) {
        context.error(code::badValue, path,
                      ParseContext::tr("A transform must be a name or an object with a \"type\"."));
        return nullptr;
    }
    const QString type = context.string(object, path, QStringLiteral("type"), true);
    const TransformSpec* described = TransformCatalog::find(type);
    for (const Entry& entry : registry()) {
        if (described && type == QLatin1String(entry.type)) {
            context.checkKeys(object, path, keysOf(*described));
            return entry.make(object, path, context, customFields);
        }
    }
    if (!type.isEmpty())
        context.error(code::badValue, ParseContext::join(path, QStringLiteral("type")),
                      ParseContext::tr("Unknown transform \"%1\". Known: %2.")
                          .arg(type, transformTypes().join(QStringLiteral(", "))));
    return nullptr;
}

} // namespace fieldlink::mapping
