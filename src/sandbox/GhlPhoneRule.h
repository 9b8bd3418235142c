#pragma once

#include <string>
#include <string_view>

namespace fieldlink::sandbox {

/// The phone GHL stores for `raw`: E.164 ("+14155550132"), or empty when the text is not a valid number.
/// A national number is read in the numbering plan of `countryCode` (ISO 3166 alpha-2; the contact's
/// country, else the location's); an extension is not part of the stored number.
///
/// GHL words its 422s as class-validator does, and refusing a phone as "phone must be a valid phone number"
/// is class-validator's IsPhoneNumber, which validates with libphonenumber. The emulator reads phones with
/// libphonenumber too, so it accepts and refuses what that validator does; that GHL applies it to contact
/// writes is unconfirmed (docs/sandbox.md). libphonenumber is a third-party library, not code shared with
/// fieldlink_core.
std::string ghlE164(std::string_view raw, std::string_view countryCode);

} // namespace fieldlink::sandbox
