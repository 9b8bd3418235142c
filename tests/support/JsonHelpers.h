#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace fieldlink::test {

/// A JSON object from text, with %1, %2... replaced by `args` first. Keeps request bodies in tests readable.
inline QJsonObject jsonObject(const char* text, const QStringList& args = {}) {
    QString filled = QString::fromUtf8(text);
    for (const QString& arg : args)
        filled = filled.arg(arg);
    return QJsonDocument::fromJson(filled.toUtf8()).object();
}

/// Walks a dotted path such as "contact.customFields.0.id" through objects and arrays.
inline QJsonValue at(const QJsonValue& root, const char* dottedPath) {
    QJsonValue node = root;
    for (const QString& part : QString::fromUtf8(dottedPath).split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        node = isIndex && node.isArray() ? node.toArray().at(index) : node.toObject().value(part);
    }
    return node;
}

inline QString text(const char* utf8) {
    return QString::fromUtf8(utf8);
}

} // namespace fieldlink::test
