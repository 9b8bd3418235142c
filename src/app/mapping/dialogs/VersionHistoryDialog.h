#pragma once

#include "core/store/ProfileRepository.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fieldlink {

/// A profile's saved versions, newest first, each beside the profile as it stands in the editor (a
/// side-by-side diff); Restore brings the chosen version back into the editor as an undoable edit.
class VersionHistoryDialog : public QDialog {
    Q_OBJECT
public:
    VersionHistoryDialog(const QList<store::ProfileVersion>& versions, const QByteArray& current,
                         QWidget* parent = nullptr);

    /// The version chosen for restoring, when the dialog was accepted.
    const store::ProfileVersion* restored() const;
    QListWidget* list() const { return m_list; }
    QLabel* summary() const { return m_summary; }

private:
    void showVersion(int row);

    QList<store::ProfileVersion> m_versions;
    QByteArray m_current;
    QListWidget* m_list;
    QPlainTextEdit* m_left;
    QPlainTextEdit* m_right;
    QLabel* m_summary;
    QPushButton* m_restore;
};

} // namespace fieldlink
