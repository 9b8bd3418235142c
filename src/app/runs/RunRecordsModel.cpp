#include "app/runs/RunRecordsModel.h"

#include "app/runs/DndChanges.h"

#include "core/Logging.h"
#include "core/sync/RecordSubject.h"
#include "core/sync/RunWords.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fieldlink {

RunRecordsModel::RunRecordsModel(const store::RunRecordQuery& records, QObject* parent)
    : PagedTableModel(parent)
    , m_query(records) {
}

QString RunRecordsModel::reasonOf(const store::RunRecord& record) {
    QStringList sentences;
    bool errorSaid = record.error.isEmpty();
    for (const QJsonValue& value : record.diagnostics) {
        const QJsonObject diagnostic = value.toObject();
        const QString message = diagnostic.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            continue;
        // The sentence first; the code is for whoever looks it up. A skip's error is its first problem's
        // message: said once, with its code.
        errorSaid = errorSaid || message == record.error;
        const QString code = diagnostic.value(QLatin1String("code")).toString();
        sentences << (code.isEmpty() ? message : tr("%1 (%2)").arg(message, code));
    }
    if (!errorSaid)
        sentences.prepend(record.error);
    sentences.removeDuplicates();
    return sentences.join(QLatin1Char('\n'));
}

QString RunRecordsModel::idText(const store::RunRecord& record) {
    const sync::RecordSubject subject = sync::RecordSubject::fromJson(record.subject);
    if (subject.kind == sync::RecordSubject::Kind::Call)
        return tr("Kixie call ID: %1").arg(record.sourceId);
    return tr("HighLevel contact ID: %1").arg(record.sourceId);
}

void RunRecordsModel::setRun(qint64 runId, const QString& action) {
    m_filter = {runId, action};
    m_dryRun = runId > 0 && m_query.isDryRun(runId);
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
    for (const store::RunRecord& record : *page) {
        // A do-not-disturb change is a compliance matter: it leads the reason, on a line of its own.
        QStringList reason{dndLineOf(record, m_dryRun), reasonOf(record)};
        reason.removeAll(QString());
        read.append({record, sync::RecordSubject::fromJson(record.subject).displayName(record.sourceId),
                     reason.join(QLatin1Char('\n'))});
    }
    return read;
}

QString RunRecordsModel::dndLineOf(const store::RunRecord& record, bool dryRun) {
    // From the record's contact update (ContactUpdateWrite::diff): the channels as data, never words.
    const QJsonArray dnd =
        record.diff.value(QLatin1String("contact")).toObject().value(QLatin1String("dnd")).toArray();
    if (dnd.isEmpty())
        return {};
    DndChange change;
    const sync::RecordSubject subject = sync::RecordSubject::fromJson(record.subject);
    change.contactName = subject.name.isEmpty() ? subject.displayName(record.sourceId) : subject.name;
    for (const QJsonValue& item : dnd)
        change.channels << item.toObject().value(QLatin1String("channel")).toString();
    return DndChanges::line(change, dryRun);
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
    case IdRole:
        return record.sourceId;
    case SubjectRole:
        return record.subject;
    case ErrorRole:
        return record.error;
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return row.name == record.sourceId ? idText(record)
                                               : row.name + QLatin1Char('\n') + idText(record);
        return index.column() == ReasonColumn ? row.reason : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SourceColumn:
        return row.name;
    case ActionColumn:
        // "contact" names two writes: a caller created, or (with fields in its diff) a contact updated.
        if (record.action == QLatin1String("contact") &&
            record.diff.value(QLatin1String("contact")).toObject().value(QLatin1String("fields")).isArray())
            return m_dryRun ? tr("Would update the contact") : tr("Contact updated");
        return sync::RunWords::action(record.action, m_dryRun);
    case RouteColumn:
        return record.route;
    case ReasonColumn:
        return row.reason.section(QLatin1Char('\n'), 0, 0);
    case AttemptsColumn:
        return record.attempts; // the view's delegate writes it in the locale's digits
    default:
        return {};
    }
}

QVariant RunRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole)
        return section == AttemptsColumn ? tr("Requests sent to write the record, retries included")
                                         : QVariant();
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

QString RunRecordsModel::recordJson(const QModelIndex& index) {
    if (!index.isValid())
        return {};
    // As stored: what someone who knows the formats (or support) reads; the rest of the detail is words.
    QJsonObject record{{QStringLiteral("id"), index.data(IdRole).toString()},
                       {QStringLiteral("action"), index.data(ActionRole).toString()},
                       {QStringLiteral("route"), index.siblingAtColumn(RouteColumn).data().toString()}};
    const auto add = [&record](const QString& key, const QJsonValue& value, bool empty) {
        if (!empty)
            record.insert(key, value);
    };
    const QJsonObject subject = index.data(SubjectRole).toJsonObject();
    const QJsonObject payload = index.data(PayloadRole).toJsonObject();
    const QJsonObject diff = index.data(DiffRole).toJsonObject();
    const QJsonArray diagnostics = index.data(DiagnosticsRole).toJsonArray();
    const QJsonObject conflict = index.data(ConflictRole).toJsonObject();
    const QString error = index.data(ErrorRole).toString();
    add(QStringLiteral("subject"), subject, subject.isEmpty());
    add(QStringLiteral("payload"), payload, payload.isEmpty());
    add(QStringLiteral("diff"), diff, diff.isEmpty());
    add(QStringLiteral("diagnostics"), diagnostics, diagnostics.isEmpty());
    add(QStringLiteral("conflict"), conflict, conflict.isEmpty());
    add(QStringLiteral("error"), error, error.isEmpty());
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented));
}

} // namespace fieldlink
