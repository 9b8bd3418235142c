#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class MappingPage;
}

namespace fieldlink {

class ProfileDocument;
class RuleTableModel;

/// The open mapping profile: which one, what it does, whether it validates, and its rules — edited in place
/// with undo and redo; every edit is validated at once.
class MappingPage : public QWidget {
    Q_OBJECT
public:
    explicit MappingPage(QWidget* parent = nullptr);
    ~MappingPage() override;

    /// Opens a default profile by name (see ProfileLoader).
    void openProfile(const QString& name);
    QString profileName() const;
    ProfileDocument* document() const { return m_document; }

Q_SIGNALS:
    void profileOpened(const QString& name);

private:
    void revalidate();
    void addRule();
    void removeRule();

    std::unique_ptr<Ui::MappingPage> m_ui;
    ProfileDocument* m_document;
    RuleTableModel* m_rules;
};

} // namespace fieldlink
