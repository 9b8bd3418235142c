#include "app/mapping/dialogs/FieldPickerDialog.h"

#include "app/mapping/models/FieldCatalogModel.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace fieldlink {

FieldPickerDialog::FieldPickerDialog(FieldCatalogModel* catalog, const QString& title, bool offerAppend,
                                     QWidget* parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_filter(catalog->makeSearchFilter(this))
    , m_view(new QTreeView(this)) {
    setWindowTitle(title);
    m_search->setObjectName(QStringLiteral("fieldPickerSearch"));
    m_search->setPlaceholderText(tr("Type to search names, paths and sample values"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("fieldPickerView"));
    m_view->setModel(m_filter);
    m_view->expandAll();
    m_view->setUniformRowHeights(true);
    m_view->setColumnWidth(0, 260);

    auto* label = new QLabel(tr("&Field:"), this);
    label->setBuddy(m_search);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* use = buttons->addButton(tr("&Use"), QDialogButtonBox::AcceptRole);
    use->setDefault(true);
    connect(use, &QPushButton::clicked, this, [this] { choose(false); });
    if (offerAppend) {
        QPushButton* add = buttons->addButton(tr("&Add as another source"), QDialogButtonBox::ActionRole);
        add->setObjectName(QStringLiteral("appendSourceButton"));
        connect(add, &QPushButton::clicked, this, [this] { choose(true); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(560, 480);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        m_view->expandAll();
        selectFirstMatch();
    });
    connect(m_view, &QTreeView::activated, this, [this] { choose(false); });
    // Down from the search field goes into the list; typing in the list goes back to the search.
    m_search->installEventFilter(this);
    selectFirstMatch();
}

void FieldPickerDialog::selectFirstMatch() {
    for (int group = 0; group < m_filter->rowCount(); ++group) {
        const QModelIndex parent = m_filter->index(group, 0);
        if (m_filter->rowCount(parent) > 0) {
            m_view->setCurrentIndex(m_filter->index(0, 0, parent));
            return;
        }
    }
}

void FieldPickerDialog::choose(bool append) {
    const QString path = m_view->currentIndex().data(FieldCatalogModel::PathRole).toString();
    if (path.isEmpty())
        return; // a group row
    m_chosen = path;
    m_append = append;
    accept();
}

bool FieldPickerDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            QCoreApplication::sendEvent(m_view, event);
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
