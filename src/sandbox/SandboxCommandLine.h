#pragma once

#include "sandbox/SandboxOptions.h"

#include <optional>
#include <string>
#include <vector>

namespace fieldlink::sandbox {

struct SandboxCommand {
    SandboxOptions options;
    bool showHelp = false;
    bool showVersion = false;
};

/// Parses fieldlink-sandbox's arguments (without argv[0]). nullopt with a message on a usage error.
std::optional<SandboxCommand> parseSandboxCommandLine(const std::vector<std::string>& arguments,
                                                      std::string* error);
std::string sandboxUsage();

} // namespace fieldlink::sandbox
