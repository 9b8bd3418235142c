#pragma once

#include "core/mapping/Profile.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fieldlink {

class ConditionEdit;
class ProfileDocument;

/// Where records go. GHL → Kixie: routes tried in order, each a condition and the PowerList (and cadence)
/// a matching contact goes to, a default for the rest, and what happens to a row whose contact stops
/// matching. Kixie → GHL: per condition (event type, disposition), the GHL actions — note, task, tags.
/// Every change is one undo step.
class RoutingEditor : public QWidget {
    Q_OBJECT
public:
    explicit RoutingEditor(ProfileDocument* document, QWidget* parent = nullptr);

    /// The source fields conditions can test.
    void setConditionFields(const QStringList& paths);
    QListWidget* routeList() const { return m_routes; }
    /// Appends a route matching everything and selects it.
    void addRoute();

private:
    struct RouteForm {
        QLineEdit* name = nullptr;
        QLineEdit* powerlist = nullptr;
        QLineEdit* cadence = nullptr;
        QCheckBox* note = nullptr;
        QCheckBox* task = nullptr;
        QCheckBox* tags = nullptr;
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
    QWidget* buildRouteForm(RouteForm& form, const QString& prefix);
    static void loadRouteForm(const RouteForm& form, const QJsonObject& route);
    QJsonObject routeFromForm(const RouteForm& form, QJsonObject route) const;
    void updateDirection();

    ProfileDocument* m_document;
    bool m_committing = false;
    QListWidget* m_routes;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QGroupBox* m_routeBox;
    RouteForm m_route;
    ConditionEdit* m_condition;
    QGroupBox* m_defaultBox;
    RouteForm m_default;
    QComboBox* m_onStopMatching;
    QWidget* m_onStopMatchingRow;
};

} // namespace fieldlink
