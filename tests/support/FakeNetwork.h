#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <functional>

namespace fieldlink::test {

/// What a fake reply answers. `hang` replies never finish by themselves (only abort() ends them).
struct FakeAnswer {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool hang = false;

    static FakeAnswer json(int status, const QByteArray& body) {
        return {status, body, {}, QNetworkReply::NoError, false};
    }
    static FakeAnswer failure(QNetworkReply::NetworkError error) { return {0, {}, {}, error, false}; }
};

/// A request as the fake network saw it.
struct FakeRequest {
    QByteArray method;
    QNetworkRequest request;
    QByteArray body;
};

/// A QNetworkAccessManager that answers from a test's function instead of the network.
class FakeNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    using Responder = std::function<FakeAnswer(const FakeRequest&)>;

    explicit FakeNetworkAccessManager(Responder responder, QObject* parent = nullptr)
        : QNetworkAccessManager(parent)
        , m_responder(std::move(responder)) {}

    void setResponder(Responder responder) { m_responder = std::move(responder); }
    const QList<FakeRequest>& requests() const { return m_requests; }

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    Responder m_responder;
    QList<FakeRequest> m_requests;
};

} // namespace fieldlink::test
