#pragma once

#include "core/api/ApiResult.h"

#include <QMap>
#include <QObject>
#include <QSet>

namespace fieldlink::api {

class GhlClient;

/// Finds out what a token may do without changing anything, for tokens whose scopes are not in a token
/// response (a Private Integration Token): a one-contact read, custom field definitions, and a write probe —
/// an update of a contact id that cannot exist, which GHL's scope check answers before it looks the id up
/// (the 401 "not authorized for this scope" comes from the gate; that the gate runs before
/// the lookup is our inference, and the sandbox does the same).
class GhlScopeProbe : public QObject {
    Q_OBJECT
public:
    struct Report {
        ApiResult result;           ///< not ok when the token or location is refused outright
        QMap<QString, bool> scopes; ///< scope → granted
        int customFieldCount = -1;  ///< -1 when they could not be read
        QSet<QString> granted() const;
    };

    explicit GhlScopeProbe(GhlClient* client, QObject* parent = nullptr);
    void start();

    /// A syntactically valid contact id no location has.
    static QString impossibleContactId() { return QStringLiteral("fieldlinkScopeProbe0"); }

Q_SIGNALS:
    void finished(const fieldlink::api::GhlScopeProbe::Report& report);

private:
    void record(const QString& scope, const ApiResult& result, bool readProbe);
    void finishIfDone();

    GhlClient* m_client;
    Report m_report;
    int m_pending = 0;
};

} // namespace fieldlink::api

Q_DECLARE_METATYPE(fieldlink::api::GhlScopeProbe::Report)
