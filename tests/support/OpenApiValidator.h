#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fieldlink::test {

/// Checks a JSON value against a schema of HighLevel's OpenAPI files: $ref (also across files), allOf /
/// anyOf / oneOf, type, nullable, required, enum, properties and items. Enough to prove that the sandbox
/// answers in the documented shapes; not a full JSON Schema implementation.
class OpenApiValidator {
public:
    /// Loads every *.json below `directory` (apps/, common/).
    bool load(const QString& directory);
    /// Problems found, each with its JSON path; empty when `value` conforms to `schemaName` in `file`
    /// (e.g. "apps/contacts.json", "ContactsByIdSuccessfulResponseDto").
    QStringList validate(const QJsonValue& value, const QString& file, const QString& schemaName) const;
    /// Accepts any type for `property` of `schemaName`: for the few places where the spec is narrower than
    /// what the live API is documented to return. Each call must say why at the call site.
    void allowAnyType(const QString& schemaName, const QString& property);

private:
    void check(const QJsonValue& value, const QJsonObject& schema, const QString& file, const QString& path,
               QStringList& problems, int depth, const QString& schemaName = {}) const;
    bool resolve(const QString& ref, const QString& fromFile, QJsonObject* schema, QString* file) const;

    QHash<QString, QJsonObject> m_documents;
    QSet<QString> m_untyped; ///< "Schema.property"
};

} // namespace fieldlink::test
