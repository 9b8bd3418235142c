#include "app/testsync/SyncTestPage.h"

#include "app/common/ProfileChoices.h"
#include "app/runs/RecordDetailView.h"
#include "app/runs/RunExportButtons.h"
#include "app/runs/RunRecordsModel.h"
#include "app/runs/ShellCommand.h"
#include "app/shell/AppContext.h"
#include "app/testsync/CallEventsPanel.h"
#include "app/testsync/ContactPickerDialog.h"
#include "app/testsync/SyncLauncher.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/ProfileRepository.h"
#include "core/sync/EventSource.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldlink {
namespace {

// The scope choices, in the combo's order.
enum ScopeChoice { FirstN, Tag, Search, Picked, SinceLast, All };

} // namespace

SyncTestPage::SyncTestPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_launcher(new SyncLauncher(context, this))
    , m_records(new RunRecordsModel(context.runRecords(), this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_contextLabel(new QLabel(this))
    , m_connectionCombo(new QComboBox(this))
    , m_profileCombo(new QComboBox(this))
    , m_versionCombo(new QComboBox(this))
    , m_profileNote(new QLabel(this))
    , m_recordsKind(new QComboBox(this))
    , m_scopeRow(new QWidget(this))
    , m_events(new CallEventsPanel(context, this))
    , m_exports(new RunExportButtons(context, this))
    , m_scopeKind(new QComboBox(this))
    , m_limit(new QSpinBox(this))
    , m_scopeValue(new QLineEdit(this))
    , m_pick(new QPushButton(tr("P&ick contacts…"), this))
    , m_pickedLabel(new QLabel(this))
    , m_dryRun(new QPushButton(tr("&Dry run"), this))
    , m_run(new QPushButton(tr("&Run…"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_actionFilter(new QComboBox(this))
    , m_recordView(new QTableView(this))
    , m_detail(new RecordDetailView(context, this))
    , m_schedule(new QLabel(this)) {
    m_connectionCombo->setObjectName(QStringLiteral("connectionComboBox"));
    m_connectionCombo->setToolTip(tr("The connection in use for the whole window; production is marked red"));
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_versionCombo->setObjectName(QStringLiteral("versionComboBox"));
    m_versionCombo->setToolTip(tr("Runs record the version they used; an older one can be tested again"));
    m_profileNote->setObjectName(QStringLiteral("profileNoteLabel"));
    m_profileNote->setWordWrap(true);
    m_recordsKind->setObjectName(QStringLiteral("recordsComboBox"));
    m_recordsKind->addItems({tr("HighLevel contacts → Kixie PowerLists"),
                             tr("Kixie call events → HighLevel notes, tasks and tags")});
    m_scopeKind->setObjectName(QStringLiteral("scopeComboBox"));
    m_scopeKind->addItems({tr("The first contacts"), tr("Contacts with a tag"),
                           tr("Contacts matching a search"), tr("Contacts picked from a list"),
                           tr("Contacts changed since the last run"), tr("All contacts")});
    m_limit->setObjectName(QStringLiteral("limitSpinBox"));
    m_limit->setRange(1, 100000);
    m_limit->setValue(25);
    m_scopeValue->setObjectName(QStringLiteral("scopeValueLineEdit"));
    m_pick->setObjectName(QStringLiteral("pickContactsButton"));
    m_pickedLabel->setObjectName(QStringLiteral("pickedContactsLabel"));
    m_dryRun->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRun->setToolTip(tr("Plans the sync and shows every record's action; writes nothing anywhere"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stops after the writes in flight; the run can be resumed later"));
    m_progress->setObjectName(QStringLiteral("runProgressBar"));
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
    m_status->setWordWrap(true);
    m_actionFilter->setObjectName(QStringLiteral("actionFilterComboBox"));
    m_actionFilter->setAccessibleName(tr("Show records with the action"));
    m_actionFilter->addItem(tr("Every action"), QString());
    for (const char* action :
         {"create", "update", "unchanged", "skip", "conflict", "remove", "enrol", "failed"})
        m_actionFilter->addItem(QLatin1String(action), QLatin1String(action));
    m_filter->setSourceModel(m_records);
    m_filter->setFilterKeyColumn(RunRecordsModel::ActionColumn);
    m_recordView->setObjectName(QStringLiteral("planTableView"));
    m_recordView->setModel(m_filter);
    m_recordView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recordView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recordView->verticalHeader()->hide();
    m_recordView->horizontalHeader()->setStretchLastSection(true);
    m_recordView->setAccessibleName(tr("The plan or the results, one record per line"));
    m_schedule->setObjectName(QStringLiteral("scheduleLabel"));
    m_schedule->setWordWrap(true);
    m_schedule->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* scope = new QHBoxLayout(m_scopeRow);
    scope->setContentsMargins(0, 0, 0, 0);
    scope->addWidget(m_scopeKind);
    scope->addWidget(m_limit);
    scope->addWidget(m_scopeValue, 1);
    scope->addWidget(m_pick);
    scope->addWidget(m_pickedLabel, 1);
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 2);
    profileRow->addWidget(m_versionCombo, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Co&nnection:"), m_connectionCombo);
    form->addRow(tr("Re&cords:"), m_recordsKind);
    form->addRow(tr("&Profile:"), profileRow);
    form->addRow(QString(), m_profileNote);
    form->addRow(tr("&Scope:"), m_scopeRow);
    form->addRow(tr("Call events:"), m_events);
    m_form = form;
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_dryRun, m_run, m_cancel})
        buttons->addWidget(button);
    buttons->addWidget(m_progress, 1);
    auto* filter = new QHBoxLayout;
    filter->addWidget(new QLabel(tr("Show:"), this));
    filter->addWidget(m_actionFilter);
    filter->addStretch();
    filter->addWidget(m_exports);
    auto* results = new QSplitter(Qt::Horizontal, this);
    results->addWidget(m_recordView);
    results->addWidget(m_detail);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Test Sync</h2>"), this));
    layout->addWidget(m_contextLabel);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addLayout(filter);
    layout->addWidget(results, 1);
    layout->addWidget(m_schedule);

    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, [this] {
        updateScopeEditors();
        updateSchedule();
    });
    connect(m_limit, &QSpinBox::valueChanged, this, &SyncTestPage::updateSchedule);
    connect(m_recordsKind, &QComboBox::currentIndexChanged, this, [this] {
        updateEventRows();
        reloadProfiles(profile()); // the profiles of the other direction
    });
    connect(m_connectionCombo, &QComboBox::activated, this, [this] {
        const QString chosen = m_connectionCombo->currentData().toString();
        if (!chosen.isEmpty() && chosen != m_connection)
            Q_EMIT connectionChosen(chosen);
    });
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        reloadVersions();
        updateProfileNote();
        setRunning(m_launcher->isRunning());
    });
    connect(m_versionCombo, &QComboBox::currentIndexChanged, this, &SyncTestPage::updateSchedule);
    connect(m_events, &CallEventsPanel::changed, this, &SyncTestPage::updateSchedule);
    connect(m_events, &CallEventsPanel::eventReceived, this,
            [this](const QJsonObject& payload) { m_launcher->addEvents({payload}); });
    // A listener that cannot receive anything ends its run.
    connect(m_events, &CallEventsPanel::listenerFailed, m_launcher, &SyncLauncher::cancel);
    connect(m_scopeValue, &QLineEdit::textChanged, this, &SyncTestPage::updateSchedule);
    connect(m_pick, &QPushButton::clicked, this, &SyncTestPage::pickContacts);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_run, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_cancel, &QPushButton::clicked, this, &SyncTestPage::cancel);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString action = m_actionFilter->currentData().toString();
        m_filter->setFilterRegularExpression(action.isEmpty() ? QString()
                                                              : QLatin1Char('^') + action + QLatin1Char('$'));
    });
    connect(m_recordView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncTestPage::showRecord);
    connect(m_detail, &RecordDetailView::conflictDecided, this, [this] {
        m_status->setText(tr("Decision saved. A new dry run shows the plan with it; nothing was sent."));
    });
    connect(m_launcher, &SyncLauncher::progress, this, &SyncTestPage::onProgress);
    connect(m_launcher, &SyncLauncher::finished, this, &SyncTestPage::onFinished);
    connect(m_launcher, &SyncLauncher::eventsFinished, this, &SyncTestPage::onEventsFinished);
    updateScopeEditors();
    setRunning(false);
    setContext({}, false, {});
}

