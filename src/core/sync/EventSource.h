#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fieldlink::sync {

/// Captured Kixie webhook payloads from a file: a JSON array, or JSON Lines (one payload per line).
class EventFile {
public:
    struct Loaded {
        QList<QJsonObject> events;
        QString error; ///< translated, with the line when it is JSON Lines; empty on success
    };
    static Loaded read(const QString& path);
    static Loaded parse(const QByteArray& text);
};

} // namespace fieldlink::sync
