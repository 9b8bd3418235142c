#pragma once

#include "core/Result.h"

#include <QString>

class QObject;

namespace fieldlink::api {
class KixieClient;
}

namespace fieldlink::store {
class RunRepository;
}

namespace fieldlink::sync {

/// Kixie sends no budget headers, so its 10 000 calls a day are counted by Fieldlink and shared by every
/// run and test of the day through the database: seeds the client's quota with today's count and writes
/// each new count back. `runs` must outlive `context`.
/// Fails, sending nothing, when today's count cannot be read: a run must not spend calls the day may not
/// have.
Result<> shareKixieDailyUsage(api::KixieClient& client, store::RunRepository& runs, const QString& businessId,
                              QObject* context);

} // namespace fieldlink::sync
