#pragma once

#include "sandbox/ApiMiddleware.h"
#include "sandbox/GhlGate.h"
#include "sandbox/SandboxContext.h"

#include <httplib.h>

namespace fieldlink::sandbox {

/// The GHL API v2 routes (docs/api.md, "GHL: endpoints and scopes"), one registration function per group.
void registerGhlContactRoutes(httplib::Server& server, SandboxContext& context, ApiMiddleware& middleware,
                              GhlGate& gate);
void registerGhlRelatedRoutes(httplib::Server& server, SandboxContext& context, ApiMiddleware& middleware,
                              GhlGate& gate);
void registerGhlLocationRoutes(httplib::Server& server, SandboxContext& context, ApiMiddleware& middleware,
                               GhlGate& gate);
void registerGhlOAuthRoutes(httplib::Server& server, SandboxContext& context, ApiMiddleware& middleware);

} // namespace fieldlink::sandbox
