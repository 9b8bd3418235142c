#include "core/api/BoundedTcpServer.h"

#include <QTcpSocket>

#include <memory>

namespace fieldlink::api {
namespace {

struct ConnectionBudget {
    qsizetype unanswered = 0;
    bool cut = false;
};

} // namespace

BoundedTcpServer::BoundedTcpServer(qsizetype maxUnansweredBytes, QObject* parent)
    : QTcpServer(parent)
    , m_maxUnansweredBytes(maxUnansweredBytes) {
}

void BoundedTcpServer::incomingConnection(qintptr handle) {
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    auto budget = std::make_shared<ConnectionBudget>();
    // Connected before the HTTP server's own readyRead handler (it connects when it takes the pending
    // connection), so this runs first and can drop the bytes before the server buffers them.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, budget] {
        if (budget->cut) {
            socket->readAll(); // dropped: the answer has been given
            return;
        }
        budget->unanswered += socket->bytesAvailable();
        if (budget->unanswered <= m_maxUnansweredBytes)
            return;
        budget->cut = true;
        socket->readAll();
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        Q_EMIT cut(budget->unanswered);
    });
    // An answer written means the request it answered is over; the next one starts from zero.
    connect(socket, &QTcpSocket::bytesWritten, this, [budget] {
        if (!budget->cut)
            budget->unanswered = 0;
    });
    addPendingConnection(socket);
}

} // namespace fieldlink::api
