#include "app/runs/RunRecordsModel.h"

#include "core/Logging.h"
#include "core/sync/RunWords.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fieldlink {
namespace {

/// A failure's reason as the engine recorded it; otherwise the diagnostics' messages.
QString reasonOf(const store::RunRecord& record) {
    if (!record.error.isEmpty())
        return record.error;
    QStringList messages;
    for (const QJsonValue& diagnostic : record.diagnostics)
        messages << diagnostic.toObject().value(QLatin1String("code")).toString() + QStringLiteral(": ") +
                        diagnostic.toObject().value(QLatin1String("message")).toString();
    return messages.join(QLatin1Char('\n'));
}

QByteArray csvField(const QString& text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

} // namespace

RunRecordsModel::RunRecordsModel(const store::RunRecordQuery& records, QObject* parent)
    : PagedTableModel(parent)
    , m_query(records) {
}

void RunRecordsModel::setRun(qint64 runId, const QString& action) {
    m_filter = {runId, action};
    restart(runId > 0);
}

QList<RunRecordRow> RunRecordsModel::readPage() const {
    const Result<QList<store::RunRecord>> page =
        m_query.page(m_filter, static_cast<int>(rows().size()), pageSize);
    if (!page) {
        qCWarning(lcApp) << page.error();
        return {};
    }
    QList<RunRecordRow> read;
    read.reserve(page->size());
    for (const store::RunRecord& record : *page)
        read.append({record, reasonOf(record)});
    return read;
}

int RunRecordsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunRecordsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecordRow& row = rows().at(index.row());
    const store::RunRecord& record = row.record;
    switch (role) {
    case ActionRole:
        return record.action;
    case DiffRole:
        return record.diff;
    case DiagnosticsRole:
        return record.diagnostics;
    case ConflictRole:
        return record.conflict;
    case PayloadRole:
        return record.payload;
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? row.reason : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SourceColumn:
        return record.sourceId;
    case ActionColumn:
        return sync::RunWords::action(record.action);
    case RouteColumn:
        return record.route;
    case ReasonColumn:
        return row.reason.section(QLatin1Char('\n'), 0, 0);
    case AttemptsColumn:
        return record.attempts;
    default:
        return {};
    }
}

QVariant RunRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Record");
    case ActionColumn:
        return tr("Action");
    case RouteColumn:
        return tr("Route");
    case ReasonColumn:
        return tr("Reason");
    case AttemptsColumn:
        return tr("Attempts");
    default:
        return {};
    }
}

QString RunRecordsModel::describe(const QModelIndex& index) {
    if (!index.isValid())
        return {};
    const QJsonObject diff = index.data(DiffRole).toJsonObject();
    const QJsonArray diagnostics = index.data(DiagnosticsRole).toJsonArray();
    QString text =
        tr("Record %1: %2")
            .arg(index.siblingAtColumn(SourceColumn).data().toString(), index.data(ActionRole).toString());
    if (const QString reason = index.siblingAtColumn(ReasonColumn).data(Qt::ToolTipRole).toString();
        !reason.isEmpty())
        text += QStringLiteral("\n\n") + tr("Why:") + QLatin1Char('\n') + reason;
    if (const QJsonObject payload = index.data(PayloadRole).toJsonObject(); !payload.isEmpty())
        text += QStringLiteral("\n\n") + tr("Mapped payload (what is sent):") + QLatin1Char('\n') +
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented));
    if (!diff.isEmpty())
        text += QStringLiteral("\n\n") + tr("Changes (before → after):") + QLatin1Char('\n') +
                QString::fromUtf8(QJsonDocument(diff).toJson(QJsonDocument::Indented));
    if (!diagnostics.isEmpty())
        text += QStringLiteral("\n") + tr("Problems:") + QLatin1Char('\n') +
                QString::fromUtf8(QJsonDocument(diagnostics).toJson(QJsonDocument::Indented));
    return text;
}

Result<QByteArray> RunRecordsModel::toCsv(const store::RunRecordQuery& records, qint64 runId) {
    QByteArray csv = "record,action,route,reason,attempts\r\n";
    const Result<void> read = records.forEach({runId, {}}, [&csv](const store::RunRecord& record) {
        csv += csvField(record.sourceId) + ',' + csvField(record.action) + ',' + csvField(record.route) +
               ',' + csvField(reasonOf(record)) + ',' + QByteArray::number(record.attempts) + "\r\n";
    });
    if (!read)
        return read.failure();
    return csv;
}

} // namespace fieldlink
