#pragma once

#include "core/mapping/ProfileParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

namespace fieldlink {

/// The mapping profile being edited: its JSON, changed only through undoable commands, so undo,
/// redo and the "modified" mark come from the QUndoStack. Views follow the about-to / done signals, the way
/// a model follows its data.
class ProfileDocument : public QObject {
    Q_OBJECT
public:
    explicit ProfileDocument(QObject* parent = nullptr);

    /// Starts over on `profile` (not undoable; the history is cleared and the document is unmodified).
    void load(const QJsonObject& profile);
    /// The document's keys as loaded or last set; the rules live apart (see currentJson()).
    const QJsonObject& json() const { return m_json; }
    /// The whole document as it stands, rules included.
    QJsonObject currentJson() const;
    QJsonArray rules() const { return m_rules; }
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
    /// A top-level key other than "rules" (routing, matchKeys); an undefined value removes it.
    void setKey(const QString& key, const QJsonValue& value, const QString& description);
    /// Replaces everything, undoably (import, restore a version).
    void replace(const QJsonObject& profile, const QString& description);

    // What the commands do and undo; views never call these.
    void applySetRule(int row, const QJsonObject& rule);
    void applyInsertRule(int row, const QJsonObject& rule);
    QJsonObject applyRemoveRule(int row);
    void applyMoveRule(int from, int to);
    void applySetKey(const QString& key, const QJsonValue& value);
    void applyReplace(const QJsonObject& profile);

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
    void keyChanged(const QString& key);
    /// After any change, loaded, edited, undone or redone.
    void changed();

private:
    QJsonObject m_json;
    QJsonArray m_rules; ///< m_json["rules"], kept apart so an edit does not copy the whole document
    QUndoStack m_undoStack;
};

} // namespace fieldlink