SyncTestPage::~SyncTestPage() = default;

void SyncTestPage::setContext(const QString& connectionName, bool sandbox, const QString& profileName) {
    setConnection(connectionName, sandbox);
    selectProfile(profileName);
}

void SyncTestPage::reloadConnections() {
    const QSignalBlocker blocker(m_connectionCombo);
    m_connectionCombo->clear();
    QStringList names;
    for (const store::SavedConnection& saved : m_context.connections().all()) {
        if (names.contains(saved.name))
            continue;
        names << saved.name;
        const bool sandboxSide = saved.environment == store::SavedConnection::Environment::Sandbox;
        m_connectionCombo->addItem(sandboxSide ? tr("%1 (sandbox)").arg(saved.name)
                                               : tr("%1 (PRODUCTION)").arg(saved.name),
                                   saved.name);
    }
    m_connectionCombo->setCurrentIndex(m_connectionCombo->findData(m_connection));
}

void SyncTestPage::setConnection(const QString& connectionName, bool sandbox) {
    m_connection = connectionName;
    m_sandbox = sandbox;
    m_detail->setConnection(connectionName);
    m_events->setSandbox(sandbox);
    m_contextLabel->setText(
        connectionName.isEmpty()
            ? tr("Save a connection first (Connections, or try the sandbox).")
            : tr("On <b>%1</b> (%2).")
                  .arg(connectionName.toHtmlEscaped(), sandbox ? tr("sandbox") : tr("PRODUCTION")));
    reloadConnections();
    updateEventRows();
    setRunning(m_launcher->isRunning());
    updateSchedule();
}

