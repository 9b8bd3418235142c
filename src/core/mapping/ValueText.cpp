#include "core/mapping/ValueText.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace fieldlink::mapping {

QString valueText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 1e15)
            return QString::number(static_cast<long long>(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << valueText(item);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

bool isEmptyValue(const QJsonValue& value) {
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString())
        return value.toString().trimmed().isEmpty();
    if (value.isArray())
        return value.toArray().isEmpty();
    return false;
}

std::optional<double> comparableNumber(const QJsonValue& value) {
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const double number = value.toString().toDouble(&ok);
    if (ok)
        return number;
    const QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (date.isValid())
        return static_cast<double>(date.toMSecsSinceEpoch());
    return std::nullopt;
}

} // namespace fieldlink::mapping
