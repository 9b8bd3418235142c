#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace fieldlink::api {
class GhlClient;
}
namespace fieldlink::auth {
class AccessTokenSource;
}

namespace fieldlink {

class AppContext;

/// A HighLevel client on a saved connection's HighLevel side, for the screens that read HighLevel outside a
/// run (the mapping editor's samples, the contact picker). The secret is read from the keychain without
/// blocking the window; requests go through the app's network manager, request log and budget display.
class ConnectedGhl : public QObject {
    Q_OBJECT
public:
    explicit ConnectedGhl(AppContext& context, QObject* parent = nullptr);
    ~ConnectedGhl() override;

    /// Opens `connectionName`'s HighLevel side; `ready` gets an empty string, or why it cannot (for the
    /// admin). Called again, it replaces the client.
    void open(const QString& connectionName, std::function<void(const QString& error)> ready);
    /// The client once `ready` said so, else null.
    api::GhlClient* client() const { return m_client.get(); }

private:
    AppContext& m_context;
    std::unique_ptr<auth::AccessTokenSource> m_token;
    std::unique_ptr<api::GhlClient> m_client;
};

} // namespace fieldlink
