#pragma once

#include "core/store/ProfileRepository.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace Ui {
class VersionHistoryDialog;
}

namespace fieldlink {

/// A profile's saved versions, newest first, each beside the profile as it stands in the editor (a
/// side-by-side diff); Restore brings the chosen version back into the editor as an undoable edit.
class VersionHistoryDialog : public QDialog {
    Q_OBJECT
public:
    VersionHistoryDialog(const QList<store::ProfileVersion>& versions, const QByteArray& current,
                         QWidget* parent = nullptr);
    ~VersionHistoryDialog() override;

    /// The version chosen for restoring, when the dialog was accepted.
    const store::ProfileVersion* restored() const;
    QListWidget* list() const;
    QLabel* summary() const;

private:
    void setUpTexts();
    void showVersion(int row);

    std::unique_ptr<Ui::VersionHistoryDialog> m_ui;
    QList<store::ProfileVersion> m_versions;
    QByteArray m_current;
    QPushButton* m_restore;
};

} // namespace fieldlink
