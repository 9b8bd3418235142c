#include "sandbox/GhlPhoneRule.h"

#include <phonenumbers/phonenumberutil.h>

namespace fieldlink::sandbox {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

std::string ghlE164(std::string_view raw, std::string_view countryCode) {
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // An unknown or empty region still reads numbers written in international form ("+44 …").
    const std::string region = countryCode.empty() ? std::string("ZZ") : std::string(countryCode);
    if (util->Parse(std::string(raw), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsValidNumber(number))
        return {};
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return e164;
}

} // namespace fieldlink::sandbox
