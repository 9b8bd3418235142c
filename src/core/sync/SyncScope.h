#pragma once

#include "core/Result.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace fieldlink::sync {

/// Which contacts a test sync reads.
struct SyncScope {
    enum class Kind { All, FirstN, Tag, Query, Ids, SinceLast };
    Kind kind = Kind::All;
    int limit = 0;
    QString tag;
    QString query;
    QStringList ids;
    QString updatedSince; ///< ISO time, for SinceLast
    /// Read every contact's related records again, even of contacts unchanged since the ledger's rows of
    /// them were written (docs/sync.md, "What a run reads"). Only a full reconcile sees notes and tasks
    /// added without touching their contact. A `sync --since-last` reads only what changed.
    bool fullReconcile = true;

    /// Whether the scope reads every contact of the location (All, or a first --since-last with no cursor
    /// yet): only then is a contact it does not see gone, rather than outside the slice.
    bool isWholeLocation() const;

    QJsonObject toJson() const;
    static SyncScope fromJson(const QJsonObject& json);

    /// The `fieldlink-cli sync` options that choose a scope (--limit, --tag, --query, --ids, --contact,
    /// --since-last), in the order the help lists them.
    static QList<QCommandLineOption> commandLineOptions();
    /// The scope those options choose (All when none is given); a failure when more than one is given, a
    /// limit is not a positive number, or the --ids file cannot be read.
    static Result<SyncScope> fromCommandLine(const QCommandLineParser& parser);
    /// The options that choose this scope again: what Test Sync prints for a schedule runs the same contacts
    /// as the page did. Ids become one --contact each.
    QStringList toArguments() const;
};

} // namespace fieldlink::sync
