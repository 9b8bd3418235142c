#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class CommandGuidePage;
}

namespace fieldlink {

/// Test Sync as `fieldlink-cli` runs it today, with the commands filled in for the connection and profile in
/// use, so what the admin reads can be pasted into a terminal or a cron job as it is.
class CommandGuidePage : public QWidget {
    Q_OBJECT
public:
    explicit CommandGuidePage(QWidget* parent = nullptr);
    ~CommandGuidePage() override;

    void setContext(const QString& connectionName, const QString& profileName, const QString& databasePath);

private:
    std::unique_ptr<Ui::CommandGuidePage> m_ui;
};

} // namespace fieldlink
