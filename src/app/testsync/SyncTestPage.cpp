#include "app/testsync/SyncTestPage.h"

#include "app/common/CompactRows.h"
#include "app/common/ProductionConfirmation.h"
#include "app/common/ProfileChoices.h"
#include "app/common/TabOrder.h"
#include "app/runs/DndChanges.h"
#include "app/runs/RecordDetailView.h"
#include "app/runs/RunExportButtons.h"
#include "app/runs/RunRecordsModel.h"
#include "app/shell/AppContext.h"
#include "app/testsync/CallEventsPanel.h"
#include "app/testsync/ContactPickerDialog.h"
#include "app/testsync/KeepInSyncDialog.h"
#include "app/testsync/ProfileVersionChoice.h"
#include "app/testsync/SyncLauncher.h"
#include "app/testsync/WatchStatusLabel.h"
#include "core/store/ConnectionRepository.h"
#include "core/sync/KixieDailyUsage.h"
#include "core/sync/RunWords.h"
#include "ui_SyncTestPage.h"

#include <QSortFilterProxyModel>

namespace fieldlink {
namespace {

using Scope = SyncTestChoices::Scope;

} // namespace

SyncTestPage::SyncTestPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SyncTestPage>())
    , m_context(context)
    , m_controller(context.databasePath())
    , m_launcher(new SyncLauncher(context, this))
    , m_records(new RunRecordsModel(context.runRecords(), this))
    , m_filter(new QSortFilterProxyModel(this)) {
    m_ui->setupUi(this);
    m_profileChoice = new ProfileVersionChoice(context.profiles(), m_ui->profileComboBox,
                                               m_ui->versionComboBox, m_ui->profileNoteLabel, this);
    setUpChildren();
    setUpTabOrder();
    connectWidgets();
    connectRuns();
    updateScopeEditors();
    setRunning(false);
    setContext({}, false, {});
}

SyncTestPage::~SyncTestPage() = default;

void SyncTestPage::setUpChildren() {
    // These need the app's context, which a Designer form cannot give them.
    m_events = new CallEventsPanel(m_context, m_ui->callEventsWidget);
    m_ui->callEventsLayout->addWidget(m_events);
    m_exports = new RunExportButtons(m_context, this);
    m_ui->filterLayout->addWidget(m_exports);
    m_detail = new RecordDetailView(m_context, this);
    m_ui->resultsSplitter->addWidget(m_detail);
    // Under the page's context line: whether a background watch keeps these accounts in sync.
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->contextLabel) + 1,
                                   new WatchStatusLabel(m_context.watchers(), this));

    m_ui->actionFilterComboBox->addItem(tr("Every action"), QString());
    for (const sync::PlanAction action :
         {sync::PlanAction::Create, sync::PlanAction::Update, sync::PlanAction::Unchanged,
          sync::PlanAction::Skip, sync::PlanAction::Conflict, sync::PlanAction::Remove,
          sync::PlanAction::Enrol, sync::PlanAction::Fail})
        m_ui->actionFilterComboBox->addItem(sync::RunWords::action(sync::planActionName(action)),
                                            sync::planActionName(action));
    m_filter->setSourceModel(m_records);
    m_filter->setFilterKeyColumn(RunRecordsModel::ActionColumn);
    // The column shows the action in words; the filter matches its key.
    m_filter->setFilterRole(RunRecordsModel::ActionRole);
    m_ui->planTableView->setModel(m_filter);
    useCompactRows(m_ui->planTableView);
}

void SyncTestPage::setUpTabOrder() {
    // Reading order: the choices (connection, records, profile and version, then the call events), the
    // exports, the scope, the buttons, the results and their detail, the command.
    setTabOrderThrough({m_ui->connectionComboBox, m_ui->recordsComboBox, m_ui->profileComboBox,
                        m_ui->versionComboBox, m_events, m_exports, m_ui->scopeComboBox, m_ui->limitSpinBox,
                        m_ui->scopeValueLineEdit, m_ui->pickContactsPushButton, m_ui->dryRunPushButton,
                        m_ui->runPushButton, m_ui->cancelPushButton, m_ui->keepInSyncPushButton,
                        m_ui->actionFilterComboBox, m_ui->planTableView, m_detail, m_ui->scheduleLabel});
}

