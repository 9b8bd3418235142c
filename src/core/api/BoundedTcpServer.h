#pragma once

#include <QTcpServer>

namespace fieldlink::api {

/// The listening socket under the webhook listener's QHttpServer, cutting any connection that sends more than
/// `maxUnansweredBytes` before it has been answered. Qt 6.4's HTTP server reads a request's whole body into
/// memory before a route sees it, so without this a client could make the listener buffer a body of any size
/// before the route's 413. The cut answers 413 too, then closes the connection and drops what still arrives.
class BoundedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    BoundedTcpServer(qsizetype maxUnansweredBytes, QObject* parent = nullptr);

Q_SIGNALS:
    /// A connection was cut after `bytes` unanswered bytes.
    void cut(qsizetype bytes);

protected:
    void incomingConnection(qintptr handle) override;

private:
    qsizetype m_maxUnansweredBytes;
};

} // namespace fieldlink::api
