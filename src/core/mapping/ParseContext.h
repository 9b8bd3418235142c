#pragma once

#include "core/mapping/Diagnostic.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace fieldlink::mapping {

/// Collects problems found while reading a profile, each with the JSON path it concerns. Helpers check the
/// keys and types of one JSON object at a time, so every reader reports in the same words.
class ParseContext {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::ParseContext)
public:
    void error(const char* code, const QString& path, const QString& message);
    void warning(const char* code, const QString& path, const QString& message);
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    Diagnostics& diagnostics() { return m_diagnostics; }

    /// Reports every key of `object` not in `allowed` as unknown.
    void checkKeys(const QJsonObject& object, const QString& path, const QSet<QString>& allowed);
    /// The string at `key`; reports a missing or non-string value when `required` (or present but wrong).
    QString string(const QJsonObject& object, const QString& path, const QString& key, bool required,
                   const QString& fallback = {});
    int integer(const QJsonObject& object, const QString& path, const QString& key, int fallback, int minimum,
                int maximum);
    bool boolean(const QJsonObject& object, const QString& path, const QString& key, bool fallback);
    /// A string that must be one of `choices`.
    QString choice(const QJsonObject& object, const QString& path, const QString& key,
                   const QStringList& choices, const QString& fallback);

    static QString join(const QString& path, const QString& key);
    static QString index(const QString& path, qsizetype i);

private:
    Diagnostics m_diagnostics;
};

} // namespace fieldlink::mapping
