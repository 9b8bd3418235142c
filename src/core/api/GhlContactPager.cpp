#include "core/api/GhlContactPager.h"

#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "core/api/GhlContactShape.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace fieldlink::api {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::api::GhlContactPager)
};
} // namespace

GhlContactPager::GhlContactPager(GhlClient* client, Mode mode, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_mode(mode) {
}

void GhlContactPager::start() {
    requestNext();
}

void GhlContactPager::cancel() {
    if (m_current)
        m_current->cancel();
}

void GhlContactPager::requestNext() {
    int size = m_pageSize;
    if (m_maximum > 0)
        size = std::min(size, m_maximum - m_delivered);
    m_requestedSize = size;
    if (m_mode == Mode::Search) {
        QJsonObject body = m_search;
        body.insert(QStringLiteral("pageLimit"), std::clamp(size, 1, 500));
        if (!m_searchAfter.isUndefined())
            body.insert(QStringLiteral("searchAfter"), m_searchAfter);
        m_current = m_client->searchContacts(body);
    } else {
        m_current = m_client->listContacts(std::clamp(size, 1, 100), m_startAfter, m_startAfterId);
    }
    connect(m_current, &ApiRequest::finished, this, &GhlContactPager::onPage);
}

bool GhlContactPager::rememberCursor(const QString& cursor) {
    if (m_seenCursors.contains(cursor))
        return false;
    m_seenCursors.insert(cursor);
    return true;
}

void GhlContactPager::onPage(const ApiResult& result) {
    if (!result.ok())
        return finishWith(result);
    const QJsonObject body = result.json.toObject();
    const QJsonValue contactsValue = body.value(QLatin1String("contacts"));
    if (!contactsValue.isArray()) {
        ApiResult malformed = result;
        malformed.error = ErrorClass::Malformed;
        malformed.message = Tr::tr("HighLevel's contact page has no contact list.");
        return finishWith(malformed);
    }
    const QJsonArray contacts = contactsValue.toArray();
    QString cursor;
    if (m_mode == Mode::Search) {
        if (!contacts.isEmpty()) {
            m_searchAfter = contacts.last().toObject().value(QLatin1String("searchAfter"));
            cursor = QString::fromUtf8(QJsonDocument(m_searchAfter.toArray()).toJson(QJsonDocument::Compact));
        }
        // A short page is the last one; asking again would only return an empty page.
        if (contacts.size() < m_requestedSize)
            cursor.clear();
        QJsonArray shaped;
        for (const QJsonValue& contact : contacts)
            shaped.append(GhlContactShape::fromSearchResult(contact.toObject()));
        if (!shaped.isEmpty())
            Q_EMIT page(shaped);
    } else {
        const QJsonObject meta = body.value(QLatin1String("meta")).toObject();
        m_startAfterId = meta.value(QLatin1String("startAfterId")).toString();
        m_startAfter = static_cast<qint64>(meta.value(QLatin1String("startAfter")).toDouble());
        cursor = m_startAfterId.isEmpty() ? QString()
                                          : m_startAfterId + QLatin1Char('@') + QString::number(m_startAfter);
        if (meta.value(QLatin1String("nextPageUrl")).isNull())
            cursor.clear();
        if (!contacts.isEmpty())
            Q_EMIT page(contacts);
    }
    m_delivered += static_cast<int>(contacts.size());
    const bool reachedMaximum = m_maximum > 0 && m_delivered >= m_maximum;
    if (contacts.isEmpty() || cursor.isEmpty() || reachedMaximum)
        return finishWith(ApiResult{});
    if (!rememberCursor(cursor)) {
        ApiResult looping;
        looping.error = ErrorClass::Malformed;
        looping.message = Tr::tr("HighLevel returned the same page twice; Fieldlink stopped reading contacts "
                                 "after %n contact(s) to avoid an endless loop.",
                                 nullptr, m_delivered);
        return finishWith(looping);
    }
    requestNext();
}

void GhlContactPager::finishWith(ApiResult result) {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace fieldlink::api
