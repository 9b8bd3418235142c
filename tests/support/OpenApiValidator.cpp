#include "support/OpenApiValidator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace fieldlink::test {
namespace {

QString typeOf(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool typeMatches(const QJsonValue& value, const QString& type) {
    if (type == QLatin1String("integer"))
        return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
    return typeOf(value) == type;
}

} // namespace

bool OpenApiValidator::load(const QString& directory) {
    QDirIterator it(directory, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_documents.insert(QDir(directory).relativeFilePath(path),
                           QJsonDocument::fromJson(file.readAll()).object());
    }
    return !m_documents.isEmpty();
}

bool OpenApiValidator::resolve(const QString& ref, const QString& fromFile, QJsonObject* schema,
                               QString* file) const {
    const qsizetype hash = ref.indexOf(QLatin1Char('#'));
    const QString filePart = ref.left(hash);
    *file = filePart.isEmpty() ? fromFile
                               : QDir::cleanPath(QFileInfo(fromFile).path() + QLatin1Char('/') + filePart);
    if (!m_documents.contains(*file))
        return false;
    QJsonValue node = m_documents.value(*file);
    const QStringList segments = ref.mid(hash + 2).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& segment : segments)
        node = node.toObject().value(segment);
    *schema = node.toObject();
    return !schema->isEmpty();
}

QStringList OpenApiValidator::validate(const QJsonValue& value, const QString& file,
                                       const QString& schemaName) const {
    QStringList problems;
    QJsonObject schema;
    QString resolvedFile;
    if (!resolve(QStringLiteral("#/components/schemas/") + schemaName, file, &schema, &resolvedFile))
        return {QStringLiteral("schema %1 not found in %2").arg(schemaName, file)};
    check(value, schema, resolvedFile, QStringLiteral("$"), problems, 0, schemaName);
    return problems;
}

void OpenApiValidator::allowAnyType(const QString& schemaName, const QString& property) {
    m_untyped.insert(schemaName + QLatin1Char('.') + property);
}

void OpenApiValidator::check(const QJsonValue& value, const QJsonObject& schema, const QString& file,
                             const QString& path, QStringList& problems, int depth,
                             const QString& schemaName) const {
    if (depth > 32)
        return;
    if (schema.contains(QLatin1String("$ref"))) {
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        QJsonObject target;
        QString targetFile;
        if (!resolve(ref, file, &target, &targetFile))
            problems << path + QStringLiteral(": unresolved $ref ") + ref;
        else
            check(value, target, targetFile, path, problems, depth + 1, ref.section(QLatin1Char('/'), -1));
        return;
    }
    if (value.isNull() &&
        (schema.value(QLatin1String("nullable")).toBool() || !schema.contains(QLatin1String("type"))))
        return;
    const QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
    for (const QJsonValue& part : allOf)
        check(value, part.toObject(), file, path, problems, depth + 1);
    for (const char* key : {"anyOf", "oneOf"}) {
        const QJsonArray alternatives = schema.value(QLatin1String(key)).toArray();
        if (alternatives.isEmpty())
            continue;
        bool anyPassed = false;
        for (const QJsonValue& alternative : alternatives) {
            QStringList local;
            check(value, alternative.toObject(), file, path, local, depth + 1);
            anyPassed = anyPassed || local.isEmpty();
        }
        if (!anyPassed)
            problems << path +
                            QStringLiteral(": matches none of the %1 alternatives").arg(QLatin1String(key));
    }
    const QString type = schema.value(QLatin1String("type")).toString();
    if (!type.isEmpty() && !typeMatches(value, type)) {
        problems << path + QStringLiteral(": expected %1, got %2").arg(type, typeOf(value));
        return;
    }
    const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
    if (!allowed.isEmpty() && !allowed.contains(value))
        problems << path + QStringLiteral(": value not in enum");
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue& required : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(required.toString()))
                problems << path + QStringLiteral(": missing required property ") + required.toString();
        }
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (m_untyped.contains(schemaName + QLatin1Char('.') + it.key()))
                continue;
            if (object.contains(it.key()))
                check(object.value(it.key()), it.value().toObject(), file, path + QLatin1Char('.') + it.key(),
                      problems, depth + 1);
        }
    }
    if (value.isArray() && schema.contains(QLatin1String("items"))) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            check(items.at(i), schema.value(QLatin1String("items")).toObject(), file,
                  path + QStringLiteral("[%1]").arg(i), problems, depth + 1);
    }
}

} // namespace fieldlink::test
