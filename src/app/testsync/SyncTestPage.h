#pragma once

#include "core/sync/EventWorker.h"
#include "app/common/ProfileChoices.h"
#include "core/sync/SyncWorker.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace fieldlink {

class AppContext;
class CallEventsPanel;
class RecordDetailView;
class RunExportButtons;
class RunRecordsModel;
class SyncLauncher;

/// Test Sync: the open profile over a small slice of the connection's contacts, or over Kixie call events
/// captured in a file (a kixie_to_ghl profile: notes, tasks and tags in HighLevel). "Dry run" plans and
/// writes nothing; the plan lists every record with its action (create, update, unchanged, skip, conflict…),
/// filterable, and a record's changes. "Run" sends — against production only after a confirmation naming the
/// records, the Kixie calls and the budget left — with progress, rate, time left and Cancel (a cancelled run
/// stays resumable). The command that runs the same on a schedule is shown underneath.
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
    void reloadProfiles(const QString& select);
    /// The same with `choices` already read (ProfileChoices::list).
    void reloadProfiles(const QString& select, QList<ProfileChoice> choices);
    void reloadConnections();
    void reloadVersions();
    void updateProfileNote();
    sync::SyncScope scope() const;
    bool confirmProduction();
    void launch(sync::SyncJob job, const QString& status);
    /// Resume and replay: the same checks as a run, then the job.
    void runAgain(const sync::SyncJob& job, const QString& status);
    void updateScopeEditors();
    void pickContacts();
    void updateSchedule();
    void onProgress(const sync::RunProgress& progress);
    void onFinished(const sync::SyncOutcome& outcome);
    void onEventsFinished(const sync::EventOutcome& outcome);
    void startEvents(bool dryRun);
    void startListening(bool dryRun);
    void updateEventRows();
    bool eventsMode() const;
    void showRun(qint64 runId);
    void showRecord();
    void setRunning(bool running);

    AppContext& m_context;
    SyncLauncher* m_launcher;
    RunRecordsModel* m_records;
    QSortFilterProxyModel* m_filter;
    QString m_connection;
    bool m_sandbox = false;
    QString m_editorProfile; ///< the Mapping page's profile, when it has unsaved edits
    qint64 m_runId = 0;
    bool m_dryRunPending = false;
    std::optional<sync::SyncOutcome> m_lastDryRun;
    QLabel* m_contextLabel;
    QComboBox* m_connectionCombo;
    QComboBox* m_profileCombo;
    QComboBox* m_versionCombo;
    QLabel* m_profileNote;
    QComboBox* m_recordsKind;
    QWidget* m_scopeRow;
    CallEventsPanel* m_events;
    RunExportButtons* m_exports;
    QFormLayout* m_form = nullptr;
    QComboBox* m_scopeKind;
    QSpinBox* m_limit;
    QLineEdit* m_scopeValue;
    QPushButton* m_pick;
    QLabel* m_pickedLabel;
    QStringList m_pickedIds;
    QPushButton* m_dryRun;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QComboBox* m_actionFilter;
    QTableView* m_recordView;
    RecordDetailView* m_detail;
    QLabel* m_schedule;
};

} // namespace fieldlink
