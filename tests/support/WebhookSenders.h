#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace fieldlink::test {

/// Sends webhook deliveries to a listener over real HTTP from several concurrent senders (one network
/// manager each, a few requests in flight per sender), as a burst from Kixie would arrive, and remembers
/// which ones were acknowledged with 200. Like Kixie, it never sends a delivery twice.
class WebhookSenders : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QUrl url;
        QByteArray header; ///< the secret header's name; empty: none
        QByteArray secret;
        int senders = 4;
        int inFlightPerSender = 2;
    };

    WebhookSenders(Settings settings, QList<QByteArray> bodies, QObject* parent = nullptr);
    ~WebhookSenders() override;

    /// Starts sending, or goes on from where stop() left off (optionally at another URL).
    void start();
    void setUrl(const QUrl& url) { m_settings.url = url; }
    /// Sends nothing more; requests in flight still end (answered or cut).
    void stop() { m_stopped = true; }
    bool isIdle() const { return m_inFlight == 0; }
    /// Every delivery has been sent and answered (or failed).
    bool isFinished() const { return m_next >= m_bodies.size() && m_inFlight == 0; }
    int sent() const { return static_cast<int>(m_next); }
    const QSet<int>& acknowledged() const { return m_acknowledged; }
    int otherAnswers() const { return m_otherAnswers; }
    int failures() const { return m_failures; }

Q_SIGNALS:
    void acknowledgedOne(int count);

private:
    void sendNext(QNetworkAccessManager* network);

    Settings m_settings;
    QList<QByteArray> m_bodies;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    QSet<int> m_acknowledged;
    int m_otherAnswers = 0;
    int m_failures = 0;
    bool m_stopped = false;
};

/// An endcall delivery for call `externalId` on a contact, as Kixie sends it (KixieEvents.h), compact JSON.
QByteArray endcallDelivery(const QString& externalId, const QString& contactId, const QString& phone);

/// How many notes in the sandbox carry each call's reference line, keyed "externalid|event", read from
/// /__sandbox/state: the proof that a call event was written to GHL once, or not at all.
QHash<QString, int> notesByCallEvent(const QJsonObject& sandboxState);

} // namespace fieldlink::test
