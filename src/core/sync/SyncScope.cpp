#include "core/sync/SyncScope.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <algorithm>

namespace fieldlink::sync {
namespace {

// The options' help and errors belong to the command line's catalogue context, where they were first written.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};

const QString limitOption = QStringLiteral("limit");
const QString tagOption = QStringLiteral("tag");
const QString queryOption = QStringLiteral("query");
const QString idsOption = QStringLiteral("ids");
const QString contactOption = QStringLiteral("contact");
const QString sinceLastOption = QStringLiteral("since-last");

Result<QStringList> readIds(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{Tr::tr("fieldlink-cli: cannot read %1: %2").arg(file.fileName(), file.errorString())};
    QStringList ids;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            ids << QString::fromUtf8(line.trimmed());
    }
    return ids;
}

} // namespace

bool SyncScope::isWholeLocation() const {
    return kind == Kind::All || (kind == Kind::SinceLast && updatedSince.isEmpty());
}

QJsonObject SyncScope::toJson() const {
    static const char* const names[] = {"all", "first", "tag", "query", "ids", "since-last"};
    QJsonObject json{{QStringLiteral("kind"), QLatin1String(names[static_cast<int>(kind)])}};
    if (limit > 0)
        json.insert(QStringLiteral("limit"), limit);
    if (!tag.isEmpty())
        json.insert(QStringLiteral("tag"), tag);
    if (!query.isEmpty())
        json.insert(QStringLiteral("query"), query);
    if (!ids.isEmpty())
        json.insert(QStringLiteral("ids"), QJsonArray::fromStringList(ids));
    if (!updatedSince.isEmpty())
        json.insert(QStringLiteral("updatedSince"), updatedSince);
    if (!fullReconcile)
        json.insert(QStringLiteral("fullReconcile"), false);
    return json;
}

SyncScope SyncScope::fromJson(const QJsonObject& json) {
    static const QStringList names = {QStringLiteral("all"), QStringLiteral("first"),
                                      QStringLiteral("tag"), QStringLiteral("query"),
                                      QStringLiteral("ids"), QStringLiteral("since-last")};
    SyncScope scope;
    scope.kind = static_cast<Kind>(
        std::max<qsizetype>(0, names.indexOf(json.value(QLatin1String("kind")).toString())));
    scope.limit = json.value(QLatin1String("limit")).toInt();
    scope.tag = json.value(QLatin1String("tag")).toString();
    scope.query = json.value(QLatin1String("query")).toString();
    for (const QJsonValue& id : json.value(QLatin1String("ids")).toArray())
        scope.ids << id.toString();
    scope.updatedSince = json.value(QLatin1String("updatedSince")).toString();
    scope.fullReconcile = json.value(QLatin1String("fullReconcile")).toBool(true);
    return scope;
}

QList<QCommandLineOption> SyncScope::commandLineOptions() {
    return {
        {limitOption, Tr::tr("Only the first N contacts."), QStringLiteral("N")},
        {tagOption, Tr::tr("Only contacts with this tag."), QStringLiteral("TAG")},
        {queryOption, Tr::tr("Only contacts a GHL search for this text finds."), QStringLiteral("TEXT")},
        {idsOption, Tr::tr("Only the contact ids in FILE, one per line."), QStringLiteral("FILE")},
        {contactOption, Tr::tr("Only this contact id (repeat for several)."), QStringLiteral("ID")},
        {sinceLastOption, Tr::tr("Only contacts updated since the profile's last complete run.")},
    };
}

Result<SyncScope> SyncScope::fromCommandLine(const QCommandLineParser& parser) {
    SyncScope scope;
    int chosen = 0;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        scope.kind = Kind::FirstN;
        scope.limit = parser.value(limitOption).toInt(&ok);
        if (!ok || scope.limit < 1)
            return Failure{Tr::tr("fieldlink-cli: --limit needs a positive number")};
        ++chosen;
    }
    if (parser.isSet(tagOption)) {
        scope.kind = Kind::Tag;
        scope.tag = parser.value(tagOption);
        ++chosen;
    }
    if (parser.isSet(queryOption)) {
        scope.kind = Kind::Query;
        scope.query = parser.value(queryOption);
        ++chosen;
    }
    if (parser.isSet(idsOption)) {
        Result<QStringList> ids = readIds(parser.value(idsOption));
        if (!ids)
            return ids.failure();
        scope.kind = Kind::Ids;
        scope.ids << *ids;
        ++chosen;
    }
    if (parser.isSet(contactOption)) {
        scope.kind = Kind::Ids;
        scope.ids = parser.values(contactOption);
        ++chosen;
    }
    if (parser.isSet(sinceLastOption)) {
        scope.kind = Kind::SinceLast;
        scope.fullReconcile = false;
        ++chosen;
    }
    if (chosen > 1)
        return Failure{Tr::tr(
            "fieldlink-cli: choose one of --limit, --tag, --query, --ids, --contact and --since-last")};
    return scope;
}

QStringList SyncScope::toArguments() const {
    const auto option = [](const QString& name) -> QString {
        return QStringLiteral("--") + name;
    };
    switch (kind) {
    case Kind::FirstN:
        return {option(limitOption), QString::number(limit)};
    case Kind::Tag:
        return {option(tagOption), tag};
    case Kind::Query:
        return {option(queryOption), query};
    case Kind::Ids: {
        QStringList words;
        for (const QString& id : ids)
            words << option(contactOption) << id;
        return words;
    }
    case Kind::SinceLast:
        return {option(sinceLastOption)};
    case Kind::All:
        break;
    }
    return {};
}

} // namespace fieldlink::sync
