#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace fieldlink {

/// Review of one conflict the planner held (docs/sync.md "Conflicts"): two contacts that map to one
/// PowerList row, or a row another contact was written to earlier — the admin gives the row to one contact
/// and the others are skipped from the next plan on (CLI runs too); or a cadence enrolment whose outcome is
/// unknown — the admin looks in Kixie and says whether it happened. Nothing is sent from here: the next dry
/// run shows the effect.
class ConflictReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConflictReviewPanel(QWidget* parent = nullptr);

    /// Shows the conflict of record `sourceId` in run `runId` (RunRecordsModel::ConflictRole); hides itself
    /// for an empty one.
    void showConflict(const QJsonObject& conflict, const QString& sourceId, const QSqlDatabase& database,
                      qint64 runId);

Q_SIGNALS:
    /// A decision was stored; a new dry run plans with it.
    void decided();

private:
    void fillCandidates(qint64 runId);
    void giveToSelected();
    void settleEnrolment(bool enrolled);
    void forgetDecision();
    void showCurrentDecision();
    QString scopeKey() const;
    QString targetKey() const;

    QJsonObject m_conflict;
    QString m_sourceId;
    QSqlDatabase m_database;
    QLabel* m_question;
    QListWidget* m_candidates;
    QPushButton* m_give;
    QPushButton* m_forget;
    QPushButton* m_enrolled;
    QPushButton* m_notEnrolled;
    QLabel* m_outcome;
};

} // namespace fieldlink
