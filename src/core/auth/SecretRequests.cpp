#include "core/auth/SecretRequests.h"

namespace fieldlink::auth {
namespace {

template <typename Pending>
Pending takeOldest(QHash<QString, QList<Pending>>& pending, const QString& account) {
    auto it = pending.find(account);
    if (it == pending.end() || it->isEmpty())
        return {};
    Pending oldest = it->takeFirst();
    if (it->isEmpty())
        pending.erase(it);
    return oldest;
}

} // namespace

SecretRequests::SecretRequests(SecretStore* store, QObject* parent)
    : QObject(parent) {
    setStore(store);
}

void SecretRequests::setStore(SecretStore* store) {
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_store = store;
    if (!store)
        return;
    m_connections << connect(store, &SecretStore::readFinished, this, &SecretRequests::onRead)
                  << connect(store, &SecretStore::writeFinished, this, &SecretRequests::onWritten)
                  << connect(store, &SecretStore::removeFinished, this, &SecretRequests::onRemoved);
    askAgain();
}

void SecretRequests::askAgain() {
    for (auto it = m_reads.cbegin(); it != m_reads.cend(); ++it)
        m_store->read(it.key());
    for (auto it = m_writes.cbegin(); it != m_writes.cend(); ++it) {
        for (const auto& pending : it.value())
            m_store->write(it.key(), pending.secret);
    }
    for (auto it = m_removals.cbegin(); it != m_removals.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i)
            m_store->remove(it.key());
    }
}

void SecretRequests::read(const QString& account, QObject* context, ReadCallback callback) {
    const bool alreadyAsked = m_reads.contains(account);
    m_reads[account].append({context, std::move(callback), {}});
    if (!alreadyAsked)
        m_store->read(account);
}

void SecretRequests::write(const QString& account, const QJsonObject& secret, QObject* context,
                           DoneCallback callback) {
    m_writes[account].append({context, std::move(callback), secret});
    m_store->write(account, secret);
}

void SecretRequests::remove(const QString& account, QObject* context, DoneCallback callback) {
    m_removals[account].append({context, std::move(callback), {}});
    m_store->remove(account);
}

void SecretRequests::onRead(const QString& account, const QJsonObject& secret, const SecretError& error) {
    for (const auto& pending : m_reads.take(account)) {
        if (pending.context)
            pending.callback(secret, error);
    }
}

void SecretRequests::onWritten(const QString& account, const SecretError& error) {
    const auto pending = takeOldest(m_writes, account);
    if (pending.context)
        pending.callback(error);
}

void SecretRequests::onRemoved(const QString& account, const SecretError& error) {
    const auto pending = takeOldest(m_removals, account);
    if (pending.context)
        pending.callback(error);
}

} // namespace fieldlink::auth
