#include "app/runs/ConflictReviewPanel.h"

#include "app/runs/ContactSummary.h"
#include "core/store/ConflictDecisionRepository.h"
#include "core/store/LedgerRepository.h"
#include "core/sync/SyncPlanner.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace fieldlink {
namespace {

const QString direction = sync::SyncPlanner::direction();

// "Ana Lima · ana@example.com (contact 123)" from a mapped PowerList row; the id alone when it has no name.
QString describeContact(const QString& sourceId, const QJsonObject& payload) {
    const QString summary = contactSummary(payload);
    return summary.isEmpty() ? sourceId : ConflictReviewPanel::tr("%1 (contact %2)").arg(summary, sourceId);
}

} // namespace

ConflictReviewPanel::ConflictReviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_question(new QLabel(this))
    , m_candidates(new QListWidget(this))
    , m_give(new QPushButton(tr("&Give the row to this contact"), this))
    , m_forget(new QPushButton(tr("&Forget the decision"), this))
    , m_enrolled(new QPushButton(tr("It &is enrolled"), this))
    , m_notEnrolled(new QPushButton(tr("It is &not enrolled"), this))
    , m_outcome(new QLabel(this)) {
    setObjectName(QStringLiteral("conflictReviewPanel"));
    m_question->setObjectName(QStringLiteral("conflictQuestionLabel"));
    m_question->setWordWrap(true);
    m_candidates->setObjectName(QStringLiteral("conflictCandidatesList"));
    m_candidates->setAccessibleName(tr("The contacts in conflict"));
    m_give->setObjectName(QStringLiteral("giveRowButton"));
    m_give->setToolTip(tr("The selected contact gets the row; the others are skipped from the next plan on"));
    m_forget->setObjectName(QStringLiteral("forgetDecisionButton"));
    m_enrolled->setObjectName(QStringLiteral("enrolledButton"));
    m_enrolled->setToolTip(
        tr("You found the phone in the cadence in Kixie: Fieldlink will not enrol it again"));
    m_notEnrolled->setObjectName(QStringLiteral("notEnrolledButton"));
    m_notEnrolled->setToolTip(tr("You found no enrolment in Kixie: the next run enrols the phone"));
    m_outcome->setObjectName(QStringLiteral("conflictOutcomeLabel"));
    m_outcome->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_give, m_forget, m_enrolled, m_notEnrolled})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Conflict review</b>"), this));
    layout->addWidget(m_question);
    layout->addWidget(m_candidates);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);

    connect(m_give, &QPushButton::clicked, this, &ConflictReviewPanel::giveToSelected);
    connect(m_forget, &QPushButton::clicked, this, &ConflictReviewPanel::forgetDecision);
    connect(m_enrolled, &QPushButton::clicked, this, [this] { settleEnrolment(true); });
    connect(m_notEnrolled, &QPushButton::clicked, this, [this] { settleEnrolment(false); });
    connect(m_candidates, &QListWidget::itemActivated, this, &ConflictReviewPanel::giveToSelected);
    hide();
}

QString ConflictReviewPanel::scopeKey() const {
    return m_conflict.value(QLatin1String("scopeKey")).toString();
}

QString ConflictReviewPanel::targetKey() const {
    return m_conflict.value(QLatin1String("targetKey")).toString();
}

void ConflictReviewPanel::showConflict(const QJsonObject& conflict, const QString& sourceId,
                                       const QSqlDatabase& database, qint64 runId) {
    m_conflict = conflict;
    m_sourceId = sourceId;
    m_database = database;
    m_outcome->clear();
    if (conflict.isEmpty())
        return hide();
    const QString kind = conflict.value(QLatin1String("kind")).toString();
    const bool enrolment = kind == QLatin1String("enrolment");
    if (enrolment)
        m_question->setText(
            tr("Whether %1 was enrolled in cadence %2 is unknown: the run stopped while sending "
               "it, and Kixie cannot be asked. Look in Kixie, then say what you found.")
                .arg(targetKey(), scopeKey().section(QLatin1Char(':'), 1)));
    else if (kind == QLatin1String("taken"))
        m_question->setText(
            tr("%1 in PowerList %2 holds contact %3, written earlier; contact %4 maps to it now. "
               "Which contact should the row show?")
                .arg(targetKey(), scopeKey(), conflict.value(QLatin1String("owner")).toString(), sourceId));
    else
        m_question->setText(tr("These contacts all map to %1 in PowerList %2, and a row holds one. Which "
                               "contact should it show?")
                                .arg(targetKey(), scopeKey()));
    m_candidates->setVisible(!enrolment);
    m_give->setVisible(!enrolment);
    m_forget->setVisible(!enrolment);
    m_enrolled->setVisible(enrolment);
    m_notEnrolled->setVisible(enrolment);
    if (!enrolment)
        fillCandidates(runId);
    showCurrentDecision();
    show();
}