void SyncTestPage::selectProfile(const QString& profileName) {
    const QList<ProfileChoice> choices = ProfileChoices::list(m_context.profiles());
    // The profile's direction says what it runs on: contacts, or call events.
    for (const ProfileChoice& choice : choices) {
        if (choice.key == profileName) {
            const QSignalBlocker blocker(m_recordsKind); // the profiles are read once, below
            m_recordsKind->setCurrentIndex(choice.direction == QLatin1String("kixie_to_ghl") ? 1 : 0);
        }
    }
    updateEventRows();
    reloadProfiles(profileName, choices);
}

void SyncTestPage::setUnsavedEdits(const QString& profileName, bool unsaved) {
    m_editorProfile = unsaved ? profileName : QString();
    updateProfileNote();
}

void SyncTestPage::showEvent(QShowEvent* event) {
    reloadConnections();       // connections saved since
    reloadProfiles(profile()); // versions saved on the Mapping page since
    QWidget::showEvent(event);
}

QString SyncTestPage::profile() const {
    return m_profileCombo->currentData().toString();
}

int SyncTestPage::profileVersion() const {
    return m_versionCombo->currentData().toInt();
}

void SyncTestPage::reloadProfiles(const QString& select) {
    reloadProfiles(select, ProfileChoices::list(m_context.profiles()));
}

void SyncTestPage::reloadProfiles(const QString& select, QList<ProfileChoice> choices) {
    const QString direction = eventsMode() ? QStringLiteral("kixie_to_ghl") : QStringLiteral("ghl_to_kixie");
    choices.removeIf([&direction](const ProfileChoice& choice) { return choice.direction != direction; });
    const int keptVersion = profileVersion();
    {
        const QSignalBlocker blocker(m_profileCombo);
        ProfileChoices::fill(m_profileCombo, choices);
        m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(select)));
    }
    reloadVersions();
    if (profile() == select) // the same profile again: keep the version chosen
        m_versionCombo->setCurrentIndex(std::max(0, m_versionCombo->findData(keptVersion)));
    updateProfileNote();
    setRunning(m_launcher->isRunning());
}

void SyncTestPage::reloadVersions() {
    const QSignalBlocker blocker(m_versionCombo);
    m_versionCombo->clear();
    const QList<store::ProfileVersion> versions = m_context.profiles().versions(profile());
    if (versions.isEmpty()) {
        m_versionCombo->addItem(tr("As shipped"), 0);
    } else {
        m_versionCombo->addItem(tr("Newest saved (version %1)").arg(versions.constFirst().version), 0);
        for (const store::ProfileVersion& version : versions)
            m_versionCombo->addItem(
                version.note.isEmpty()
                    ? tr("Version %1, %2")
                          .arg(version.version)
                          .arg(QLocale().toString(version.createdAt.toLocalTime(), QLocale::ShortFormat))
                    : tr("Version %1: %2").arg(version.version).arg(version.note),
                version.version);
    }
    updateSchedule();
}

