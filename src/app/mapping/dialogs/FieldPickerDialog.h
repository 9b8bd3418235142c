#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace fieldlink {

class FieldCatalogModel;

/// A searchable list of one side's fields: type to filter, arrows to choose, Enter to take it. The keyboard
/// way to map a field, and the quick way with a mouse when the catalog is long.
class FieldPickerDialog : public QDialog {
    Q_OBJECT
public:
    FieldPickerDialog(FieldCatalogModel* catalog, const QString& title, bool offerAppend,
                      QWidget* parent = nullptr);

    QString chosenPath() const { return m_chosen; }
    /// The admin asked to add the field to the rule's sources rather than replace them.
    bool append() const { return m_append; }
    QLineEdit* searchEdit() const { return m_search; }
    QTreeView* view() const { return m_view; }

private:
    void choose(bool append);
    void selectFirstMatch();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QLineEdit* m_search;
    QSortFilterProxyModel* m_filter;
    QTreeView* m_view;
    QString m_chosen;
    bool m_append = false;
};

} // namespace fieldlink
