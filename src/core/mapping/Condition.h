#pragma once

#include "core/mapping/FieldPath.h"
#include "core/mapping/ParseContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>
#include <vector>

namespace fieldlink::mapping {

/// A test on a record, used by routing and by the `when` transform:
///   {"field": "tags", "op": "contains", "value": "vip"}
///   {"all": [...]}, {"any": [...]}, {"not": {...}}
/// Operators: eq, ne, contains, not_contains, in, not_in, exists, not_exists, matches, gt, gte, lt, lte.
/// Text compares case-insensitively; arrays (tags) match when any element does.
class Condition {
public:
    static std::unique_ptr<Condition> parse(const QJsonValue& json, const QString& path,
                                            ParseContext& context, const CustomFieldDirectory& customFields);

    bool matches(const QJsonObject& record) const;
    /// Every source field the condition reads.
    QStringList fieldsRead() const;
    /// False when the condition can never hold (e.g. `in` an empty list), for validation.
    bool canMatch() const;

private:
    enum class Kind { All, Any, Not, Leaf };
    enum class Op { Eq, Ne, Contains, NotContains, In, NotIn, Exists, NotExists, Matches, Gt, Gte, Lt, Lte };

    bool leafMatches(const QJsonValue& actual) const;

    Kind m_kind = Kind::Leaf;
    Op m_op = Op::Eq;
    FieldPath m_field;
    QJsonValue m_value;
    QJsonArray m_values; ///< `m_value` as a list, for in / not_in (held, not converted on every record)
    QRegularExpression m_regex;
    std::vector<std::unique_ptr<Condition>> m_children;
};

} // namespace fieldlink::mapping
