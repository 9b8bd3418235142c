#include "core/sync/KixieDailyUsage.h"

#include "core/Logging.h"
#include "core/api/Clock.h"
#include "core/api/KixieClient.h"
#include "core/store/RunRepository.h"

#include <QDateTime>

namespace fieldlink::sync {
namespace {

const QString kixieService = QStringLiteral("kixie");

// Kixie's day starts at 00:00 UTC (api::DailyQuota).
QString today() {
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

} // namespace

Result<> shareKixieDailyUsage(api::KixieClient& client, store::RunRepository& runs, const QString& businessId,
                              QObject* context) {
    api::DailyQuota& quota = client.queue().localQuota();
    const Result<int> used = runs.dailyCalls(kixieService, businessId, today());
    if (!used)
        return used.failure();
    quota.setUsed(*used, api::SystemClock::instance()->wallClockMs());
    QObject::connect(
        &client.queue(), &api::RequestQueue::budgetChanged, context, [&runs, &quota, businessId] {
            const Result<> stored = runs.setDailyCalls(
                kixieService, businessId, today(), quota.used(api::SystemClock::instance()->wallClockMs()));
            if (!stored)
                qCWarning(lcSync) << "could not store today's Kixie call count:" << stored.error();
        });
    return {};
}

int kixieDailyLimit() {
    return api::KixieSettings{}.dailyLimit;
}

int kixieCallsLeftToday(const store::RunRepository& runs, const QString& businessId) {
    // Only quoted to the admin; a run whose count cannot be read refuses to start (shareKixieDailyUsage).
    return kixieDailyLimit() - runs.dailyCalls(kixieService, businessId, today()).valueOr(0);
}

} // namespace fieldlink::sync
