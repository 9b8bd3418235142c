#pragma once

#include "ProfileParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

namespace fieldlink {

/// The mapping profile being edited: its JSON, changed only through undoable commands (STYLE.md §7), so undo,
/// redo and the "modified" mark come from the QUndoStack. Views follow the about-to / done signals, the way
/// a model follows its data.
class ProfileDocument : public QObject {
    Q_OBJECT
public:
    explicit ProfileDocument(QObject* parent = nullptr);

    /// Starts over on `profile` (not undoable; the history is cleared and the document is unmodified).
    void load(const QJsonObject& profile);
    const QJsonObject& json() const { return m_json; }
    QByteArray toJson() const;
    int ruleCount() const { return static_cast<int>(m_rules.size()); }
    QJsonObject rule(int row) const { return m_rules.at(row).toObject(); }
    QUndoStack* undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }
    /// The document as the engine would read it: the profile (null when it has errors) and the diagnostics.
    mapping::ParsedProfile parse() const;

    // Undoable edits; each pushes one command.
    void setRule(int row, const QJsonObject& rule, const QString& description);
    void insertRule(int row, const QJsonObject& rule);
    void removeRule(int row);
    void moveRule(int from, int to);

    // What the commands do and undo; views never call these.
    void applySetRule(int row, const QJsonObject& rule);
    void applyInsertRule(int row, const QJsonObject& rule);
    QJsonObject applyRemoveRule(int row);
    void applyMoveRule(int from, int to);

Q_SIGNALS:
    void aboutToReset();
    void wasReset();
    void ruleChanged(int row);
    void aboutToInsertRule(int row);
    void ruleInserted(int row);
    void aboutToRemoveRule(int row);
    void ruleRemoved(int row);
    void aboutToMoveRule(int from, int to);
    void ruleMoved(int from, int to);
    /// After any change, loaded, edited, undone or redone.
    void changed();

private:
    QJsonObject m_json;
    QJsonArray m_rules; ///< m_json["rules"], kept apart so an edit does not copy the whole document
    QUndoStack m_undoStack;
};

} // namespace fieldlink
