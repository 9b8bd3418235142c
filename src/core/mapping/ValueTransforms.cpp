#include "core/mapping/ValueTransforms.h"

#include "core/mapping/PhoneNormaliser.h"
#include "core/mapping/ValueText.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace fieldlink::mapping {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::Transforms)
};

bool isRegionCode(const QString& text) {
    return text.size() == 2 && text.at(0).isLetter() && text.at(1).isLetter();
}

} // namespace

void TransformContext::report(Severity severity, const char* code, const QString& message) const {
    diagnostics.append(Diagnostic{severity, QString::fromLatin1(code), source, target, message});
}

Step PhoneE164Transform::apply(const QJsonValue& input, const TransformContext& context) const {
    if (isEmptyValue(input))
        return {input};
    const QString raw = valueText(input);
    const QString recordRegion =
        m_regionField.isEmpty() ? QString() : valueText(m_regionField.read(context.record));
    const QString region = isRegionCode(recordRegion) ? recordRegion.toUpper() : m_defaultRegion;
    const PhoneNormaliser::Result result = context.phones.normalise(raw, region);
    if (result.valid) {
        if (!result.extension.isEmpty())
            context.report(
                Severity::Info, code::extensionDropped,
                Tr::tr("Extension %1 dropped: the target holds E.164 numbers only.").arg(result.extension));
        return {result.e164};
    }
    const QString message = Tr::tr("\"%1\" is not a valid phone number for region %2.").arg(raw, region);
    switch (m_invalid) {
    case Invalid::Empty:
        context.report(Severity::Warning, code::invalidPhone,
                       message + QLatin1Char(' ') + Tr::tr("The field is left empty."));
        return {QString()};
    case Invalid::Keep:
        context.report(Severity::Warning, code::invalidPhone,
                       message + QLatin1Char(' ') + Tr::tr("The raw text is kept."));
        return {raw};
    case Invalid::Skip:
        break;
    }
    // The PowerList row's key: without it the contact cannot be a row, which is what the admin needs to read.
    context.report(Severity::Warning, code::invalidPhone,
                   context.target == QLatin1String("target")
                       ? Tr::tr("\"%1\" is not a valid phone number for region %2, so this contact cannot be "
                                "a PowerList row.")
                             .arg(raw, region)
                       : message + QLatin1Char(' ') + Tr::tr("The record is skipped."));
    return {QString(), Outcome::SkipRecord};
}

QDateTime DateTransform::parse(const QJsonValue& input) const {
    const QString text = valueText(input).trimmed();
    // Epoch values are long runs of digits; "20261201" (8 digits) is read as a date, not a timestamp.
    const bool numeric =
        input.isDouble() ||
        (text.size() >= 9 && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }));
    switch (m_input) {
    case Input::EpochMs:
        return QDateTime::fromMSecsSinceEpoch(
            static_cast<qint64>(input.isDouble() ? input.toDouble() : text.toDouble()), QTimeZone::utc());
    case Input::EpochSeconds:
        return QDateTime::fromSecsSinceEpoch(
            static_cast<qint64>(input.isDouble() ? input.toDouble() : text.toDouble()), QTimeZone::utc());
    case Input::Pattern: {
        QDateTime parsed = QDateTime::fromString(text, m_inputPattern);
        if (parsed.isValid())
            parsed.setTimeZone(m_zone); // the pattern's wall-clock time is in the profile's zone
        return parsed;
    }
    case Input::Iso:
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    case Input::Auto:
        break;
    }
    if (numeric) {
        const double value = input.isDouble() ? input.toDouble() : text.toDouble();
        // Below 10^11 it can only be seconds (10^11 ms is 1973); GHL search gives milliseconds.
        return value < 1e11 ? QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value), QTimeZone::utc())
                            : QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value), QTimeZone::utc());
    }
    QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!iso.isValid())
        iso = QDateTime::fromString(QString(text).replace(QLatin1Char(' '), QLatin1Char('T')),
                                    Qt::ISODateWithMs);
    if (iso.isValid() && iso.timeSpec() == Qt::LocalTime)
        iso.setTimeZone(m_zone); // no zone written: read it in the profile's zone, never the machine's
    return iso;
}

Step DateTransform::apply(const QJsonValue& input, const TransformContext& context) const {
    if (isEmptyValue(input))
        return {input};
    const QDateTime parsed = parse(input);
    if (!parsed.isValid()) {
        context.report(Severity::Warning, code::unparseableDate,
                       Tr::tr("\"%1\" is not a date this rule understands.").arg(valueText(input)));
        return {QString()};
    }
    const QDateTime local = parsed.toTimeZone(m_zone).addDays(m_addDays);
    switch (m_output) {
    case Output::EpochMs:
        return {static_cast<double>(local.toMSecsSinceEpoch())};
    case Output::Date:
        return {local.toString(QStringLiteral("yyyy-MM-dd"))};
    case Output::Time:
        return {local.toString(QStringLiteral("HH:mm"))};
    case Output::Pattern:
        return {local.toString(m_outputPattern)};
    case Output::Iso:
        break;
    }
    return {local.toUTC().toString(Qt::ISODateWithMs)};
}

