#pragma once

#include "core/store/KixieDirectoryRepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class KixieDirectoryDialog;
}

namespace fieldlink {

class KixieDirectoryModel;

/// Where the admin names a Kixie account's PowerLists, cadences and agents (name and the ID Kixie shows),
/// once, for every profile to reuse: real Kixie has no API that lists them. A sandbox's own entries show
/// greyed. Save writes each kind in one transaction.
class KixieDirectoryDialog : public QDialog {
    Q_OBJECT
public:
    KixieDirectoryDialog(store::KixieDirectoryRepository& repository, const QString& businessId,
                         const QString& connectionName, QWidget* parent = nullptr);
    ~KixieDirectoryDialog() override;

    /// The model of the kind now shown (for tests and the view).
    KixieDirectoryModel* currentModel() const;
    void showKind(store::KixieDirectoryEntry::Kind kind);
    /// Saves every kind; false (and the reason shown) when something is incomplete or the write failed.
    bool save();

private:
    void addEntry();
    void removeEntry();
    void updateProblem();

    std::unique_ptr<Ui::KixieDirectoryDialog> m_ui;
    store::KixieDirectoryRepository& m_repository;
    QString m_businessId;
    QList<KixieDirectoryModel*> m_models; ///< PowerLists, cadences, agents
};

} // namespace fieldlink
