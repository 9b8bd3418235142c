#include "ProfileLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fieldlink::mapping {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::ProfileLoader)
};

} // namespace

QStringList ProfileLoader::defaultProfileNames() {
    QStringList names;
    for (const QString& file :
         QDir(QStringLiteral(":/profiles")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << file.chopped(5);
    return names;
}

ProfileLoader::Loaded ProfileLoader::load(const QString& nameOrPath,
                                          const CustomFieldDirectory& customFields) {
    Loaded loaded;
    const bool isDefault = defaultProfileNames().contains(nameOrPath) && !QFileInfo::exists(nameOrPath);
    loaded.origin =
        isDefault ? QStringLiteral(":/profiles/") + nameOrPath + QStringLiteral(".json") : nameOrPath;
    QFile file(loaded.origin);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error =
            Tr::tr("Cannot read profile \"%1\": %2. Default profiles: %3.")
                .arg(nameOrPath, file.errorString(), defaultProfileNames().join(QStringLiteral(", ")));
        return loaded;
    }
    loaded.text = file.readAll();
    loaded.parsed = ProfileParser::parse(loaded.text, customFields);
    return loaded;
}

} // namespace fieldlink::mapping
