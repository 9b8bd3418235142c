#pragma once

#include "core/mapping/FieldPath.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace fieldlink {

class AppContext;
class ConnectedGhl;

/// What the kixie_to_ghl editor reads from the connection's GHL location: its contact custom fields (the
/// targets a call can fill) and, for the preview, the contact a sample call is about — each contact read
/// once and kept while the connection stays the same. Read-only.
class GhlContactLookup : public QObject {
    Q_OBJECT
public:
    explicit GhlContactLookup(AppContext& context, QObject* parent = nullptr);
    ~GhlContactLookup() override;

    /// Forgets what was read from the previous connection.
    void setConnection(const QString& name);
    const QString& connection() const { return m_connection; }
    void readCustomFields();
    /// The contact read for `key` (a contact id or a phone): nullopt while not read yet, an empty object
    /// when GHL has no such contact.
    std::optional<QJsonObject> cached(const QString& key) const;
    /// Why the last read of `key` failed, or empty.
    QString failure(const QString& key) const { return m_failures.value(key); }
    /// Reads the contact once: by id when given, else by phone (GHL's duplicate search).
    void lookUp(const QString& contactId, const QString& phone);

Q_SIGNALS:
    void customFieldsRead(const fieldlink::mapping::CustomFieldDirectory& customFields, const QString& error);
    void contactRead(const QString& key);

private:
    /// Runs `task` once the connection's client is ready (at once when it is), or reports `error`.
    void whenReady(std::function<void()> task, std::function<void(const QString& error)> failed);

    ConnectedGhl* m_ghl;
    QString m_connection;
    bool m_open = false;
    QHash<QString, QJsonObject> m_contacts;
    QHash<QString, QString> m_failures;
    QSet<QString> m_pending;
};

} // namespace fieldlink
