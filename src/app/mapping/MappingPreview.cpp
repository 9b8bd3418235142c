#include "app/mapping/MappingPreview.h"

#include "core/mapping/FieldPath.h"
#include "core/mapping/ProfileValidator.h"
#include "core/mapping/ValueText.h"

#include <QJsonArray>
#include <QSet>

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
    if (!result.parsed.profile)
        return result;
    const mapping::Direction direction = result.parsed.profile->direction;
    result.sources = mapping::FieldCatalog::sourcesFor(direction, m_customFields);
    result.targets = mapping::FieldCatalog::targetsFor(direction);
    result.diagnostics +=
        mapping::ProfileValidator::validate(*result.parsed.profile, result.sources, result.targets);
    if (m_samples.isEmpty())
        return result;
    const mapping::MappingEngine engine(result.parsed.profile);
    result.diagnostics += mapping::ProfileValidator::validateSamples(engine, m_indexedSamples);
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
