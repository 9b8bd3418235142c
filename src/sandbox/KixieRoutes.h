#pragma once

#include "sandbox/ApiMiddleware.h"
#include "sandbox/CallSimulator.h"
#include "sandbox/SandboxContext.h"

#include <httplib.h>

namespace fieldlink::sandbox {

/// Kixie's command API (`POST /app/event`), webhook management and agent status.
void registerKixieRoutes(httplib::Server& server, SandboxContext& context, ApiMiddleware& middleware);

/// Queues the events of a simulated call to every registered webhook whose filters match.
/// Must be called with the world mutex held.
void deliverToWebhooks(SandboxContext& context, const std::vector<WebhookEvent>& events);

} // namespace fieldlink::sandbox
