#include "core/mapping/Condition.h"

#include "core/mapping/ValueText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fieldlink::mapping {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::Condition)
};

const QHash<QString, int>& operators() {
    static const QHash<QString, int> table = {
        {QStringLiteral("eq"), 0},       {QStringLiteral("ne"), 1},
        {QStringLiteral("contains"), 2}, {QStringLiteral("not_contains"), 3},
        {QStringLiteral("in"), 4},       {QStringLiteral("not_in"), 5},
        {QStringLiteral("exists"), 6},   {QStringLiteral("not_exists"), 7},
        {QStringLiteral("matches"), 8},  {QStringLiteral("gt"), 9},
        {QStringLiteral("gte"), 10},     {QStringLiteral("lt"), 11},
        {QStringLiteral("lte"), 12}};
    return table;
}

bool equalText(const QJsonValue& a, const QJsonValue& b) {
    if (a.isArray()) {
        // A tag list equals a value when one of its items does; the value's text is made once, not per item.
        const QJsonArray items = a.toArray();
        const QString wanted = b.isBool() ? QString() : valueText(b);
        return std::any_of(items.begin(), items.end(), [&](const QJsonValue& item) {
            return b.isBool() || item.isBool() || item.isArray()
                       ? equalText(item, b)
                       : valueText(item).compare(wanted, Qt::CaseInsensitive) == 0;
        });
    }
    if (a.isBool() || b.isBool())
        return a.isBool() && b.isBool() ? a.toBool() == b.toBool()
                                        : valueText(a).compare(valueText(b), Qt::CaseInsensitive) == 0;
    return valueText(a).compare(valueText(b), Qt::CaseInsensitive) == 0;
}

bool containsText(const QJsonValue& actual, const QJsonValue& wanted) {
    if (actual.isArray())
        return equalText(actual, wanted); // a tag list contains a tag
    return valueText(actual).contains(valueText(wanted), Qt::CaseInsensitive);
}

} // namespace

QList<Condition::OperatorWords> Condition::operatorsInWords() {
    // The order an admin looks for them in: equality first, the rarely needed pattern last.
    return {
        {QStringLiteral("eq"), Tr::tr("is")},
        {QStringLiteral("ne"), Tr::tr("is not")},
        {QStringLiteral("contains"), Tr::tr("contains")},
        {QStringLiteral("not_contains"), Tr::tr("does not contain")},
        {QStringLiteral("in"), Tr::tr("is one of"), true, true},
        {QStringLiteral("not_in"), Tr::tr("is none of"), true, true},
        {QStringLiteral("gt"), Tr::tr("is more than")},
        {QStringLiteral("gte"), Tr::tr("is at least")},
        {QStringLiteral("lt"), Tr::tr("is less than")},
        {QStringLiteral("lte"), Tr::tr("is at most")},
        {QStringLiteral("exists"), Tr::tr("is not empty"), false},
        {QStringLiteral("not_exists"), Tr::tr("is empty"), false},
        {QStringLiteral("matches"), Tr::tr("matches the pattern")},
    };
}

QString Condition::operatorInWords(const QString& op) {
    for (const OperatorWords& known : operatorsInWords()) {
        if (known.op == op)
            return known.words;
    }
    return op;
}

