#pragma once

#include "core/mapping/AutoMatcher.h"

#include <QDialog>

#include <memory>

class QTreeWidget;

namespace Ui {
class AutoMatchDialog;
}

namespace fieldlink {

/// Auto-match proposals for the targets no rule fills yet, each with its confidence and reason. The admin
/// accepts all, some or none; confident ones (80 % and above) start ticked.
class AutoMatchDialog : public QDialog {
    Q_OBJECT
public:
    explicit AutoMatchDialog(const QList<mapping::MatchProposal>& proposals, QWidget* parent = nullptr);
    ~AutoMatchDialog() override;

    QList<mapping::MatchProposal> accepted() const;
    QTreeWidget* list() const;
    void setAllChecked(bool checked);

private:
    void addButtons();

    std::unique_ptr<Ui::AutoMatchDialog> m_ui;
    QList<mapping::MatchProposal> m_proposals;
};

} // namespace fieldlink
