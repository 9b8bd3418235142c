#include "core/mapping/ProfileParser.h"

#include "core/mapping/JsonLocator.h"
#include "core/mapping/ParseContext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace fieldlink::mapping {
namespace {

struct Reader {
    ParseContext& context;
    const CustomFieldDirectory& customFields;
    Profile& profile;

    void readTop(const QJsonObject& root) {
        context.checkKeys(root, {},
                          {QStringLiteral("format"), QStringLiteral("name"), QStringLiteral("description"),
                           QStringLiteral("direction"), QStringLiteral("object"), QStringLiteral("matchKeys"),
                           QStringLiteral("duplicateHandling"), QStringLiteral("unknownCallers"),
                           QStringLiteral("routing"), QStringLiteral("rules"), QStringLiteral("doNotDisturb"),
                           QStringLiteral("dndMessage")});
        const QString format = context.string(root, {}, QStringLiteral("format"), true);
        if (!format.isEmpty() && format != QLatin1String(Profile::formatName))
            context.error(code::unsupportedFormat, QStringLiteral("format"),
                          ParseContext::tr("Unsupported format \"%1\"; this version reads \"%2\".")
                              .arg(format, QLatin1String(Profile::formatName)));
        profile.name = context.string(root, {}, QStringLiteral("name"), true);
        profile.description = context.string(root, {}, QStringLiteral("description"), false);
        const QString direction =
            context.choice(root, {}, QStringLiteral("direction"),
                           {directionName(Direction::GhlToKixie), directionName(Direction::KixieToGhl)},
                           directionName(Direction::GhlToKixie));
        if (!root.contains(QLatin1String("direction")))
            context.error(code::missingKey, QStringLiteral("direction"),
                          ParseContext::tr("\"direction\" is required."));
        profile.direction = directionFromName(direction).value_or(Direction::GhlToKixie);
        const QStringList objects = profile.direction == Direction::GhlToKixie
                                        ? QStringList{QStringLiteral("contact"), QStringLiteral("note"),
                                                      QStringLiteral("task"), QStringLiteral("appointment")}
                                        : QStringList{QStringLiteral("call_event")};
        profile.object = context.choice(root, {}, QStringLiteral("object"), objects, objects.first());
        profile.duplicateHandling =
            context.choice(root, {}, QStringLiteral("duplicateHandling"),
                           {QStringLiteral("merge"), QStringLiteral("overwrite"), QStringLiteral("ignore")},
                           QStringLiteral("merge"));
        readMatchKeys(root.value(QLatin1String("matchKeys")));
        if (root.contains(QLatin1String("unknownCallers")))
            readUnknownCallers(root.value(QLatin1String("unknownCallers")));
        readRouting(root.value(QLatin1String("routing")));
        readRules(root.value(QLatin1String("rules")));
        if (root.contains(QLatin1String("doNotDisturb")))
            readDoNotDisturb(root.value(QLatin1String("doNotDisturb")));
        if (root.contains(QLatin1String("dndMessage"))) {
            if (profile.direction != Direction::KixieToGhl)
                context.error(code::badValue, QStringLiteral("dndMessage"),
                              ParseContext::tr("\"dndMessage\" applies to kixie_to_ghl profiles only."));
            profile.dndMessage = context.string(root, {}, QStringLiteral("dndMessage"), false).trimmed();
        }
    }

    /// A list of strings at `path`, each checked by `accept` (which reports its own problem).
    QStringList readNames(const QJsonObject& object, const QString& path, const QString& key,
                          const std::function<bool(const QString&, const QString&)>& accept) {
        const QString listPath = ParseContext::join(path, key);
        const QJsonValue value = object.value(key);
        const QJsonArray items = value.toArray();
        if (!value.isArray() || items.isEmpty()) {
            context.error(value.isUndefined() ? code::missingKey : code::badValue, listPath,
                          ParseContext::tr("\"%1\" must be a non-empty list.").arg(key));
            return {};
        }
        QStringList names;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = ParseContext::index(listPath, i);
            const QString name = items[i].toString().trimmed();
            if (!items[i].isString() || name.isEmpty())
                context.error(code::badValue, itemPath,
                              ParseContext::tr("Each entry of \"%1\" must be a non-empty text.").arg(key));
            else if (names.contains(name))
                context.error(code::badValue, itemPath,
                              ParseContext::tr("\"%1\" is listed twice.").arg(name));
            else if (accept(name, itemPath))
                names << name;
        }
        return names;
    }

