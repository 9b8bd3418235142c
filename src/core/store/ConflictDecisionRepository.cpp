#include "core/store/ConflictDecisionRepository.h"

#include "core/store/LedgerRepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldlink::store {

QHash<QString, QString> ConflictDecisionRepository::owners(const QString& direction) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT scope_key, target_key, owner_source_id FROM conflict_decisions WHERE direction = ?"));
    query.addBindValue(direction);
    QHash<QString, QString> owners;
    if (!query.exec())
        return owners;
    while (query.next()) {
        owners.insert(LedgerEntry::keyOf(query.value(0).toString(), query.value(1).toString()),
                      query.value(2).toString());
    }
    return owners;
}

bool ConflictDecisionRepository::giveTo(const QString& direction, const QString& scopeKey,
                                        const QString& targetKey, const QString& ownerSourceId) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO conflict_decisions (direction, scope_key, target_key, owner_source_id, decided_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (direction, scope_key, target_key) DO UPDATE SET "
        "owner_source_id = excluded.owner_source_id, decided_at = excluded.decided_at"));
    query.addBindValue(direction);
    query.addBindValue(scopeKey);
    query.addBindValue(targetKey);
    query.addBindValue(ownerSourceId);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool ConflictDecisionRepository::forget(const QString& direction, const QString& scopeKey,
                                        const QString& targetKey) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "DELETE FROM conflict_decisions WHERE direction = ? AND scope_key = ? AND target_key = ?"));
    query.addBindValue(direction);
    query.addBindValue(scopeKey);
    query.addBindValue(targetKey);
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool ConflictDecisionRepository::settleEnrolment(const QString& direction, const QString& scopeKey,
                                                 const QString& targetKey, bool enrolled) {
    // False with no error means nothing to settle; the window's one repository must not report an old error.
    m_lastError.clear();
    QSqlQuery query(m_database);
    // Only an enrolment still unsettled: a decision never overwrites a write Fieldlink saw succeed.
    query.prepare(enrolled ? QStringLiteral("UPDATE ledger SET write_state = 'done' WHERE direction = ? AND "
                                            "scope_key = ? AND target_key = ? AND write_state <> 'done'")
                           : QStringLiteral("DELETE FROM ledger WHERE direction = ? AND scope_key = ? AND "
                                            "target_key = ? AND write_state <> 'done'"));
    query.addBindValue(direction);
    query.addBindValue(scopeKey);
    query.addBindValue(targetKey);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}

} // namespace fieldlink::store
