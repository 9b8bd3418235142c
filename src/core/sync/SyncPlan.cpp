#include "core/sync/SyncPlan.h"

#include <QJsonArray>

namespace fieldlink::sync {

QString planActionName(PlanAction action) {
    switch (action) {
    case PlanAction::Create:
        return QStringLiteral("create");
    case PlanAction::Update:
        return QStringLiteral("update");
    case PlanAction::Unchanged:
        return QStringLiteral("unchanged");
    case PlanAction::Skip:
        return QStringLiteral("skip");
    case PlanAction::Conflict:
        return QStringLiteral("conflict");
    case PlanAction::Remove:
        return QStringLiteral("remove");
    case PlanAction::Enrol:
        return QStringLiteral("enrol");
    case PlanAction::Fail:
        return QStringLiteral("failed");
    }
    return {};
}

bool PlanItem::sends() const {
    return action == PlanAction::Create || action == PlanAction::Update || action == PlanAction::Remove ||
           action == PlanAction::Enrol;
}

QJsonObject PlanItem::diffJson() const {
    QJsonObject diff;
    for (const FieldChange& change : changes)
        diff.insert(change.field, QJsonObject{{QStringLiteral("before"), change.before},
                                              {QStringLiteral("after"), change.after}});
    return diff;
}

store::RunRecord PlanItem::toRecord(qint64 runId, qint64 profileVersionId, const QString& recordedAction,
                                    const QString& error) const {
    store::RunRecord record;
    record.runId = runId;
    record.sourceId = sourceId;
    record.route = route;
    record.action = recordedAction.isEmpty() ? planActionName(action) : recordedAction;
    record.diff = diffJson();
    for (const mapping::Diagnostic& diagnostic : diagnostics)
        record.diagnostics.append(diagnostic.toJson());
    record.error = error.isEmpty() ? reason : error;
    record.conflict = conflict;
    record.payload = payload;
    record.subject = subject;
    record.attempts = attempts;
    record.profileVersionId = profileVersionId;
    return record;
}

int SyncPlan::count(PlanAction action) const {
    return static_cast<int>(std::count_if(items.begin(), items.end(),
                                          [action](const PlanItem& item) { return item.action == action; }));
}

void SyncPlan::nameSubjects(const QHash<QString, QJsonObject>& subjects) {
    for (PlanItem& item : items) {
        item.subject = subjects.value(item.sourceId);
        if (item.conflict.isEmpty())
            continue;
        QJsonObject named;
        for (const QJsonValue& candidate : item.conflict.value(QLatin1String("candidates")).toArray()) {
            if (const QJsonObject subject = subjects.value(candidate.toString()); !subject.isEmpty())
                named.insert(candidate.toString(), subject);
        }
        if (!named.isEmpty())
            item.conflict.insert(QStringLiteral("subjects"), named);
    }
}

int SyncPlan::kixieCalls() const {
    return static_cast<int>(
        std::count_if(items.begin(), items.end(), [](const PlanItem& item) { return item.sends(); }));
}

} // namespace fieldlink::sync
