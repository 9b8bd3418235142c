#pragma once

#include "core/Result.h"
#include "core/mapping/MappingEngine.h"
#include "core/store/LedgerRepository.h"

#include <QDateTime>
#include <QHash>

namespace fieldlink::store {
class RunRepository;
}

namespace fieldlink::sync {

/// The contacts a run that is not a full reconcile need not read notes, tasks and appointments for, and
/// what it plans for them instead (docs/sync.md, "What a run reads").
///
/// Why the ledger's payload stands in for a fresh mapping: a contact mapped without its notes would map to a
/// row without its note-derived columns, and the planner would send an update that blanks them. A contact
/// not updated since the run that wrote its row began was read by that run in its present state, so the
/// row it wrote is still what the contact maps to — unless notes or tasks were added without touching the
/// contact, which only a full reconcile sees. So a settled contact is planned from its row as written: the
/// planner finds it unchanged (or, for a write whose end was never seen, repeats it), it still claims its
/// row against other contacts, and nothing note-derived is lost.
///
/// A contact is settled when each of its rows in the ledger is written (none in flight or unknown), it has
/// exactly one PowerList row, that row was written by a run of the profile version now in use, and one
/// route of the profile gives that PowerList and the cadence it is enrolled in. It stays settled while its
/// `dateUpdated` is at least `margin()` older than the start of that run (clock skew between GHL and this
/// machine, and search results that lag writes by seconds).
class SettledContacts {
public:
    static Result<SettledContacts> load(const store::LedgerRepository& ledger,
                                        const store::RunRepository& runs, const mapping::Profile& profile,
                                        qint64 profileVersionId);
    static qint64 marginSeconds() { return 120; }

    /// By contact id, the newest `dateUpdated` its row is still current for (ContactSource::setSettled).
    const QHash<QString, QDateTime>& until() const { return m_until; }
    /// The record planned for a settled contact: its row as last written.
    mapping::MappedRecord recordOf(const QString& contactId) const { return m_records.value(contactId); }

private:
    QHash<QString, QDateTime> m_until;
    QHash<QString, mapping::MappedRecord> m_records;
};

} // namespace fieldlink::sync
