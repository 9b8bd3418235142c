#include "app/shell/StatusBarIndicators.h"

#include "app/common/ElidedLabel.h"
#include "app/shell/AppContext.h"
#include "app/shell/OtherRunsStatus.h"
#include "core/Logging.h"
#include "core/api/Clock.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/RunLeaseRepository.h"
#include "core/sync/KixieDailyUsage.h"
#include "core/sync/RunProgress.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace fieldlink {

StatusBarIndicators::StatusBarIndicators(AppContext& context, QStatusBar* statusBar)
    : QObject(statusBar)
    , m_context(context)
    // Names and the other run's description can be any length: they elide rather than widen the window.
    , m_connectionLabel(new ElidedLabel(statusBar))
    , m_ghlBudgetLabel(new QLabel(statusBar))
    , m_kixieBudgetLabel(new QLabel(statusBar))
    , m_otherRunLabel(new ElidedLabel(statusBar)) {
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_ghlBudgetLabel->setObjectName(QStringLiteral("ghlBudgetLabel"));
    m_kixieBudgetLabel->setObjectName(QStringLiteral("kixieBudgetLabel"));
    m_otherRunLabel->setObjectName(QStringLiteral("otherRunLabel"));
    m_otherRunLabel->hide();
    m_ghlBudgetLabel->setToolTip(tr("HighLevel requests that can be sent now, of its burst limit"));
    m_kixieBudgetLabel->setToolTip(tr("Kixie calls left today, of the daily limit (resets at 00:00 UTC)"));
    statusBar->addPermanentWidget(m_otherRunLabel);
    statusBar->addPermanentWidget(m_connectionLabel);
    statusBar->addPermanentWidget(m_ghlBudgetLabel);
    statusBar->addPermanentWidget(m_kixieBudgetLabel);
    // The burst window frees up over time without any signal; a second is fine-grained enough to read.
    m_refreshTimer.setInterval(1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StatusBarIndicators::refresh);
    connect(&context, &AppContext::budgetChanged, this, &StatusBarIndicators::refresh);
    setConnection({}, false);
    refresh();
    // One small indexed read every few seconds; a scheduled run's start is seen within that.
    m_otherRunsTimer.setInterval(3000);
    connect(&m_otherRunsTimer, &QTimer::timeout, this, &StatusBarIndicators::refreshOtherRuns);
    // A run on a worker thread or in the CLI counts its Kixie calls in the database only.
    connect(&m_otherRunsTimer, &QTimer::timeout, this, &StatusBarIndicators::refresh);
    m_otherRunsTimer.start();
    refreshOtherRuns();
}

void StatusBarIndicators::refreshOtherRuns() {
    const Result<QList<store::RunLeaseHolder>> holders = m_context.runLeases().holders();
    if (!holders) { // the status bar is no place for an error dialog; the next run reports the fault
        qCWarning(lcStore) << "could not read the run leases:" << holders.error();
        return;
    }
    const OtherRunsStatus status =
        OtherRunsStatus::from(*holders, QDateTime::currentDateTimeUtc(), QSysInfo::machineHostName(),
                              QCoreApplication::applicationPid());
    m_otherRunLabel->setText(status.text);
    m_otherRunLabel->setToolTip(status.toolTip);
    m_otherRunLabel->setVisible(!status.text.isEmpty());
}

void StatusBarIndicators::setConnection(const QString& name, bool sandbox) {
    const auto kixie = name.isEmpty()
                           ? std::nullopt
                           : m_context.connections().find(name, store::SavedConnection::Service::Kixie);
    m_kixieAccount = kixie ? kixie->accountId : QString();
    refresh();
    m_connectionLabel->setText(name.isEmpty() ? tr("No connection")
                               : sandbox      ? tr("Connection: %1 (sandbox)").arg(name)
                                              : tr("Connection: %1").arg(name));
}

void StatusBarIndicators::showRunBudgets(const sync::RunProgress& progress) {
    const QLocale locale;
    if (progress.ghlAvailable >= 0) {
        m_runReportsGhl = true;
        const api::RateBudget budget; // HighLevel's burst limit, as a run's queue starts with it
        QString text = tr("HighLevel: %1 of %2 per %3 s")
                           .arg(locale.toString(progress.ghlAvailable), locale.toString(budget.maxRequests),
                                locale.toString(static_cast<double>(budget.intervalMs) / 1000.0, 'g', 3));
        if (progress.ghlDailyRemaining >= 0)
            text += tr(", %1 left today").arg(locale.toString(progress.ghlDailyRemaining));
        m_ghlBudgetLabel->setText(text);
    }
    if (progress.kixieRemainingToday >= 0)
        m_kixieBudgetLabel->setText(tr("Kixie: %1 of %2 left today")
                                        .arg(locale.toString(progress.kixieRemainingToday),
                                             locale.toString(sync::kixieDailyLimit())));
}

void StatusBarIndicators::runEnded() {
    m_runReportsGhl = false;
    refresh();
}

void StatusBarIndicators::refresh() {
    const QLocale locale;
    const qint64 now = m_context.clock()->nowMs();
    const qint64 wallNow = m_context.clock()->wallClockMs();
    bool windowInUse = false;
    if (m_runReportsGhl) {
        // the run's progress keeps the HighLevel figure current until it ends
    } else if (api::RequestQueue* ghl = m_context.watchedQueue(api::Service::Ghl)) {
        api::RateLimiter& limiter = ghl->limiter();
        const int available = limiter.availableNow(now);
        windowInUse = available < limiter.budget().maxRequests;
        QString text =
            tr("HighLevel: %1 of %2 per %3 s")
                .arg(locale.toString(available), locale.toString(limiter.budget().maxRequests),
                     locale.toString(static_cast<double>(limiter.budget().intervalMs) / 1000.0, 'g', 3));
        if (const auto daily = limiter.dailyRemaining())
            text += tr(", %1 left today").arg(locale.toString(*daily));
        m_ghlBudgetLabel->setText(text);
    } else {
        m_ghlBudgetLabel->setText(tr("HighLevel: budget not known yet"));
    }
    if (!m_kixieAccount.isEmpty()) {
        m_kixieBudgetLabel->setText(
            tr("Kixie: %1 of %2 left today")
                .arg(
                    locale.toString(std::max(0, sync::kixieCallsLeftToday(m_context.runs(), m_kixieAccount))),
                    locale.toString(sync::kixieDailyLimit())));
    } else if (api::RequestQueue* kixie = m_context.watchedQueue(api::Service::Kixie)) {
        api::DailyQuota& quota = kixie->localQuota();
        m_kixieBudgetLabel->setText(
            tr("Kixie: %1 of %2 left today")
                .arg(locale.toString(quota.remaining(wallNow)), locale.toString(quota.limit())));
    } else {
        m_kixieBudgetLabel->setText(tr("Kixie: budget not known yet"));
    }
    if (windowInUse && !m_refreshTimer.isActive())
        m_refreshTimer.start();
    else if (!windowInUse)
        m_refreshTimer.stop();
}

} // namespace fieldlink
