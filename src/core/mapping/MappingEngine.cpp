#include "core/mapping/MappingEngine.h"

#include "core/mapping/FieldLabels.h"
#include "core/mapping/ValueText.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <vector>

namespace fieldlink::mapping {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::MappingEngine)
};

/// Why a record whose required `target` came out empty is skipped, in the admin's words: a PowerList row is
/// keyed by its phone number, so a contact without one cannot be a row at all.
QString skipReason(const QString& target, bool toKixie) {
    if (toKixie && target == QLatin1String("target"))
        return Tr::tr("No valid phone number, so this contact cannot be a PowerList row.");
    return Tr::tr("\"%1\" is empty, so the record is skipped.").arg(FieldLabels::label(target));
}

// Kixie stores every PowerList column as text; GHL actions take text too, except the tag lists.
/// Collects target values and builds the payload once: "extraData.Budget" / "task.title" nest one level, as
/// the APIs take them. Each group's object is built in place: a payload is built for every record, and a
/// round trip through QVariantHash converted every nested value twice.
class PayloadBuilder {
public:
    void set(const QString& target, const QJsonValue& value) {
        const qsizetype dot = target.indexOf(QLatin1Char('.'));
        if (dot < 0) {
            m_top.insert(target, value);
            return;
        }
        const QStringView group = QStringView(target).left(dot);
        auto it =
            std::find_if(m_groups.begin(), m_groups.end(), [&](const auto& g) { return g.first == group; });
        if (it == m_groups.end())
            it = m_groups.insert(m_groups.end(), {group.toString(), QJsonObject()});
        it->second.insert(QStringView(target).mid(dot + 1), value);
    }
    QJsonObject take() {
        for (const auto& [group, values] : m_groups)
            m_top.insert(group, values);
        return m_top;
    }

private:
    QJsonObject m_top;
    std::vector<std::pair<QString, QJsonObject>> m_groups;
};

QJsonValue asSent(const QString& target, const QJsonValue& value) {
    if (target.startsWith(QLatin1String("tags.")))
        return value.isArray() ? value : QJsonValue(QJsonArray{valueText(value)});
    // A contact update types its values by the custom field's data type when it sends them (lists for
    // multiple options, numbers for numerical fields).
    if (contactupdate::isTarget(target) && (value.isArray() || value.isDouble()))
        return value;
    return value.isString() ? value : QJsonValue(valueText(value));
}

} // namespace

QString MappedRecord::statusName(Status status) {
    switch (status) {
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Mapped:
        break;
    }
    return QStringLiteral("mapped");
}

QJsonObject MappedRecord::toJson() const {
    QJsonArray list;
    for (const Diagnostic& diagnostic : diagnostics)
        list.append(diagnostic.toJson());
    return QJsonObject{{QStringLiteral("sourceId"), sourceId.isEmpty() ? QJsonValue() : QJsonValue(sourceId)},
                       {QStringLiteral("route"), route.isEmpty() ? QJsonValue() : QJsonValue(route)},
                       {QStringLiteral("payload"), payload},
                       {QStringLiteral("diagnostics"), list},
                       {QStringLiteral("status"), statusName(status)}};
}

MappingEngine::MappingEngine(std::shared_ptr<const Profile> profile)
    : m_profile(std::move(profile))
    , m_phones(std::make_unique<PhoneNormaliser>()) {
}

QString MappingEngine::sourceIdOf(const QJsonObject& record, Direction direction) {
    if (direction == Direction::GhlToKixie)
        return valueText(record.value(QLatin1String("id")));
    return valueText(FieldPath(QStringLiteral("externalId")).read(record));
}

const Route* MappingEngine::routeFor(const QJsonObject& record) const {
    for (const Route& route : m_profile->routing.routes) {
        if (route.when && route.when->matches(record))
            return &route;
    }
    return m_profile->routing.fallback.get();
}

MappedRecord MappingEngine::apply(const QJsonObject& record) const {
    MappedRecord result;
    const Profile& profile = *m_profile;
    result.sourceId = sourceIdOf(record, profile.direction);
    const Route* route = routeFor(record);
    if (!route) {
        result.status = MappedRecord::Status::Skipped;
        result.diagnostics.append(
            {Severity::Warning,
             QString::fromLatin1(code::noRoute),
             {},
             {},
             Tr::tr("The record matches no route and the profile has no default route.")});
        return result;
    }
    result.route = route->name;
    const bool toKixie = profile.direction == Direction::GhlToKixie;
    bool skip = false;
    bool fail = false;
    PayloadBuilder payload;
    for (const Rule& rule : profile.rules) {
        // GHL actions a route does not take are not built at all.
        // "update.*" targets belong to the "contact" action (the contact update).
        const QString action = contactupdate::isTarget(rule.target)
                                   ? QStringLiteral("contact")
                                   : rule.target.section(QLatin1Char('.'), 0, 0);
        if (!toKixie && !route->actions.contains(action) &&
            !rule.target.startsWith(QLatin1String("contact.")))
            continue;
        if (rule.when && !rule.when->matches(record))
            continue;
        QJsonValue value;
        if (rule.sourcePaths.size() == 1) {
            value = rule.sourcePaths.front().read(record);
        } else if (!rule.sourcePaths.empty()) {
            QJsonArray values;
            for (const FieldPath& path : rule.sourcePaths)
                values.append(path.read(record));
            value = values;
        }
        const QString& source = rule.sources.isEmpty() ? rule.target : rule.sources.constFirst();
        const TransformContext context{record, source, rule.target, result.diagnostics, *m_phones};
        for (const auto& transform : rule.transforms) {
            const Step step = transform->apply(value, context);
            value = step.value;
            skip = skip || step.outcome == Outcome::SkipRecord;
            fail = fail || step.outcome == Outcome::FailRecord;
            if (step.outcome != Outcome::Ok)
                break;
        }
        if (isEmptyValue(value)) {
            if (rule.required && !skip && !fail && rule.skipWhenMissing) {
                result.diagnostics.append({Severity::Warning, QString::fromLatin1(code::requiredTargetEmpty),
                                           source, rule.target, skipReason(rule.target, toKixie)});
                skip = true;
            } else if (rule.required && !skip && !fail) {
                result.diagnostics.append(
                    {Severity::Error, QString::fromLatin1(code::requiredTargetEmpty), source, rule.target,
                     Tr::tr("\"%1\" is required but came out empty.").arg(FieldLabels::label(rule.target))});
                fail = true;
            }
            continue;
        }
        if (value.isObject()) {
            result.diagnostics.append(
                {Severity::Error, QString::fromLatin1(code::wrongValueType), source, rule.target,
                 Tr::tr("\"%1\" got an object; add a transform that picks one of its fields.")
                     .arg(FieldLabels::label(rule.target))});
            fail = true;
            continue;
        }
        payload.set(rule.target, asSent(rule.target, value));
    }
    if (toKixie && !fail && !skip) {
        payload.set(QStringLiteral("powerlistId"), route->powerlistId);
        payload.set(QStringLiteral("duplicateHandling"), profile.duplicateHandling);
    }
    result.status = fail   ? MappedRecord::Status::Failed
                    : skip ? MappedRecord::Status::Skipped
                           : MappedRecord::Status::Mapped;
    // Nothing is sent for a skipped or failed record.
    if (result.status == MappedRecord::Status::Mapped)
        result.payload = payload.take();
    return result;
}

} // namespace fieldlink::mapping
