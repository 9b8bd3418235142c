#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace fieldlink::mapping {

/// The location's custom field definitions: profiles name custom fields by key ("contact.budget"), records
/// carry them by per-location id (docs/api.md,
/// "GHL: contact shapes and custom fields").
class CustomFieldDirectory {
public:
    struct Definition {
        QString id;
        QString key; ///< "contact.budget"
        QString name;
        QString dataType;
        QStringList options;
    };

    /// Reads the body of GET /locations/{id}/customFields (`{"customFields":[...]}`) or the array itself.
    static CustomFieldDirectory fromJson(const QJsonValue& json);
    void add(const Definition& definition);
    const Definition* byKey(const QString& key) const;
    const QList<Definition>& definitions() const { return m_definitions; }
    bool isEmpty() const { return m_definitions.isEmpty(); }
    /// "budget" and "contact.budget" name the same field.
    static QString normaliseKey(const QString& key);

private:
    QList<Definition> m_definitions;
    QHash<QString, qsizetype> m_byKey;
};

/// A source field path compiled once: nested keys ("dndSettings.Call.status"), custom fields by key
/// ("customFields.contact.budget"), the search shape's aliases (`address` for `address1`), and the
/// computed fields of Kixie events ("event", "externalId", "contactId", "customerPhone").
class FieldPath {
public:
    FieldPath() = default;
    /// `customFieldId` is the resolved id when `path` names a custom field (empty when unknown).
    explicit FieldPath(const QString& path, const QString& customFieldId = {});

    QJsonValue read(const QJsonObject& record) const;
    const QString& text() const { return m_text; }
    bool isCustomField() const { return m_isCustomField; }
    bool isEmpty() const { return m_text.isEmpty(); }

    /// The custom field key named by a "customFields.<key>" path, or empty.
    static QString customFieldKey(const QString& path);

    /// Adds to a GHL contact an index of its custom field values by id, so reading a custom field is a
    /// lookup instead of a scan of the whole `customFields` array (a location may have hundreds). Worth it
    /// for a record that is read many times: the editor's samples, mapped again on every edit.
    static void indexCustomFields(QJsonObject& record);
    /// The key the index lives under; never a GHL field name.
    static QString customFieldIndexKey() { return QStringLiteral("_fieldlinkCustomFieldsById"); }

private:
    QString m_text;
    std::vector<QStringList> m_alternatives; ///< tried in order; the first defined value wins
    QString m_customFieldId;
    bool m_isCustomField = false;
};

} // namespace fieldlink::mapping
