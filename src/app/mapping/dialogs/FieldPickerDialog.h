#pragma once

#include <QDialog>

#include <memory>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Ui {
class FieldPickerDialog;
}

namespace fieldlink {

class FieldCatalogModel;

/// A searchable list of one side's fields: type to filter, arrows to choose, Enter to take it. The keyboard
/// way to map a field, and the quick way with a mouse when the catalog is long.
class FieldPickerDialog : public QDialog {
    Q_OBJECT
public:
    FieldPickerDialog(FieldCatalogModel* catalog, const QString& title, bool offerAppend,
                      QWidget* parent = nullptr);
    ~FieldPickerDialog() override;

    QString chosenPath() const { return m_chosen; }
    /// The admin asked to add the field to the rule's sources rather than replace them.
    bool append() const { return m_append; }
    QLineEdit* searchEdit() const;
    QTreeView* view() const;

private:
    void addButtons(bool offerAppend);
    void choose(bool append);
    void selectFirstMatch();
    bool eventFilter(QObject* watched, QEvent* event) override;

    std::unique_ptr<Ui::FieldPickerDialog> m_ui;
    QSortFilterProxyModel* m_filter;
    QString m_chosen;
    bool m_append = false;
};

} // namespace fieldlink
