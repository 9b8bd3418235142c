#pragma once

#include "core/api/ApiResult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace fieldlink::api {

class ApiRequest;
class GhlClient;

/// Reads every contact a search (or the deprecated list) returns, page after page to the end, one request at
/// a time. Stops with an error rather than loop when the service hands back a cursor it already gave
/// (docs/api.md, "GHL: paging and search").
class GhlContactPager : public QObject {
    Q_OBJECT
public:
    enum class Mode {
        Search, ///< POST /contacts/search with searchAfter; contacts are brought into the GET shape
        List    ///< GET /contacts/ with startAfter + startAfterId
    };

    GhlContactPager(GhlClient* client, Mode mode, QObject* parent = nullptr);

    /// Filters, sort and query for Search mode; ignored by List.
    void setSearch(QJsonObject body) { m_search = std::move(body); }
    /// Page size: up to 500 for search, 100 for the list.
    void setPageSize(int size) { m_pageSize = size; }
    /// Stops after this many contacts (0: no limit), e.g. for "the first N contacts".
    void setMaximum(int maximum) { m_maximum = maximum; }
    void start();
    void cancel();
    int delivered() const { return m_delivered; }

Q_SIGNALS:
    void page(const QJsonArray& contacts);
    /// Once, after the last page or the first error.
    void finished(const fieldlink::api::ApiResult& result);

private:
    void requestNext();
    void onPage(const ApiResult& result);
    bool rememberCursor(const QString& cursor);
    void finishWith(ApiResult result);

    GhlClient* m_client;
    Mode m_mode;
    QJsonObject m_search;
    int m_pageSize = 100;
    int m_maximum = 0;
    int m_delivered = 0;
    int m_requestedSize = 0;
    QJsonValue m_searchAfter = QJsonValue(QJsonValue::Undefined);
    qint64 m_startAfter = 0;
    QString m_startAfterId;
    QSet<QString> m_seenCursors;
    QPointer<ApiRequest> m_current;
    bool m_finished = false;
};

} // namespace fieldlink::api