void ConflictReviewPanel::fillCandidates(qint64 runId) {
    // What each contact maps to, as its own conflict record of the run holds it.
    QHash<QString, QJsonObject> payloads;
    payloads.insert(m_sourceId, m_conflict.value(QLatin1String("payload")).toObject());
    payloads.insert(m_conflict.value(QLatin1String("owner")).toString(),
                    m_conflict.value(QLatin1String("ownerPayload")).toObject());
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT source_id, conflict FROM run_records WHERE run_id = ? AND action = 'conflict'"));
    query.addBindValue(runId);
    if (query.exec()) {
        while (query.next()) {
            const QJsonObject other = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
            if (other.value(QLatin1String("scopeKey")) == m_conflict.value(QLatin1String("scopeKey")) &&
                other.value(QLatin1String("targetKey")) == m_conflict.value(QLatin1String("targetKey")))
                payloads.insert(query.value(0).toString(), other.value(QLatin1String("payload")).toObject());
        }
    }
    m_candidates->clear();
    for (const QJsonValue& candidate : m_conflict.value(QLatin1String("candidates")).toArray()) {
        const QString id = candidate.toString();
        auto* item = new QListWidgetItem(describeContact(id, payloads.value(id)), m_candidates);
        item->setData(Qt::UserRole, id);
        if (id == m_sourceId)
            m_candidates->setCurrentItem(item);
    }
}

void ConflictReviewPanel::showCurrentDecision() {
    if (m_conflict.value(QLatin1String("kind")).toString() == QLatin1String("enrolment"))
        return;
    // An unreadable decision shows as none: the panel only offers to decide again.
    const QString owner = store::ConflictDecisionRepository(m_database)
                              .owners(direction)
                              .valueOr({})
                              .value(store::LedgerEntry::keyOf(scopeKey(), targetKey()));
    m_forget->setEnabled(!owner.isEmpty());
    if (!owner.isEmpty())
        m_outcome->setText(tr("Decided: contact %1 gets the row. The next dry run plans it so.").arg(owner));
}

void ConflictReviewPanel::giveToSelected() {
    const QListWidgetItem* current = m_candidates->currentItem();
    if (!current)
        return;
    store::ConflictDecisionRepository decisions(m_database);
    if (const Result<> given =
            decisions.giveTo(direction, scopeKey(), targetKey(), current->data(Qt::UserRole).toString());
        !given)
        return m_outcome->setText(tr("The decision could not be saved: %1").arg(given.error()));
    showCurrentDecision();
    Q_EMIT decided();
}

void ConflictReviewPanel::forgetDecision() {
    store::ConflictDecisionRepository decisions(m_database);
    if (const Result<> forgotten = decisions.forget(direction, scopeKey(), targetKey()); !forgotten)
        return m_outcome->setText(tr("The decision could not be removed: %1").arg(forgotten.error()));
    m_outcome->setText(tr("No decision: the next plan holds these contacts for review again."));
    m_forget->setEnabled(false);
    Q_EMIT decided();
}

void ConflictReviewPanel::settleEnrolment(bool enrolled) {
    store::ConflictDecisionRepository decisions(m_database);
    const Result<bool> settled = decisions.settleEnrolment(direction, scopeKey(), targetKey(), enrolled);
    if (!settled)
        return m_outcome->setText(tr("The answer could not be saved: %1").arg(settled.error()));
    if (!*settled)
        return m_outcome->setText(tr("This enrolment is settled already."));
    m_outcome->setText(
        enrolled ? tr("Settled: %1 counts as enrolled and is never enrolled again.").arg(targetKey())
                 : tr("Settled: the next run enrols %1.").arg(targetKey()));
    Q_EMIT decided();
}

} // namespace fieldlink
