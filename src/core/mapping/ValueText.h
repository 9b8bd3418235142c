#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace fieldlink::mapping {

/// The text of a value as a target field would show it: strings as they are, whole numbers without a
/// decimal point, booleans as true/false, arrays joined with ", ", null and undefined as empty.
QString valueText(const QJsonValue& value);
/// Null, undefined, empty or whitespace-only text, and empty arrays count as empty.
bool isEmptyValue(const QJsonValue& value);
/// A number from a number, numeric text or an ISO 8601 date (as epoch milliseconds), for comparisons.
std::optional<double> comparableNumber(const QJsonValue& value);

} // namespace fieldlink::mapping
