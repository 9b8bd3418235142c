// libFuzzer target: any bytes as a profile. Parsing must never crash, and a profile that parses must apply
// to records of any shape without crashing.
#include "core/mapping/MappingEngine.h"
#include "core/mapping/ProfileParser.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace fieldlink::mapping;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    CustomFieldDirectory customFields;
    customFields.add({QStringLiteral("cf1"),
                      QStringLiteral("contact.budget"),
                      QStringLiteral("Budget"),
                      QStringLiteral("MONETORY"),
                      {}});
    const ParsedProfile parsed = ProfileParser::parse(text, customFields);
    if (!parsed.profile)
        return 0;
    const MappingEngine engine(parsed.profile);
    static const QList<QJsonObject> records = [] {
        QList<QJsonObject> list;
        for (const char* json :
             {R"({"id":"a","phone":"(415) 555-2671","tags":["vip"],"customFields":[{"id":"cf1","value":5}]})",
              R"({"id":1,"phone":[],"tags":"x","notes":[{"body":null}],"data":{"hookevent":"disposition"}})",
              R"({})"})
            list << QJsonDocument::fromJson(json).object();
        return list;
    }();
    for (const QJsonObject& record : records)
        engine.apply(record).toJson();
    return 0;
}
