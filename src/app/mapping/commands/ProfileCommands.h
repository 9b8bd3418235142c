#pragma once

#include <QJsonObject>
#include <QJsonValue>
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

/// A top-level key other than the rules changed (the routing, the match keys).
class SetKeyCommand : public QUndoCommand {
public:
    SetKeyCommand(ProfileDocument* document, QString key, QJsonValue after, const QString& text);
    void redo() override;
    void undo() override;

private:
    ProfileDocument* m_document;
    QString m_key;
    QJsonValue m_before;
    QJsonValue m_after;
};

/// The whole document replaced: an imported file or a restored version. Undo brings the edits back.
class ReplaceDocumentCommand : public QUndoCommand {
public:
    ReplaceDocumentCommand(ProfileDocument* document, QJsonObject after, const QString& text);
    void redo() override;
    void undo() override;

private:
    ProfileDocument* m_document;
    QJsonObject m_before;
    QJsonObject m_after;
};

} // namespace fieldlink
