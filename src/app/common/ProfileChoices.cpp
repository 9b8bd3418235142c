#include "app/common/ProfileChoices.h"

#include "core/mapping/ProfileLoader.h"
#include "core/store/ProfileRepository.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldlink {

QString ProfileChoices::nameOf(const QByteArray& document) {
    return QJsonDocument::fromJson(document).object().value(QLatin1String("name")).toString();
}

QList<ProfileChoice> ProfileChoices::list(const store::ProfileRepository& profiles) {
    QList<ProfileChoice> choices;
    QStringList savedNames;
    for (const store::StoredProfile& profile : profiles.profiles()) {
        choices.append({profile.name, profile.name, profile.direction, profile.latestVersion});
        savedNames << profile.name;
    }
    for (const QString& stem : mapping::ProfileLoader::defaultProfileNames()) {
        const QByteArray text = mapping::ProfileLoader::load(stem).text;
        const QString name = nameOf(text);
        if (!savedNames.contains(name))
            choices.append(
                {stem, name.isEmpty() ? stem : name,
                 QJsonDocument::fromJson(text).object().value(QLatin1String("direction")).toString(), 0});
    }
    return choices;
}

void ProfileChoices::fill(QComboBox* combo, const QList<ProfileChoice>& choices) {
    combo->clear();
    for (const ProfileChoice& choice : choices)
        combo->addItem(choice.latestVersion > 0
                           ? tr("%1 (version %2)").arg(choice.name).arg(choice.latestVersion)
                           : tr("%1 (default)").arg(choice.name),
                       choice.key);
}

} // namespace fieldlink