void SyncTestPage::updateProfileNote() {
    const bool unsaved = !m_editorProfile.isEmpty() && m_editorProfile == profile();
    m_profileNote->setVisible(unsaved);
    m_profileNote->setText(unsaved
                               ? tr("The Mapping page has unsaved edits of this profile: runs use a saved "
                                    "version. Save there (Ctrl+S) to test the edits.")
                               : QString());
}

sync::SyncScope SyncTestPage::scope() const {
    sync::SyncScope scope;
    switch (m_scopeKind->currentIndex()) {
    case FirstN:
        scope.kind = sync::SyncScope::Kind::FirstN;
        scope.limit = m_limit->value();
        break;
    case Tag:
        scope.kind = sync::SyncScope::Kind::Tag;
        scope.tag = m_scopeValue->text().trimmed();
        break;
    case Search:
        scope.kind = sync::SyncScope::Kind::Query;
        scope.query = m_scopeValue->text().trimmed();
        break;
    case Picked:
        scope.kind = sync::SyncScope::Kind::Ids;
        scope.ids = m_pickedIds;
        break;
    case SinceLast:
        scope.kind = sync::SyncScope::Kind::SinceLast;
        break;
    default:
        scope.kind = sync::SyncScope::Kind::All;
    }
    return scope;
}

void SyncTestPage::updateScopeEditors() {
    const int kind = m_scopeKind->currentIndex();
    m_limit->setVisible(kind == FirstN);
    m_scopeValue->setVisible(kind == Tag || kind == Search);
    m_pick->setVisible(kind == Picked);
    m_pickedLabel->setVisible(kind == Picked);
    m_pickedLabel->setText(m_pickedIds.isEmpty()
                               ? tr("none picked yet")
                               : tr("%n contact(s) picked", nullptr, static_cast<int>(m_pickedIds.size())));
    m_scopeValue->setPlaceholderText(kind == Tag ? tr("tag, e.g. hot") : tr("name, email or phone"));
}

void SyncTestPage::updateSchedule() {
    m_lastDryRun.reset(); // another scope: the confirmation must not quote the old plan
    if (m_connection.isEmpty())
        return m_schedule->clear();
    QStringList words{
        QStringLiteral("fieldlink-cli"), eventsMode() ? QStringLiteral("events") : QStringLiteral("sync"),
        QStringLiteral("--connection"),  m_connection,
        QStringLiteral("--profile"),     profile(),
        QStringLiteral("--db"),          m_context.databasePath()};
    if (profileVersion() > 0)
        words << QStringLiteral("--profile-version") << QString::number(profileVersion());
    if (eventsMode()) {
        words << m_events->commandWords();
        return m_schedule->setText((m_events->listening()
                                        ? tr("The same from a terminal (add --register URL with a public URL "
                                             "that reaches the port):")
                                        : tr("The same from a terminal, cron or a systemd timer:")) +
                                   ShellCommand::htmlBlock(words));
    }
    const sync::SyncScope chosen = scope();
    if (chosen.kind == sync::SyncScope::Kind::FirstN)
        words << QStringLiteral("--limit") << QString::number(chosen.limit);
    else if (chosen.kind == sync::SyncScope::Kind::Tag)
        words << QStringLiteral("--tag") << chosen.tag;
    else if (chosen.kind == sync::SyncScope::Kind::Query)
        words << QStringLiteral("--query") << chosen.query;
    else if (chosen.kind == sync::SyncScope::Kind::SinceLast)
        words << QStringLiteral("--since-last");
    for (const QString& id : chosen.ids)
        words << QStringLiteral("--contact") << id;
    m_schedule->setText(tr("The same from a terminal, cron or a systemd timer:") +
                        ShellCommand::htmlBlock(words));
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
    m_dryRun->setEnabled(ready && !running);
    m_run->setEnabled(ready && !running);
    m_cancel->setEnabled(running);
    m_scopeKind->setEnabled(!running);
    m_pick->setEnabled(!running && !m_connection.isEmpty());
    m_recordsKind->setEnabled(!running);
    m_connectionCombo->setEnabled(!running);
    m_events->setRunning(running);
    m_profileCombo->setEnabled(!running);
    m_versionCombo->setEnabled(!running);
}

