#include "core/mapping/ProfileValidator.h"

#include "core/mapping/ValueText.h"

#include <QCoreApplication>
#include <QMap>

namespace fieldlink::mapping {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::ProfileValidator)
};

// Transforms after which a list or a set of objects has become a single value.
bool reducesToText(const QStringList& types) {
    for (const QString& type : types) {
        if (type == QLatin1String("join") || type == QLatin1String("concat") ||
            type == QLatin1String("template") || type == QLatin1String("value_map") ||
            type == QLatin1String("constant") || type == QLatin1String("tags"))
            return true;
    }
    return false;
}

Diagnostic at(Severity severity, const char* code, const Rule& rule, const QString& message) {
    return Diagnostic{severity, QString::fromLatin1(code), rule.jsonPath, rule.target, message};
}

void checkRouting(const Profile& profile, Diagnostics& out) {
    const Routing& routing = profile.routing;
    if (routing.routes.empty() && !routing.fallback) {
        out.append({Severity::Error,
                    QString::fromLatin1(code::routingMatchesNothing),
                    QStringLiteral("routing"),
                    {},
                    Tr::tr("No route and no default: every record would be skipped.")});
        return;
    }
    for (const Route& route : routing.routes) {
        if (route.when && !route.when->canMatch())
            out.append({Severity::Warning,
                        QString::fromLatin1(code::routingMatchesNothing),
                        route.jsonPath,
                        {},
                        Tr::tr("Route \"%1\" can never match.").arg(route.name)});
    }
}

// `update.*` rules only act through a route with the "contact" action, and such a route needs something
// to write; a do-not-disturb mapping acts on every disposition whatever route matched.
void checkContactAction(const Profile& profile, const QStringList& actions, Diagnostics& out) {
    const bool contactRoute = actions.contains(QStringLiteral("contact"));
    const auto updates = std::count_if(profile.rules.begin(), profile.rules.end(),
                                       [](const Rule& rule) { return contactupdate::isTarget(rule.target); });
    if (updates > 0 && !contactRoute)
        out.append({Severity::Warning,
                    QString::fromLatin1(code::unknownTarget),
                    QStringLiteral("routing"),
                    {},
                    Tr::tr("%n rule(s) write into the GHL contact (\"update.\" targets) but no route has the "
                           "\"contact\" action, so they are never sent.",
                           nullptr, int(updates))});
    if (updates == 0 && contactRoute)
        out.append({Severity::Warning,
                    QString::fromLatin1(code::requiredTargetUnmapped),
                    QStringLiteral("rules"),
                    {},
                    Tr::tr("A route has the \"contact\" action but no rule has an \"update.\" target, so it "
                           "changes nothing on the contact.")});
}

} // namespace

Diagnostics ProfileValidator::validate(const Profile& profile, const FieldCatalog& sources,
                                       const FieldCatalog& targets) {
    Diagnostics out;
    QMap<QString, int> unconditional;
    for (const Rule& rule : profile.rules) {
        const CatalogField* target = targets.find(rule.target);
        if (!target)
            out.append(at(Severity::Error, code::unknownTarget, rule,
                          Tr::tr("\"%1\" is not a field of the target.").arg(rule.target)));
        if (!rule.when && ++unconditional[rule.target] == 2)
            out.append(at(Severity::Error, code::targetMappedTwice, rule,
                          Tr::tr("\"%1\" is mapped by more than one rule; give all but one a \"when\".")
                              .arg(rule.target)));
        for (const QString& source : rule.sources) {
            const CatalogField* field = sources.find(source);
            if (!field && !source.startsWith(QLatin1String("customFields.")) &&
                !source.startsWith(QLatin1String("data.")))
                out.append(
                    at(Severity::Warning, code::unknownSource, rule,
                       Tr::tr("\"%1\" is not a known source field; it will be empty unless records carry it.")
                           .arg(source)));
            if (field && target && rule.sources.size() == 1 &&
                (field->type == QLatin1String("list") || field->type == QLatin1String("objects")) &&
                target->type != QLatin1String("list") && !reducesToText(rule.transformTypes) &&
                !rule.transformTypes.contains(QStringLiteral("pick")))
                out.append(at(
                    Severity::Warning, code::typeMismatch, rule,
                    Tr::tr("\"%1\" is a list but \"%2\" holds one value; add a join, pick or value map step.")
                        .arg(source, rule.target)));
        }
        // Without a source only these make a value (a constant, a fallback, a template or a condition
        // reading the record); anything else always yields nothing — easy to leave behind in the editor.
        const QStringList makesAValue = {QStringLiteral("constant"), QStringLiteral("default"),
                                         QStringLiteral("template"), QStringLiteral("when")};
        if (rule.sources.isEmpty() && rule.aggregate.isEmpty() &&
            std::none_of(rule.transformTypes.cbegin(), rule.transformTypes.cend(),
                         [&](const QString& type) { return makesAValue.contains(type); }))
            out.append(
                at((target && target->required) || rule.required ? Severity::Error : Severity::Warning,
                   code::ruleReadsNothing, rule,
                   Tr::tr("The rule for \"%1\" reads no source field and makes no value, so it is always "
                          "empty; give it a source or a constant.")
                       .arg(rule.target)));
        if (target && target->type == QLatin1String("phone") &&
            !rule.transformTypes.contains(QStringLiteral("phone_e164")))
            out.append(at(
                Severity::Warning, code::typeMismatch, rule,
                Tr::tr("\"%1\" is a phone number; add a phone_e164 step so every row uses the same format.")
                    .arg(rule.target)));
    }
    QStringList actions;
    for (const Route& route : profile.routing.routes)
        actions << route.actions;
    if (profile.routing.fallback)
        actions << profile.routing.fallback->actions;
    for (const CatalogField& field : targets.fields()) {
        if (!field.required || (!field.action.isEmpty() && !actions.contains(field.action)))
            continue;
        const bool mapped = std::any_of(profile.rules.begin(), profile.rules.end(),
                                        [&](const Rule& r) { return r.target == field.path; });
        if (!mapped)
            out.append(
                {Severity::Error, QString::fromLatin1(code::requiredTargetUnmapped), QStringLiteral("rules"),
                 field.path,
                 Tr::tr("\"%1\" (%2) is required but no rule fills it.").arg(field.path, field.label)});
    }
    checkContactAction(profile, actions, out);
    checkRouting(profile, out);
    return out;
}

