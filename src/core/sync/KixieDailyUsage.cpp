#include "core/sync/KixieDailyUsage.h"

#include "core/Logging.h"

#include "core/api/Clock.h"
#include "core/api/KixieClient.h"
#include "core/store/RunRepository.h"

#include <QDateTime>

namespace fieldlink::sync {

Result<> shareKixieDailyUsage(api::KixieClient& client, store::RunRepository& runs, const QString& businessId,
                              QObject* context) {
    const auto today = [] {
        return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    };
    const auto service = QStringLiteral("kixie");
    api::DailyQuota& quota = client.queue().localQuota();
    const Result<int> used = runs.dailyCalls(service, businessId, today());
    if (!used)
        return used.failure();
    quota.setUsed(*used, api::SystemClock::instance()->wallClockMs());
    QObject::connect(&client.queue(), &api::RequestQueue::budgetChanged, context,
                     [&runs, &quota, businessId, service, today] {
                         const Result<> stored =
                             runs.setDailyCalls(service, businessId, today(),
                                                quota.used(api::SystemClock::instance()->wallClockMs()));
                         if (!stored)
                             qCWarning(lcSync)
                                 << "could not store today's Kixie call count:" << stored.error();
                     });
    return {};
}

} // namespace fieldlink::sync