bool SyncTestPage::confirmProduction() {
    QString plan = tr("No dry run of this scope yet: nobody has seen what it will change.");
    if (m_lastDryRun) {
        const sync::RunCounts& counts = m_lastDryRun->counts;
        plan = tr("The dry run planned %1 records: %2 to create, %3 to update, %4 unchanged, %5 skipped, %6 "
                  "conflicts, %7 to remove.")
                   .arg(counts.planned)
                   .arg(counts.created)
                   .arg(counts.updated)
                   .arg(counts.unchanged)
                   .arg(counts.skipped)
                   .arg(counts.conflicts)
                   .arg(counts.removed);
    }
    const auto kixie = m_context.connections().find(m_connection, store::SavedConnection::Service::Kixie);
    const int usedToday =
        kixie ? m_context.runs()
                    .dailyCalls(QStringLiteral("kixie"), kixie->accountId,
                                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd")))
                    .valueOr(0) // only the estimate shown here; the run itself refuses
              : 0;
    const int kixieCalls = m_lastDryRun ? m_lastDryRun->counts.created + m_lastDryRun->counts.updated +
                                              m_lastDryRun->counts.removed + m_lastDryRun->counts.enrolled
                                        : 0;
    return QMessageBox::question(this, tr("Run against production"),
                                 tr("This writes to the real Kixie account of \"%1\".\n\n%2\nAbout %3 Kixie "
                                    "calls; %4 of 10 000 are "
                                    "left today. Continue?")
                                     .arg(m_connection, plan)
                                     .arg(kixieCalls)
                                     .arg(10000 - usedToday),
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void SyncTestPage::updateEventRows() {
    m_form->setRowVisible(m_scopeRow, !eventsMode());
    m_form->setRowVisible(m_events, eventsMode());
}

bool SyncTestPage::eventsMode() const {
    return m_recordsKind->currentIndex() == 1;
}

void SyncTestPage::start(bool dryRun) {
    if (m_launcher->isRunning() || m_connection.isEmpty())
        return;
    if (eventsMode())
        return startEvents(dryRun);
    if (m_scopeKind->currentIndex() == Picked && m_pickedIds.isEmpty())
        return m_status->setText(tr("Pick the contacts first (Pick contacts…)."));
    if (!dryRun && !m_sandbox && !confirmProduction())
        return;
    sync::SyncJob job;
    job.profile = profile();
    job.profileVersion = profileVersion();
    job.scope = scope();
    job.dryRun = dryRun;
    launch(job, dryRun ? tr("Planning…") : tr("Running…"));
}

void SyncTestPage::launch(sync::SyncJob job, const QString& status) {
    m_dryRunPending = job.dryRun;
    setRunning(true);
    m_progress->setRange(0, 0); // busy until the total is known
    m_status->setText(status);
    m_launcher->start(m_connection, std::move(job));
}

void SyncTestPage::resume(qint64 runId) {
    sync::SyncJob job;
    job.resumeRunId = runId; // its own profile version and scope
    job.dryRun = false;
    runAgain(job, tr("Resuming run %1…").arg(runId));
}

void SyncTestPage::replayFailed(qint64 runId) {
    sync::SyncJob job;
    job.profile = profile();
    job.profileVersion = profileVersion();
    job.replayRunId = runId;
    job.dryRun = false;
    runAgain(job, tr("Sending the failed records of run %1 again…").arg(runId));
}

void SyncTestPage::runAgain(const sync::SyncJob& job, const QString& status) {
    if (m_launcher->isRunning() || m_connection.isEmpty())
        return;
    if (!m_sandbox && !confirmProduction())
        return;
    launch(job, status);
}

void SyncTestPage::startEvents(bool dryRun) {
    if (m_events->listening())
        return startListening(dryRun);
    const sync::EventFile::Loaded loaded = sync::EventFile::read(m_events->file());
    if (!loaded.error.isEmpty())
        return m_status->setText(loaded.error);
    if (!dryRun && !m_sandbox &&
        QMessageBox::question(
            this, tr("Run against production"),
            tr("This writes notes, tasks and tags for %n call event(s) to the real HighLevel "
               "location of \"%1\". Continue?",
               nullptr, static_cast<int>(loaded.events.size()))
                .arg(m_connection),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    sync::EventJob job;
    job.profile = profile();
    job.profileVersion = profileVersion();
    job.events = loaded.events;
    job.dryRun = dryRun;
    m_dryRunPending = dryRun;
    setRunning(true);
    m_progress->setRange(0, 0);
    m_status->setText(dryRun ? tr("Planning…") : tr("Running…"));
    m_launcher->startEvents(m_connection, job);
}

void SyncTestPage::startListening(bool dryRun) {
    if (!dryRun && !m_sandbox &&
        QMessageBox::question(
            this, tr("Run against production"),
            tr("Every call event that arrives until you stop listening writes notes, tasks and "
               "tags to the real HighLevel location of \"%1\". Continue?")
                .arg(m_connection),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (!m_events->startListening(m_connection)) // the port could not be opened: nothing to run
        return;
    sync::EventJob job;
    job.profile = profile();
    job.profileVersion = profileVersion();
    job.continuous = true; // until Cancel
    job.dryRun = dryRun;
    m_dryRunPending = dryRun;
    setRunning(true);
    m_progress->setRange(0, 0);
    m_status->setText(dryRun ? tr("Listening; each call event is planned as it arrives. Cancel stops.")
                             : tr("Listening; each call event is written as it arrives. Cancel stops."));
    m_launcher->startEvents(m_connection, job);
}

void SyncTestPage::showRun(qint64 runId) {
    if (runId <= 0)
        return;
    m_runId = runId;
    m_exports->setRun(runId);
    m_records->setRun(runId);
    m_recordView->resizeColumnsToContents();
}

void SyncTestPage::onEventsFinished(const sync::EventOutcome& outcome) {
    m_events->stopListening();
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok ? 1 : 0);
    showRun(outcome.runId);
    const sync::EventCounts& counts = outcome.counts;
    if (!outcome.ok)
        m_status->setText(outcome.message.isEmpty() ? tr("The run failed.") : outcome.message);
    else
        m_status->setText(
            tr("Run %1 done. %2 events: %3 notes, %4 tasks, %5 tag changes, %6 already done, %7 "
               "planned, %8 skipped, %9 failed; HighLevel %10 calls.")
                .arg(outcome.runId)
                .arg(counts.events)
                .arg(counts.notes)
                .arg(counts.tasks)
                .arg(counts.tags)
                .arg(counts.duplicates)
                .arg(counts.planned)
                .arg(counts.skipped)
                .arg(counts.failed)
                .arg(outcome.ghlCalls));
    Q_EMIT eventsRunFinished(outcome);
}

void SyncTestPage::cancel() {
    m_status->setText(tr("Cancelling after the writes in flight…"));
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
        m_progress->setRange(0, progress.total);
        m_progress->setValue(progress.done);
    }
    m_status->setText(progress.toLine());
    Q_EMIT runProgress(progress);
}

void SyncTestPage::onFinished(const sync::SyncOutcome& outcome) {
    setRunning(false);
    if (m_dryRunPending && outcome.ok)
        m_lastDryRun = outcome; // what the production confirmation quotes
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok ? 1 : 0);
    showRun(outcome.runId);
    const sync::RunCounts& counts = outcome.counts;
    const QString figures =
        tr("%1 records: %2 create, %3 update, %4 unchanged, %5 skip, %6 conflict, %7 failed; "
           "HighLevel %8 calls, Kixie %9 calls.")
            .arg(counts.planned)
            .arg(counts.created)
            .arg(counts.updated)
            .arg(counts.unchanged)
            .arg(counts.skipped)
            .arg(counts.conflicts)
            .arg(counts.failed)
            .arg(outcome.ghlCalls)
            .arg(outcome.kixieCalls);
    if (outcome.cancelled)
        m_status->setText(tr("Cancelled; run %1 can be resumed. %2").arg(outcome.runId).arg(figures));
    else if (!outcome.ok)
        m_status->setText(outcome.message.isEmpty() ? tr("The run failed.") : outcome.message);
    else
        m_status->setText(tr("Run %1 done. %2").arg(outcome.runId).arg(figures));
    Q_EMIT runFinished(outcome);
}

void SyncTestPage::showRecord() {
    m_detail->showRecord(m_filter->mapToSource(m_recordView->currentIndex()), m_runId);
}

} // namespace fieldlink
