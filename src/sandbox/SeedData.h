#pragma once

#include "sandbox/GhlAccess.h"
#include "sandbox/GhlDirectory.h"
#include "sandbox/KixieWorld.h"

#include <cstdint>
#include <string>

namespace fieldlink::sandbox {

/// What GET /__sandbox/credentials hands out: everything a client needs to connect to the emulator.
struct SandboxCredentials {
    std::string ghlToken;
    std::string ghlReadonlyToken;
    std::string ghlOAuthClientId;
    std::string ghlOAuthClientSecret;

    Json toJson() const;
    void loadJson(const Json& json);
};

/// Fills both services with a deterministic world for `seed`: a location with custom field definitions,
/// `contactCount` contacts with notes, tasks, appointments and tags (phones of many countries in E.164, as
/// GHL returns them, with the text as typed — national formats, extensions, full-width digits, words — in a
/// PHONE-type custom field and `additionalPhones`; some contacts without a phone; names in many scripts;
/// duplicate emails and phones; empty fields; long notes), and a Kixie account with agents, PowerLists and
/// cadences.
SandboxCredentials seedWorld(std::uint64_t seed, int contactCount, GhlDirectory& ghl, GhlAccess& access,
                             KixieWorld& kixie);

} // namespace fieldlink::sandbox