    void readDoNotDisturb(const QJsonValue& value) {
        const QString path = QStringLiteral("doNotDisturb");
        if (profile.direction != Direction::KixieToGhl) {
            context.error(code::badValue, path,
                          ParseContext::tr("\"doNotDisturb\" applies to kixie_to_ghl profiles only: a call "
                                           "disposition that sets do-not-disturb on the GHL contact."));
            return;
        }
        const QJsonArray mappings = value.toArray();
        if (!value.isArray()) {
            context.error(code::badValue, path,
                          ParseContext::tr("\"doNotDisturb\" must be a list such as [{\"dispositions\": "
                                           "[\"Do Not Call\"], \"channels\": [\"Call\", \"SMS\"]}]."));
            return;
        }
        const QStringList& channels = contactupdate::dndChannels();
        for (qsizetype i = 0; i < mappings.size(); ++i) {
            const QString itemPath = ParseContext::index(path, i);
            if (!mappings[i].isObject()) {
                context.error(code::badValue, itemPath,
                              ParseContext::tr("Each do-not-disturb mapping must be an object with "
                                               "\"dispositions\" and \"channels\"."));
                continue;
            }
            const QJsonObject object = mappings[i].toObject();
            context.checkKeys(object, itemPath, {QStringLiteral("dispositions"), QStringLiteral("channels")});
            DndMapping mapping;
            mapping.jsonPath = itemPath;
            mapping.dispositions = readNames(object, itemPath, QStringLiteral("dispositions"),
                                             [](const QString&, const QString&) { return true; });
            mapping.channels = readNames(
                object, itemPath, QStringLiteral("channels"), [&](const QString& name, const QString& at) {
                    if (channels.contains(name))
                        return true;
                    context.error(code::badValue, at,
                                  ParseContext::tr("Unknown do-not-disturb channel \"%1\"; use %2.")
                                      .arg(name, channels.join(QStringLiteral(", "))));
                    return false;
                });
            profile.doNotDisturb.push_back(std::move(mapping));
        }
    }

