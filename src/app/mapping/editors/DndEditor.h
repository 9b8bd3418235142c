#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace fieldlink {

class ProfileDocument;

/// The kixie_to_ghl profile's do-not-disturb mapping (`doNotDisturb`, `dndMessage`): which dispositions
/// turn on GHL's do-not-disturb for which channels, as text and ticks in words ("Calls", "Text messages").
/// Fieldlink only ever turns a channel on; lifting it is the admin's act in GHL. Every change is one undo
/// step. The rows are built in code: their number follows the profile.
class DndEditor : public QWidget {
    Q_OBJECT
public:
    explicit DndEditor(ProfileDocument* document, QWidget* parent = nullptr);

    /// A channel key (Call, SMS…) in words, as the editor and the runs name it.
    static QString channelInWords(const QString& channel);
    /// Appends a mapping with no dispositions and Calls ticked, and puts the cursor in it.
    void addMapping();
    void removeMapping(int index);
    int mappingCount() const { return static_cast<int>(mappings().size()); }

private:
    QJsonArray mappings() const;
    void refresh();
    void commit(const QJsonArray& mappings, const QString& description);
    /// The mapping at `index` as its row's fields and ticks now show it.
    QJsonObject mappingFromRow(int index) const;
    QWidget* makeRow(int index, const QJsonObject& mapping);

    ProfileDocument* m_document;
    QVBoxLayout* m_rows;
    QLabel* m_emptyLabel;
    QLineEdit* m_message;
    QPushButton* m_add;
    bool m_committing = false;
};

} // namespace fieldlink
