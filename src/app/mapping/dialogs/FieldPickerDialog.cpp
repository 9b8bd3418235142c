#include "app/mapping/dialogs/FieldPickerDialog.h"

#include "app/mapping/models/FieldCatalogModel.h"
#include "ui_FieldPickerDialog.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace fieldlink {

FieldPickerDialog::FieldPickerDialog(FieldCatalogModel* catalog, const QString& title, bool offerAppend,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FieldPickerDialog>())
    , m_filter(catalog->makeSearchFilter(this)) {
    m_ui->setupUi(this);
    setWindowTitle(title);
    QTreeView* view = m_ui->fieldsTreeView;
    view->setModel(m_filter);
    view->expandAll();
    view->setColumnWidth(0, 260);
    addButtons(offerAppend);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        m_ui->fieldsTreeView->expandAll();
        selectFirstMatch();
    });
    connect(view, &QTreeView::activated, this, [this] { choose(false); });
    // Down from the search field goes into the list; typing in the list goes back to the search.
    m_ui->searchLineEdit->installEventFilter(this);
    selectFirstMatch();
}

FieldPickerDialog::~FieldPickerDialog() = default;

void FieldPickerDialog::addButtons(bool offerAppend) {
    // Designer gives a button box only standard buttons; ours with their own words and roles are added here.
    QDialogButtonBox* buttons = m_ui->dialogButtonBox;
    QPushButton* use = buttons->addButton(tr("&Use"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("usePushButton"));
    use->setDefault(true);
    connect(use, &QPushButton::clicked, this, [this] { choose(false); });
    if (offerAppend) {
        QPushButton* add = buttons->addButton(tr("&Add as another source"), QDialogButtonBox::ActionRole);
        add->setObjectName(QStringLiteral("appendSourcePushButton"));
        connect(add, &QPushButton::clicked, this, [this] { choose(true); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit* FieldPickerDialog::searchEdit() const {
    return m_ui->searchLineEdit;
}

QTreeView* FieldPickerDialog::view() const {
    return m_ui->fieldsTreeView;
}

void FieldPickerDialog::selectFirstMatch() {
    for (int group = 0; group < m_filter->rowCount(); ++group) {
        const QModelIndex parent = m_filter->index(group, 0);
        if (m_filter->rowCount(parent) > 0) {
            m_ui->fieldsTreeView->setCurrentIndex(m_filter->index(0, 0, parent));
            return;
        }
    }
}

void FieldPickerDialog::choose(bool append) {
    const QString path = m_ui->fieldsTreeView->currentIndex().data(FieldCatalogModel::PathRole).toString();
    if (path.isEmpty())
        return; // a group row
    m_chosen = path;
    m_append = append;
    accept();
}

bool FieldPickerDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            QCoreApplication::sendEvent(m_ui->fieldsTreeView, event);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose(false);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace fieldlink
