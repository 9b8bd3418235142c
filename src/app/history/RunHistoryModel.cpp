#include "app/history/RunHistoryModel.h"

#include "app/runs/RunCountsText.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace fieldlink {
RunHistoryModel::RunHistoryModel(const store::RunHistoryQuery& runs, QObject* parent)
    : PagedTableModel(parent)
    , m_query(runs) {
}

void RunHistoryModel::refresh() {
    restart();
}

QList<store::RunHistoryEntry> RunHistoryModel::readPage() const {
    const Result<QList<store::RunHistoryEntry>> page =
        m_query.page(rows().isEmpty() ? 0 : rows().constLast().run.id, pageSize);
    if (!page) {
        qCWarning(lcApp) << page.error();
        return {};
    }
    return *page;
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
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

QString RunHistoryModel::countsText(const QJsonObject& counts, bool dryRun) {
    return runCountsText(counts, dryRun);
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
    const store::RunHistoryEntry& entry = rows().at(index.row());
    switch (role) {
    case RunIdRole:
        return entry.run.id;
    case StatusRole:
        return entry.run.status;
    case ModeRole:
        return entry.run.mode;
    case IsEventsRole: // call events into GHL, rather than contacts into Kixie
        return store::RunRepository::kindOf(entry.run) == store::RunRepository::RunKind::Events;
    case FailedRole:
        return entry.run.counts.value(QLatin1String("failed")).toInt();
    case Qt::DisplayRole:
        return display(entry, index.column());
    default:
        return {};
    }
}

QVariant RunHistoryModel::display(const store::RunHistoryEntry& entry, int column) const {
    const store::RunSummary& run = entry.run;
    switch (column) {
    case RunColumn:
        return run.id;
    case StartedColumn:
        return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    case ProfileColumn:
        return tr("%1, version %2").arg(entry.profileName).arg(entry.profileVersion);
    case ModeColumn:
        return modeText(run.mode);
    case ScopeColumn:
        return scopeText(run.scope);
    case StatusColumn:
        return statusText(run.status);
    case CountsColumn:
        return countsText(run.counts, run.mode == QLatin1String("dry-run"));
    case DurationColumn: {
        if (!run.finishedAt.isValid())
            return QString();
        const qint64 seconds = run.startedAt.secsTo(run.finishedAt);
        return seconds < 60 ? tr("%1 s").arg(seconds) : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    case CallsColumn:
        return tr("HighLevel %1 · Kixie %2").arg(run.ghlCalls).arg(run.kixieCalls);
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
