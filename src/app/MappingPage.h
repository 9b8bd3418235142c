#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class MappingPage;
}

namespace fieldlink {

class RuleTableModel;

/// The open mapping profile: which one, what it does, whether it validates, and its rules.
class MappingPage : public QWidget {
    Q_OBJECT
public:
    explicit MappingPage(QWidget* parent = nullptr);
    ~MappingPage() override;

    /// Opens a default profile by name (see ProfileLoader).
    void openProfile(const QString& name);
    QString profileName() const;

private:
    std::unique_ptr<Ui::MappingPage> m_ui;
    RuleTableModel* m_rules;
};

} // namespace fieldlink
