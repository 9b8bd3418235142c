#include "app/mapping/dialogs/AutoMatchDialog.h"

#include "ui_AutoMatchDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace fieldlink {
namespace {
constexpr double confidentEnough = 0.8;
}

AutoMatchDialog::AutoMatchDialog(const QList<mapping::MatchProposal>& proposals, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AutoMatchDialog>())
    , m_proposals(proposals) {
    m_ui->setupUi(this);
    QTreeWidget* list = m_ui->proposalsTreeWidget;
    for (int i = 0; i < m_proposals.size(); ++i) {
        const mapping::MatchProposal& proposal = m_proposals.at(i);
        auto* item =
            new QTreeWidgetItem(list, {proposal.target, proposal.source,
                                       tr("%1 %").arg(qRound(proposal.confidence * 100)), proposal.reason});
        item->setCheckState(0, proposal.confidence >= confidentEnough ? Qt::Checked : Qt::Unchecked);
        item->setData(0, Qt::UserRole, i);
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    m_ui->introLabel->setText(
        m_proposals.isEmpty()
            ? tr("Every target the catalog offers is mapped or has no likely source.")
            : tr("Proposed rules for targets no rule fills yet. Tick the ones to add (Space "
                 "ticks the selected line); existing rules are never changed."));
    addButtons();
}

AutoMatchDialog::~AutoMatchDialog() = default;

void AutoMatchDialog::addButtons() {
    // Designer gives a button box only standard buttons; ours with their own words and roles are added here.
    QDialogButtonBox* buttons = m_ui->dialogButtonBox;
    QPushButton* accept = buttons->addButton(tr("Add &ticked rules"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("addTickedPushButton"));
    accept->setDefault(true);
    QPushButton* all = buttons->addButton(tr("Tick &all"), QDialogButtonBox::ActionRole);
    all->setObjectName(QStringLiteral("tickAllPushButton"));
    QPushButton* none = buttons->addButton(tr("Tick &none"), QDialogButtonBox::ActionRole);
    none->setObjectName(QStringLiteral("tickNonePushButton"));
    connect(accept, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
}

QTreeWidget* AutoMatchDialog::list() const {
    return m_ui->proposalsTreeWidget;
}

void AutoMatchDialog::setAllChecked(bool checked) {
    QTreeWidget* list = m_ui->proposalsTreeWidget;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        list->topLevelItem(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

QList<mapping::MatchProposal> AutoMatchDialog::accepted() const {
    QList<mapping::MatchProposal> accepted;
    const QTreeWidget* list = m_ui->proposalsTreeWidget;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            accepted << m_proposals.at(item->data(0, Qt::UserRole).toInt());
    }
    return accepted;
}

} // namespace fieldlink
