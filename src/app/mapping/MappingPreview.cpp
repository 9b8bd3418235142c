#include "app/mapping/MappingPreview.h"

#include "app/mapping/ContactFieldAdvice.h"
#include "core/mapping/FieldPath.h"
#include "core/mapping/ProfileValidator.h"
#include "core/mapping/ValueText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace fieldlink {
namespace {

mapping::FieldPath compiledPath(const QString& path, const mapping::CustomFieldDirectory& customFields) {
    const QString key = mapping::FieldPath::customFieldKey(path);
    const auto* definition = key.isEmpty() ? nullptr : customFields.byKey(key);
    return mapping::FieldPath(path, definition ? definition->id : QString());
}

/// A list (tags) contributes each element; anything else its text.
void collect(const QJsonValue& value, QStringList& into, QSet<QString>& seen, int limit) {
    if (value.isArray()) {
        for (const QJsonValue& element : value.toArray()) {
            if (into.size() >= limit)
                return;
            collect(element, into, seen, limit);
        }
        return;
    }
    if (mapping::isEmptyValue(value) || value.isObject())
        return;
    const QString text = mapping::valueText(value);
    if (!seen.contains(text)) {
        seen.insert(text);
        into << text;
    }
}

const QRegularExpression& rulePath() {
    static const QRegularExpression pattern(QStringLiteral("^rules\\[(\\d+)\\]"));
    return pattern;
}

/// The rules the errors belong to; nothing when one error is the profile's own (then nothing can preview).
std::optional<QSet<int>> rulesWithErrors(const mapping::Diagnostics& diagnostics) {
    QSet<int> rules;
    for (const mapping::Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity != mapping::Severity::Error)
            continue;
        const QRegularExpressionMatch match = rulePath().match(diagnostic.sourcePath);
        if (!match.hasMatch())
            return std::nullopt;
        rules.insert(match.captured(1).toInt());
    }
    return rules;
}

/// The profile with the rules that have errors left out, so the others still preview. `kept[i]` is the
/// document's index of the reduced profile's rule i.
struct ReducedProfile {
    mapping::ParsedProfile parsed;
    QList<int> kept;
    QHash<int, QString> leftOut; ///< rule index → its first error
    QStringList leftOutTargets;
};

std::optional<ReducedProfile> withoutBadRules(const QByteArray& text, const mapping::ParsedProfile& parsed,
                                              const mapping::CustomFieldDirectory& customFields) {
    const std::optional<QSet<int>> bad = rulesWithErrors(parsed.diagnostics);
    if (!bad || bad->isEmpty())
        return std::nullopt;
    QJsonObject root = QJsonDocument::fromJson(text).object();
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    ReducedProfile reduced;
    QJsonArray keptRules;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!bad->contains(static_cast<int>(i))) {
            reduced.kept << static_cast<int>(i);
            keptRules.append(rules.at(i));
            continue;
        }
        reduced.leftOutTargets << rules.at(i).toObject().value(QLatin1String("target")).toString();
        for (const mapping::Diagnostic& diagnostic : parsed.diagnostics) {
            if (diagnostic.severity == mapping::Severity::Error &&
                !reduced.leftOut.contains(static_cast<int>(i)) &&
                rulePath().match(diagnostic.sourcePath).captured(1).toInt() == i)
                reduced.leftOut.insert(static_cast<int>(i), diagnostic.message);
        }
    }
    if (keptRules.isEmpty())
        return std::nullopt;
    root.insert(QStringLiteral("rules"), keptRules);
    reduced.parsed = mapping::ProfileParser::parse(QJsonDocument(root).toJson(), customFields);
    if (!reduced.parsed.profile)
        return std::nullopt;
    return reduced;
}

