#include "app/runs/RunRecordsModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fieldlink {
namespace {

enum Raw { SourceId, Action, Route, Error, Attempts, Diff, Diagnostics, Conflict, Payload };

const auto selectRecords =
    QStringLiteral("SELECT source_id, action, route, error, attempts, diff, "
                   "diagnostics, conflict, payload FROM run_records WHERE run_id = ? ORDER BY id");

/// A failure's reason as the engine recorded it; otherwise the diagnostics' messages.
QString reasonOf(const QString& error, const QString& diagnostics) {
    if (!error.isEmpty())
        return error;
    QStringList messages;
    for (const QJsonValue& diagnostic : QJsonDocument::fromJson(diagnostics.toUtf8()).array())
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

RunRecordsModel::RunRecordsModel(QObject* parent)
    : QSqlQueryModel(parent) {
}

void RunRecordsModel::setRun(const QSqlDatabase& database, qint64 runId) {
    m_runId = runId;
    QSqlQuery query(database);
    query.prepare(selectRecords);
    query.addBindValue(runId);
    query.exec();
    setQuery(std::move(query));
}

int RunRecordsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunRecordsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Only the query column this cell needs (record(row) would read them all, and through this data()).
    const auto raw = [this, &index](int column) {
        return QSqlQueryModel::data(createIndex(index.row(), column), Qt::DisplayRole);
    };
    const auto reason = [&raw] {
        return reasonOf(raw(Error).toString(), raw(Diagnostics).toString());
    };
    switch (role) {
    case ActionRole:
        return raw(Action);
    case DiffRole:
        return QJsonDocument::fromJson(raw(Diff).toString().toUtf8()).object();
    case DiagnosticsRole:
        return QJsonDocument::fromJson(raw(Diagnostics).toString().toUtf8()).array();
    case ConflictRole:
        return QJsonDocument::fromJson(raw(Conflict).toString().toUtf8()).object();
    case PayloadRole:
        return QJsonDocument::fromJson(raw(Payload).toString().toUtf8()).object();
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? reason() : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SourceColumn:
        return raw(SourceId);
    case ActionColumn:
        return raw(Action);
    case RouteColumn:
        return raw(Route);
    case ReasonColumn:
        return reason().section(QLatin1Char('\n'), 0, 0);
    case AttemptsColumn:
        return raw(Attempts);
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

QByteArray RunRecordsModel::toCsv(const QSqlDatabase& database, qint64 runId) {
    QSqlQuery query(database);
    query.setForwardOnly(true); // streamed: a large run is never held as rows
    query.prepare(selectRecords);
    query.addBindValue(runId);
    QByteArray csv = "record,action,route,reason,attempts\r\n";
    if (!query.exec())
        return csv;
    while (query.next()) {
        const QSqlRecord row = query.record();
        csv += csvField(row.value(SourceId).toString()) + ',' + csvField(row.value(Action).toString()) + ',' +
               csvField(row.value(Route).toString()) + ',' +
               csvField(reasonOf(row.value(Error).toString(), row.value(Diagnostics).toString())) + ',' +
               QByteArray::number(row.value(Attempts).toInt()) + "\r\n";
    }
    return csv;
}

} // namespace fieldlink