void SyncTestPage::connectWidgets() {
    connect(m_ui->scopeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateScopeEditors();
        updateSchedule();
    });
    connect(m_ui->limitSpinBox, &QSpinBox::valueChanged, this, &SyncTestPage::updateSchedule);
    connect(m_ui->recordsComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateEventRows();
        m_profileChoice->reload(profile(), direction()); // the profiles of the other direction
    });
    connect(m_ui->connectionComboBox, &QComboBox::activated, this, [this] {
        const QString chosen = m_ui->connectionComboBox->currentData().toString();
        if (!chosen.isEmpty() && chosen != m_connection)
            Q_EMIT connectionChosen(chosen);
    });
    connect(m_profileChoice, &ProfileVersionChoice::changed, this, [this] {
        updateSchedule();
        setRunning(m_launcher->isRunning());
    });
    connect(m_events, &CallEventsPanel::changed, this, &SyncTestPage::updateSchedule);
    connect(m_ui->scopeValueLineEdit, &QLineEdit::textChanged, this, &SyncTestPage::updateSchedule);
    connect(m_ui->pickContactsPushButton, &QPushButton::clicked, this, &SyncTestPage::pickContacts);
    connect(m_ui->dryRunPushButton, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_ui->runPushButton, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &SyncTestPage::cancel);
    connect(m_ui->keepInSyncPushButton, &QPushButton::clicked, this, [this] {
        auto* dialog =
            new KeepInSyncDialog(m_context, m_connection, profile(), schedule::SystemdUnits(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString action = m_ui->actionFilterComboBox->currentData().toString();
        m_filter->setFilterRegularExpression(action.isEmpty() ? QString()
                                                              : QLatin1Char('^') + action + QLatin1Char('$'));
    });
    connect(m_ui->planTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncTestPage::showRecord);
    connect(m_exports, &RunExportButtons::exported, m_ui->runStatusLabel, &QLabel::setText);
    connect(m_detail, &RecordDetailView::conflictDecided, this, [this] {
        m_ui->runStatusLabel->setText(
            tr("Decision saved. A new dry run shows the plan with it; nothing was sent."));
    });
}

void SyncTestPage::connectRuns() {
    connect(m_events, &CallEventsPanel::deliveryStored, m_launcher, &SyncLauncher::inboxChanged);
    // A listener that cannot receive anything ends its run.
    connect(m_events, &CallEventsPanel::listenerFailed, m_launcher, &SyncLauncher::cancel);
    connect(m_launcher, &SyncLauncher::progress, this, &SyncTestPage::onProgress);
    connect(m_launcher, &SyncLauncher::eventsDndApprovalNeeded, this, &SyncTestPage::askAboutDnd);
    connect(m_launcher, &SyncLauncher::finished, this, &SyncTestPage::onFinished);
    connect(m_launcher, &SyncLauncher::eventsFinished, this, &SyncTestPage::onEventsFinished);
}

void SyncTestPage::setContext(const QString& connectionName, bool sandbox, const QString& profileName) {
    setConnection(connectionName, sandbox);
    selectProfile(profileName);
}

void SyncTestPage::setConnection(const QString& connectionName, bool sandbox) {
    m_connection = connectionName;
    m_sandbox = sandbox;
    m_detail->setConnection(connectionName);
    m_events->setSandbox(sandbox);
    m_ui->contextLabel->setText(
        connectionName.isEmpty()
            ? tr("No connection is in use: choose one below, or on Connections (Use this connection), or try "
                 "the sandbox.")
            : tr("On <b>%1</b> (%2).")
                  .arg(connectionName.toHtmlEscaped(), sandbox ? tr("sandbox") : tr("PRODUCTION")));
    reloadConnections();
    updateEventRows();
    setRunning(m_launcher->isRunning());
    updateSchedule();
}

void SyncTestPage::showEvent(QShowEvent* event) {
    reloadConnections();                             // connections saved since
    m_profileChoice->reload(profile(), direction()); // versions saved on the Mapping page since
    QWidget::showEvent(event);
}

void SyncTestPage::updateScopeEditors() {
    const auto scope = static_cast<Scope>(m_ui->scopeComboBox->currentIndex());
    m_ui->limitSpinBox->setVisible(scope == Scope::FirstN);
    m_ui->scopeValueLineEdit->setVisible(scope == Scope::Tag || scope == Scope::Search);
    m_ui->pickContactsPushButton->setVisible(scope == Scope::Picked);
    m_ui->pickedContactsLabel->setVisible(scope == Scope::Picked);
    m_ui->pickedContactsLabel->setText(
        m_pickedIds.isEmpty() ? tr("none picked yet")
                              : tr("%n contact(s) picked", nullptr, static_cast<int>(m_pickedIds.size())));
    m_ui->scopeValueLineEdit->setPlaceholderText(scope == Scope::Tag ? tr("tag, e.g. hot")
                                                                     : tr("name, email or phone"));
}

SyncTestChoices SyncTestPage::choices() const {
    SyncTestChoices choices;
    choices.connection = m_connection;
    choices.sandbox = m_sandbox;
    choices.profile = profile();
    choices.profileVersion = profileVersion();
    choices.events = eventsMode();
    choices.scope = static_cast<Scope>(m_ui->scopeComboBox->currentIndex());
    choices.limit = m_ui->limitSpinBox->value();
    choices.scopeText = m_ui->scopeValueLineEdit->text();
    choices.pickedIds = m_pickedIds;
    choices.listening = m_events->listening();
    choices.eventsFile = m_events->file();
    choices.eventsWords = m_events->commandWords();
    return choices;
}

void SyncTestPage::updateSchedule() {
    m_controller.setChoices(choices());
    m_ui->scheduleLabel->setText(m_controller.scheduleText());
}

void SyncTestPage::pickContacts() {
    auto* dialog = new ContactPickerDialog(m_context, m_connection, m_pickedIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pickedIds = dialog->pickedIds();
        updateScopeEditors();
        updateSchedule();
    });
    dialog->open();
}

