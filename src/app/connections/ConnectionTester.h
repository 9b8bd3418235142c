#pragma once

#include "core/api/GhlClient.h"
#include "core/api/KixieClient.h"

#include <QObject>

#include <memory>

namespace fieldlink::api {
class ConnectionCheck;
}
namespace fieldlink::auth {
class AccessTokenSource;
}

namespace fieldlink {

class AppContext;
class CheckResultModel;

/// Runs "Test connection" for one service with the values on the form (saved or not): builds a client,
/// runs its check into a CheckResultModel, and keeps the client afterwards so the status bar can show its
/// budget. A new test replaces the previous one.
class ConnectionTester : public QObject {
    Q_OBJECT
public:
    ConnectionTester(AppContext& context, CheckResultModel* model, QObject* parent = nullptr);
    ~ConnectionTester() override;

    void testGhl(const api::GhlSettings& settings, std::unique_ptr<auth::AccessTokenSource> token);
    void testKixie(const api::KixieSettings& settings, const api::KixieCredentials& credentials);
    /// Shows a problem found before anything could be sent (e.g. no token) as the report's only line.
    void showProblem(const QString& title, const QString& detail);
    bool isRunning() const;

Q_SIGNALS:
    void started();
    void finished(bool passed);

private:
    void run(std::unique_ptr<QObject> client, api::RequestQueue& queue, api::ConnectionCheck* check);
    void clear();

    AppContext& m_context;
    CheckResultModel* m_model;
    // Declared before the client: the check uses the client and goes first.
    std::unique_ptr<auth::AccessTokenSource> m_token;
    std::unique_ptr<QObject> m_client;
    std::unique_ptr<api::ConnectionCheck> m_check;
};

} // namespace fieldlink
