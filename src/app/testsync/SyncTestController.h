#pragma once

#include "core/Result.h"
#include "core/sync/EventWorker.h"
#include "core/sync/SyncWorker.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace fieldlink {

/// What the Test Sync page's widgets say; the page hands a fresh copy over whenever one of them changes.
struct SyncTestChoices {
    /// The scope choices, in the page's order.
    enum class Scope { FirstN, Tag, Search, Picked, SinceLast, All };

    QString connection; ///< a saved connection's name; empty: none saved yet
    bool sandbox = false;
    QString profile;
    int profileVersion = 0; ///< 0: the newest saved, or as shipped
    bool events = false;    ///< Kixie call events into HighLevel, instead of contacts into Kixie
    Scope scope = Scope::FirstN;
    int limit = 25;
    QString scopeText; ///< the tag or the search, as typed
    QStringList pickedIds;
    bool listening = false; ///< events received live, instead of read from `eventsFile`
    QString eventsFile;
    QStringList eventsWords; ///< the `fieldlink-cli events` options that take the events the same way
};

/// The decisions behind the Test Sync page, without a widget: which contacts the chosen scope means, the job
/// a dry run or a run starts, what a production run's confirmation says (quoting the dry run of the same
/// choices, if there was one), the line that runs the same from a terminal, and what an outcome reads as.
class SyncTestController {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::SyncTestController)
public:
    explicit SyncTestController(QString databasePath);

    /// Takes the page's choices. A dry run of other choices says nothing about these, so the confirmation
    /// stops quoting it.
    void setChoices(SyncTestChoices choices);
    const SyncTestChoices& choices() const { return m_choices; }

    sync::SyncScope scope() const;
    /// The dry run or run of the chosen scope; a failure to show when the scope is not complete yet.
    Result<sync::SyncJob> syncJob(bool dryRun) const;
    /// Carries interrupted run `runId` on with its own profile version and scope.
    static sync::SyncJob resumeJob(qint64 runId);
    /// Sends again only the records run `runId` failed on, with the chosen profile.
    sync::SyncJob replayJob(qint64 runId) const;
    /// The call events of the chosen file; a failure when it cannot be read.
    Result<sync::EventJob> eventFileJob(bool dryRun) const;
    /// Call events that arrive at the listener, until the run is cancelled.
    sync::EventJob listeningJob(bool dryRun) const;

    /// Writes to production ask first; dry runs and the sandbox do not.
    bool needsConfirmation(bool dryRun) const { return !dryRun && !m_choices.sandbox; }
    /// A run's (or a resume's or replay's) question: the dry run's plan, and the Kixie calls left today out
    /// of `kixieDailyLimit`.
    QString productionQuestion(int kixieCallsLeft, int kixieDailyLimit) const;
    QString eventsProductionQuestion(int events) const;
    QString listeningProductionQuestion() const;

    /// A run starts; a dry run's outcome is what the next production question quotes.
    void runStarted(bool dryRun) { m_dryRunPending = dryRun; }
    void runFinished(const sync::SyncOutcome& outcome);
    bool hasDryRun() const { return m_lastDryRun.has_value(); }

    /// The command that runs the chosen profile and scope from a terminal, one word each; empty without a
    /// connection.
    QStringList scheduleWords() const;
    /// The same with its lead-in, as the page shows it (HTML); empty without a connection.
    QString scheduleText() const;

    /// The run's outcome as the page's status line says it; a dry run's counts say what a run would do.
    static QString outcomeText(const sync::SyncOutcome& outcome, bool dryRun);
    static QString outcomeText(const sync::EventOutcome& outcome, bool dryRun);
    /// Whether the run started last is a dry run.
    bool runIsDryRun() const { return m_dryRunPending; }

private:
    QString m_databasePath;
    SyncTestChoices m_choices;
    bool m_dryRunPending = false;
    std::optional<sync::SyncOutcome> m_lastDryRun;
};

} // namespace fieldlink
