#include "app/mapping/ContactFieldAdvice.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fieldlink {
namespace {

bool hasTransform(const QJsonArray& transforms, const QString& type) {
    for (const QJsonValue& step : transforms) {
        const QString name =
            step.isString() ? step.toString() : step.toObject().value(QLatin1String("type")).toString();
        if (name == type)
            return true;
    }
    return false;
}

} // namespace

QJsonArray ContactFieldAdvice::suggestedTransforms(const mapping::CatalogField& target,
                                                   const mapping::CatalogField* source,
                                                   const QJsonArray& currentTransforms) {
    if (!target.path.startsWith(QLatin1String(mapping::contactupdate::prefix)))
        return {};
    if (target.type == QLatin1String("date") && !hasTransform(currentTransforms, QStringLiteral("date")) &&
        !(source && source->type == QLatin1String("date")))
        // Kixie sends times with a time of day; the GHL field holds the day, written yyyy-MM-dd.
        return {QJsonObject{{QStringLiteral("type"), QStringLiteral("date")},
                            {QStringLiteral("format"), QStringLiteral("date")}}};
    return {};
}

mapping::Diagnostics ContactFieldAdvice::check(const mapping::Profile& profile,
                                               const mapping::FieldCatalog& sources,
                                               const mapping::FieldCatalog& targets) {
    mapping::Diagnostics out;
    if (profile.direction != mapping::Direction::KixieToGhl)
        return out;
    for (const mapping::Rule& rule : profile.rules) {
        if (!mapping::contactupdate::isTarget(rule.target) || !rule.aggregate.isEmpty())
            continue;
        const mapping::CatalogField* target = targets.find(rule.target);
        if (!target || target->pattern || rule.sources.size() != 1)
            continue;
        const mapping::CatalogField* source = sources.find(rule.sources.first());
        if (!source)
            continue;
        QString message;
        // A date and time is sent as its day (the contact update keeps the day in UTC); text is not.
        if (target->type == QLatin1String("date") && !rule.transformTypes.contains(QStringLiteral("date")) &&
            source->type != QLatin1String("date") && source->type != QLatin1String("datetime"))
            message = tr("\"%1\" is a date field in GHL, but \"%2\" is %3; add a \"Date and time\" step "
                         "written as \"Date\" so GHL gets a date.");
        else if (target->type == QLatin1String("number") && source->type != QLatin1String("number") &&
                 !rule.transformTypes.contains(QStringLiteral("value_map")) &&
                 !rule.transformTypes.contains(QStringLiteral("constant")))
            message =
                tr("\"%1\" is a number field in GHL, but \"%2\" is %3; GHL refuses a value that is not a "
                   "number. Choose a number source, or map its values to numbers.");
        if (message.isEmpty())
            continue;
        mapping::Diagnostic diagnostic;
        diagnostic.severity = mapping::Severity::Warning;
        diagnostic.code = QString::fromLatin1(mapping::code::typeMismatch);
        diagnostic.sourcePath = rule.jsonPath;
        diagnostic.target = rule.target;
        diagnostic.message = message.arg(target->label, source->label,
                                         mapping::FieldCatalog::typeInWords(source->type).toLower());
        out << diagnostic;
    }
    return out;
}

} // namespace fieldlink
