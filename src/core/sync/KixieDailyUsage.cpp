#include "core/sync/KixieDailyUsage.h"

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

void shareKixieDailyUsage(api::KixieClient& client, store::RunRepository& runs, const QString& businessId,
                          QObject* context) {
    api::DailyQuota& quota = client.queue().localQuota();
    quota.setUsed(runs.dailyCalls(kixieService, businessId, today()),
                  api::SystemClock::instance()->wallClockMs());
    QObject::connect(&client.queue(), &api::RequestQueue::budgetChanged, context,
                     [&runs, &quota, businessId] {
                         runs.setDailyCalls(kixieService, businessId, today(),
                                            quota.used(api::SystemClock::instance()->wallClockMs()));
                     });
}

int kixieDailyLimit() {
    return api::KixieSettings{}.dailyLimit;
}

int kixieCallsLeftToday(const store::RunRepository& runs, const QString& businessId) {
    return kixieDailyLimit() - runs.dailyCalls(kixieService, businessId, today());
}

} // namespace fieldlink::sync
