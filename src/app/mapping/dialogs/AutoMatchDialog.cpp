#include "app/mapping/dialogs/AutoMatchDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fieldlink {
namespace {
constexpr double confidentEnough = 0.8;
}

AutoMatchDialog::AutoMatchDialog(const QList<mapping::MatchProposal>& proposals, QWidget* parent)
    : QDialog(parent)
    , m_proposals(proposals)
    , m_list(new QTreeWidget(this)) {
    setWindowTitle(tr("Auto-match"));
    m_list->setObjectName(QStringLiteral("proposalList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Target"), tr("Source"), tr("Confidence"), tr("Why")});
    for (int i = 0; i < m_proposals.size(); ++i) {
        const mapping::MatchProposal& proposal = m_proposals.at(i);
        auto* item =
            new QTreeWidgetItem(m_list, {proposal.target, proposal.source,
                                         tr("%1 %").arg(qRound(proposal.confidence * 100)), proposal.reason});
        item->setCheckState(0, proposal.confidence >= confidentEnough ? Qt::Checked : Qt::Unchecked);
        item->setData(0, Qt::UserRole, i);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto* intro =
        new QLabel(m_proposals.isEmpty()
                       ? tr("Every target the catalog offers is mapped or has no likely source.")
                       : tr("Proposed rules for targets no rule fills yet. Tick the ones to add (Space "
                            "ticks the selected line); existing rules are never changed."),
                   this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* accept = buttons->addButton(tr("Add &ticked rules"), QDialogButtonBox::AcceptRole);
    accept->setDefault(true);
    QPushButton* all = buttons->addButton(tr("Tick &all"), QDialogButtonBox::ActionRole);
    QPushButton* none = buttons->addButton(tr("Tick &none"), QDialogButtonBox::ActionRole);
    connect(accept, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

void AutoMatchDialog::setAllChecked(bool checked) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        m_list->topLevelItem(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

QList<mapping::MatchProposal> AutoMatchDialog::accepted() const {
    QList<mapping::MatchProposal> accepted;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            accepted << m_proposals.at(item->data(0, Qt::UserRole).toInt());
    }
    return accepted;
}

} // namespace fieldlink
