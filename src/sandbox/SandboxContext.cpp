#include "sandbox/SandboxContext.h"

namespace fieldlink::sandbox {

void SandboxWorld::seed(std::uint64_t seedValue, int contacts) {
    credentials = seedWorld(seedValue, contacts, ghl, access, kixie);
}

Json SandboxWorld::toJson() const {
    return Json{{"format", "fieldlink.sandbox-state/1"},
                {"credentials", credentials.toJson()},
                {"ghl", ghl.toJson()},
                {"access", access.toJson()},
                {"kixie", kixie.toJson()}};
}

void SandboxWorld::loadJson(const Json& json) {
    if (json.value("format", "") != "fieldlink.sandbox-state/1")
        throw std::runtime_error("not a Fieldlink sandbox state file (format fieldlink.sandbox-state/1)");
    credentials.loadJson(json.at("credentials"));
    ghl.loadJson(json.at("ghl"));
    access.loadJson(json.at("access"));
    kixie.loadJson(json.at("kixie"));
}

} // namespace fieldlink::sandbox
