#include "sandbox/SeedPools.h"

#include <stdexcept>

namespace fieldlink::sandbox {
namespace {

std::string fill(const std::string& format, const std::string& digits) {
    std::string out;
    std::size_t next = 0;
    for (char c : format)
        out += c == '#' ? digits[next++] : c;
    return out;
}

} // namespace

SeedPhone SeedCountry::makeNumber(DeterministicRandom& random) const {
    std::string significant = random.pick(mobilePrefixes);
    significant += random.digits(static_cast<std::size_t>(significantLength) - significant.size());
    return SeedPhone{"+" + callingCode + significant, fill(nationalFormat, significant),
                     fill(internationalFormat, significant)};
}

const SeedCountry& seedCountry(const std::string& code) {
    static const std::vector<SeedCountry> countries = {
        {"US",
         "1",
         "America/New_York",
         {"Austin", "Boston", "Miami", "Denver", "Seattle"},
         {"2015", "2127", "3056", "3128", "4047", "4159", "5124", "6173", "6469", "7028", "7132", "8183",
          "9174"},
         10,
         "(###) ###-####",
         "+1 ### ### ####"},
        {"GB",
         "44",
         "Europe/London",
         {"London", "Leeds", "Bristol"},
         {"74", "75", "77", "78", "79"},
         10,
         "0#### ######",
         "+44 #### ######"},
        {"DE",
         "49",
         "Europe/Berlin",
         {"Berlin", "München", "Köln"},
         {"151", "152", "171", "176"},
         11,
         "0### ########",
         "+49 ### ########"},
        {"FR",
         "33",
         "Europe/Paris",
         {"Paris", "Lyon", "Nantes"},
         {"6", "7"},
         9,
         "0# ## ## ## ##",
         "+33 # ## ## ## ##"},
        {"ES",
         "34",
         "Europe/Madrid",
         {"Madrid", "Sevilla", "A Coruña"},
         {"6"},
         9,
         "### ### ###",
         "+34 ### ### ###"},
        {"MX",
         "52",
         "America/Mexico_City",
         {"Ciudad de México", "Guadalajara", "Monterrey"},
         {"55", "33", "81"},
         10,
         "## #### ####",
         "+52 ## #### ####"},
        {"BR",
         "55",
         "America/Sao_Paulo",
         {"São Paulo", "Rio de Janeiro", "Belo Horizonte"},
         {"1196", "2198", "3199", "1197"},
         11,
         "(##) #####-####",
         "+55 ## #####-####"},
        {"IN",
         "91",
         "Asia/Kolkata",
         {"Mumbai", "Bengaluru", "Chennai"},
         {"98", "97", "91", "88", "70"},
         10,
         "0##### #####",
         "+91 ##### #####"},
        {"JP",
         "81",
         "Asia/Tokyo",
         {"東京", "大阪", "Sapporo"},
         {"90", "80", "70"},
         10,
         "0##-####-####",
         "+81 ##-####-####"},
        {"AU",
         "61",
         "Australia/Sydney",
         {"Sydney", "Melbourne", "Perth"},
         {"41", "42", "43", "40"},
         9,
         "0### ### ###",
         "+61 ### ### ###"},
        {"AE",
         "971",
         "Asia/Dubai",
         {"Dubai", "أبو ظبي", "Sharjah"},
         {"50", "52", "55", "56"},
         9,
         "0## ### ####",
         "+971 ## ### ####"},
    };
    for (const SeedCountry& country : countries) {
        if (country.code == code)
            return country;
    }
    throw std::out_of_range("no seed country " + code);
}

const std::vector<SeedCulture>& seedCultures() {
    static const std::vector<SeedCulture> cultures = {
        {"US",
         {"James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "DeShawn", "Mary-Kate", "Chris"},
         {"Smith", "Johnson", "O'Connor", "Williams", "Brown", "McAllister", "Davis", "Van der Berg"},
         {"james", "mary", "robert", "pat", "mike", "jen", "deshawn", "mk", "chris"},
         {"Blue Sky Roofing LLC", "Acme Home Solar", "Bright Windows Inc.", "Smith & Sons Plumbing"},
         {"Main St", "Oak Avenue", "Maple Dr", "Sunset Blvd"}},
        {"US",
         {"伟", "芳", "Wei", "Mei", "秀英"},
         {"王", "李", "Zhang", "Chen", "刘"},
         {"wei", "fang", "mei", "xiuying", "liu"},
         {"Golden Dragon Trading", "华美装修公司", "Pacific Rim Imports"},
         {"Grant Ave", "Stockton St"}},
        {"MX",
         {"José", "María", "Guadalupe", "Íñigo", "Lucía", "Álvaro"},
         {"García", "Núñez", "Hernández", "Muñoz", "de la Cruz"},
         {"jose", "maria", "lupe", "inigo", "lucia", "alvaro"},
         {"Núñez & Hijos S.A. de C.V.", "Techos del Norte", "Soluciones Solares MX"},
         {"Av. Insurgentes", "Calle Reforma"}},
        {"ES",
         {"Begoña", "Jesús", "Pilar", "Iñaki"},
         {"Fernández", "Ibáñez", "Gómez", "Peña"},
         {"begona", "jesus", "pilar", "inaki"},
         {"Reformas Ibáñez S.L.", "Energía Sol Ibérica"},
         {"Calle Mayor", "Gran Vía"}},
        {"FR",
         {"Zoë", "Chloé", "Théo", "Gaël", "Hélène", "François"},
         {"Lefèvre", "Dubois", "Girard", "Gauthier", "Mercier"},
         {"zoe", "chloe", "theo", "gael", "helene", "francois"},
         {"Toitures Lefèvre SARL", "Énergie Verte SAS"},
         {"rue de la Paix", "boulevard Haussmann"}},
        {"DE",
         {"Jürgen", "Käthe", "Jörg", "Björn", "Dmitri"},
         {"Müller", "Groß", "Schäfer", "Weiß", "Köhler", "Иванов"},
         {"juergen", "kaethe", "joerg", "bjoern", "dmitri"},
         {"Müller Dachbau GmbH", "Sonnenstrom AG"},
         {"Hauptstraße", "Königsallee"}},
        {"JP",
         {"花子", "太郎", "さくら", "健太", "Yuki"},
         {"佐藤", "鈴木", "高橋", "田中", "Watanabe"},
         {"hanako", "taro", "sakura", "kenta", "yuki"},
         {"株式会社サクラ", "Tanaka Solar K.K."},
         {"銀座", "Shibuya"}},
        {"AE",
         {"محمد", "فاطمة", "أحمد", "ليلى", "Omar"},
         {"الأحمد", "حداد", "منصور", "Al Farsi"},
         {"mohammed", "fatima", "ahmed", "layla", "omar"},
         {"شركة النور للطاقة", "Gulf Roofing LLC"},
         {"Sheikh Zayed Rd", "Al Wasl Rd"}},
        {"IN",
         {"Aarav", "Priya", "Rohan", "Ananya", "प्रिया"},
         {"Sharma", "Patel", "Iyer", "Reddy", "शर्मा"},
         {"aarav", "priya", "rohan", "ananya", "priya.s"},
         {"Surya Solar Pvt Ltd", "Patel Brothers"},
         {"MG Road", "Linking Rd"}},
        {"BR",
         {"João", "Conceição", "Luís", "Ana"},
         {"Gonçalves", "Araújo", "Silva", "Conceição"},
         {"joao", "conceicao", "luis", "ana"},
         {"Telhados Gonçalves Ltda", "Energia Solar Brasil"},
         {"Av. Paulista", "Rua Augusta"}},
        {"GB",
         {"Oliver", "Amelia", "Siobhán", "Rhys"},
         {"Taylor", "O'Neill", "Smythe-Jones", "Evans"},
         {"oliver", "amelia", "siobhan", "rhys"},
         {"Taylor & Co Roofing Ltd", "British Solar plc"},
         {"High Street", "Station Road"}},
        {"AU",
         {"Charlotte", "Jack", "Mia"},
         {"Nguyen", "Wilson", "Kelly"},
         {"charlotte", "jack", "mia"},
         {"Southern Cross Solar Pty Ltd"},
         {"George St", "Collins St"}},
    };
    return cultures;
}

const std::vector<SeedCustomField>& seedCustomFields() {
    static const std::vector<SeedCustomField> fields = {
        {"lead_source_detail", "Lead source detail", "TEXT", "Where exactly did they come from?", {}},
        {"budget", "Budget", "MONETORY", "0.00", {}},
        {"household_size", "Household size", "NUMERICAL", "", {}},
        {"preferred_contact_time",
         "Preferred contact time",
         "SINGLE_OPTIONS",
         "",
         {"Morning", "Afternoon", "Evening"}},
        {"services_interested",
         "Services interested",
         "MULTIPLE_OPTIONS",
         "",
         {"Roofing", "Solar", "HVAC", "Windows", "Plumbing"}},
        {"contract_renewal", "Contract renewal", "DATE", "", {}},
        {"call_notes", "Call notes", "LARGE_TEXT", "", {}},
        {"secondary_phone", "Secondary phone", "PHONE", "", {}},
        {"preferred_language",
         "Preferred language",
         "RADIO",
         "",
         {"English", "Español", "Français", "Deutsch"}},
        {"consent_sms", "SMS consent", "CHECKBOX", "", {"Yes"}},
        // GHL keeps a PHONE field's text as typed, while `phone` itself is always E.164 (SeedPhones.h).
        {"mobile_as_typed", "Mobile (as typed)", "PHONE", "", {}},
    };
    return fields;
}

const std::vector<SeedCustomField>& seedCallOutcomeFields() {
    static const std::vector<SeedCustomField> fields = {
        {"last_call_outcome", "Last call outcome", "TEXT", "", {}},
        {"last_call_date", "Last call date", "DATE", "", {}},
        {"last_call_agent", "Last call agent", "TEXT", "", {}},
        {"last_call_duration", "Last call duration (s)", "NUMERICAL", "", {}},
        {"last_call_recording", "Last call recording", "TEXT", "", {}},
        {"kixie_call_count", "Kixie calls", "NUMERICAL", "", {}},
    };
    return fields;
}

const std::vector<std::string>& seedEmoji() {
    static const std::vector<std::string> emoji = {"🌸", "🚀", "☀️", "👍🏽", "👨‍👩‍👧"};
    return emoji;
}

const std::vector<std::string>& seedEmailDomains() {
    static const std::vector<std::string> domains = {"example.com", "example.org", "example.net",
                                                     "mail.example.com"};
    return domains;
}

const std::vector<std::string>& seedInvalidPhones() {
    static const std::vector<std::string> phones = {"12345",          "n/a",      "0000000000", "+1 (555) 01",
                                                    "call after 5pm", "+999 123", "00000"};
    return phones;
}

const std::vector<std::string>& seedTags() {
    static const std::vector<std::string> tags = {
        "lead",       "customer",     "vip",           "hot",          "cold",
        "newsletter", "webinar-2026", "callback",      "do-not-call",  "spanish-speaker",
        "enterprise", "smb",          "Facebook Lead", "Roofing Quote"};
    return tags;
}

const std::vector<std::string>& seedSources() {
    static const std::vector<std::string> sources = {"public api", "csv import", "facebook form",
                                                     "website form", "referral"};
    return sources;
}

const std::vector<std::string>& seedBusinessIds() {
    static const std::vector<std::string> ids = {"bizAcmeHoldings00001", "bizNunezHijos0000002",
                                                 "bizSakuraKK000000003"};
    return ids;
}

const std::vector<std::string>& seedNoteBodies() {
    static const std::vector<std::string> bodies = {
        "Called, left VM. Wants a quote for roof repair - call back Tuesday.",
        "Cliente prefiere español. Llamar después de las 5 pm.",
        "客户对太阳能感兴趣，下周回电。",
        "يرغب العميل في الحصول على عرض سعر للألواح الشمسية.",
        "Met at the home show 🏠 - very interested in solar ☀️",
        "Spouse makes the decisions; include both on the next call.",
        "Asked about financing: 0% APR for 18 months. Sent the brochure.",
        "Line one\nLine two with \"quotes\", a tab\there and a backslash \\ in it.",
        "Rappeler après 18h. Très intéressée par l'isolation des combles.",
        "Rückruf erwünscht, bitte nicht vor 10 Uhr anrufen.",
        "Not interested right now. Revisit in Q3.",
    };
    return bodies;
}

const std::vector<std::string>& seedLeadDetails() {
    static const std::vector<std::string> details = {"Google Ads - roofing",
                                                     "Referral from María G.",
                                                     "Home show 2026",
                                                     "Facebook form 'Spring promo'",
                                                     "Yard sign",
                                                     "Door knock - Oak Ave"};
    return details;
}

const std::vector<std::string>& seedTaskTitles() {
    static const std::vector<std::string> titles = {
        "Call back re: quote", "Send brochure",   "Follow up after site visit",
        "Confirm appointment", "Llamar de nuevo", "Collect signed contract"};
    return titles;
}

const std::vector<std::string>& seedAppointmentTitles() {
    static const std::vector<std::string> titles = {"Site visit", "Solar consultation", "Quote review call"};
    return titles;
}

std::string toFullWidth(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            // U+FF10 + digit, UTF-8 EF BC 90..99
            out += "\xEF\xBC";
            out += static_cast<char>(0x90 + (c - '0'));
        } else if (c == '+') {
            out += "\xEF\xBC\x8B";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace fieldlink::sandbox
