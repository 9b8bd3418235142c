#include "core/sync/EventSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace fieldlink::sync {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::EventFile)
};
} // namespace

EventFile::Loaded EventFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    Loaded loaded = parse(file.readAll());
    if (!loaded.error.isEmpty())
        loaded.error = QStringLiteral("%1: %2").arg(path, loaded.error);
    return loaded;
}

EventFile::Loaded EventFile::parse(const QByteArray& text) {
    Loaded loaded;
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError)
            return {{},
                    Tr::tr("not a JSON array of webhook payloads (%1 at byte %2)")
                        .arg(error.errorString())
                        .arg(error.offset)};
        for (const QJsonValue& value : document.array()) {
            if (!value.isObject())
                return {{},
                        Tr::tr("item %1 of the array is not a JSON object").arg(loaded.events.size() + 1)};
            loaded.events << value.toObject();
        }
        return loaded;
    }
    int lineNumber = 0;
    for (const QByteArray& line : text.split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {{}, Tr::tr("line %1 is not a JSON object (%2)").arg(lineNumber).arg(error.errorString())};
        loaded.events << document.object();
    }
    return loaded;
}

} // namespace fieldlink::sync
