#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class TransformChainEditor;
}

namespace fieldlink {

class ProfileDocument;
class ValueMapEditor;

/// The transform chain of one rule: its steps in order (add, remove, move up and down) and a small form for
/// the selected step's options — the default region of an E.164 step, a value map's table. Every change is
/// one undo step on the document.
class TransformChainEditor : public QWidget {
    Q_OBJECT
public:
    explicit TransformChainEditor(ProfileDocument* document, QWidget* parent = nullptr);
    ~TransformChainEditor() override;

    /// Values a value map could list for a rule: seen in the samples, tags and picklist options of the
    /// location. Asked when the admin fills a map.
    using ValueSuggestions = std::function<QStringList(const QJsonObject& rule)>;
    void setValueSuggestions(ValueSuggestions suggestions) { m_suggestions = std::move(suggestions); }

    /// Edits rule `row` of the document, or nothing (-1).
    void setRule(int row);
    int rule() const { return m_row; }
    int currentStep() const;
    void setCurrentStep(int step);
    /// Appends a step of `type` with its defaults and selects it.
    void addStep(const QString& type);

private:
    QJsonArray steps() const;
    void refresh();
    void showStep(int step);
    void commit(const QJsonArray& steps, const QString& description);
    void setOption(int step, const QString& key, const QJsonValue& value);
    void removeStep();
    void moveStep(int by);
    QWidget* optionEditor(int step, const struct TransformOption& option, const QJsonObject& spec);

    std::unique_ptr<Ui::TransformChainEditor> m_ui;
    ProfileDocument* m_document;
    ValueSuggestions m_suggestions;
    int m_row = -1;
    bool m_committing = false;
};

} // namespace fieldlink
