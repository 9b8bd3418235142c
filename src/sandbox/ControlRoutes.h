#pragma once

#include "sandbox/SandboxContext.h"

#include <httplib.h>

#include <functional>

namespace fieldlink::sandbox {

/// Emulator-only inspection and control under /__sandbox/. No production code may call these; they exist
/// for tests, the first-run experience and demos (docs/sandbox.md).
void registerControlRoutes(httplib::Server& server, SandboxContext& context);

/// The GET /__sandbox/credentials body.
Json credentialsJson(SandboxContext& context);

} // namespace fieldlink::sandbox