/// Points the reduced profile's findings back at the document's rules, and drops "required target not
/// mapped" for a target whose rule was only left out of the preview (its own error already says why).
mapping::Diagnostics renumbered(mapping::Diagnostics diagnostics, const ReducedProfile& reduced) {
    mapping::Diagnostics kept;
    for (mapping::Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.code == QLatin1String(mapping::code::requiredTargetUnmapped) &&
            reduced.leftOutTargets.contains(diagnostic.target))
            continue;
        const QRegularExpressionMatch match = rulePath().match(diagnostic.sourcePath);
        const int index = match.hasMatch() ? match.captured(1).toInt() : -1;
        if (index >= 0 && index < reduced.kept.size())
            diagnostic.sourcePath = QStringLiteral("rules[%1]").arg(reduced.kept.at(index)) +
                                    diagnostic.sourcePath.mid(match.capturedLength());
        kept << diagnostic;
    }
    return kept;
}

} // namespace

void MappingPreview::setSamples(QList<QJsonObject> samples) {
    m_samples = std::move(samples);
    m_indexedSamples = m_samples;
    for (QJsonObject& sample : m_indexedSamples)
        mapping::FieldPath::indexCustomFields(sample);
}

PreviewResult MappingPreview::run(const QByteArray& profileDocument) const {
    PreviewResult result;
    result.parsed = mapping::ProfileParser::parse(profileDocument, m_customFields);
    result.diagnostics = result.parsed.diagnostics;
    result.previewed = result.parsed.profile;
    std::optional<ReducedProfile> reduced;
    if (!result.previewed) {
        reduced = withoutBadRules(profileDocument, result.parsed, m_customFields);
        if (!reduced)
            return result;
        result.previewed = reduced->parsed.profile;
        result.rulesNotPreviewed = reduced->leftOut;
    }
    const auto ownRules = [&](mapping::Diagnostics found) {
        return reduced ? renumbered(std::move(found), *reduced) : found;
    };
    const mapping::Direction direction = result.previewed->direction;
    result.sources = mapping::FieldCatalog::sourcesFor(direction, m_customFields);
    result.targets = mapping::FieldCatalog::targetsFor(direction);
    if (direction == mapping::Direction::KixieToGhl)
        result.targets.addContactUpdateTargets(m_customFields);
    result.diagnostics +=
        ownRules(mapping::ProfileValidator::validate(*result.previewed, result.sources, result.targets));
    result.diagnostics +=
        ownRules(ContactFieldAdvice::check(*result.previewed, result.sources, result.targets));
    result.diagnostics += mapping::RouteChecks::check(
        result.previewed->json.value(QLatin1String("routing")).toObject(), direction, m_knownLists);
    if (m_samples.isEmpty())
        return result;
    const mapping::MappingEngine engine(result.previewed);
    result.diagnostics += ownRules(mapping::ProfileValidator::validateSamples(engine, m_indexedSamples));
    result.records.reserve(m_indexedSamples.size());
    for (const QJsonObject& sample : m_indexedSamples)
        result.records.append(engine.apply(sample));
    return result;
}

QHash<QString, QStringList> MappingPreview::sampleValues(const mapping::FieldCatalog& sources,
                                                         int perField) const {
    QHash<QString, QStringList> values;
    for (const mapping::CatalogField& field : sources.fields()) {
        if (field.pattern)
            continue;
        const mapping::FieldPath path = compiledPath(field.path, m_customFields);
        QStringList seen;
        QSet<QString> unique;
        for (const QJsonObject& sample : m_indexedSamples) {
            collect(path.read(sample), seen, unique, perField);
            if (seen.size() >= perField)
                break;
        }
        if (!seen.isEmpty())
            values.insert(field.path, seen);
    }
    return values;
}

QStringList MappingPreview::distinctValues(const QString& path) const {
    const mapping::FieldPath compiled = compiledPath(path, m_customFields);
    QStringList values;
    QSet<QString> unique;
    for (const QJsonObject& sample : m_indexedSamples)
        collect(compiled.read(sample), values, unique, std::numeric_limits<int>::max());
    return values;
}

} // namespace fieldlink
