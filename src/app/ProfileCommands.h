#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace fieldlink {

class ProfileDocument;

/// One rule replaced by an edited copy (its source, target, transforms or condition).
class SetRuleCommand : public QUndoCommand {
public:
    SetRuleCommand(ProfileDocument* document, int row, QJsonObject after, const QString& text);
    void redo() override;
    void undo() override;

private:
    ProfileDocument* m_document;
    int m_row;
    QJsonObject m_before;
    QJsonObject m_after;
};

class InsertRuleCommand : public QUndoCommand {
public:
    InsertRuleCommand(ProfileDocument* document, int row, QJsonObject rule);
    void redo() override;
    void undo() override;

private:
    ProfileDocument* m_document;
    int m_row;
    QJsonObject m_rule;
};

class RemoveRuleCommand : public QUndoCommand {
public:
    RemoveRuleCommand(ProfileDocument* document, int row);
    void redo() override;
    void undo() override;

private:
    ProfileDocument* m_document;
    int m_row;
    QJsonObject m_removed;
};

/// A rule moved up or down the list (the order rules are applied and shown in).
class MoveRuleCommand : public QUndoCommand {
public:
    MoveRuleCommand(ProfileDocument* document, int from, int to);
    void redo() override;
    void undo() override;

private:
    ProfileDocument* m_document;
    int m_from;
    int m_to;
};

} // namespace fieldlink
