#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

class QListWidgetItem;

namespace Ui {
class ContactPickerDialog;
}

namespace fieldlink {

class AppContext;
class ConnectedGhl;

/// Picks the contacts a test sync runs on: a HighLevel search (name, email, phone…) lists up to 50 matches;
/// ticked contacts stay picked across searches and are listed under "Picked". Reads only.
class ContactPickerDialog : public QDialog {
    Q_OBJECT
public:
    ContactPickerDialog(AppContext& context, const QString& connectionName, const QStringList& picked,
                        QWidget* parent = nullptr);
    ~ContactPickerDialog() override;

    /// The picked contacts' ids, in the order they were picked.
    QStringList pickedIds() const;
    /// Searches now (Enter in the search field does the same).
    void search(const QString& text);

Q_SIGNALS:
    /// A search answered (for tests): `error` is empty, or why it failed.
    void searched(const QString& error);

private:
    void showResults(const QJsonArray& contacts);
    void onResultChanged(QListWidgetItem* item);
    void unpick(QListWidgetItem* item);
    void updateCount();

    std::unique_ptr<Ui::ContactPickerDialog> m_ui;
    ConnectedGhl* m_ghl;
    QString m_connection;
};

} // namespace fieldlink
