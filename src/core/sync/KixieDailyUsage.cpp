#include "core/sync/KixieDailyUsage.h"

#include "core/api/Clock.h"
#include "core/api/KixieClient.h"
#include "core/store/RunRepository.h"

#include <QDateTime>

namespace fieldlink::sync {

void shareKixieDailyUsage(api::KixieClient& client, store::RunRepository& runs, const QString& businessId,
                          QObject* context) {
    const auto today = [] {
        return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    };
    const auto service = QStringLiteral("kixie");
    api::DailyQuota& quota = client.queue().localQuota();
    quota.setUsed(runs.dailyCalls(service, businessId, today()), api::SystemClock::instance()->wallClockMs());
    QObject::connect(&client.queue(), &api::RequestQueue::budgetChanged, context,
                     [&runs, &quota, businessId, service, today] {
                         runs.setDailyCalls(service, businessId, today(),
                                            quota.used(api::SystemClock::instance()->wallClockMs()));
                     });
}

} // namespace fieldlink::sync
