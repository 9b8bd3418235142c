#include "core/mapping/FieldCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace fieldlink::mapping {
namespace {

QString typeOfCustomField(const QString& dataType) {
    if (dataType == QLatin1String("NUMERICAL") || dataType == QLatin1String("MONETORY"))
        return QStringLiteral("number");
    if (dataType == QLatin1String("CHECKBOX") || dataType == QLatin1String("MULTIPLE_OPTIONS") ||
        dataType == QLatin1String("TEXTBOX_LIST"))
        return QStringLiteral("list");
    if (dataType == QLatin1String("DATE"))
        return QStringLiteral("datetime");
    if (dataType == QLatin1String("PHONE"))
        return QStringLiteral("phone");
    if (dataType == QLatin1String("FILE_UPLOAD"))
        return QStringLiteral("objects");
    return QStringLiteral("string");
}

} // namespace

FieldCatalog FieldCatalog::fromResource(const QString& resourcePath) {
    FieldCatalog catalog;
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    for (const QJsonValue& entry :
         QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("fields")).toArray()) {
        const QJsonObject field = entry.toObject();
        // Labels are shown to people: translated here, listed for the translators in CatalogLabels.cpp.
        const auto translated = [&field](const char* key) {
            const QByteArray text = field.value(QLatin1String(key)).toString().toUtf8();
            return QCoreApplication::translate("fieldlink::mapping::FieldCatalog", text.constData());
        };
        catalog.m_fields.append({field.value(QLatin1String("path")).toString(), translated("label"),
                                 field.value(QLatin1String("type")).toString(), translated("group"),
                                 field.value(QLatin1String("required")).toBool(),
                                 field.value(QLatin1String("pattern")).toBool(),
                                 field.value(QLatin1String("action")).toString()});
    }
    return catalog;
}

FieldCatalog FieldCatalog::sourcesFor(Direction direction, const CustomFieldDirectory& customFields) {
    FieldCatalog catalog =
        fromResource(direction == Direction::GhlToKixie ? QStringLiteral(":/catalogs/ghl-contact.json")
                                                        : QStringLiteral(":/catalogs/kixie-events.json"));
    if (direction == Direction::GhlToKixie)
        catalog.addCustomFields(customFields);
    return catalog;
}

FieldCatalog FieldCatalog::targetsFor(Direction direction) {
    return fromResource(direction == Direction::GhlToKixie ? QStringLiteral(":/catalogs/kixie-powerlist.json")
                                                           : QStringLiteral(":/catalogs/ghl-actions.json"));
}

void FieldCatalog::addCustomFields(const CustomFieldDirectory& customFields) {
    for (const auto& definition : customFields.definitions())
        m_fields.append({QStringLiteral("customFields.") + CustomFieldDirectory::normaliseKey(definition.key),
                         definition.name,
                         typeOfCustomField(definition.dataType),
                         QCoreApplication::translate("fieldlink::mapping::FieldCatalog", "Custom fields"),
                         false,
                         false,
                         {}});
}

void FieldCatalog::addContactUpdateTargets(const CustomFieldDirectory& customFields) {
    for (const auto& definition : customFields.definitions()) {
        // GHL keeps a DATE field as a day: a target of its own type, so the editor can ask for a date.
        const QString type = definition.dataType == QLatin1String("DATE")
                                 ? QStringLiteral("date")
                                 : typeOfCustomField(definition.dataType);
        m_fields.append(
            {QStringLiteral("update.customFields.") + CustomFieldDirectory::normaliseKey(definition.key),
             QCoreApplication::translate("fieldlink::mapping::FieldCatalog", "Contact field: %1 (%2)")
                 .arg(definition.name, typeInWords(type).toLower()),
             type, QCoreApplication::translate("fieldlink::mapping::FieldCatalog", "Contact custom fields"),
             false, false, QStringLiteral("contact")});
    }
}

QString FieldCatalog::typeInWords(const QString& type) {
    static const struct {
        const char* type;
        const char* words;
    } typeWords[] = {
        {"string", QT_TRANSLATE_NOOP("fieldlink::mapping::FieldCatalog", "Text")},
        {"email", QT_TRANSLATE_NOOP("fieldlink::mapping::FieldCatalog", "Email address")},
        {"phone", QT_TRANSLATE_NOOP("fieldlink::mapping::FieldCatalog", "Phone number")},
        {"number", QT_TRANSLATE_NOOP("fieldlink::mapping::FieldCatalog", "Number")},
        {"boolean", QT_TRANSLATE_NOOP("fieldlink::mapping::FieldCatalog", "Yes or no")},
        {"date", QT_TRANSLATE_NOOP("fieldlink::mapping::FieldCatalog", "Date")},
        {"datetime", QT_TRANSLATE_NOOP("fieldlink::mapping::FieldCatalog", "Date and time")},
        {"list", QT_TRANSLATE_NOOP("fieldlink::mapping::FieldCatalog", "List")},
        {"objects", QT_TRANSLATE_NOOP("fieldlink::mapping::FieldCatalog", "List of records")},
    };
    for (const auto& entry : typeWords) {
        if (type == QLatin1String(entry.type))
            return QCoreApplication::translate("fieldlink::mapping::FieldCatalog", entry.words);
    }
    return type;
}

const CatalogField* FieldCatalog::find(const QString& path) const {
    // A field of its own wins over a pattern that also covers it (a location's custom field over
    // "update.customFields.*"), wherever each sits in the catalog.
    for (const CatalogField& field : m_fields) {
        if (field.path == path)
            return &field;
    }
    for (const CatalogField& field : m_fields) {
        if (field.pattern && path.startsWith(field.path.chopped(1)) && path.size() > field.path.size() - 1)
            return &field;
    }
    // A custom field the catalog has not been told about is still a custom field (the location may not be
    // known yet, e.g. when validating offline).
    return nullptr;
}

} // namespace fieldlink::mapping
