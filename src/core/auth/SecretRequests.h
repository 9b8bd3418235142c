#pragma once

#include "core/auth/SecretStore.h"

#include <QHash>
#include <QPointer>

#include <functional>

namespace fieldlink::auth {

/// What a saved connection keeps in its keychain blob, by kind (ConnectionRepository's `auth_kind`).
namespace SecretKey {
inline const QString privateToken = QStringLiteral("token");        ///< a GHL Private Integration Token
inline const QString apiKey = QStringLiteral("apiKey");             ///< a Kixie API key
inline const QString clientSecret = QStringLiteral("clientSecret"); ///< an OAuth app's secret
} // namespace SecretKey

/// Calls a SecretStore with a callback per operation instead of a signal per store, so a screen or command
/// can read, write and remove secrets of several accounts at once and get each answer where it asked.
/// Callbacks are dropped with `context`, should it go first.
class SecretRequests : public QObject {
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QJsonObject& secret, const SecretError& error)>;
    using DoneCallback = std::function<void(const SecretError& error)>;

    explicit SecretRequests(SecretStore* store, QObject* parent = nullptr);

    /// Routes every later call to `store`. What the previous store had not answered yet is asked again of
    /// the new one, in the order it was asked, so no caller waits for an answer that can no longer come.
    void setStore(SecretStore* store);
    SecretStore* store() const { return m_store; }

    void read(const QString& account, QObject* context, ReadCallback callback);
    void write(const QString& account, const QJsonObject& secret, QObject* context, DoneCallback callback);
    void remove(const QString& account, QObject* context, DoneCallback callback);

private:
    template <typename Callback> struct Pending {
        QPointer<QObject> context;
        Callback callback;
        QJsonObject secret; ///< for a write: what to write, kept until it is answered to ask it again
    };

    void askAgain();

    void onRead(const QString& account, const QJsonObject& secret, const SecretError& error);
    void onWritten(const QString& account, const SecretError& error);
    void onRemoved(const QString& account, const SecretError& error);

    SecretStore* m_store = nullptr; ///< owned by whoever made this; outlives it
    /// Per account, oldest first. Every waiting read gets the one answer; writes and removals are answered
    /// one by one, in the order they were asked (the store answers each call once, in order).
    QHash<QString, QList<Pending<ReadCallback>>> m_reads;
    QHash<QString, QList<Pending<DoneCallback>>> m_writes;
    QHash<QString, QList<Pending<DoneCallback>>> m_removals;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace fieldlink::auth