    void readMatchKeys(const QJsonValue& value) {
        const QStringList allowed =
            profile.direction == Direction::GhlToKixie
                ? QStringList{QStringLiteral("ledger"), QStringLiteral("phone"), QStringLiteral("email")}
                : QStringList{QStringLiteral("contactId"), QStringLiteral("crmContactId"),
                              QStringLiteral("phone"), QStringLiteral("email")};
        if (value.isUndefined()) {
            profile.matchKeys = allowed;
            return;
        }
        const QJsonArray keys = value.toArray();
        if (!value.isArray() || keys.isEmpty())
            context.error(code::badValue, QStringLiteral("matchKeys"),
                          ParseContext::tr("\"matchKeys\" must be a non-empty list."));
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString key = keys[i].toString();
            if (!allowed.contains(key))
                context.error(code::badValue, ParseContext::index(QStringLiteral("matchKeys"), i),
                              ParseContext::tr("Unknown match key \"%1\"; use %2.")
                                  .arg(key, allowed.join(QStringLiteral(", "))));
            else if (profile.matchKeys.contains(key))
                context.error(code::badValue, ParseContext::index(QStringLiteral("matchKeys"), i),
                              ParseContext::tr("Match key \"%1\" is listed twice.").arg(key));
            else
                profile.matchKeys << key;
        }
    }

    void readUnknownCallers(const QJsonValue& value) {
        const QString path = QStringLiteral("unknownCallers");
        if (profile.direction != Direction::KixieToGhl) {
            context.error(code::badValue, path,
                          ParseContext::tr("\"unknownCallers\" applies to kixie_to_ghl profiles only: a call "
                                           "from a number no GHL contact has."));
            return;
        }
        if (!value.isObject()) {
            context.error(code::badValue, path,
                          ParseContext::tr("\"unknownCallers\" must be an object such as {\"action\": "
                                           "\"create\", \"tag\": \"kixie-unknown-caller\"}."));
            return;
        }
        const QJsonObject object = value.toObject();
        context.checkKeys(object, path, {QStringLiteral("action"), QStringLiteral("tag")});
        if (!object.contains(QLatin1String("action")))
            context.error(code::missingKey, ParseContext::join(path, QStringLiteral("action")),
                          ParseContext::tr("\"unknownCallers\" needs an \"action\": skip (the call is "
                                           "skipped) or create (the caller becomes a GHL contact)."));
        const QString action =
            context.choice(object, path, QStringLiteral("action"),
                           {QStringLiteral("skip"), QStringLiteral("create")}, QStringLiteral("skip"));
        profile.unknownCallers.action =
            action == QLatin1String("create") ? UnknownCallers::Action::Create : UnknownCallers::Action::Skip;
        profile.unknownCallers.tag =
            context.string(object, path, QStringLiteral("tag"), false, profile.unknownCallers.tag).trimmed();
    }

    std::unique_ptr<Route> readRoute(const QJsonValue& value, const QString& path, bool isFallback) {
        auto route = std::make_unique<Route>();
        route->jsonPath = path;
        const QJsonObject object = value.toObject();
        if (!value.isObject()) {
            context.error(code::badValue, path, ParseContext::tr("A route must be an object."));
            return route;
        }
        QSet<QString> keys{QStringLiteral("name")};
        keys += profile.direction == Direction::GhlToKixie
                    ? QSet<QString>{QStringLiteral("powerlist"), QStringLiteral("cadence")}
                    : QSet<QString>{QStringLiteral("actions")};
        if (!isFallback)
            keys.insert(QStringLiteral("when"));
        context.checkKeys(object, path, keys);
        route->name = context.string(object, path, QStringLiteral("name"), false);
        if (!isFallback) {
            if (object.contains(QLatin1String("when")))
                route->when =
                    Condition::parse(object.value(QLatin1String("when")),
                                     ParseContext::join(path, QStringLiteral("when")), context, customFields);
            else
                context.error(code::missingKey, ParseContext::join(path, QStringLiteral("when")),
                              ParseContext::tr(
                                  "A route needs a \"when\" condition; use \"default\" for the catch-all."));
        }
        if (profile.direction == Direction::GhlToKixie) {
            route->powerlistId = context.string(object, path, QStringLiteral("powerlist"), true);
            route->cadenceId = context.string(object, path, QStringLiteral("cadence"), false);
        } else {
            const QJsonArray actions = object.value(QLatin1String("actions")).toArray();
            if (actions.isEmpty())
                context.error(code::missingKey, ParseContext::join(path, QStringLiteral("actions")),
                              ParseContext::tr(
                                  "A route needs a non-empty \"actions\" list (note, task, tags, contact)."));
            for (qsizetype i = 0; i < actions.size(); ++i) {
                const QString action = actions[i].toString();
                if (action != QLatin1String("note") && action != QLatin1String("task") &&
                    action != QLatin1String("tags") && action != QLatin1String("contact"))
                    context.error(code::badValue,
                                  ParseContext::index(ParseContext::join(path, QStringLiteral("actions")), i),
                                  ParseContext::tr("Unknown action \"%1\"; use note, task, tags or contact.")
                                      .arg(action));
                else
                    route->actions << action;
            }
        }
        if (route->name.isEmpty())
            route->name = isFallback                      ? QStringLiteral("default")
                          : !route->powerlistId.isEmpty() ? route->powerlistId
                                                          : route->actions.join(QLatin1Char('+'));
        return route;
    }

    void readRouting(const QJsonValue& value) {
        if (!value.isObject()) {
            context.error(
                value.isUndefined() ? code::missingKey : code::badValue, QStringLiteral("routing"),
                ParseContext::tr("\"routing\" must be an object with \"routes\" and/or \"default\"."));
            return;
        }
        const QJsonObject object = value.toObject();
        QSet<QString> keys{QStringLiteral("routes"), QStringLiteral("default")};
        if (profile.direction == Direction::GhlToKixie)
            keys.insert(QStringLiteral("onStopMatching"));
        context.checkKeys(object, QStringLiteral("routing"), keys);
        const QJsonArray routes = object.value(QLatin1String("routes")).toArray();
        if (object.contains(QLatin1String("routes")) && !object.value(QLatin1String("routes")).isArray())
            context.error(code::badValue, QStringLiteral("routing.routes"),
                          ParseContext::tr("\"routes\" must be a list."));
        for (qsizetype i = 0; i < routes.size(); ++i)
            profile.routing.routes.push_back(std::move(
                *readRoute(routes[i], ParseContext::index(QStringLiteral("routing.routes"), i), false)));
        if (object.contains(QLatin1String("default")) && !object.value(QLatin1String("default")).isNull())
            profile.routing.fallback =
                readRoute(object.value(QLatin1String("default")), QStringLiteral("routing.default"), true);
        if (profile.direction == Direction::GhlToKixie)
            profile.routing.onStopMatching =
                context.choice(object, QStringLiteral("routing"), QStringLiteral("onStopMatching"),
                               {QStringLiteral("remove"), QStringLiteral("keep")}, QStringLiteral("remove"));
    }

    void readRules(const QJsonValue& value) {
        const QJsonArray rules = value.toArray();
        if (!value.isArray() || rules.isEmpty()) {
            context.error(value.isUndefined() ? code::missingKey : code::badValue, QStringLiteral("rules"),
                          ParseContext::tr("\"rules\" must be a non-empty list."));
            return;
        }
        for (qsizetype i = 0; i < rules.size(); ++i)
            readRule(rules[i], ParseContext::index(QStringLiteral("rules"), i));
    }

    void readRule(const QJsonValue& value, const QString& path) {
        if (!value.isObject()) {
            context.error(code::badValue, path, ParseContext::tr("A rule must be an object."));
            return;
        }
        const QJsonObject object = value.toObject();
        context.checkKeys(object, path,
                          {QStringLiteral("target"), QStringLiteral("source"), QStringLiteral("sources"),
                           QStringLiteral("transforms"), QStringLiteral("required"),
                           QStringLiteral("missing"), QStringLiteral("when"), QStringLiteral("note"),
                           QStringLiteral("aggregate")});
        Rule rule;
        rule.jsonPath = path;
        rule.target = context.string(object, path, QStringLiteral("target"), true);
        rule.required = context.boolean(object, path, QStringLiteral("required"), false);
        rule.skipWhenMissing = context.choice(object, path, QStringLiteral("missing"),
                                              {QStringLiteral("fail"), QStringLiteral("skip")},
                                              QStringLiteral("fail")) == QLatin1String("skip");
        if (object.contains(QLatin1String("when")))
            rule.when =
                Condition::parse(object.value(QLatin1String("when")),
                                 ParseContext::join(path, QStringLiteral("when")), context, customFields);
        if (object.contains(QLatin1String("source")))
            rule.sources << context.string(object, path, QStringLiteral("source"), true);
        if (object.contains(QLatin1String("sources"))) {
            const QJsonArray sources = object.value(QLatin1String("sources")).toArray();
            if (!object.value(QLatin1String("sources")).isArray() || sources.isEmpty())
                context.error(code::badValue, ParseContext::join(path, QStringLiteral("sources")),
                              ParseContext::tr("\"sources\" must be a non-empty list of fields."));
            for (const QJsonValue& source : sources)
                rule.sources << source.toString();
        }
        if (object.contains(QLatin1String("source")) && object.contains(QLatin1String("sources")))
            context.error(code::badValue, path,
                          ParseContext::tr("Give \"source\" or \"sources\", not both."));
        for (const QString& source : std::as_const(rule.sources)) {
            const QString key = FieldPath::customFieldKey(source);
            const auto* definition = key.isEmpty() ? nullptr : customFields.byKey(key);
            if (!key.isEmpty() && !definition && !customFields.isEmpty())
                context.warning(code::unknownCustomField, path,
                                ParseContext::tr("This location has no custom field \"%1\".").arg(key));
            rule.sourcePaths.emplace_back(source, definition ? definition->id : QString());
        }
        const QJsonArray transforms = object.value(QLatin1String("transforms")).toArray();
        if (object.contains(QLatin1String("transforms")) &&
            !object.value(QLatin1String("transforms")).isArray())
            context.error(code::badValue, ParseContext::join(path, QStringLiteral("transforms")),
                          ParseContext::tr("\"transforms\" must be a list."));
        for (qsizetype i = 0; i < transforms.size(); ++i) {
            const QString transformPath =
                ParseContext::index(ParseContext::join(path, QStringLiteral("transforms")), i);
            if (auto transform = createTransform(transforms[i], transformPath, context, customFields)) {
                rule.transformTypes << (transforms[i].isString()
                                            ? transforms[i].toString()
                                            : transforms[i][QLatin1String("type")].toString());
                rule.transforms.push_back(std::move(transform));
            }
        }
        if (object.contains(QLatin1String("aggregate")))
            readAggregate(object, path, rule);
        if (contactupdate::isTarget(rule.target))
            checkContactTarget(rule, path);
        if (rule.sources.isEmpty() && rule.transformTypes.isEmpty() && rule.aggregate.isEmpty())
            context.error(code::missingKey, path,
                          ParseContext::tr("A rule needs a \"source\", \"sources\" or a transform that makes "
                                           "a value (constant, template)."));
        profile.rules.push_back(std::move(rule));
    }

    void readAggregate(const QJsonObject& object, const QString& path, Rule& rule) {
        rule.aggregate = context.choice(object, path, QStringLiteral("aggregate"),
                                        {QLatin1String(contactupdate::callCount)}, {});
        if (rule.aggregate.isEmpty())
            return;
        if (!rule.sources.isEmpty() || !rule.transformTypes.isEmpty())
            context.error(code::badValue, ParseContext::join(path, QStringLiteral("aggregate")),
                          ParseContext::tr("A counter (\"aggregate\": \"callCount\") makes its own value: "
                                           "remove \"source\", \"sources\" and \"transforms\"."));
        if (!contactupdate::isTarget(rule.target))
            context.error(
                code::badValue, ParseContext::join(path, QStringLiteral("target")),
                ParseContext::tr("A counter writes into the GHL contact: its target must start with "
                                 "\"update.\", e.g. \"update.customFields.contact.kixie_call_count\"."));
    }

    void checkContactTarget(const Rule& rule, const QString& path) {
        const QString targetPath = ParseContext::join(path, QStringLiteral("target"));
        if (profile.direction != Direction::KixieToGhl) {
            context.error(code::unknownTarget, targetPath,
                          ParseContext::tr("\"update.*\" targets belong to kixie_to_ghl profiles: they write "
                                           "a call's outcome into the GHL contact."));
            return;
        }
        const QString key = contactupdate::customFieldKey(rule.target);
        if (rule.target.startsWith(QLatin1String(contactupdate::customFieldPrefix)) && key.isEmpty())
            context.error(code::badValue, targetPath,
                          ParseContext::tr("Name the custom field by its key, e.g. "
                                           "\"update.customFields.contact.last_call_outcome\"."));
        // The location's custom fields are known here only when the caller read them; a run reads them at
        // its start and refuses a profile naming one the location lacks (ProfileValidator::validateContact).
        else if (!key.isEmpty() && !customFields.isEmpty() && !customFields.byKey(key))
            context.warning(code::unknownCustomField, targetPath,
                            ParseContext::tr("This location has no custom field \"%1\".").arg(key));
    }
};

} // namespace

