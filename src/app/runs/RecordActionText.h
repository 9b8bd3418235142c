#pragma once

#include <QString>

namespace fieldlink {

/// What a run did with a record, in words: "Created", "Skipped", "Failed"… — and, in a dry run, what it
/// would do: "Would create", "Would update". `action` is the stored action (store::RunRecord::action:
/// create, update, unchanged, skip, conflict, remove, enrol, failed; a call event's note, task, tags,
/// contact, duplicate, reconciled). An action this does not know is shown as it is.
QString recordActionText(const QString& action, bool dryRun);

/// Whether a record of `action` counts as done (a Data Loader success file) or not (its error file).
bool recordActionSucceeded(const QString& action);

} // namespace fieldlink