ValueMapTransform::ValueMapTransform(QList<QPair<QString, QJsonValue>> entries, bool caseSensitive,
                                     QJsonValue fallback, Unmapped unmapped)
    : m_caseSensitive(caseSensitive)
    , m_fallback(std::move(fallback))
    , m_unmapped(unmapped) {
    for (const auto& [key, value] : entries) {
        m_keys << key;
        m_table.insert(keyOf(key), value);
    }
}

QString ValueMapTransform::keyOf(const QString& text) const {
    return m_caseSensitive ? text.trimmed() : text.trimmed().toCaseFolded();
}

QStringList ValueMapTransform::mappedKeys() const {
    return m_keys;
}

std::optional<QJsonValue> ValueMapTransform::lookup(const QJsonValue& input) const {
    if (input.isArray()) {
        // A tag list maps through its first covered tag, in the list's order.
        for (const QJsonValue& item : input.toArray()) {
            if (auto found = lookup(item))
                return found;
        }
        return std::nullopt;
    }
    auto it = m_table.constFind(keyOf(valueText(input)));
    if (it == m_table.cend())
        return std::nullopt;
    return it.value();
}

bool ValueMapTransform::covers(const QJsonValue& input) const {
    return isEmptyValue(input) || lookup(input).has_value();
}

Step ValueMapTransform::apply(const QJsonValue& input, const TransformContext& context) const {
    if (auto found = lookup(input))
        return {*found};
    if (isEmptyValue(input) && m_unmapped != Unmapped::Fail && m_unmapped != Unmapped::Skip)
        return {m_unmapped == Unmapped::Default ? m_fallback : input};
    const QString message = Tr::tr("No entry of the value map covers \"%1\".").arg(valueText(input));
    switch (m_unmapped) {
    case Unmapped::Default:
        return {m_fallback};
    case Unmapped::Keep:
        return {input};
    case Unmapped::Skip:
        context.report(Severity::Warning, code::unmappedValue,
                       message + QLatin1Char(' ') + Tr::tr("The record is skipped."));
        return {QJsonValue(), Outcome::SkipRecord};
    case Unmapped::Fail:
        break;
    }
    context.report(Severity::Error, code::unmappedValue, message);
    return {QJsonValue(), Outcome::FailRecord};
}

Step TagsTransform::apply(const QJsonValue& input, const TransformContext&) const {
    switch (m_mode) {
    case Mode::Join: {
        QStringList tags;
        for (const QJsonValue& tag : input.toArray())
            tags << valueText(tag);
        return {input.isArray() ? QJsonValue(tags.join(m_separator)) : input};
    }
    case Mode::Split: {
        QJsonArray tags;
        for (const QString& tag : valueText(input).split(m_separator, Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty())
                tags.append(tag.trimmed());
        return {tags};
    }
    case Mode::Contains:
        break;
    }
    const QJsonArray tags = input.toArray();
    return {std::any_of(tags.begin(), tags.end(), [&](const QJsonValue& tag) {
        return valueText(tag).compare(m_tag, Qt::CaseInsensitive) == 0;
    })};
}

Step JoinTransform::apply(const QJsonValue& input, const TransformContext&) const {
    if (!input.isArray())
        return {input};
    QStringList parts;
    for (const QJsonValue& item : input.toArray())
        if (!isEmptyValue(item))
            parts << valueText(item);
    return {parts.join(m_separator)};
}

Step PickTransform::apply(const QJsonValue& input, const TransformContext& context) const {
    if (!input.isArray())
        return {isEmptyValue(input) ? QJsonValue() : input};
    struct Item {
        QString sortKey; ///< read once per item, not once per comparison
        QJsonObject object;
    };
    std::vector<Item> items;
    const QJsonArray list = input.toArray();
    items.reserve(static_cast<std::size_t>(list.size()));
    for (const QJsonValue& value : list) {
        if (!value.isObject())
            continue;
        QJsonObject object = value.toObject();
        if (!m_where || m_where->matches(object))
            items.push_back({valueText(object.value(m_sortBy)), std::move(object)});
    }
    // ISO 8601 UTC strings sort correctly as text; stable so equal dates keep the source order.
    std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
        return m_latest ? a.sortKey > b.sortKey : a.sortKey < b.sortKey;
    });
    QJsonArray picked;
    for (const Item& item : items) {
        if (picked.size() >= m_count)
            break;
        picked.append(m_field.isEmpty() ? QJsonValue(item.object) : item.object.value(m_field));
    }
    Q_UNUSED(context)
    if (m_count == 1)
        return {picked.isEmpty() ? QJsonValue() : picked.first()};
    return {picked};
}

Step WhenTransform::apply(const QJsonValue& input, const TransformContext& context) const {
    const QJsonValue& chosen = m_condition->matches(context.record) ? m_then : m_else;
    return {chosen.isUndefined() ? input : chosen};
}

} // namespace fieldlink::mapping
