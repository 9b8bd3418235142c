#pragma once

#include "core/mapping/Profile.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace Ui {
class RoutingEditor;
}

namespace fieldlink {

class KixieChoiceModel;
class KixieDirectory;
class ProfileDocument;

/// Where records go. GHL → Kixie: routes tried in order, each a condition and the PowerList (and cadence)
/// a matching contact goes to, a default for the rest, and what happens to a row whose contact stops
/// matching. Kixie → GHL: per condition (event type, disposition), the GHL actions — note, task, tags.
/// PowerLists and cadences are picked by name from the Kixie account's lists (KixieDirectory); an ID the
/// lists do not know stays as it is, shown as "Unknown list 123". Every change is one undo step.
class RoutingEditor : public QWidget {
    Q_OBJECT
public:
    explicit RoutingEditor(ProfileDocument* document, QWidget* parent = nullptr);
    ~RoutingEditor() override;

    /// The source fields conditions can test.
    void setConditionFields(const QStringList& paths);
    /// The values a condition's field takes, offered while the admin types a condition value.
    void setConditionValueSuggestions(std::function<QStringList(const QString& field)> suggestions);
    QListWidget* routeList() const;
    /// "note, contact update": a route's GHL actions as the route list names them.
    static QString actionsInWords(const QStringList& actions);
    /// Appends a route matching everything and selects it.
    void addRoute();
    /// The Kixie account's lists the PowerList and cadence choices come from ("Edit lists…" edits them).
    void setDirectory(KixieDirectory* directory);

private:
    /// The selected route's and the default route's forms are alike.
    struct RouteForm {
        QLineEdit* name = nullptr;
        QComboBox* powerlist = nullptr;
        QComboBox* cadence = nullptr;
        KixieChoiceModel* powerlists = nullptr;
        KixieChoiceModel* cadences = nullptr;
        QCheckBox* note = nullptr;
        QCheckBox* task = nullptr;
        QCheckBox* tags = nullptr;
        QCheckBox* contact = nullptr; ///< "Update the contact" (kixie_to_ghl `contact` action)
    };
    QJsonObject routing() const;
    mapping::Direction direction() const;
    void refresh();
    void showRoute(int row);
    void commit(const QJsonObject& routing, const QString& description);
    void commitRoute();
    void commitDefault();
    void removeRoute();
    void moveRoute(int by);
    void connectRouteForm(const RouteForm& form, bool isDefault);
    static void loadRouteForm(const RouteForm& form, const QJsonObject& route);
    void updateChoices();
    /// How the route list names a route's PowerList: by its name in the account's lists.
    QString powerlistName(const QString& id) const;
    QJsonObject routeFromForm(const RouteForm& form, QJsonObject route) const;
    void updateDirection();

    std::unique_ptr<Ui::RoutingEditor> m_ui;
    ProfileDocument* m_document;
    KixieDirectory* m_directory = nullptr;
    bool m_committing = false;
    RouteForm m_route;
    RouteForm m_default;
};

} // namespace fieldlink
