// SyncTestPage: starting runs (asking first on production), following them and showing their records.
#include "app/testsync/SyncTestPage.h"

#include "app/common/ProductionConfirmation.h"
#include "app/runs/RecordDetailView.h"
#include "app/runs/RunExportButtons.h"
#include "app/runs/RunRecordsModel.h"
#include "app/shell/AppContext.h"
#include "app/testsync/CallEventsPanel.h"
#include "app/testsync/SyncLauncher.h"
#include "core/store/ConnectionRepository.h"
#include "core/sync/KixieDailyUsage.h"
#include "ui_SyncTestPage.h"

#include <QSortFilterProxyModel>

namespace fieldlink {

void SyncTestPage::start(bool dryRun) {
    if (m_launcher->isRunning() || m_connection.isEmpty())
        return;
    if (eventsMode())
        return startEvents(dryRun);
    Result<sync::SyncJob> job = m_controller.syncJob(dryRun);
    if (!job)
        return m_ui->runStatusLabel->setText(job.error());
    if (m_controller.needsConfirmation(dryRun) && !confirmProduction())
        return;
    launch(std::move(job).value(), dryRun ? tr("Planning…") : tr("Running…"));
}

void SyncTestPage::launch(sync::SyncJob job, const QString& status) {
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
    if (m_controller.needsConfirmation(job.dryRun) && !confirmProduction())
        return;
    launch(job, status);
}

bool SyncTestPage::confirmProduction() {
    const auto kixie = m_context.connections().find(m_connection, store::SavedConnection::Service::Kixie);
    const int callsLeft =
        kixie ? sync::kixieCallsLeftToday(m_context.runs(), kixie->accountId) : sync::kixieDailyLimit();
    return confirmProductionWrite(this, m_controller.productionQuestion(callsLeft, sync::kixieDailyLimit()));
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

void SyncTestPage::launchEvents(const sync::EventJob& job, const QString& status) {
    m_controller.runStarted(job.dryRun);
    setRunning(true);
    m_ui->runProgressBar->setRange(0, 0);
    m_ui->runStatusLabel->setText(status);
    m_launcher->startEvents(m_connection, job);
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
    m_ui->runStatusLabel->setText(SyncTestController::outcomeText(outcome));
    Q_EMIT runFinished(outcome);
}

void SyncTestPage::onEventsFinished(const sync::EventOutcome& outcome) {
    m_events->stopListening();
    setRunning(false);
    m_ui->runProgressBar->setRange(0, 1);
    m_ui->runProgressBar->setValue(outcome.ok ? 1 : 0);
    showRun(outcome.runId);
    m_ui->runStatusLabel->setText(SyncTestController::outcomeText(outcome));
    Q_EMIT eventsRunFinished(outcome);
}

void SyncTestPage::showRun(qint64 runId) {
    if (runId <= 0)
        return;
    m_runId = runId;
    m_exports->setRun(runId);
    m_records->setRun(runId);
    m_ui->planTableView->resizeColumnsToContents();
}

void SyncTestPage::showRecord() {
    m_detail->showRecord(m_filter->mapToSource(m_ui->planTableView->currentIndex()), m_runId);
}

} // namespace fieldlink
