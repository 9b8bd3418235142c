#include "app/history/HistoryPage.h"

#include "app/shell/AppContext.h"
#include "app/runs/RecordDetailView.h"
#include "app/runs/RunExportButtons.h"
#include "app/history/RunHistoryModel.h"
#include "app/runs/RunRecordsModel.h"
#include "app/runs/ShellCommand.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldlink {
namespace {

QTableView* tableFor(QAbstractItemModel* model, const char* name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

HistoryPage::HistoryPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_runs(new RunHistoryModel(this))
    , m_records(new RunRecordsModel(this))
    , m_runView(tableFor(m_runs, "runTableView", this))
    , m_recordView(tableFor(m_records, "recordTableView", this))
    , m_detail(new RecordDetailView(context, QStringLiteral("recordDetail"), this))
    , m_summary(new QLabel(this))
    , m_nextStep(new QLabel(this))
    , m_exports(new RunExportButtons(context, this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_replay(new QPushButton(tr("Re&play failed"), this)) {
    auto* title = new QLabel(tr("<h2>History</h2>"), this);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    auto* refreshAction = new QAction(this);
    refreshAction->setShortcuts(QKeySequence::Refresh); // F5 (and Ctrl+R where that is the convention)
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &HistoryPage::refresh);
    refresh->setToolTip(tr("Reads the runs again (%1)")
                            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_runView->setAccessibleName(tr("Runs, newest first"));
    m_recordView->setAccessibleName(tr("The selected run's records"));
    m_summary->setObjectName(QStringLiteral("runSummaryLabel"));
    m_summary->setWordWrap(true);
    m_nextStep->setObjectName(QStringLiteral("nextStepLabel"));
    m_nextStep->setWordWrap(true);
    m_nextStep->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(refresh);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Carries the run on where it stopped, on Test Sync"));
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_replay->setToolTip(tr("Sends only the records this run failed on again, with the profile open now"));
    auto* exports = new QHBoxLayout;
    exports->addWidget(m_resume);
    exports->addWidget(m_replay);
    exports->addWidget(m_exports);
    exports->addStretch();
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_recordView);
    bottom->addWidget(m_detail);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runView);
    auto* runPane = new QWidget(this);
    auto* runLayout = new QVBoxLayout(runPane);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(m_summary);
    runLayout->addWidget(m_nextStep);
    runLayout->addLayout(exports);
    runLayout->addWidget(bottom, 1);
    splitter->addWidget(runPane);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(refresh, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(selectedRun()); });
    connect(m_replay, &QPushButton::clicked, this, [this] { Q_EMIT replayRequested(selectedRun()); });
    connect(m_runView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::showRun);
    connect(m_recordView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::showRecord);
    showRun();
}

void HistoryPage::showEvent(QShowEvent* event) {
    refresh(); // runs the CLI made while the app was open appear too
    QWidget::showEvent(event);
}

void HistoryPage::setConnection(const QString& name) {
    m_connection = name;
    m_detail->setConnection(name);
    showRun();
}

void HistoryPage::refresh() {
    const qint64 selected = selectedRun();
    m_runs->refresh(m_context.database().connection());
    m_runView->resizeColumnsToContents();
    if (selected > 0)
        selectRun(selected);
    else
        showRun();
}

qint64 HistoryPage::selectedRun() const {
    const QModelIndex current = m_runView->currentIndex();
    return current.isValid() ? current.data(RunHistoryModel::RunIdRole).toLongLong() : 0;
}

void HistoryPage::selectRun(qint64 runId) {
    for (int row = 0;; ++row) {
        if (row >= m_runs->rowCount()) {
            if (!m_runs->canFetchMore())
                return;
            m_runs->fetchMore(); // an old run: read on until it is found
            if (row >= m_runs->rowCount())
                return;
        }
        if (m_runs->index(row, 0).data(RunHistoryModel::RunIdRole).toLongLong() == runId) {
            m_runView->selectRow(row);
            m_runView->setCurrentIndex(m_runs->index(row, 0));
            return;
        }
    }
}

void HistoryPage::showRun() {
    const QModelIndex current = m_runView->currentIndex();
    const qint64 runId = selectedRun();
    m_exports->setRun(runId);
    m_resume->setEnabled(false);
    m_replay->setEnabled(false);
    m_records->setRun(m_context.database().connection(), runId);
    m_recordView->resizeColumnsToContents();
    m_detail->showRecord({}, {}, 0);
    m_nextStep->clear();
    if (runId == 0) {
        m_summary->setText(m_runs->rowCount() == 0
                               ? tr("No runs yet: a dry run from Test Sync or fieldlink-cli "
                                    "appears here.")
                               : tr("Select a run to see its records."));
        return;
    }
    m_summary->setText(
        tr("Run %1 (%2, %3): %4.")
            .arg(runId)
            .arg(m_runs->index(current.row(), RunHistoryModel::ModeColumn).data().toString(),
                 m_runs->index(current.row(), RunHistoryModel::StatusColumn).data().toString(),
                 m_runs->index(current.row(), RunHistoryModel::CountsColumn).data().toString()));
    const QString status = current.data(RunHistoryModel::StatusRole).toString();
    const QStringList base{
        QStringLiteral("fieldlink-cli"), QStringLiteral("sync"),
        QStringLiteral("--connection"),  m_connection.isEmpty() ? tr("CONNECTION") : m_connection,
        QStringLiteral("--db"),          m_context.databasePath()};
    // Call-event runs are carried on by `fieldlink-cli events`; the app resumes and replays sync runs.
    const bool syncRun = !current.data(RunHistoryModel::IsEventsRole).toBool();
    if (status == QLatin1String("interrupted")) {
        m_resume->setEnabled(syncRun && !m_connection.isEmpty());
        m_nextStep->setText(
            tr("This run was interrupted and can carry on where it stopped (Resume), or from a "
               "terminal:") +
            ShellCommand::htmlBlock(base + QStringList{QStringLiteral("--resume"), QString::number(runId)}));
    } else if (current.data(RunHistoryModel::FailedRole).toInt() > 0) {
        m_replay->setEnabled(syncRun && !m_connection.isEmpty());
        m_nextStep->setText(
            tr("Send only the records that failed again, with the current profile (Replay failed), or "
               "from a terminal:") +
            ShellCommand::htmlBlock(base +
                                    QStringList{QStringLiteral("--replay-failed"), QString::number(runId)}));
    }
}

void HistoryPage::showRecord() {
    m_detail->showRecord(m_recordView->currentIndex(), m_context.database().connection(), selectedRun());
}

bool HistoryPage::exportResults(const QString& path) {
    return m_exports->exportResults(path);
}

bool HistoryPage::exportRequestLog(const QString& path) {
    return m_exports->exportRequestLog(path);
}

} // namespace fieldlink
