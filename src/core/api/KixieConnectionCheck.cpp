#include "core/api/ApiRequest.h"
#include "core/api/ConnectionCheck.h"
#include "core/api/KixieClient.h"
#include "core/api/ResponseClassifier.h"

#include <QDateTime>
#include <QLocale>

namespace fieldlink::api {
namespace {

using State = CheckLine::State;

const auto reachableId = QStringLiteral("reachable");
const auto credentialsId = QStringLiteral("credentials");
const auto enabledId = QStringLiteral("api-enabled");
const auto budgetId = QStringLiteral("budget");

} // namespace

KixieConnectionCheck::KixieConnectionCheck(KixieClient* client, QObject* parent)
    : ConnectionCheck(parent)
    , m_client(client) {
}

void KixieConnectionCheck::start() {
    setLine({reachableId, State::Running, tr("Kixie is reachable"),
             m_client->queue().settings().baseUrl.toString()});
    setLine({credentialsId, State::Running, tr("API key and Business ID are accepted"), {}});
    setLine({enabledId, State::Running, tr("API access is enabled for the account"), {}});
    setLine({budgetId, State::Running, tr("Daily API budget"), {}});
    connect(m_client->listWebhooks(), &ApiRequest::finished, this, &KixieConnectionCheck::onAnswer);
}

void KixieConnectionCheck::onAnswer(const ApiResult& result) {
    const QString notChecked = tr("Not checked: an earlier step failed.");
    if (result.error == ErrorClass::Network || result.error == ErrorClass::Timeout) {
        setLine({reachableId, State::Failed, tr("Kixie is not reachable"), result.message});
        skipRemaining(notChecked);
        return finish();
    }
    setLine({reachableId, State::Passed, tr("Kixie is reachable"),
             m_client->queue().settings().baseUrl.toString()});
    const QString kixieSaid = ResponseClassifier::serviceMessage(result.json);
    if (result.error == ErrorClass::Auth && ResponseClassifier::isKixieApiDisabled(kixieSaid)) {
        // Kixie does not say whether it checked the key before refusing; claim nothing about it.
        setLine({credentialsId, State::NotChecked, tr("API key and Business ID"),
                 tr("Kixie checks them once API access is enabled.")});
        setLine({enabledId, State::Failed, tr("API access is not enabled for the account"), result.message});
        skipRemaining(notChecked);
        return finish();
    }
    if (!result.ok()) {
        setLine({credentialsId, State::Failed,
                 result.error == ErrorClass::Auth ? tr("API key or Business ID is not accepted")
                                                  : tr("Kixie refused the test"),
                 result.message});
        skipRemaining(notChecked);
        return finish();
    }
    setLine({credentialsId, State::Passed, tr("API key and Business ID are accepted"), {}});
    setLine({enabledId, State::Passed, tr("API access is enabled for the account"), {}});
    DailyQuota& quota = m_client->queue().localQuota();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int remaining = quota.remaining(now);
    setLine({budgetId, remaining < quota.limit() / 10 ? State::Warning : State::Passed,
             tr("Daily API budget"),
             tr("%1 of %2 calls left today (Kixie sends no count; Fieldlink counts its own calls, including "
                "this test). Resets at 00:00 UTC.")
                 .arg(QLocale().toString(remaining), QLocale().toString(quota.limit()))});
    finish();
}

} // namespace fieldlink::api
