#pragma once

#include "core/mapping/Diagnostic.h"
#include "core/mapping/FieldCatalog.h"
#include <QCoreApplication>

#include <QJsonArray>

namespace fieldlink {

/// What a kixie_to_ghl rule writing into a GHL contact field (`update.*`) needs for the field's data type:
/// GHL keeps a DATE field as a day and a NUMERICAL field as a number. The editor adds the suggested steps
/// when a rule gets such a target, and the preview warns, in words, about a rule that would send text.
class ContactFieldAdvice {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::ContactFieldAdvice)

public:
    /// The transform steps that make `source`'s values fit `target`: a "Date and time" step writing the day
    /// for a date field fed by anything but a date. Empty when nothing is needed or nothing would help.
    static QJsonArray suggestedTransforms(const mapping::CatalogField& target,
                                          const mapping::CatalogField* source,
                                          const QJsonArray& currentTransforms);
    /// Warnings (FL-MAP-013) for rules whose contact field would get text where GHL keeps a number or a date
    /// (a date and time is sent as its day, so it is no mismatch).
    static mapping::Diagnostics check(const mapping::Profile& profile, const mapping::FieldCatalog& sources,
                                      const mapping::FieldCatalog& targets);
};

} // namespace fieldlink
