#include "core/api/ConnectionCheck.h"
#include "core/api/GhlClient.h"

#include <QLocale>

namespace fieldlink::api {
namespace {

using State = CheckLine::State;

const auto reachableId = QStringLiteral("reachable");
const auto authenticatedId = QStringLiteral("authenticated");
const auto locationId = QStringLiteral("location");
const auto customFieldsId = QStringLiteral("custom-fields");
const auto budgetId = QStringLiteral("budget");

QString scopeLineId(const QString& scope) {
    return QStringLiteral("scope:") + scope;
}

/// What each scope lets Fieldlink do, to say why a missing one matters.
QString scopeTitle(const QString& scope) {
    if (scope == GhlScope::contactsRead)
        return GhlConnectionCheck::tr("Read contacts (%1)").arg(scope);
    if (scope == GhlScope::contactsWrite)
        return GhlConnectionCheck::tr("Write contacts, notes, tasks and tags (%1)").arg(scope);
    return GhlConnectionCheck::tr("Read custom fields (%1)").arg(scope);
}

} // namespace

GhlConnectionCheck::GhlConnectionCheck(GhlClient* client, QObject* parent)
    : ConnectionCheck(parent)
    , m_client(client) {
}

void GhlConnectionCheck::start() {
    setLine(
        {reachableId, State::Running, tr("HighLevel is reachable"), m_client->settings().baseUrl.toString()});
    setLine({authenticatedId, State::Running, tr("The token is accepted"), {}});
    setLine({locationId, State::Running, tr("Location %1").arg(m_client->locationId()), {}});
    for (const QString& scope : {GhlScope::contactsRead, GhlScope::contactsWrite, GhlScope::customFieldsRead})
        setLine({scopeLineId(scope), State::Running, scopeTitle(scope), {}});
    setLine({customFieldsId, State::Running, tr("Custom fields"), {}});
    setLine({budgetId, State::Running, tr("API budget"), {}});
    auto* probe = new GhlScopeProbe(m_client, this);
    connect(probe, &GhlScopeProbe::finished, this, [this, probe](const GhlScopeProbe::Report& report) {
        probe->deleteLater();
        onProbeFinished(report);
    });
    probe->start();
}

void GhlConnectionCheck::onProbeFinished(const GhlScopeProbe::Report& report) {
    const ApiResult& refusal = report.result;
    const QString notChecked = tr("Not checked: an earlier step failed.");
    if (refusal.error == ErrorClass::Network || refusal.error == ErrorClass::Timeout) {
        setLine({reachableId, State::Failed, tr("HighLevel is not reachable"), refusal.message});
        skipRemaining(notChecked);
        return finish();
    }
    setLine(
        {reachableId, State::Passed, tr("HighLevel is reachable"), m_client->settings().baseUrl.toString()});
    if (refusal.error == ErrorClass::Auth && refusal.status == 403) {
        // GHL checked the token and found it belongs elsewhere: the token is fine, the location is not.
        setLine({authenticatedId, State::Passed, tr("The token is accepted"), {}});
        setLine({locationId, State::Failed, tr("Location %1 is not accessible").arg(m_client->locationId()),
                 refusal.message});
        skipRemaining(notChecked);
        return finish();
    }
    if (!refusal.ok()) {
        setLine(
            {authenticatedId, State::Failed,
             refusal.error == ErrorClass::Auth ? tr("The token is not accepted") : tr("HighLevel refused"),
             refusal.message});
        skipRemaining(notChecked);
        return finish();
    }
    setLine({authenticatedId, State::Passed, tr("The token is accepted"), {}});
    setLine({locationId, State::Passed, tr("Location %1").arg(m_client->locationId()),
             tr("The token works for this location.")});
    for (auto it = report.scopes.cbegin(); it != report.scopes.cend(); ++it) {
        const QString detail =
            it.value()
                ? tr("Granted.")
                : tr("Missing. In HighLevel, open Settings → Private Integrations (or your Marketplace "
                     "app's Auth settings for OAuth), add the scope %1, then paste the new token here.")
                      .arg(it.key());
        setLine({scopeLineId(it.key()), it.value() ? State::Passed : State::Failed, scopeTitle(it.key()),
                 detail});
    }
    if (report.customFieldCount >= 0)
        setLine({customFieldsId, State::Passed, tr("Custom fields"),
                 tr("%n custom contact field(s) found.", nullptr, report.customFieldCount)});
    else
        setLine({customFieldsId, State::NotChecked, tr("Custom fields"),
                 tr("Not read: the token cannot read custom fields.")});
    reportBudget();
    finish();
}

void GhlConnectionCheck::reportBudget() {
    RateLimiter& limiter = m_client->queue().limiter();
    const RateBudget budget = limiter.budget();
    QString detail = tr("%1 requests per %2 seconds.")
                         .arg(budget.maxRequests)
                         .arg(QLocale().toString(static_cast<double>(budget.intervalMs) / 1000.0, 'g', 3));
    State state = State::Passed;
    if (const auto remaining = limiter.dailyRemaining()) {
        detail += QLatin1Char(' ') + tr("%1 of %2 requests left today.")
                                         .arg(QLocale().toString(*remaining),
                                              QLocale().toString(limiter.dailyLimit().value_or(0)));
        // A sync of a few thousand contacts needs a few thousand requests.
        if (*remaining < 1000)
            state = State::Warning;
    }
    setLine({budgetId, state, tr("API budget"), detail});
}

} // namespace fieldlink::api