QString directionName(Direction direction) {
    return direction == Direction::GhlToKixie ? QStringLiteral("ghl_to_kixie")
                                              : QStringLiteral("kixie_to_ghl");
}

std::optional<Direction> directionFromName(QStringView name) {
    for (const Direction direction : {Direction::GhlToKixie, Direction::KixieToGhl}) {
        if (name == directionName(direction))
            return direction;
    }
    return std::nullopt;
}

namespace contactupdate {

bool isTarget(const QString& target) {
    return target.startsWith(QLatin1String(prefix));
}

QString customFieldKey(const QString& target) {
    if (!target.startsWith(QLatin1String(customFieldPrefix)))
        return {};
    return target.mid(qsizetype(qstrlen(customFieldPrefix))).trimmed();
}

QString standardField(const QString& target) {
    if (!isTarget(target) || target.startsWith(QLatin1String(customFieldPrefix)))
        return {};
    return target.mid(qsizetype(qstrlen(prefix)));
}

const QStringList& dndChannels() {
    static const QStringList channels{QStringLiteral("Call"), QStringLiteral("Email"),
                                      QStringLiteral("SMS"),  QStringLiteral("WhatsApp"),
                                      QStringLiteral("GMB"),  QStringLiteral("FB")};
    return channels;
}

} // namespace contactupdate

