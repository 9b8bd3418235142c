#pragma once

#include "core/mapping/AutoMatcher.h"

#include <QDialog>

class QTreeWidget;

namespace fieldlink {

/// Auto-match proposals for the targets no rule fills yet, each with its confidence and reason. The admin
/// accepts all, some or none; confident ones (80 % and above) start ticked.
class AutoMatchDialog : public QDialog {
    Q_OBJECT
public:
    explicit AutoMatchDialog(const QList<mapping::MatchProposal>& proposals, QWidget* parent = nullptr);

    QList<mapping::MatchProposal> accepted() const;
    QTreeWidget* list() const { return m_list; }
    void setAllChecked(bool checked);

private:
    QList<mapping::MatchProposal> m_proposals;
    QTreeWidget* m_list;
};

} // namespace fieldlink
