#include "support/WebhookSenders.h"

#include "support/KixieEvents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace fieldlink::test {

WebhookSenders::WebhookSenders(Settings settings, QList<QByteArray> bodies, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_bodies(std::move(bodies)) {
    for (int i = 0; i < m_settings.senders; ++i)
        m_networks.push_back(std::make_unique<QNetworkAccessManager>());
}

WebhookSenders::~WebhookSenders() = default;

void WebhookSenders::start() {
    m_stopped = false;
    for (const auto& network : m_networks) {
        // A restarted listener is a new server: connections kept alive to the old one are gone.
        network->clearConnectionCache();
        for (int i = 0; i < m_settings.inFlightPerSender; ++i)
            sendNext(network.get());
    }
}

void WebhookSenders::sendNext(QNetworkAccessManager* network) {
    if (m_stopped || m_next >= m_bodies.size())
        return;
    const int index = static_cast<int>(m_next++);
    QNetworkRequest request(m_settings.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_settings.header.isEmpty())
        request.setRawHeader(m_settings.header, m_settings.secret);
    ++m_inFlight;
    QNetworkReply* reply = network->post(request, m_bodies.at(index));
    connect(reply, &QNetworkReply::finished, this, [this, reply, index, network] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            m_acknowledged.insert(index);
            Q_EMIT acknowledgedOne(static_cast<int>(m_acknowledged.size()));
        } else if (status > 0) {
            ++m_otherAnswers;
        } else {
            ++m_failures;
        }
        sendNext(network);
    });
}

QByteArray endcallDelivery(const QString& externalId, const QString& contactId, const QString& phone) {
    return QJsonDocument(kixieCallEvent(externalId, QStringLiteral("endcall"), contactId, phone))
        .toJson(QJsonDocument::Compact);
}

QHash<QString, int> notesByCallEvent(const QJsonObject& sandboxState) {
    // The reference line EventProcessor appends to every note it writes.
    static const QRegularExpression reference(
        QStringLiteral(R"(\[Fieldlink: Kixie call ([^,\]]+), (\w+)\])"));
    QHash<QString, int> counts;
    const QJsonArray contacts =
        sandboxState.value(QLatin1String("ghl")).toObject().value(QLatin1String("contacts")).toArray();
    for (const QJsonValue& contact : contacts) {
        for (const QJsonValue& note : contact.toObject().value(QLatin1String("notes")).toArray()) {
            const QRegularExpressionMatch match =
                reference.match(note.toObject().value(QLatin1String("body")).toString());
            if (match.hasMatch())
                ++counts[match.captured(1) + QLatin1Char('|') + match.captured(2)];
        }
    }
    return counts;
}

} // namespace fieldlink::test
