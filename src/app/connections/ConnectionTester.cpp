#include "app/connections/ConnectionTester.h"

#include "core/Logging.h"

#include "app/common/CheckResultModel.h"
#include "app/shell/AppContext.h"
#include "core/api/ConnectionCheck.h"
#include "core/auth/AccessTokenSource.h"
#include "core/store/RunRepository.h"
#include "core/sync/KixieDailyUsage.h"

namespace fieldlink {
namespace {

/// A test answers the admin who is waiting for it: one retry after a short pause, then the verdict; a sync
/// keeps the patient defaults.
template <typename Settings> Settings forATest(Settings settings) {
    settings.retry.maxAttempts = 2;
    settings.retry.baseDelayMs = 300;
    settings.transferTimeoutMs = 15000;
    return settings;
}

} // namespace

ConnectionTester::ConnectionTester(AppContext& context, CheckResultModel* model, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_model(model) {
}

ConnectionTester::~ConnectionTester() {
    clear();
}

void ConnectionTester::clear() {
    // Members are destroyed in reverse order of declaration; the check must go before its client, and the
    // client's queue before the token it reads.
    m_check.reset();
    m_client.reset();
    m_token.reset();
}

bool ConnectionTester::isRunning() const {
    return m_check && !m_check->isFinished();
}

void ConnectionTester::testGhl(const api::GhlSettings& settings,
                               std::unique_ptr<auth::AccessTokenSource> token) {
    clear();
    auto client = std::make_unique<api::GhlClient>(forATest(settings), m_context.network(), m_context.clock(),
                                                   m_context.requestLog());
    client->setTokenSource(token.get());
    m_token = std::move(token);
    auto* check = new api::GhlConnectionCheck(client.get());
    api::RequestQueue& queue = client->queue();
    m_context.watchQueue(api::Service::Ghl, &queue);
    run(std::move(client), queue, check);
}

void ConnectionTester::testKixie(const api::KixieSettings& settings,
                                 const api::KixieCredentials& credentials) {
    clear();
    auto client = std::make_unique<api::KixieClient>(forATest(settings), credentials, m_context.network(),
                                                     m_context.clock(), m_context.requestLog());
    // A test costs one call: it goes ahead even when today's count cannot be read.
    if (const Result<> shared =
            sync::shareKixieDailyUsage(*client, m_context.runs(), credentials.businessId, client.get());
        !shared)
        qCWarning(lcApp) << "could not read today's Kixie call count:" << shared.error();
    auto* check = new api::KixieConnectionCheck(client.get());
    api::RequestQueue& queue = client->queue();
    m_context.watchQueue(api::Service::Kixie, &queue);
    run(std::move(client), queue, check);
}

void ConnectionTester::run(std::unique_ptr<QObject> client, api::RequestQueue& queue,
                           api::ConnectionCheck* check) {
    m_client = std::move(client);
    m_check.reset(check);
    m_model->clear();
    if (const QString refused = queue.configurationError(); !refused.isEmpty()) {
        // An http:// address to a real service: nothing is sent (tokens travel over https only).
        showProblem(tr("The API address is not allowed"), refused);
        return;
    }
    connect(check, &api::ConnectionCheck::linesChanged, this,
            [this, check] { m_model->setLines(check->lines()); });
    connect(check, &api::ConnectionCheck::finished, this, &ConnectionTester::finished);
    Q_EMIT started();
    check->start();
}

void ConnectionTester::showProblem(const QString& title, const QString& detail) {
    clear();
    m_model->setLines(
        {api::CheckLine{QStringLiteral("problem"), api::CheckLine::State::Failed, title, detail}});
    Q_EMIT finished(false);
}

} // namespace fieldlink
