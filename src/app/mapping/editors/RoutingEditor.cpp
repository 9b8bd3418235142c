#include "app/mapping/editors/RoutingEditor.h"

#include "app/mapping/editors/ConditionEdit.h"
#include "app/mapping/ProfileDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldlink {
namespace {

const auto routingKey = QStringLiteral("routing");
const auto routesKey = QStringLiteral("routes");
const auto defaultKey = QStringLiteral("default");
const auto actionsKey = QStringLiteral("actions");

/// The rows of a route form: name, PowerList, cadence, GHL actions (buildRouteForm).
constexpr int actionsRow = 3;

void setOrRemove(QJsonObject& object, const QString& key, const QString& text) {
    if (text.trimmed().isEmpty())
        object.remove(key);
    else
        object.insert(key, text.trimmed());
}

} // namespace

RoutingEditor::RoutingEditor(ProfileDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_routes(new QListWidget(this))
    , m_remove(new QPushButton(tr("Remove route"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_routeBox(new QGroupBox(tr("Selected route"), this))
    , m_condition(new ConditionEdit(this))
    , m_defaultBox(new QGroupBox(tr("Records that match no route go to a &default route"), this))
    , m_onStopMatching(new QComboBox(this))
    , m_onStopMatchingRow(new QWidget(this)) {
    m_routes->setObjectName(QStringLiteral("routeList"));
    m_routes->setAccessibleName(tr("Routes, tried in order"));
    auto* add = new QPushButton(tr("Add ro&ute"), this);
    add->setObjectName(QStringLiteral("addRouteButton"));
    m_remove->setObjectName(QStringLiteral("removeRouteButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();

    auto* routeLayout = new QFormLayout(m_routeBox);
    routeLayout->addRow(tr("When:"), m_condition);
    routeLayout->addRow(buildRouteForm(m_route, QStringLiteral("route")));
    m_defaultBox->setObjectName(QStringLiteral("defaultRouteBox"));
    m_defaultBox->setCheckable(true);
    auto* defaultLayout = new QVBoxLayout(m_defaultBox);
    defaultLayout->addWidget(buildRouteForm(m_default, QStringLiteral("default")));

    m_onStopMatching->setObjectName(QStringLiteral("onStopMatchingComboBox"));
    m_onStopMatching->addItem(tr("Remove the row from that PowerList"), QStringLiteral("remove"));
    m_onStopMatching->addItem(tr("Keep the row"), QStringLiteral("keep"));
    auto* stopLayout = new QFormLayout(m_onStopMatchingRow);
    stopLayout->setContentsMargins(0, 0, 0, 0);
    stopLayout->addRow(tr("When a contact stops matching its route:"), m_onStopMatching);

    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Routes are tried top to bottom; the first whose condition holds decides."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_routes, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_routeBox);
    layout->addWidget(m_defaultBox);
    layout->addWidget(m_onStopMatchingRow);

    connect(add, &QPushButton::clicked, this, &RoutingEditor::addRoute);
    connect(m_remove, &QPushButton::clicked, this, &RoutingEditor::removeRoute);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRoute(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRoute(+1); });
    connect(m_routes, &QListWidget::currentRowChanged, this, &RoutingEditor::showRoute);
    connect(m_condition, &ConditionEdit::edited, this, &RoutingEditor::commitRoute);
    connect(m_defaultBox, &QGroupBox::clicked, this, &RoutingEditor::commitDefault);
    connect(m_onStopMatching, &QComboBox::activated, this, [this] {
        QJsonObject routing = this->routing();
        routing.insert(QStringLiteral("onStopMatching"), m_onStopMatching->currentData().toString());
        commit(routing, tr("Set what happens when a contact stops matching"));
    });
    connect(m_document, &ProfileDocument::changed, this, [this] {
        if (!m_committing)
            refresh();
    });
    refresh();
}

QWidget* RoutingEditor::buildRouteForm(RouteForm& form, const QString& prefix) {
    auto* widget = new QWidget(this);
    auto* layout = new QFormLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    form.name = new QLineEdit(widget);
    form.powerlist = new QLineEdit(widget);
    form.cadence = new QLineEdit(widget);
    form.note = new QCheckBox(tr("Add a note"), widget);
    form.task = new QCheckBox(tr("Create a task"), widget);
    form.tags = new QCheckBox(tr("Change tags"), widget);
    form.name->setObjectName(prefix + QStringLiteral("Name"));
    form.powerlist->setObjectName(prefix + QStringLiteral("Powerlist"));
    form.cadence->setObjectName(prefix + QStringLiteral("Cadence"));
    form.powerlist->setPlaceholderText(tr("PowerList ID, e.g. 1969"));
    form.cadence->setPlaceholderText(tr("optional cadence ID"));
    auto* actions = new QHBoxLayout;
    for (QCheckBox* check : {form.note, form.task, form.tags}) {
        actions->addWidget(check);
        check->setObjectName(prefix + QStringLiteral("Action_") + check->text());
    }
    layout->addRow(tr("Name:"), form.name);
    layout->addRow(tr("PowerList:"), form.powerlist);
    layout->addRow(tr("Cadence:"), form.cadence);
    layout->addRow(tr("GHL actions:"), actions);
    const bool isDefault = prefix == QLatin1String("default");
    for (QLineEdit* edit : {form.name, form.powerlist, form.cadence}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, isDefault] {
            if (!edit->isModified())
                return;
            edit->setModified(false);
            isDefault ? commitDefault() : commitRoute();
        });
    }
    for (QCheckBox* check : {form.note, form.task, form.tags})
        connect(check, &QCheckBox::clicked, this,
                [this, isDefault] { isDefault ? commitDefault() : commitRoute(); });
    return widget;
}

void RoutingEditor::setConditionFields(const QStringList& paths) {
    m_condition->setFields(paths);
}

QJsonObject RoutingEditor::routing() const {
    return m_document->json().value(routingKey).toObject();
}

mapping::Direction RoutingEditor::direction() const {
    return m_document->json().value(QLatin1String("direction")).toString() == QLatin1String("kixie_to_ghl")
               ? mapping::Direction::KixieToGhl
               : mapping::Direction::GhlToKixie;
}

void RoutingEditor::updateDirection() {
    const bool toKixie = direction() == mapping::Direction::GhlToKixie;
    for (const RouteForm* form : {&m_route, &m_default}) {
        auto* layout = qobject_cast<QFormLayout*>(form->name->parentWidget()->layout());
        layout->setRowVisible(form->powerlist, toKixie);
        layout->setRowVisible(form->cadence, toKixie);
        layout->setRowVisible(actionsRow, !toKixie);
    }
    m_onStopMatchingRow->setVisible(toKixie);
}

void RoutingEditor::loadRouteForm(const RouteForm& form, const QJsonObject& route) {
    form.name->setText(route.value(QLatin1String("name")).toString());
    form.powerlist->setText(route.value(QLatin1String("powerlist")).toVariant().toString());
    form.cadence->setText(route.value(QLatin1String("cadence")).toVariant().toString());
    QStringList actions;
    for (const QJsonValue& action : route.value(actionsKey).toArray())
        actions << action.toString();
    form.note->setChecked(actions.contains(QLatin1String("note")));
    form.task->setChecked(actions.contains(QLatin1String("task")));
    form.tags->setChecked(actions.contains(QLatin1String("tags")));
}

QJsonObject RoutingEditor::routeFromForm(const RouteForm& form, QJsonObject route) const {
    setOrRemove(route, QStringLiteral("name"), form.name->text());
    if (direction() == mapping::Direction::GhlToKixie) {
        setOrRemove(route, QStringLiteral("powerlist"), form.powerlist->text());
        setOrRemove(route, QStringLiteral("cadence"), form.cadence->text());
    } else {
        QJsonArray actions;
        if (form.note->isChecked())
            actions.append(QStringLiteral("note"));
        if (form.task->isChecked())
            actions.append(QStringLiteral("task"));
        if (form.tags->isChecked())
            actions.append(QStringLiteral("tags"));
        route.insert(actionsKey, actions);
    }
    return route;
}

void RoutingEditor::refresh() {
    updateDirection();
    const QJsonObject routing = this->routing();
    const QJsonArray routes = routing.value(routesKey).toArray();
    const int keep = m_routes->currentRow();
    {
        const QSignalBlocker blocker(m_routes);
        m_routes->clear();
        for (const QJsonValue& value : routes) {
            const QJsonObject route = value.toObject();
            QString target =
                direction() == mapping::Direction::GhlToKixie
                    ? tr("PowerList %1").arg(route.value(QLatin1String("powerlist")).toVariant().toString())
                    : QStringList(route.value(actionsKey).toVariant().toStringList())
                          .join(QStringLiteral(", "));
            m_routes->addItem(tr("%1 → %2").arg(route.value(QLatin1String("name")).toString(), target));
        }
        m_routes->setCurrentRow(std::min(std::max(keep, 0), static_cast<int>(routes.size()) - 1));
    }
    showRoute(m_routes->currentRow());
    const QJsonValue fallback = routing.value(defaultKey);
    {
        const QSignalBlocker blocker(m_defaultBox);
        m_defaultBox->setChecked(fallback.isObject());
    }
    loadRouteForm(m_default, fallback.toObject());
    m_onStopMatching->setCurrentIndex(
        std::max(0, m_onStopMatching->findData(routing.value(QLatin1String("onStopMatching")).toString())));
}

void RoutingEditor::showRoute(int row) {
    const QJsonArray routes = routing().value(routesKey).toArray();
    const bool valid = row >= 0 && row < routes.size();
    m_routeBox->setEnabled(valid);
    m_remove->setEnabled(valid);
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row < routes.size() - 1);
    const QJsonObject route = valid ? routes.at(row).toObject() : QJsonObject();
    loadRouteForm(m_route, route);
    m_condition->setCondition(route.value(QLatin1String("when")).toObject());
}

void RoutingEditor::commit(const QJsonObject& routing, const QString& description) {
    m_committing = true;
    m_document->setKey(routingKey, routing, description);
    m_committing = false;
    // The list's lines follow; the form the admin is in stays as it is.
    const int row = m_routes->currentRow();
    const QSignalBlocker blocker(m_routes);
    const QJsonArray routes = routing.value(routesKey).toArray();
    if (routes.size() == m_routes->count()) {
        refresh();
        m_routes->setCurrentRow(row);
    }
}

void RoutingEditor::commitRoute() {
    const int row = m_routes->currentRow();
    QJsonObject routing = this->routing();
    QJsonArray routes = routing.value(routesKey).toArray();
    if (row < 0 || row >= routes.size())
        return;
    QJsonObject route = routeFromForm(m_route, routes.at(row).toObject());
    bool ok = true;
    const QJsonObject when = m_condition->condition(&ok);
    if (!ok)
        return;
    if (when.isEmpty())
        route.remove(QStringLiteral("when"));
    else
        route.insert(QStringLiteral("when"), when);
    routes.replace(row, route);
    routing.insert(routesKey, routes);
    commit(routing, tr("Edit route %1").arg(route.value(QLatin1String("name")).toString()));
}

void RoutingEditor::commitDefault() {
    QJsonObject routing = this->routing();
    if (m_defaultBox->isChecked())
        routing.insert(defaultKey, routeFromForm(m_default, routing.value(defaultKey).toObject()));
    else
        routing.insert(defaultKey, QJsonValue::Null);
    commit(routing, tr("Edit the default route"));
}

void RoutingEditor::addRoute() {
    QJsonObject routing = this->routing();
    QJsonArray routes = routing.value(routesKey).toArray();
    QJsonObject route{{QStringLiteral("name"), tr("Route %1").arg(routes.size() + 1)}};
    if (direction() == mapping::Direction::KixieToGhl)
        route.insert(actionsKey, QJsonArray{QStringLiteral("note")});
    routes.append(route);
    routing.insert(routesKey, routes);
    commit(routing, tr("Add route"));
    refresh();
    m_routes->setCurrentRow(static_cast<int>(routes.size()) - 1);
}

void RoutingEditor::removeRoute() {
    const int row = m_routes->currentRow();
    QJsonObject routing = this->routing();
    QJsonArray routes = routing.value(routesKey).toArray();
    if (row < 0 || row >= routes.size())
        return;
    routes.removeAt(row);
    routing.insert(routesKey, routes);
    commit(routing, tr("Remove route %1").arg(row + 1));
    refresh();
}

void RoutingEditor::moveRoute(int by) {
    const int row = m_routes->currentRow();
    QJsonObject routing = this->routing();
    QJsonArray routes = routing.value(routesKey).toArray();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= routes.size())
        return;
    const QJsonValue moved = routes.takeAt(row);
    routes.insert(to, moved);
    routing.insert(routesKey, routes);
    commit(routing, tr("Move route %1").arg(row + 1));
    refresh();
    m_routes->setCurrentRow(to);
}

} // namespace fieldlink