void SyncTestPage::setRunning(bool running) {
    const bool ready = !m_connection.isEmpty() && !profile().isEmpty();
    m_ui->dryRunPushButton->setEnabled(ready && !running);
    m_ui->runPushButton->setEnabled(ready && !running);
    m_ui->cancelPushButton->setEnabled(running);
    m_ui->scopeComboBox->setEnabled(!running);
    m_ui->pickContactsPushButton->setEnabled(!running && !m_connection.isEmpty());
    m_ui->recordsComboBox->setEnabled(!running);
    m_ui->connectionComboBox->setEnabled(!running);
    m_events->setRunning(running);
    m_ui->profileComboBox->setEnabled(!running);
    m_ui->versionComboBox->setEnabled(!running);
}

void SyncTestPage::updateEventRows() {
    m_ui->choicesFormLayout->setRowVisible(m_ui->scopeWidget, !eventsMode());
    m_ui->choicesFormLayout->setRowVisible(m_ui->callEventsWidget, eventsMode());
}

mapping::Direction SyncTestPage::direction() const {
    return eventsMode() ? mapping::Direction::KixieToGhl : mapping::Direction::GhlToKixie;
}

bool SyncTestPage::eventsMode() const {
    return m_ui->recordsComboBox->currentIndex() == 1;
}

void SyncTestPage::reloadConnections() {
    QComboBox* combo = m_ui->connectionComboBox;
    const QSignalBlocker blocker(combo);
    combo->clear();
    QStringList names;
    for (const store::SavedConnection& saved : m_context.connections().all()) {
        if (names.contains(saved.name))
            continue;
        names << saved.name;
        const bool sandboxSide = saved.environment == store::SavedConnection::Environment::Sandbox;
        combo->addItem(sandboxSide ? tr("%1 (sandbox)").arg(saved.name)
                                   : tr("%1 (PRODUCTION)").arg(saved.name),
                       saved.name);
    }
    combo->setCurrentIndex(combo->findData(m_connection));
    // Nothing is in use until the admin chooses: the list says so rather than showing a blank.
    combo->setPlaceholderText(tr("Choose a connection"));
}

