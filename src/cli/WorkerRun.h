#pragma once

#include "cli/InterruptWatcher.h"
#include "core/sync/RunProgress.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>

namespace fieldlink::cli {

/// How a command reports the outcome of its worker (a sync::SyncWorker or sync::EventWorker).
template <typename Outcome> struct OutcomeReport {
    /// The summary lines on stdout.
    std::function<void(const Outcome&, QTextStream&)> summary;
    /// The process exit code the outcome maps to (CommandLine.h ExitCode).
    std::function<int(const Outcome&)> exitCode;
    /// End with the outcome's JSON on one line (--json).
    bool json = false;
    /// Show the progress on one rewritten line of stderr, when stderr is a terminal.
    bool progress = false;
};

/// The progress line a run shows on a terminal's stderr; a log file or a pipe gets only the summary.
class TerminalProgressLine {
public:
    TerminalProgressLine(QTextStream& err, bool wanted);
    void show(const sync::RunProgress& progress);
    /// Clears the line, so that what follows starts on a clean one.
    void clear();

private:
    QTextStream& m_err;
    bool m_shown;
};

/// Writes why the run stopped, if it says, on `err`.
void reportStopMessage(const QString& message, QTextStream& err);

/// Runs `worker` to its end on the CLI's own event loop (there is no GUI to keep responsive): SIGINT and
/// SIGTERM cancel it, its outcome is reported as `report` says, and the exit code returned.
template <typename Worker, typename Outcome>
int runToCompletion(Worker& worker, const OutcomeReport<Outcome>& report, QTextStream& out,
                    QTextStream& err) {
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &worker, &Worker::cancel);
    TerminalProgressLine progressLine(err, report.progress);
    QObject::connect(&worker, &Worker::progress, &worker,
                     [&progressLine](const sync::RunProgress& progress) { progressLine.show(progress); });
    // Said once, on stderr, so a cron log shows why a run started late.
    QObject::connect(&worker, &Worker::waiting, &worker, [&err, &progressLine](const QString& message) {
        progressLine.clear();
        err << message << '\n';
        err.flush();
    });
    Outcome outcome;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&worker, &Worker::finished, &loop, [&](const Outcome& result) {
        outcome = result;
        done = true;
        loop.quit();
    });
    worker.start();
    if (!done) // start() ends at once when, e.g., the database cannot be opened
        loop.exec();
    progressLine.clear();
    reportStopMessage(outcome.message, err);
    report.summary(outcome, out);
    if (report.json)
        out << QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
    return report.exitCode(outcome);
}

} // namespace fieldlink::cli
