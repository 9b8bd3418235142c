#include "app/history/RunHistoryModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fieldlink {
namespace {

// The query's columns, in order.
enum Raw {
    Id,
    StartedAt,
    FinishedAt,
    ProfileName,
    Version,
    Mode,
    Scope,
    Status,
    Counts,
    GhlCalls,
    KixieCalls
};

QJsonObject jsonObject(const QVariant& text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QDateTime timestamp(const QVariant& text) {
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

} // namespace

RunHistoryModel::RunHistoryModel(QObject* parent)
    : QSqlQueryModel(parent) {
}

void RunHistoryModel::refresh(const QSqlDatabase& database) {
    QSqlQuery query(database);
    query.setForwardOnly(false);
    query.exec(QStringLiteral(
        "SELECT r.id, r.started_at, r.finished_at, p.name, v.version, r.mode, r.scope, r.status, r.counts, "
        "r.ghl_calls, r.kixie_calls FROM runs r JOIN profile_versions v ON v.id = r.profile_version_id "
        "JOIN profiles p ON p.id = v.profile_id ORDER BY r.id DESC"));
    setQuery(std::move(query));
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::raw(int row, int column) const {
    // By the query's own columns, which are more than the view's. (record(row) would ask data() — ours.)
    return QSqlQueryModel::data(createIndex(row, column), Qt::DisplayRole);
}

QString RunHistoryModel::scopeText(const QJsonObject& scope) {
    const QString kind = scope.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("first"))
        return tr("first %1").arg(scope.value(QLatin1String("limit")).toInt());
    if (kind == QLatin1String("tag"))
        return tr("tag \"%1\"").arg(scope.value(QLatin1String("tag")).toString());
    if (kind == QLatin1String("query"))
        return tr("search \"%1\"").arg(scope.value(QLatin1String("query")).toString());
    if (kind == QLatin1String("ids"))
        return tr("%n picked contact(s)", nullptr,
                  static_cast<int>(scope.value(QLatin1String("ids")).toArray().size()));
    if (kind == QLatin1String("since-last"))
        return tr("since the last run");
    if (kind == QLatin1String("events"))
        return tr("call events");
    return tr("all contacts");
}

QString RunHistoryModel::countsText(const QJsonObject& counts) {
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value().toInt() > 0)
            parts << QStringLiteral("%1 %2").arg(it.value().toInt()).arg(it.key());
    }
    return parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(", "));
}

QString RunHistoryModel::statusText(const QString& status) {
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("finished"))
        return tr("Finished");
    if (status == QLatin1String("interrupted"))
        return tr("Interrupted (resumable)");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

QString RunHistoryModel::modeText(const QString& mode) {
    if (mode == QLatin1String("dry-run"))
        return tr("Dry run");
    if (mode == QLatin1String("run"))
        return tr("Run");
    if (mode == QLatin1String("replay"))
        return tr("Replay of failures");
    return mode;
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case RunIdRole:
        return raw(row, Id);
    case StatusRole:
        return raw(row, Status);
    case ModeRole:
        return raw(row, Mode);
    case IsEventsRole: // call events into GHL, rather than contacts into Kixie
        return jsonObject(raw(row, Scope)).value(QLatin1String("kind")).toString() == QLatin1String("events");
    case FailedRole:
        return jsonObject(raw(row, Counts)).value(QLatin1String("failed")).toInt();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RunColumn:
        return raw(row, Id);
    case StartedColumn:
        return QLocale().toString(timestamp(raw(row, StartedAt)).toLocalTime(), QLocale::ShortFormat);
    case ProfileColumn:
        return tr("%1, version %2").arg(raw(row, ProfileName).toString()).arg(raw(row, Version).toInt());
    case ModeColumn:
        return modeText(raw(row, Mode).toString());
    case ScopeColumn:
        return scopeText(jsonObject(raw(row, Scope)));
    case StatusColumn:
        return statusText(raw(row, Status).toString());
    case CountsColumn:
        return countsText(jsonObject(raw(row, Counts)));
    case DurationColumn: {
        const QDateTime finished = timestamp(raw(row, FinishedAt));
        if (!finished.isValid())
            return QString();
        const qint64 seconds = timestamp(raw(row, StartedAt)).secsTo(finished);
        return seconds < 60 ? tr("%1 s").arg(seconds) : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    case CallsColumn:
        return tr("HighLevel %1 · Kixie %2")
            .arg(raw(row, GhlCalls).toInt())
            .arg(raw(row, KixieCalls).toInt());
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn:
        return tr("Run");
    case StartedColumn:
        return tr("Started");
    case ProfileColumn:
        return tr("Profile");
    case ModeColumn:
        return tr("Mode");
    case ScopeColumn:
        return tr("Scope");
    case StatusColumn:
        return tr("Status");
    case CountsColumn:
        return tr("Records");
    case DurationColumn:
        return tr("Duration");
    case CallsColumn:
        return tr("API calls");
    default:
        return {};
    }
}

} // namespace fieldlink