Diagnostics ProfileValidator::validateContactFields(const Profile& profile,
                                                    const CustomFieldDirectory& customFields) {
    Diagnostics out;
    const FieldCatalog targets = FieldCatalog::targetsFor(Direction::KixieToGhl);
    for (const Rule& rule : profile.rules) {
        if (!contactupdate::isTarget(rule.target))
            continue;
        const QString key = contactupdate::customFieldKey(rule.target);
        if (key.isEmpty()) {
            const CatalogField* field = targets.find(rule.target);
            if (!field || field->pattern)
                out.append(at(Severity::Error, code::unknownTarget, rule,
                              Tr::tr("\"%1\" is not a field GHL's contact update takes; nothing was sent. "
                                     "Use one of the contact fields the editor offers, or "
                                     "\"update.customFields.<key>\" for a custom field.")
                                  .arg(rule.target)));
            continue;
        }
        if (customFields.byKey(key))
            continue;
        out.append(at(Severity::Error, code::unknownCustomField, rule,
                      Tr::tr("The profile writes the contact custom field \"%1\", which this GHL location "
                             "does not have. Create the field in GHL (Settings, Custom Fields) or correct "
                             "the key; nothing was sent.")
                          .arg(key)));
    }
    return out;
}

Diagnostics ProfileValidator::validateSamples(const MappingEngine& engine,
                                              const QList<QJsonObject>& samples) {
    Diagnostics out;
    if (samples.isEmpty())
        return out;
    const Profile& profile = engine.profile();
    for (const Rule& rule : profile.rules) {
        QMap<QString, int> uncovered;
        int invalidPhones = 0;
        QStringList phoneExamples;
        bool anyValue = false;
        for (const QJsonObject& record : samples) {
            QJsonValue value;
            if (rule.sourcePaths.size() == 1)
                value = rule.sourcePaths.front().read(record);
            for (const FieldPath& path : rule.sourcePaths)
                anyValue = anyValue || !isEmptyValue(path.read(record));
            Diagnostics scratch;
            const QString source = rule.sources.value(0);
            const TransformContext context{record, source, rule.target, scratch, engine.phones()};
            for (qsizetype i = 0; i < static_cast<qsizetype>(rule.transforms.size()); ++i) {
                const Transform& transform = *rule.transforms[static_cast<std::size_t>(i)];
                if (!transform.mappedKeys().isEmpty() && !transform.covers(value))
                    ++uncovered[valueText(value)];
                const std::size_t before = static_cast<std::size_t>(scratch.size());
                value = transform.apply(value, context).value;
                if (rule.transformTypes.value(i) == QLatin1String("phone_e164") &&
                    static_cast<std::size_t>(scratch.size()) > before &&
                    scratch.last().severity == Severity::Warning) {
                    ++invalidPhones;
                    if (phoneExamples.size() < 3)
                        phoneExamples << valueText(
                            rule.sourcePaths.empty() ? QJsonValue() : rule.sourcePaths.front().read(record));
                }
            }
        }
        if (!uncovered.isEmpty()) {
            QStringList parts;
            for (auto it = uncovered.cbegin(); it != uncovered.cend(); ++it)
                parts << Tr::tr("\"%1\" (%n samples)", nullptr, it.value()).arg(it.key());
            out.append(
                at(Severity::Warning, code::sampleValueUncovered, rule,
                   Tr::tr("Values no value map entry covers: %1.").arg(parts.join(QStringLiteral(", ")))));
        }
        if (invalidPhones > 0)
            out.append(at(Severity::Warning, code::samplePhonesInvalid, rule,
                          Tr::tr("%1 of %2 sample phones are not valid numbers, e.g. %3.")
                              .arg(invalidPhones)
                              .arg(samples.size())
                              .arg(phoneExamples.join(QStringLiteral(", ")))));
        if (!anyValue && !rule.sourcePaths.empty())
            out.append(at(Severity::Warning, code::sampleFieldAlwaysEmpty, rule,
                          Tr::tr("\"%1\" is empty in all %2 samples.")
                              .arg(rule.sources.join(QStringLiteral(", ")))
                              .arg(samples.size())));
    }
    return out;
}

} // namespace fieldlink::mapping
