#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldlink::mapping {

/// The label an admin knows a payload field by — "Phone number (row key)", not `target` — wherever a run's
/// records are shown or exported: a change's field, a problem's field, an export's column. The labels come
/// from the target catalogs (resources/catalogs), translated when they load; the keys no catalog lists (the
/// PowerList, the duplicate handling, a cadence, an extra column) are named here.
class FieldLabels {
public:
    /// The label of payload key `key` ("extraData.Budget" is "Budget (extra column)"); the key itself when
    /// nothing names it.
    static QString label(const QString& key);
    /// Every key of `payload`, a nested object's fields as "<key>.<field>" ("extraData.Budget", "note.body"),
    /// in catalog order (the order the mapping editor lists the fields in), then the rest by name.
    static QStringList keysOf(const QJsonObject& payload);
    /// `keys` in catalog order, then the rest by name (an export's columns).
    static QStringList ordered(QStringList keys);
    /// The value at `key` of `payload` (a nested field by "<key>.<field>"), as text for a table cell or a
    /// CSV field: a list is joined with ", ".
    static QString valueText(const QJsonObject& payload, const QString& key);
};

} // namespace fieldlink::mapping
