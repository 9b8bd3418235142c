#pragma once

#include "core/sync/CallAction.h"

#include <QObject>

namespace fieldlink::api {
class GhlClient;
struct ApiResult;
} // namespace fieldlink::api

namespace fieldlink::sync {

/// Writes a call's follow-up task or tag additions. A task create is not idempotent: one whose earlier
/// attempt is in the ledger unsettled is first looked for in the contact's tasks by its reference line.
/// Tag additions are idempotent and simply sent again.
class TaskAndTagWriter : public QObject {
    Q_OBJECT
public:
    TaskAndTagWriter(api::GhlClient* ghl, store::LedgerRepository* ledger, QObject* parent = nullptr);

    /// Writes one task or tags action; emits written() once.
    void write(const CallAction& action);

Q_SIGNALS:
    void written(const fieldlink::sync::ActionWrite& result);

private:
    void onTasksListed(const CallAction& action, const api::ApiResult& result);
    void send(const CallAction& action);

    api::GhlClient* m_ghl;
    store::LedgerRepository* m_ledger;
};

} // namespace fieldlink::sync
