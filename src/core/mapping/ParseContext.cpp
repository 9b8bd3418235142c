#include "core/mapping/ParseContext.h"

#include <QJsonValue>

namespace fieldlink::mapping {

void ParseContext::error(const char* code, const QString& path, const QString& message) {
    m_diagnostics.append(Diagnostic{Severity::Error, QString::fromLatin1(code), path, {}, message});
}

void ParseContext::warning(const char* code, const QString& path, const QString& message) {
    m_diagnostics.append(Diagnostic{Severity::Warning, QString::fromLatin1(code), path, {}, message});
}

QString ParseContext::join(const QString& path, const QString& key) {
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString ParseContext::index(const QString& path, qsizetype i) {
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

void ParseContext::checkKeys(const QJsonObject& object, const QString& path, const QSet<QString>& allowed) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            error(code::unknownKey, join(path, it.key()), tr("Unknown key \"%1\".").arg(it.key()));
    }
}

QString ParseContext::string(const QJsonObject& object, const QString& path, const QString& key,
                             bool required, const QString& fallback) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(code::missingKey, join(path, key), tr("\"%1\" is required.").arg(key));
        return fallback;
    }
    if (!value.isString()) {
        error(code::badValue, join(path, key), tr("\"%1\" must be text.").arg(key));
        return fallback;
    }
    return value.toString();
}

int ParseContext::integer(const QJsonObject& object, const QString& path, const QString& key, int fallback,
                          int minimum, int maximum) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != static_cast<double>(static_cast<long long>(number)) ||
        number < minimum || number > maximum) {
        error(code::badValue, join(path, key),
              tr("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(minimum).arg(maximum));
        return fallback;
    }
    return static_cast<int>(number);
}

bool ParseContext::boolean(const QJsonObject& object, const QString& path, const QString& key,
                           bool fallback) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        error(code::badValue, join(path, key), tr("\"%1\" must be true or false.").arg(key));
        return fallback;
    }
    return value.toBool();
}

QString ParseContext::choice(const QJsonObject& object, const QString& path, const QString& key,
                             const QStringList& choices, const QString& fallback) {
    const QString value = string(object, path, key, false, fallback);
    if (!choices.contains(value)) {
        error(code::badValue, join(path, key),
              tr("\"%1\" must be one of: %2.").arg(key, choices.join(QStringLiteral(", "))));
        return fallback;
    }
    return value;
}

} // namespace fieldlink::mapping
