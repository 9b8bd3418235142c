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
    /// One operator as the profile names it (`op`) and as an admin reads it ("is at least").
    struct OperatorWords {
        QString op;
        QString words;
        bool takesValue = true; ///< false for the emptiness tests
        bool takesList = false; ///< in / not_in: several values
    };
    /// Every operator in the order editors offer them, in the admin's words (translated on each call, so a
    /// language switch shows). The one place those words live.
    static QList<OperatorWords> operatorsInWords();
    /// The words for `op`, or `op` itself when it is not an operator.
    static QString operatorInWords(const QString& op);

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