std::unique_ptr<Condition> Condition::parse(const QJsonValue& json, const QString& path,
                                            ParseContext& context, const CustomFieldDirectory& customFields) {
    if (!json.isObject()) {
        context.error(code::badValue, path, ParseContext::tr("A condition must be an object."));
        return nullptr;
    }
    const QJsonObject object = json.toObject();
    auto condition = std::make_unique<Condition>();
    for (const auto& [key, kind] :
         {std::pair{QStringLiteral("all"), Kind::All}, std::pair{QStringLiteral("any"), Kind::Any}}) {
        if (!object.contains(key))
            continue;
        context.checkKeys(object, path, {key});
        condition->m_kind = kind;
        const QJsonArray children = object.value(key).toArray();
        if (!object.value(key).isArray() || children.isEmpty())
            context.error(code::badValue, ParseContext::join(path, key),
                          ParseContext::tr("\"%1\" must be a non-empty list of conditions.").arg(key));
        for (qsizetype i = 0; i < children.size(); ++i) {
            if (auto child = parse(children[i], ParseContext::index(ParseContext::join(path, key), i),
                                   context, customFields))
                condition->m_children.push_back(std::move(child));
        }
        return condition;
    }
    if (object.contains(QLatin1String("not"))) {
        context.checkKeys(object, path, {QStringLiteral("not")});
        condition->m_kind = Kind::Not;
        if (auto child = parse(object.value(QLatin1String("not")),
                               ParseContext::join(path, QStringLiteral("not")), context, customFields))
            condition->m_children.push_back(std::move(child));
        return condition;
    }
    context.checkKeys(object, path, {QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("value")});
    const QString field = context.string(object, path, QStringLiteral("field"), true);
    const QString op =
        context.choice(object, path, QStringLiteral("op"), operators().keys(), QStringLiteral("eq"));
    condition->m_op = static_cast<Op>(operators().value(op));
    const QString customKey = FieldPath::customFieldKey(field);
    const auto* definition = customKey.isEmpty() ? nullptr : customFields.byKey(customKey);
    condition->m_field = FieldPath(field, definition ? definition->id : QString());
    condition->m_value = object.value(QLatin1String("value"));
    condition->m_values = condition->m_value.toArray();
    const bool needsValue = condition->m_op != Op::Exists && condition->m_op != Op::NotExists;
    if (needsValue && condition->m_value.isUndefined())
        context.error(code::missingKey, ParseContext::join(path, QStringLiteral("value")),
                      ParseContext::tr("Operator \"%1\" needs a \"value\".").arg(op));
    if ((condition->m_op == Op::In || condition->m_op == Op::NotIn) && !condition->m_value.isArray())
        context.error(code::badValue, ParseContext::join(path, QStringLiteral("value")),
                      ParseContext::tr("Operator \"%1\" needs a list as its value.").arg(op));
    if (condition->m_op == Op::Matches) {
        condition->m_regex =
            QRegularExpression(condition->m_value.toString(), QRegularExpression::CaseInsensitiveOption);
        if (!condition->m_regex.isValid())
            context.error(
                code::badValue, ParseContext::join(path, QStringLiteral("value")),
                ParseContext::tr("Invalid regular expression: %1").arg(condition->m_regex.errorString()));
    }
    return condition;
}

bool Condition::matches(const QJsonObject& record) const {
    switch (m_kind) {
    case Kind::All:
        return std::all_of(m_children.begin(), m_children.end(),
                           [&](const auto& c) { return c->matches(record); });
    case Kind::Any:
        return std::any_of(m_children.begin(), m_children.end(),
                           [&](const auto& c) { return c->matches(record); });
    case Kind::Not:
        return !m_children.empty() && !m_children.front()->matches(record);
    case Kind::Leaf:
        break;
    }
    return leafMatches(m_field.read(record));
}

bool Condition::leafMatches(const QJsonValue& actual) const {
    const bool empty = isEmptyValue(actual);
    switch (m_op) {
    case Op::Exists:
        return !empty;
    case Op::NotExists:
        return empty;
    case Op::Ne:
        return empty || !equalText(actual, m_value);
    case Op::NotContains:
        return empty || !containsText(actual, m_value);
    case Op::NotIn:
        return empty || std::none_of(m_values.begin(), m_values.end(),
                                     [&](const QJsonValue& v) { return equalText(actual, v); });
    default:
        break;
    }
    if (empty)
        return false;
    switch (m_op) {
    case Op::Eq:
        return equalText(actual, m_value);
    case Op::Contains:
        return containsText(actual, m_value);
    case Op::In:
        return std::any_of(m_values.begin(), m_values.end(),
                           [&](const QJsonValue& v) { return equalText(actual, v); });
    case Op::Matches:
        return m_regex.match(valueText(actual)).hasMatch();
    default: {
        const auto a = comparableNumber(actual);
        const auto b = comparableNumber(m_value);
        if (!a || !b)
            return false;
        return m_op == Op::Gt ? *a > *b : m_op == Op::Gte ? *a >= *b : m_op == Op::Lt ? *a < *b : *a <= *b;
    }
    }
}

QStringList Condition::fieldsRead() const {
    if (m_kind == Kind::Leaf)
        return {m_field.text()};
    QStringList fields;
    for (const auto& child : m_children)
        fields << child->fieldsRead();
    return fields;
}

bool Condition::canMatch() const {
    switch (m_kind) {
    case Kind::All:
        return std::all_of(m_children.begin(), m_children.end(), [](const auto& c) { return c->canMatch(); });
    case Kind::Any:
        return std::any_of(m_children.begin(), m_children.end(), [](const auto& c) { return c->canMatch(); });
    case Kind::Not:
        return true;
    case Kind::Leaf:
        break;
    }
    return !(m_op == Op::In && m_value.toArray().isEmpty());
}

} // namespace fieldlink::mapping
