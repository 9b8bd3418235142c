#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class ConflictReviewPanel;
}

namespace fieldlink::store {
class ConflictDecisionRepository;
class RunRecordQuery;
} // namespace fieldlink::store

namespace fieldlink {

/// Review of one conflict the planner held (docs/sync.md "Conflicts"): two contacts that map to one
/// PowerList row, or a row another contact was written to earlier — the admin gives the row to one contact
/// and the others are skipped from the next plan on (CLI runs too); or a cadence enrolment whose outcome is
/// unknown — the admin looks in Kixie and says whether it happened. Nothing is sent from here: the next dry
/// run shows the effect.
class ConflictReviewPanel : public QWidget {
    Q_OBJECT
public:
    /// `records` finds the other contacts of a conflict in its run; `decisions` keeps the admin's answers.
    ConflictReviewPanel(const store::RunRecordQuery& records, store::ConflictDecisionRepository& decisions,
                        QWidget* parent = nullptr);
    ~ConflictReviewPanel() override;

    /// Shows the conflict of record `sourceId` in run `runId` (RunRecordsModel::ConflictRole); hides itself
    /// for an empty one.
    void showConflict(const QJsonObject& conflict, const QString& sourceId, qint64 runId);

Q_SIGNALS:
    /// A decision was stored; a new dry run plans with it.
    void decided();

private:
    /// Each contact of the conflict by name (its subject, else what it maps to, else its id).
    void collectNames(qint64 runId);
    QString nameOf(const QString& sourceId) const;
    void fillCandidates();
    void giveToSelected();
    void settleEnrolment(bool enrolled);
    void forgetDecision();
    void showCurrentDecision();
    QString scopeKey() const;
    QString targetKey() const;

    std::unique_ptr<Ui::ConflictReviewPanel> m_ui;
    const store::RunRecordQuery& m_records;
    store::ConflictDecisionRepository& m_decisions;
    QJsonObject m_conflict;
    QString m_sourceId;
    QHash<QString, QString> m_names;
};

} // namespace fieldlink
