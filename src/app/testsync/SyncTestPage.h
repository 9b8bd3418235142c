#pragma once

#include "app/common/ProductionConfirmation.h"
#include "app/common/ProfileChoices.h"
#include "app/testsync/SyncTestController.h"
#include "core/sync/EventWorker.h"
#include "core/sync/SyncWorker.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class SyncTestPage;
}

namespace fieldlink {

class AppContext;
class CallEventsPanel;
class ProfileVersionChoice;
class RecordDetailView;
class RunExportButtons;
class RunRecordsModel;
class SyncLauncher;

/// Test Sync: the open profile over a small slice of the connection's contacts, or over Kixie call events
/// captured in a file (a kixie_to_ghl profile: notes, tasks and tags in HighLevel). "Dry run" plans and
/// writes nothing; the plan lists every record with its action (create, update, unchanged, skip, conflict…),
/// filterable, and a record's changes. "Run" sends — against production only after a confirmation naming the
/// records, the Kixie calls and the budget left — with progress, rate, time left and Cancel (a cancelled run
/// stays resumable). The command that runs the same on a schedule is shown underneath. The page holds the
/// widgets; SyncTestController decides what their choices mean.
class SyncTestPage : public QWidget {
    Q_OBJECT
public:
    explicit SyncTestPage(AppContext& context, QWidget* parent = nullptr);
    ~SyncTestPage() override;

    /// The connection runs use (the app's connection in use) and the profile to select.
    void setContext(const QString& connectionName, bool sandbox, const QString& profileName);
    void setConnection(const QString& connectionName, bool sandbox);
    /// Selects a profile (the Mapping page's when it opens one): its direction picks contacts or call events.
    void selectProfile(const QString& profileName);
    /// Whether the Mapping page holds unsaved edits of `profileName` (runs use saved versions only).
    void setUnsavedEdits(const QString& profileName, bool unsaved);
    /// The chosen profile (a saved name or a default's) and version (0: the newest saved, or as shipped).
    QString profile() const;
    int profileVersion() const;
    /// Starts a dry run (true) or a run of the chosen scope; a production run asks first.
    void start(bool dryRun);
    void cancel();
    /// A run (or a listening events run) is under way, from reading the secrets to its outcome.
    bool isRunning() const;
    /// Carries an interrupted run on where it stopped, with its own profile version and scope.
    void resume(qint64 runId);
    /// Sends again only the records run `runId` failed on, with the open profile.
    void replayFailed(qint64 runId);
    /// The run shown (the latest), or 0.
    qint64 shownRun() const { return m_runId; }

Q_SIGNALS:
    /// The admin chose another saved connection here; the window makes it the connection in use.
    void connectionChosen(const QString& name);
    /// A run ended (for the History page, and for tests).
    void runFinished(const fieldlink::sync::SyncOutcome& outcome);
    /// The running run's progress, as the page shows it.
    void runProgress(const fieldlink::sync::RunProgress& progress);
    void eventsRunFinished(const fieldlink::sync::EventOutcome& outcome);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setUpChildren();
    void setUpTabOrder();
    void connectWidgets();
    void connectRuns();
    void reloadConnections();
    void updateScopeEditors();
    void pickContacts();
    /// Hands the widgets' choices to the controller and shows the command that runs the same.
    void updateSchedule();
    SyncTestChoices choices() const;
    /// Asks before a production sync; "Dry Run First" is offered when `canDryRunFirst` and no dry run of
    /// these choices was made.
    ProductionChoice askBeforeProduction(bool canDryRunFirst);
    void launch(sync::SyncJob job, const QString& status);
    /// Resume and replay: the same checks as a run, then the job.
    void runAgain(const sync::SyncJob& job, const QString& status);
    void launchEvents(sync::EventJob job, const QString& status);
    /// A production events run would turn do-not-disturb on: asks (DndChanges) and hands the answer back.
    void askAboutDnd(const sync::DndRequest& request);
    void startEvents(bool dryRun);
    void startListening(bool dryRun);
    void onProgress(const sync::RunProgress& progress);
    void onFinished(const sync::SyncOutcome& outcome);
    void onEventsFinished(const sync::EventOutcome& outcome);
    void updateEventRows();
    bool eventsMode() const;
    /// What the chosen records are: contacts to Kixie, or call events to HighLevel.
    mapping::Direction direction() const;
    void showRun(qint64 runId);
    void showRecord();
    /// Forgets the shown run's records and detail (a new run starts).
    void clearResults();
    void setRunning(bool running);

    std::unique_ptr<Ui::SyncTestPage> m_ui;
    AppContext& m_context;
    SyncTestController m_controller;
    SyncLauncher* m_launcher;
    ProfileVersionChoice* m_profileChoice = nullptr;
    RunRecordsModel* m_records;
    QSortFilterProxyModel* m_filter;
    CallEventsPanel* m_events = nullptr;
    RunExportButtons* m_exports = nullptr;
    RecordDetailView* m_detail = nullptr;
    QString m_connection;
    bool m_sandbox = false;
    QStringList m_pickedIds;
    qint64 m_runId = 0;
};

} // namespace fieldlink
