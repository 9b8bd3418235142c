#include "core/store/Database.h"

namespace fieldlink::store {

// The schema, one migration per version. Never edit a released step; add the next one.
const QList<Migration>& Database::migrations() {
    static const QList<Migration> steps = {
        {1,
         {
             // Connections hold only what is not secret; the secrets live in the keychain under
             // `secret_account`.
             QStringLiteral("CREATE TABLE connections ("
                            " id INTEGER PRIMARY KEY,"
                            " service TEXT NOT NULL CHECK (service IN ('ghl', 'kixie')),"
                            " name TEXT NOT NULL,"
                            " environment TEXT NOT NULL CHECK (environment IN ('sandbox', 'production')),"
                            " base_url TEXT NOT NULL,"
                            " account_id TEXT NOT NULL," // GHL location id or Kixie business id
                            " auth_kind TEXT NOT NULL,"  // private-token, oauth, api-key
                            " secret_account TEXT NOT NULL UNIQUE,"
                            " settings TEXT NOT NULL DEFAULT '{}',"
                            " created_at TEXT NOT NULL,"
                            " secret_saved_at TEXT)"),
             QStringLiteral("CREATE TABLE profiles ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " direction TEXT NOT NULL,"
                            " object TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE profile_versions ("
                            " id INTEGER PRIMARY KEY,"
                            " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                            " version INTEGER NOT NULL,"
                            " document TEXT NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " UNIQUE (profile_id, version))"),
             QStringLiteral("CREATE TABLE runs ("
                            " id INTEGER PRIMARY KEY,"
                            " profile_version_id INTEGER NOT NULL REFERENCES profile_versions(id),"
                            " mode TEXT NOT NULL," // dry-run, run, replay
                            " scope TEXT NOT NULL,"
                            " status TEXT NOT NULL," // running, finished, interrupted, failed
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT,"
                            " counts TEXT NOT NULL DEFAULT '{}',"
                            " ghl_calls INTEGER NOT NULL DEFAULT 0,"
                            " kixie_calls INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE run_records ("
                            " id INTEGER PRIMARY KEY,"
                            " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                            " source_id TEXT NOT NULL,"
                            " route TEXT NOT NULL DEFAULT '',"
                            " action TEXT NOT NULL,"
                            " diff TEXT NOT NULL DEFAULT '{}',"
                            " diagnostics TEXT NOT NULL DEFAULT '[]',"
                            " error TEXT NOT NULL DEFAULT '',"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " profile_version_id INTEGER NOT NULL REFERENCES profile_versions(id))"),
             QStringLiteral("CREATE INDEX run_records_by_run ON run_records(run_id, id)"),
             QStringLiteral("CREATE TABLE request_log ("
                            " id INTEGER PRIMARY KEY,"
                            " run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE,"
                            " started_at TEXT NOT NULL,"
                            " service TEXT NOT NULL,"
                            " operation TEXT NOT NULL,"
                            " method TEXT NOT NULL,"
                            " url TEXT NOT NULL,"
                            " status INTEGER NOT NULL,"
                            " latency_ms INTEGER NOT NULL,"
                            " bytes_sent INTEGER NOT NULL,"
                            " bytes_received INTEGER NOT NULL,"
                            " attempt INTEGER NOT NULL,"
                            " error_class TEXT NOT NULL,"
                            " trace_id TEXT NOT NULL,"
                            " request_headers TEXT NOT NULL,"
                            " response_headers TEXT NOT NULL,"
                            " request_body BLOB,"
                            " response_body BLOB,"
                            " response_type TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX request_log_by_run ON request_log(run_id, id)"),
             // The ledger: what Fieldlink last wrote per target key (docs/architecture.md, "The ledger").
             QStringLiteral(
                 "CREATE TABLE ledger ("
                 " direction TEXT NOT NULL,"  // ghl_to_kixie, kixie_to_ghl
                 " scope_key TEXT NOT NULL,"  // PowerList id, or GHL contact id
                 " target_key TEXT NOT NULL," // E.164 phone, or the call's externalid + action
                 " payload TEXT NOT NULL,"
                 " payload_hash TEXT NOT NULL,"
                 " source_id TEXT NOT NULL,"
                 " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                 " written_at TEXT NOT NULL,"
                 " write_state TEXT NOT NULL CHECK (write_state IN ('done', 'in-flight', 'unknown')),"
                 " PRIMARY KEY (direction, scope_key, target_key))"),
             QStringLiteral("CREATE TABLE sync_cursors ("
                            " profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,"
                            " updated_since TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE daily_usage ("
                            " service TEXT NOT NULL,"
                            " account_id TEXT NOT NULL,"
                            " day TEXT NOT NULL,"
                            " calls INTEGER NOT NULL,"
                            " PRIMARY KEY (service, account_id, day))"),
         }},
        // A connection is named once per service: the app saves a HighLevel and a Kixie side under one name,
        // and `fieldlink-cli --connection NAME` finds both by it.
        {2, {QStringLiteral("CREATE UNIQUE INDEX connections_service_name ON connections (service, name)")}},
        {3,
         {
             // Each request names the source record it was made for, so a run's results show a record's
             // requests.
             QStringLiteral("ALTER TABLE request_log ADD COLUMN source_id TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX request_log_by_record ON request_log(run_id, source_id, id)"),
             // A conflict's particulars (kind, row key, the contacts involved), for the review panel.
             QStringLiteral("ALTER TABLE run_records ADD COLUMN conflict TEXT NOT NULL DEFAULT '{}'"),
             // What the record mapped to — the payload sent (or that a dry run would send) — for its detail.
             QStringLiteral("ALTER TABLE run_records ADD COLUMN payload TEXT NOT NULL DEFAULT '{}'"),
             // The admin's answer to a conflict: which contact gets the row.
             QStringLiteral("CREATE TABLE conflict_decisions ("
                            " direction TEXT NOT NULL,"
                            " scope_key TEXT NOT NULL,"
                            " target_key TEXT NOT NULL,"
                            " owner_source_id TEXT NOT NULL,"
                            " decided_at TEXT NOT NULL,"
                            " PRIMARY KEY (direction, scope_key, target_key))"),
         }},
        // A conflict outlives the run that found it: a later run over a slice of the location holds every
        // contact of a held row key even when the other contacts are outside the slice.
        {4,
         {
             QStringLiteral("CREATE TABLE held_conflicts ("
                            " direction TEXT NOT NULL,"
                            " scope_key TEXT NOT NULL,"
                            " target_key TEXT NOT NULL,"
                            " candidates TEXT NOT NULL," // JSON array of the contacts' source ids
                            " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL," // the run that last
                                                                                      // changed its contacts
                            " held_since TEXT NOT NULL,"
                            " PRIMARY KEY (direction, scope_key, target_key))"),
         }},
        // One writer per account and direction, across processes: a run holds its lease_key's row while it
        // writes and refreshes heartbeat_at; a row whose process is gone or whose heartbeat is stale may be
        // taken over (docs/architecture.md, "One writer at a time").
        {5,
         {
             QStringLiteral("CREATE TABLE run_leases ("
                            " lease_key TEXT PRIMARY KEY," // direction, GHL location and (to Kixie) business
                            " direction TEXT NOT NULL,"
                            " run_id INTEGER," // set once the run is numbered
                            " owner TEXT NOT NULL CHECK (owner IN ('app', 'cli')),"
                            " host TEXT NOT NULL,"
                            " pid INTEGER NOT NULL,"
                            " holder_token TEXT NOT NULL," // tells two holders in one process apart
                            " started_at TEXT NOT NULL,"
                            " heartbeat_at TEXT NOT NULL)"),
         }},
        {6,
         {
             // Kixie never repeats a webhook delivery, so the listener stores each one here before it answers
             // 200, and the events worker processes from this table (docs/sync.md, "The webhook inbox").
             // `run_id` is the run that took the delivery; a malformed one is kept with its reason for the
             // admin to inspect and is never processed.
             QStringLiteral("CREATE TABLE webhook_inbox ("
                            " id INTEGER PRIMARY KEY,"
                            " received_at TEXT NOT NULL,"
                            " body BLOB NOT NULL,"
                            " state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'malformed')),"
                            " error TEXT NOT NULL DEFAULT '',"
                            " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
                            " processed_at TEXT)"),
             QStringLiteral("CREATE INDEX webhook_inbox_by_state ON webhook_inbox(state, id)"),
         }},
        // Kixie has no API that lists PowerLists, cadences or agents, so the admin names them once per Kixie
        // account (the sandbox supplies its own) and every picker offers them by name. `source` tells the
        // admin's entries from those a sandbox listed, so a sandbox refresh never drops what the admin typed.
        {7,
         {
             QStringLiteral("CREATE TABLE kixie_directory ("
                            " business_id TEXT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('powerlist', 'cadence', 'agent')),"
                            " entry_id TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " source TEXT NOT NULL CHECK (source IN ('admin', 'sandbox')),"
                            " updated_at TEXT NOT NULL,"
                            " PRIMARY KEY (business_id, kind, entry_id))"),
         }},
        // Who a run's record is, as the admin knows them (a contact's name and phone; a call's contact,
        // number, time and agent), so the run lists and exports name people, not ids. A JSON object.
        {8, {QStringLiteral("ALTER TABLE run_records ADD COLUMN subject TEXT NOT NULL DEFAULT '{}'")}},
        // Each `fieldlink-cli watch` process keeps its row here up to date (its heartbeat), so the app can
        // say whether a watch is running, when it last synced a change and when its next full reconcile
        // is, and a new watch can resume the run a stopped one left interrupted (`run_id`). Times: UTC ISO.
        {9,
         {
             QStringLiteral(
                 "CREATE TABLE watchers ("
                 " id INTEGER PRIMARY KEY,"
                 " connection TEXT NOT NULL," // the saved connection's name; '' for the environment
                 " profile TEXT NOT NULL,"
                 " pid INTEGER NOT NULL,"
                 " host TEXT NOT NULL,"
                 " interval_seconds INTEGER NOT NULL,"
                 " started_at TEXT NOT NULL,"
                 " last_poll_at TEXT,"
                 " last_change_at TEXT,"
                 " next_full_at TEXT,"
                 " run_id INTEGER," // the run in flight, or the last one it started
                 " state TEXT NOT NULL CHECK (state IN ('starting', 'idle', 'syncing', 'waiting', "
                 "'outage', 'stopped')),"
                 " message TEXT NOT NULL DEFAULT '',"
                 " stopped_at TEXT)"),
             QStringLiteral("CREATE INDEX watchers_by_profile ON watchers(connection, profile, id)"),
         }},
        // Call outcomes on the GHL contact (docs/sync.md, "Call outcomes on the contact"). Per contact and
        // field, the call whose value Fieldlink wrote there, so an older call delivered late never overwrites
        // a newer one; `call_time` is ISO 8601 UTC with milliseconds, so text order is time order. And the
        // calls of each contact Fieldlink has written, so a counter counts each call once through
        // duplicates, replays and crashes. Both are written in the transaction that marks the write done.
        {10,
         {
             QStringLiteral(
                 "CREATE TABLE contact_field_origins ("
                 " contact_id TEXT NOT NULL,"
                 " field TEXT NOT NULL," // the profile's target, e.g. update.customFields.contact.x
                 " call_time TEXT NOT NULL,"
                 " call_id TEXT NOT NULL,"
                 " value TEXT NOT NULL," // the value written, as JSON
                 " written_at TEXT NOT NULL,"
                 " PRIMARY KEY (contact_id, field))"),
             QStringLiteral("CREATE TABLE contact_calls ("
                            " contact_id TEXT NOT NULL,"
                            " call_id TEXT NOT NULL,"
                            " call_time TEXT NOT NULL,"
                            " first_written_at TEXT NOT NULL,"
                            " PRIMARY KEY (contact_id, call_id))"),
         }},
    };
    return steps;
}

int Database::schemaVersion() {
    return migrations().constLast().version;
}

} // namespace fieldlink::store
