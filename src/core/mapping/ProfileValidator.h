#pragma once

#include "core/mapping/Diagnostic.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingEngine.h"

#include <QJsonObject>
#include <QList>

namespace fieldlink::mapping {

/// Finds problems before anything is sent: against the field catalogs (unknown fields, required targets
/// unmapped, types that do not fit, a target mapped twice, routing that can match nothing) and, given
/// sample records, against real data (values no value map covers, phones that fail E.164, fields empty in
/// every sample).
class ProfileValidator {
public:
    static Diagnostics validate(const Profile& profile, const FieldCatalog& sources,
                                const FieldCatalog& targets);
    static Diagnostics validateSamples(const MappingEngine& engine, const QList<QJsonObject>& samples);
    /// kixie_to_ghl, at run start: every `update.customFields.<key>` target must be a contact custom field
    /// of the location (read from GHL), and every other `update.<field>` a field of GHL's contact update,
    /// else the run would fail (or silently drop the field) on every call. Errors only.
    static Diagnostics validateContactFields(const Profile& profile,
                                             const CustomFieldDirectory& customFields);
};

} // namespace fieldlink::mapping
