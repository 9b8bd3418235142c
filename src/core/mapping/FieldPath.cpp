#include "core/mapping/FieldPath.h"

#include <QJsonArray>

namespace fieldlink::mapping {
namespace {

const QString customFieldsPrefix = QStringLiteral("customFields.");

// Fields that have another name in some shapes of the same record.
const QHash<QString, QStringList>& aliases() {
    static const QHash<QString, QStringList> table = {
        // GHL's search endpoint returns the street as `address` and the company also as `businessName`.
        {QStringLiteral("address1"), {QStringLiteral("address1"), QStringLiteral("address")}},
        {QStringLiteral("companyName"), {QStringLiteral("companyName"), QStringLiteral("businessName")}},
        // Kixie webhooks: `hookevent` sits inside `data` or beside it; ids and numbers move between events.
        {QStringLiteral("event"), {QStringLiteral("data.hookevent"), QStringLiteral("hookevent")}},
        {QStringLiteral("externalId"),
         {QStringLiteral("data.externalid"), QStringLiteral("data.callDetails.externalid")}},
        {QStringLiteral("contactId"),
         {QStringLiteral("data.contactid"), QStringLiteral("data.callDetails.contactid")}},
        {QStringLiteral("customerPhone"),
         {QStringLiteral("data.phone"), QStringLiteral("data.customernumber"),
          QStringLiteral("data.callDetails.tonumber164")}},
        {QStringLiteral("disposition"),
         {QStringLiteral("data.disposition"), QStringLiteral("data.callDetails.disposition")}},
    };
    return table;
}

bool isPresent(const QJsonValue& value) {
    return !value.isUndefined() && !value.isNull();
}

} // namespace

QString CustomFieldDirectory::normaliseKey(const QString& key) {
    return key.startsWith(QLatin1String("contact.")) ? key : QStringLiteral("contact.") + key;
}

CustomFieldDirectory CustomFieldDirectory::fromJson(const QJsonValue& json) {
    CustomFieldDirectory directory;
    const QJsonArray fields = json.isArray() ? json.toArray() : json[QLatin1String("customFields")].toArray();
    for (const QJsonValue& field : fields) {
        QStringList options;
        for (const QJsonValue& option : field[QLatin1String("picklistOptions")].toArray())
            options << option.toString();
        directory.add({field[QLatin1String("id")].toString(), field[QLatin1String("fieldKey")].toString(),
                       field[QLatin1String("name")].toString(), field[QLatin1String("dataType")].toString(),
                       options});
    }
    return directory;
}

void CustomFieldDirectory::add(const Definition& definition) {
    m_byKey.insert(normaliseKey(definition.key), m_definitions.size());
    m_definitions.append(definition);
}

const CustomFieldDirectory::Definition* CustomFieldDirectory::byKey(const QString& key) const {
    auto it = m_byKey.constFind(normaliseKey(key));
    return it == m_byKey.cend() ? nullptr : &m_definitions[it.value()];
}

QString FieldPath::customFieldKey(const QString& path) {
    return path.startsWith(customFieldsPrefix)
               ? CustomFieldDirectory::normaliseKey(path.mid(customFieldsPrefix.size()))
               : QString();
}

FieldPath::FieldPath(const QString& path, const QString& customFieldId)
    : m_text(path)
    , m_customFieldId(customFieldId) {
    if (path.startsWith(customFieldsPrefix)) {
        m_isCustomField = true;
        return;
    }
    const QStringList names = aliases().value(path, {path});
    for (const QString& name : names)
        m_alternatives.push_back(name.split(QLatin1Char('.')));
}

QJsonValue FieldPath::read(const QJsonObject& record) const {
    if (m_isCustomField) {
        if (m_customFieldId.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        if (const QJsonValue index = record.value(customFieldIndexKey()); index.isObject())
            return index.toObject().value(m_customFieldId);
        for (const QJsonValue& entry : record.value(QLatin1String("customFields")).toArray()) {
            const QJsonObject field = entry.toObject();
            if (field.value(QLatin1String("id")).toString() == m_customFieldId)
                return field.value(QLatin1String("value"));
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    for (const QStringList& segments : m_alternatives) {
        QJsonValue node = record.value(segments.first());
        for (qsizetype i = 1; i < segments.size(); ++i) {
            if (!node.isObject()) {
                node = QJsonValue(QJsonValue::Undefined);
                break;
            }
            node = node.toObject().value(segments[i]);
        }
        if (isPresent(node))
            return node;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void FieldPath::indexCustomFields(QJsonObject& record) {
    QJsonObject index;
    for (const QJsonValue& entry : record.value(QLatin1String("customFields")).toArray()) {
        const QJsonObject field = entry.toObject();
        const QString id = field.value(QLatin1String("id")).toString();
        if (!id.isEmpty() && !index.contains(id)) // the first wins, as the scan finds it
            index.insert(id, field.value(QLatin1String("value")));
    }
    record.insert(customFieldIndexKey(), index);
}

} // namespace fieldlink::mapping
