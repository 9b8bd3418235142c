#include "core/mapping/ProfileLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

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

ProfileLoader::Loaded ProfileLoader::load(const QString& nameOrPath, const CustomFieldDirectory& customFields,
                                          const SavedProfiles& saved) {
    Loaded loaded;
    const bool isFile = QFileInfo::exists(nameOrPath);
    const bool isDefault = defaultProfileNames().contains(nameOrPath) && !isFile;
    loaded.origin =
        isDefault ? QStringLiteral(":/profiles/") + nameOrPath + QStringLiteral(".json") : nameOrPath;
    QByteArray defaultText;
    if (isDefault) {
        QFile resource(loaded.origin);
        if (resource.open(QIODevice::ReadOnly))
            defaultText = resource.readAll();
    }
    if (saved && !isFile) {
        // A default is saved under its own "name"; anything else is a saved profile's name.
        const QString savedName =
            isDefault ? QJsonDocument::fromJson(defaultText).object().value(QLatin1String("name")).toString()
                      : nameOrPath;
        if (const QByteArray document = savedName.isEmpty() ? QByteArray() : saved(savedName);
            !document.isEmpty()) {
            loaded.origin = Tr::tr("the newest saved version of \"%1\"").arg(savedName);
            loaded.text = document;
            loaded.parsed = ProfileParser::parse(loaded.text, customFields);
            return loaded;
        }
    }
    if (isDefault) {
        loaded.text = defaultText;
        loaded.parsed = ProfileParser::parse(loaded.text, customFields);
        return loaded;
    }
    QFile file(loaded.origin);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error =
            Tr::tr("Cannot read profile \"%1\": %2. Give a file, a profile saved in the app, or a default "
                   "profile: "
                   "%3.")
                .arg(nameOrPath, file.errorString(), defaultProfileNames().join(QStringLiteral(", ")));
        return loaded;
    }
    loaded.text = file.readAll();
    loaded.parsed = ProfileParser::parse(loaded.text, customFields);
    return loaded;
}

} // namespace fieldlink::mapping
