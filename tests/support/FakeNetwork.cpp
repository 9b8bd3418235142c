#include "support/FakeNetwork.h"

#include <QTimer>

namespace fieldlink::test {
namespace {

QByteArray methodName(QNetworkAccessManager::Operation operation, const QNetworkRequest& request) {
    switch (operation) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

class FakeReply final : public QNetworkReply {
public:
    FakeReply(const FakeRequest& request, const FakeAnswer& answer, QObject* parent)
        : QNetworkReply(parent)
        , m_body(answer.body) {
        setRequest(request.request);
        setUrl(request.request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (answer.hang)
            return;
        QTimer::singleShot(0, this, [this, answer] {
            if (isFinished())
                return;
            if (answer.status > 0) {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
                for (const auto& [name, value] : answer.headers)
                    setRawHeader(name, value);
                if (answer.status >= 400)
                    setError(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
            } else {
                setError(answer.networkError, QStringLiteral("fake network error"));
            }
            Q_EMIT metaDataChanged();
            Q_EMIT readyRead();
            setFinished(true);
            Q_EMIT finished();
        });
    }

    void abort() override {
        if (isFinished())
            return;
        m_body.clear();
        setError(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
        setFinished(true);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override {
        return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
        memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest& request,
                                                       QIODevice* outgoingData) {
    FakeRequest seen{methodName(operation, request), request,
                     outgoingData ? outgoingData->readAll() : QByteArray()};
    m_requests.append(seen);
    return new FakeReply(seen, m_responder(seen), this);
}

} // namespace fieldlink::test
