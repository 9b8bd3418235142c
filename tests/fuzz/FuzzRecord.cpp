// libFuzzer target: any bytes as a source record, mapped with both default profiles.
#include "core/mapping/MappingEngine.h"
#include "core/mapping/ProfileLoader.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace fieldlink::mapping;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<std::unique_ptr<MappingEngine>> engines = [] {
        std::vector<std::unique_ptr<MappingEngine>> list;
        for (const QString& name : ProfileLoader::defaultProfileNames())
            if (auto profile = ProfileLoader::load(name).parsed.profile)
                list.push_back(std::make_unique<MappingEngine>(profile));
        return list;
    }();
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!document.isObject())
        return 0;
    for (const auto& engine : engines)
        engine->apply(document.object()).toJson();
    return 0;
}
