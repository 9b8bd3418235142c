#include "sandbox/SandboxCommandLine.h"

#include <functional>
#include <map>

namespace fieldlink::sandbox {
namespace {

bool toInteger(const std::string& text, long long low, long long high, long long* out) {
    try {
        std::size_t used = 0;
        const long long value = std::stoll(text, &used);
        if (used != text.size() || value < low || value > high)
            return false;
        *out = value;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace

std::string sandboxUsage() {
    return "Usage: fieldlink-sandbox [options]\n"
           "Emulates the HighLevel (GHL) API v2 and the Kixie API on one loopback port.\n\n"
           "  --port N                      port to listen on; 0 picks a free one (default 0)\n"
           "  --seed N                      seed of the generated data and of fault draws (default 1)\n"
           "  --contacts N                  GHL contacts to generate (default 250)\n"
           "  --ghl-burst-limit N           GHL requests per window per token and location (default 100)\n"
           "  --ghl-burst-window-ms MS      GHL burst window (default 10000)\n"
           "  --ghl-daily-limit N           GHL requests per day (default 200000)\n"
           "  --ghl-token-lifetime-s S      OAuth access token lifetime (default 86399)\n"
           "  --kixie-daily-limit N         Kixie API calls per day (default 10000)\n"
           "  --kixie-duplicate-handling M  duplicateHandling when omitted: overwrite, merge, ignore "
           "(default merge)\n"
           "  --kixie-error-status N        HTTP status of Kixie business errors (default 200)\n"
           "  --kixie-over-quota-status N   HTTP status once the Kixie quota is spent (default 429)\n"
           "  --faults SPEC                 e.g. 5xx=0.10,429=0.05,drop=0.02,malformed=0.05,slow=0.01\n"
           "  --slow-ms MS                  delay of a 'slow' fault (default 35000)\n"
           "  --state FILE                  load the data from FILE at start, save it there on exit\n"
           "  --threads N                   worker threads (default 16)\n"
           "  --help, --version\n";
}

std::optional<SandboxCommand> parseSandboxCommandLine(const std::vector<std::string>& arguments,
                                                      std::string* error) {
    SandboxCommand command;
    SandboxOptions& o = command.options;
    std::string faultSpec;
    int slowMs = -1;
    using Setter = std::function<bool(const std::string&)>;
    auto integer = [](auto* target, long long low, long long high) -> Setter {
        return [target, low, high](const std::string& text) {
            long long value = 0;
            if (!toInteger(text, low, high, &value))
                return false;
            *target = static_cast<std::remove_pointer_t<decltype(target)>>(value);
            return true;
        };
    };
    const std::map<std::string, Setter> valued = {
        {"--port", integer(&o.port, 0, 65535)},
        {"--seed", integer(&o.seed, 0, std::numeric_limits<long long>::max())},
        {"--contacts", integer(&o.contacts, 0, 1000000)},
        {"--ghl-burst-limit", integer(&o.ghlLimits.burstLimit, 1, 1000000)},
        {"--ghl-burst-window-ms", integer(&o.ghlLimits.windowMs, 1, 86400000)},
        {"--ghl-daily-limit", integer(&o.ghlLimits.dailyLimit, 1, 1000000000)},
        {"--ghl-token-lifetime-s", integer(&o.ghlTokenLifetimeSeconds, 1, 100000000)},
        {"--kixie-daily-limit", integer(&o.kixie.dailyLimit, 1, 1000000000)},
        {"--kixie-error-status", integer(&o.kixie.businessErrorStatus, 200, 599)},
        {"--kixie-over-quota-status", integer(&o.kixie.overQuotaStatus, 200, 599)},
        {"--slow-ms", integer(&slowMs, 0, 600000)},
        {"--threads", integer(&o.threads, 1, 256)},
        {"--kixie-duplicate-handling",
         [&o](const std::string& mode) {
             o.kixie.defaultDuplicateHandling = mode;
             return mode == "overwrite" || mode == "merge" || mode == "ignore";
         }},
        {"--faults",
         [&faultSpec](const std::string& spec) {
             faultSpec = spec;
             return true;
         }},
        {"--state",
         [&o](const std::string& path) {
             o.stateFile = path;
             return !path.empty();
         }},
    };
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string name = arguments[i];
        std::optional<std::string> value;
        if (const auto equals = name.find('='); name.starts_with("--") && equals != std::string::npos) {
            value = name.substr(equals + 1);
            name = name.substr(0, equals);
        }
        if (name == "--help" || name == "-h") {
            command.showHelp = true;
            continue;
        }
        if (name == "--version") {
            command.showVersion = true;
            continue;
        }
        auto setter = valued.find(name);
        if (setter == valued.end()) {
            *error = "unknown option " + name;
            return std::nullopt;
        }
        if (!value) {
            if (i + 1 >= arguments.size()) {
                *error = name + " needs a value";
                return std::nullopt;
            }
            value = arguments[++i];
        }
        if (!setter->second(*value)) {
            *error = "invalid value '" + *value + "' for " + name;
            return std::nullopt;
        }
    }
    if (!faultSpec.empty()) {
        auto rates = parseFaultSpec(faultSpec, error);
        if (!rates)
            return std::nullopt;
        o.faults = *rates;
    }
    if (slowMs >= 0)
        o.faults.slowDelayMs = slowMs;
    return command;
}

} // namespace fieldlink::sandbox
