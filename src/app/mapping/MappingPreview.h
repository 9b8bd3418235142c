#pragma once

#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingEngine.h"
#include "core/mapping/ProfileParser.h"
#include "core/mapping/RouteChecks.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace fieldlink {

/// What the editor shows for one state of the profile: every problem (parse, catalog checks, sample checks)
/// and each sample record mapped. Pure and synchronous — the editor calls it on every edit, and
/// fieldlink-bench-mapping-preview times exactly this call.
struct PreviewResult {
    mapping::ParsedProfile parsed;
    /// What the samples went through: the document's profile, or — when only some rules have errors — the
    /// profile without those rules, so one bad rule does not blank the preview. Null when nothing parses.
    std::shared_ptr<const mapping::Profile> previewed;
    /// Rules left out of the preview (by their index in the document) and the error that kept each out.
    QHash<int, QString> rulesNotPreviewed;
    mapping::Diagnostics diagnostics; ///< the profile's, then the samples'
    QList<mapping::MappedRecord> records;
    mapping::FieldCatalog sources;
    mapping::FieldCatalog targets;
};

class MappingPreview {
public:
    void setCustomFields(const mapping::CustomFieldDirectory& customFields) { m_customFields = customFields; }
    const mapping::CustomFieldDirectory& customFields() const { return m_customFields; }
    /// The samples as read; they are mapped with their custom fields indexed (FieldPath::indexCustomFields).
    void setSamples(QList<QJsonObject> samples);
    const QList<QJsonObject>& samples() const { return m_samples; }

    /// The Kixie account's list IDs, so a route naming another is warned about (RouteChecks).
    void setKnownLists(mapping::RouteChecks::KnownLists known) { m_knownLists = std::move(known); }

    PreviewResult run(const QByteArray& profileDocument) const;

    /// Up to `perField` distinct values each catalog field takes in the samples, for the source pane and
    /// for pre-filling value maps.
    QHash<QString, QStringList> sampleValues(const mapping::FieldCatalog& sources, int perField) const;
    /// Every distinct value (or list element, e.g. each tag) `path` takes in the samples.
    QStringList distinctValues(const QString& path) const;

private:
    mapping::CustomFieldDirectory m_customFields;
    QList<QJsonObject> m_samples;
    QList<QJsonObject> m_indexedSamples;
    mapping::RouteChecks::KnownLists m_knownLists;
};

} // namespace fieldlink
