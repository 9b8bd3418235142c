#include "app/runs/ConflictReviewPanel.h"

#include "app/runs/ContactSummary.h"
#include "core/Logging.h"
#include "core/store/ConflictDecisionRepository.h"
#include "core/store/LedgerRepository.h"
#include "core/store/RunRecordQuery.h"
#include "core/sync/RecordSubject.h"
#include "core/sync/SyncPlanner.h"

#include "ui_ConflictReviewPanel.h"

#include <QJsonArray>

namespace fieldlink {
namespace {

const QString direction = sync::SyncPlanner::direction();

// "Ana Lima · ana@example.com" from a mapped PowerList row; the id alone when it has no name.
QString describeContact(const QString& sourceId, const QJsonObject& payload) {
    const QString summary = contactSummary(payload);
    return summary.isEmpty() ? sourceId : summary;
}

} // namespace

ConflictReviewPanel::ConflictReviewPanel(const store::RunRecordQuery& records,
                                         store::ConflictDecisionRepository& decisions, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConflictReviewPanel>())
    , m_records(records)
    , m_decisions(decisions) {
    m_ui->setupUi(this);
    connect(m_ui->giveRowPushButton, &QPushButton::clicked, this, &ConflictReviewPanel::giveToSelected);
    connect(m_ui->forgetDecisionPushButton, &QPushButton::clicked, this,
            &ConflictReviewPanel::forgetDecision);
    connect(m_ui->enrolledPushButton, &QPushButton::clicked, this, [this] { settleEnrolment(true); });
    connect(m_ui->notEnrolledPushButton, &QPushButton::clicked, this, [this] { settleEnrolment(false); });
    connect(m_ui->conflictCandidatesListWidget, &QListWidget::itemActivated, this,
            &ConflictReviewPanel::giveToSelected);
    hide();
}

ConflictReviewPanel::~ConflictReviewPanel() = default;

QString ConflictReviewPanel::scopeKey() const {
    return m_conflict.value(QLatin1String("scopeKey")).toString();
}

QString ConflictReviewPanel::targetKey() const {
    return m_conflict.value(QLatin1String("targetKey")).toString();
}

void ConflictReviewPanel::showConflict(const QJsonObject& conflict, const QString& sourceId, qint64 runId) {
    m_conflict = conflict;
    m_sourceId = sourceId;
    m_ui->conflictOutcomeLabel->clear();
    if (conflict.isEmpty())
        return hide();
    const QString kind = conflict.value(QLatin1String("kind")).toString();
    const bool enrolment = kind == QLatin1String("enrolment");
    collectNames(runId);
    const QString phone = sync::RecordSubject::displayPhone(targetKey());
    if (enrolment)
        m_ui->conflictQuestionLabel->setText(
            tr("Whether %1 was enrolled in cadence %2 is unknown: the run stopped while sending "
               "it, and Kixie cannot be asked. Look in Kixie, then say what you found.")
                .arg(phone, scopeKey().section(QLatin1Char(':'), 1)));
    else if (kind == QLatin1String("taken"))
        m_ui->conflictQuestionLabel->setText(
            tr("%1 in PowerList %2 holds %3, written earlier; %4 maps to it now. "
               "Which contact should the row show?")
                .arg(phone, scopeKey(), nameOf(conflict.value(QLatin1String("owner")).toString()),
                     nameOf(sourceId)));
    else
        m_ui->conflictQuestionLabel->setText(
            tr("These contacts all map to %1 in PowerList %2, and a row holds one. Which "
               "contact should it show?")
                .arg(phone, scopeKey()));
    m_ui->conflictCandidatesListWidget->setVisible(!enrolment);
    m_ui->giveRowPushButton->setVisible(!enrolment);
    m_ui->forgetDecisionPushButton->setVisible(!enrolment);
    m_ui->enrolledPushButton->setVisible(enrolment);
    m_ui->notEnrolledPushButton->setVisible(enrolment);
    if (!enrolment)
        fillCandidates();
    showCurrentDecision();
    show();
}

void ConflictReviewPanel::collectNames(qint64 runId) {
    // What each contact maps to, as its own conflict record of the run holds it.
    QHash<QString, QJsonObject> payloads;
    payloads.insert(m_sourceId, m_conflict.value(QLatin1String("payload")).toObject());
    payloads.insert(m_conflict.value(QLatin1String("owner")).toString(),
                    m_conflict.value(QLatin1String("ownerPayload")).toObject());
    // Contacts outside the run that a slice found sharing the phone.
    QJsonObject subjects = m_conflict.value(QLatin1String("subjects")).toObject();
    const QJsonObject others = m_conflict.value(QLatin1String("otherPayloads")).toObject();
    for (auto it = others.begin(); it != others.end(); ++it)
        payloads.insert(it.key(), it.value().toObject());
    const Result<QList<store::RunRecord>> conflicts = m_records.conflicts(runId);
    if (!conflicts)
        qCWarning(lcApp) << conflicts.error(); // the candidates are still listed, by id
    for (const store::RunRecord& record : conflicts.valueOr({})) {
        const QJsonObject& other = record.conflict;
        if (other.value(QLatin1String("scopeKey")) == m_conflict.value(QLatin1String("scopeKey")) &&
            other.value(QLatin1String("targetKey")) == m_conflict.value(QLatin1String("targetKey")))
            payloads.insert(record.sourceId, other.value(QLatin1String("payload")).toObject());
        if (!record.subject.isEmpty())
            subjects.insert(record.sourceId, record.subject);
    }
    m_names.clear();
    for (auto it = payloads.begin(); it != payloads.end(); ++it)
        m_names.insert(it.key(), describeContact(it.key(), it.value()));
    // The contacts as HighLevel named them when the run read them say it best.
    for (auto it = subjects.begin(); it != subjects.end(); ++it)
        m_names.insert(it.key(), sync::RecordSubject::fromJson(it.value().toObject()).displayName(it.key()));
}

QString ConflictReviewPanel::nameOf(const QString& sourceId) const {
    return m_names.value(sourceId, sourceId);
}

void ConflictReviewPanel::fillCandidates() {
    m_ui->conflictCandidatesListWidget->clear();
    for (const QJsonValue& candidate : m_conflict.value(QLatin1String("candidates")).toArray()) {
        const QString id = candidate.toString();
        auto* item = new QListWidgetItem(nameOf(id), m_ui->conflictCandidatesListWidget);
        item->setData(Qt::UserRole, id);
        item->setToolTip(tr("HighLevel contact ID: %1").arg(id));
        if (id == m_sourceId)
            m_ui->conflictCandidatesListWidget->setCurrentItem(item);
    }
}

void ConflictReviewPanel::showCurrentDecision() {
    if (m_conflict.value(QLatin1String("kind")).toString() == QLatin1String("enrolment"))
        return;
    // An unreadable decision shows as none: the panel only offers to decide again.
    const QString owner =
        m_decisions.owners(direction).valueOr({}).value(store::LedgerEntry::keyOf(scopeKey(), targetKey()));
    m_ui->forgetDecisionPushButton->setEnabled(!owner.isEmpty());
    if (!owner.isEmpty())
        m_ui->conflictOutcomeLabel->setText(
            tr("Decided: %1 gets the row. The next dry run plans it so.").arg(nameOf(owner)));
}

void ConflictReviewPanel::giveToSelected() {
    const QListWidgetItem* current = m_ui->conflictCandidatesListWidget->currentItem();
    if (!current)
        return;
    if (const Result<> given =
            m_decisions.giveTo(direction, scopeKey(), targetKey(), current->data(Qt::UserRole).toString());
        !given)
        return m_ui->conflictOutcomeLabel->setText(
            tr("The decision could not be saved: %1").arg(given.error()));
    showCurrentDecision();
    Q_EMIT decided();
}

void ConflictReviewPanel::forgetDecision() {
    if (const Result<> forgotten = m_decisions.forget(direction, scopeKey(), targetKey()); !forgotten)
        return m_ui->conflictOutcomeLabel->setText(
            tr("The decision could not be removed: %1").arg(forgotten.error()));
    m_ui->conflictOutcomeLabel->setText(
        tr("No decision: the next plan holds these contacts for review again."));
    m_ui->forgetDecisionPushButton->setEnabled(false);
    Q_EMIT decided();
}

void ConflictReviewPanel::settleEnrolment(bool enrolled) {
    const Result<bool> settled = m_decisions.settleEnrolment(direction, scopeKey(), targetKey(), enrolled);
    if (!settled)
        return m_ui->conflictOutcomeLabel->setText(
            tr("The answer could not be saved: %1").arg(settled.error()));
    if (!*settled)
        return m_ui->conflictOutcomeLabel->setText(tr("This enrolment is settled already."));
    m_ui->conflictOutcomeLabel->setText(
        enrolled ? tr("Settled: %1 counts as enrolled and is never enrolled again.").arg(targetKey())
                 : tr("Settled: the next run enrols %1.").arg(targetKey()));
    Q_EMIT decided();
}

} // namespace fieldlink
