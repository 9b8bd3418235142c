#pragma once

#include "core/mapping/FieldPath.h"
#include "core/mapping/Profile.h"

#include <QList>
#include <QString>

#include <cstddef>

namespace fieldlink::mapping {

struct CatalogField {
    QString path;
    QString label;
    QString type; ///< string, email, phone, number, boolean, date, datetime, list, objects
    QString group;
    bool required = false;
    bool pattern = false; ///< "extraData.*": any column name
    QString action;       ///< GHL action a target belongs to (note, task, tags)
};

/// Every label and group name of the catalogs, marked for translation (CatalogLabels.cpp).
extern const char* const catalogLabels[];
extern const std::size_t catalogLabelCount;

/// The fields one side offers or takes, read from resources/catalogs/*.json; the GHL catalog grows with the
/// location's custom fields at run time.
class FieldCatalog {
public:
    static FieldCatalog fromResource(const QString& resourcePath);
    static FieldCatalog sourcesFor(Direction direction, const CustomFieldDirectory& customFields = {});
    static FieldCatalog targetsFor(Direction direction);

    /// A field's type in the user's language ("datetime" -> "Date and time"); an unknown type as it is.
    static QString typeInWords(const QString& type);

    void addCustomFields(const CustomFieldDirectory& customFields);
    /// kixie_to_ghl: the location's contact custom fields as `update.customFields.<key>` targets of the
    /// "contact" action, labelled "Contact field: Last call date (date)". A DATE field's type is "date".
    void addContactUpdateTargets(const CustomFieldDirectory& customFields);
    /// The field at `path`, or the pattern field that covers it ("extraData.Budget" -> "extraData.*").
    const CatalogField* find(const QString& path) const;
    const QList<CatalogField>& fields() const { return m_fields; }

private:
    QList<CatalogField> m_fields;
};

} // namespace fieldlink::mapping
