#pragma once

#include "core/Result.h"

#include <QString>

namespace fieldlink::store {
class RunRecordQuery;
}

namespace fieldlink {

/// A run's results as Salesforce Data Loader leaves them: a success file and an error file (CSV, RFC 4180,
/// UTF-8), side by side in one folder. Each has the record (who it is about), its id, what was done, and the
/// mapped payload's columns by label ("Phone number (row key)", "First name"…); the error file adds the
/// reason in words. Skipped, conflicting and failed records are errors; everything else is a success. Reads
/// every record of the run, not only those shown, twice: once for the columns, once to write.
class RunResultsExport {
public:
    struct Files {
        QString successPath;
        QString errorPath;
        int successes = 0;
        int errors = 0;
    };

    /// The file names in `folder` for run `runId` ("run-12-success.csv", "run-12-error.csv").
    static Files pathsFor(const QString& folder, qint64 runId);
    /// Writes both files (each replaced whole, or left as it was when writing fails).
    static Result<Files> write(const store::RunRecordQuery& records, qint64 runId, const QString& folder);
    /// "Saved 40 successes to … and 3 errors to …": what the page says once they are written.
    static QString savedText(const Files& files);
};

} // namespace fieldlink