void SyncTestPage::selectProfile(const QString& profileName) {
    const QList<ProfileChoice> choices = ProfileChoices::list(m_context.profiles());
    // The profile's direction says what it runs on: contacts, or call events.
    for (const ProfileChoice& choice : choices) {
        if (choice.key == profileName) {
            const QSignalBlocker blocker(m_ui->recordsComboBox); // the profiles are read once, below
            m_ui->recordsComboBox->setCurrentIndex(
                choice.direction == mapping::directionName(mapping::Direction::KixieToGhl) ? 1 : 0);
        }
    }
    updateEventRows();
    m_profileChoice->reload(profileName, direction(), choices);
}

void SyncTestPage::setUnsavedEdits(const QString& profileName, bool unsaved) {
    m_profileChoice->setUnsavedEdits(profileName, unsaved);
}

QString SyncTestPage::profile() const {
    return m_profileChoice->profile();
}

int SyncTestPage::profileVersion() const {
    return m_profileChoice->version();
}

void SyncTestPage::start(bool dryRun) {
    if (m_launcher->isRunning() || m_connection.isEmpty())
        return;
    if (eventsMode())
        return startEvents(dryRun);
    Result<sync::SyncJob> job = m_controller.syncJob(dryRun);
    if (!job)
        return m_ui->runStatusLabel->setText(job.error());
    if (m_controller.needsConfirmation(dryRun)) {
        switch (askBeforeProduction(true)) {
        case ProductionChoice::Cancel:
            return;
        case ProductionChoice::DryRunFirst:
            return start(true); // the same choices, planned: the cost is known before anything is sent
        case ProductionChoice::Write:
            break;
        }
    }
    launch(std::move(job).value(), dryRun ? tr("Planning…") : tr("Running…"));
}

void SyncTestPage::clearResults() {
    // The previous run's records and detail would read as this run's until it ends.
    m_runId = 0;
    m_exports->setRun(0);
    m_records->setRun(0);
    m_detail->showRecord({}, 0);
}

void SyncTestPage::launch(sync::SyncJob job, const QString& status) {
    clearResults();
    m_controller.runStarted(job.dryRun);
    setRunning(true);
    m_ui->runProgressBar->setRange(0, 0); // busy until the total is known
    m_ui->runStatusLabel->setText(status);
    m_launcher->start(m_connection, std::move(job));
}

void SyncTestPage::resume(qint64 runId) {
    runAgain(SyncTestController::resumeJob(runId), tr("Resuming run %1…").arg(runId));
}

void SyncTestPage::replayFailed(qint64 runId) {
    runAgain(m_controller.replayJob(runId), tr("Sending the failed records of run %1 again…").arg(runId));
}

void SyncTestPage::runAgain(const sync::SyncJob& job, const QString& status) {
    if (m_launcher->isRunning() || m_connection.isEmpty())
        return;
    // A resume or replay carries on a run of its own: a dry run of today's choices would not be its plan.
    if (m_controller.needsConfirmation(job.dryRun) && askBeforeProduction(false) != ProductionChoice::Write)
        return;
    launch(job, status);
}

ProductionChoice SyncTestPage::askBeforeProduction(bool canDryRunFirst) {
    const auto kixie = m_context.connections().find(m_connection, store::SavedConnection::Service::Kixie);
    const int callsLeft =
        kixie ? sync::kixieCallsLeftToday(m_context.runs(), kixie->accountId) : sync::kixieDailyLimit();
    return askBeforeProductionSync(this, m_controller.productionQuestion(callsLeft, sync::kixieDailyLimit()),
                                   canDryRunFirst && !m_controller.hasDryRun());
}

void SyncTestPage::startEvents(bool dryRun) {
    if (m_events->listening())
        return startListening(dryRun);
    const Result<sync::EventJob> job = m_controller.eventFileJob(dryRun);
    if (!job)
        return m_ui->runStatusLabel->setText(job.error());
    if (m_controller.needsConfirmation(dryRun) &&
        !confirmProductionWrite(this,
                                m_controller.eventsProductionQuestion(static_cast<int>(job->events.size()))))
        return;
    launchEvents(*job, dryRun ? tr("Planning…") : tr("Running…"));
}