bool DndMapping::matches(const QString& disposition) const {
    const QString wanted = disposition.trimmed();
    return !wanted.isEmpty() && dispositions.contains(wanted, Qt::CaseInsensitive);
}

ParsedProfile ProfileParser::parse(const QByteArray& text, const CustomFieldDirectory& customFields) {
    ParsedProfile result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const auto [line, column] =
            JsonLocator::lineAndColumn(text, error.error != QJsonParseError::NoError ? error.offset : 0);
        Diagnostic diagnostic{Severity::Error,
                              QString::fromLatin1(code::syntax),
                              {},
                              {},
                              error.error != QJsonParseError::NoError
                                  ? ParseContext::tr("Not valid JSON: %1.").arg(error.errorString())
                                  : ParseContext::tr("A profile must be a JSON object."),
                              line,
                              column};
        result.diagnostics.append(diagnostic);
        return result;
    }
    const JsonLocator locator(text); // only for text that parsed: it trusts the structure
    ParseContext context;
    for (const QString& path : locator.duplicatePaths())
        context.error(code::duplicateMapKey, path,
                      ParseContext::tr("\"%1\" appears more than once; only the last one would count.")
                          .arg(path.section(QLatin1Char('.'), -1)));
    auto profile = std::make_shared<Profile>();
    profile->json = document.object();
    Reader{context, customFields, *profile}.readTop(document.object());
    result.diagnostics = context.diagnostics();
    for (Diagnostic& diagnostic : result.diagnostics) {
        const auto [line, column] = locator.position(diagnostic.sourcePath);
        diagnostic.line = line;
        diagnostic.column = column;
    }
    if (!hasErrors(result.diagnostics))
        result.profile = std::move(profile);
    return result;
}

} // namespace fieldlink::mapping