void SyncTestPage::startListening(bool dryRun) {
    if (m_controller.needsConfirmation(dryRun) &&
        !confirmProductionWrite(this, m_controller.listeningProductionQuestion()))
        return;
    if (!m_events->startListening(m_connection)) // the port could not be opened: nothing to run
        return;
    launchEvents(m_controller.listeningJob(dryRun),
                 dryRun ? tr("Listening; each call event is planned as it arrives. Cancel stops.")
                        : tr("Listening; each call event is written as it arrives. Cancel stops."));
}

void SyncTestPage::launchEvents(sync::EventJob job, const QString& status) {
    clearResults();
    m_controller.runStarted(job.dryRun);
    setRunning(true);
    m_ui->runProgressBar->setRange(0, 0);
    m_ui->runStatusLabel->setText(status);
    job.askBeforeDnd = !job.dryRun; // a compliance change waits for the admin's yes (askAboutDnd)
    m_launcher->startEvents(m_connection, job);
}

void SyncTestPage::askAboutDnd(const sync::DndRequest& request) {
    // The run waits on its own thread; the window keeps working while the question is open.
    const DndChange change{request.contactName.isEmpty() ? request.contactId : request.contactName,
                           request.channels};
    m_ui->runStatusLabel->setText(tr("Waiting for your answer: %1").arg(DndChanges::line(change, true)));
    DndChanges::open(this, {change}, [this](DndChanges::Choice choice, bool applyToAll) {
        m_ui->runStatusLabel->setText(tr("Running…"));
        m_launcher->answerDnd(choice == DndChanges::Choice::TurnOn, applyToAll);
    });
}

void SyncTestPage::cancel() {
    m_ui->runStatusLabel->setText(tr("Cancelling after the writes in flight…"));
    m_launcher->cancel();
}

bool SyncTestPage::isRunning() const {
    return m_launcher->isRunning();
}

void SyncTestPage::onProgress(const sync::RunProgress& progress) {
    // A listening run shows each event's record as it is done (a run of a known size shows them at the end).
    if (m_events->isListening() && progress.runId > 0)
        showRun(progress.runId);
    if (progress.total > 0) {
        m_ui->runProgressBar->setRange(0, progress.total);
        m_ui->runProgressBar->setValue(progress.done);
    }
    m_ui->runStatusLabel->setText(progress.toLine());
    Q_EMIT runProgress(progress);
}

void SyncTestPage::onFinished(const sync::SyncOutcome& outcome) {
    setRunning(false);
    m_controller.runFinished(outcome);
    m_ui->runProgressBar->setRange(0, 1);
    m_ui->runProgressBar->setValue(outcome.ok ? 1 : 0);
    showRun(outcome.runId);
    m_ui->runStatusLabel->setText(SyncTestController::outcomeText(outcome, m_controller.runIsDryRun()));
    Q_EMIT runFinished(outcome);
}

void SyncTestPage::onEventsFinished(const sync::EventOutcome& outcome) {
    m_events->stopListening();
    setRunning(false);
    m_ui->runProgressBar->setRange(0, 1);
    m_ui->runProgressBar->setValue(outcome.ok ? 1 : 0);
    showRun(outcome.runId);
    m_ui->runStatusLabel->setText(SyncTestController::outcomeText(outcome, m_controller.runIsDryRun()));
    Q_EMIT eventsRunFinished(outcome);
}

void SyncTestPage::showRun(qint64 runId) {
    if (runId <= 0)
        return;
    m_runId = runId;
    m_exports->setRun(runId);
    if (runId != m_records->run())
        m_detail->showRecord({}, runId); // nothing chosen yet in this run
    m_records->setRun(runId);
    m_ui->planTableView->resizeColumnsToContents();
}

void SyncTestPage::showRecord() {
    m_detail->showRecord(m_filter->mapToSource(m_ui->planTableView->currentIndex()), m_runId);
}

} // namespace fieldlink
