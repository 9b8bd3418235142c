#include "app/mapping/editors/RoutingEditor.h"

#include "app/mapping/KixieDirectory.h"
#include "app/mapping/ProfileDocument.h"
#include "app/mapping/editors/ConditionEdit.h"
#include "app/mapping/models/KixieChoiceModel.h"

#include "ui_RoutingEditor.h"

#include <QJsonArray>

namespace fieldlink {
namespace {

const auto routingKey = QStringLiteral("routing");
const auto routesKey = QStringLiteral("routes");
const auto defaultKey = QStringLiteral("default");
const auto actionsKey = QStringLiteral("actions");

/// The rows of a route form (RoutingEditor.ui): name, PowerList, cadence, GHL actions.
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
    , m_ui(std::make_unique<Ui::RoutingEditor>())
    , m_document(document) {
    m_ui->setupUi(this);
    using Kind = store::KixieDirectoryEntry::Kind;
    m_route = {m_ui->routeNameLineEdit,
               m_ui->routePowerlistComboBox,
               m_ui->routeCadenceComboBox,
               new KixieChoiceModel(Kind::PowerList, false, this),
               new KixieChoiceModel(Kind::Cadence, true, this),
               m_ui->routeNoteCheckBox,
               m_ui->routeTaskCheckBox,
               m_ui->routeTagsCheckBox,
               m_ui->routeContactCheckBox};
    m_default = {m_ui->defaultNameLineEdit,
                 m_ui->defaultPowerlistComboBox,
                 m_ui->defaultCadenceComboBox,
                 new KixieChoiceModel(Kind::PowerList, false, this),
                 new KixieChoiceModel(Kind::Cadence, true, this),
                 m_ui->defaultNoteCheckBox,
                 m_ui->defaultTaskCheckBox,
                 m_ui->defaultTagsCheckBox,
                 m_ui->defaultContactCheckBox};
    for (const RouteForm* form : {&m_route, &m_default}) {
        form->powerlist->setModel(form->powerlists);
        form->cadence->setModel(form->cadences);
        form->powerlist->setPlaceholderText(tr("Choose a PowerList"));
    }
    connectRouteForm(m_route, false);
    connectRouteForm(m_default, true);
    // Each choice carries the profile format's word as its data, which Designer cannot hold.
    m_ui->onStopMatchingComboBox->addItem(tr("Remove the row from that PowerList"), QStringLiteral("remove"));
    m_ui->onStopMatchingComboBox->addItem(tr("Keep the row"), QStringLiteral("keep"));

    connect(m_ui->addRoutePushButton, &QPushButton::clicked, this, &RoutingEditor::addRoute);
    connect(m_ui->editListsPushButton, &QPushButton::clicked, this, [this] {
        if (m_directory)
            m_directory->edit(this);
    });
    connect(m_ui->removeRoutePushButton, &QPushButton::clicked, this, &RoutingEditor::removeRoute);
    connect(m_ui->moveRouteUpPushButton, &QPushButton::clicked, this, [this] { moveRoute(-1); });
    connect(m_ui->moveRouteDownPushButton, &QPushButton::clicked, this, [this] { moveRoute(+1); });
    connect(m_ui->routesListWidget, &QListWidget::currentRowChanged, this, &RoutingEditor::showRoute);
    connect(m_ui->routeConditionEdit, &ConditionEdit::edited, this, &RoutingEditor::commitRoute);
    connect(m_ui->defaultRouteGroupBox, &QGroupBox::clicked, this, &RoutingEditor::commitDefault);
    connect(m_ui->onStopMatchingComboBox, &QComboBox::activated, this, [this] {
        QJsonObject routing = this->routing();
        routing.insert(QStringLiteral("onStopMatching"),
                       m_ui->onStopMatchingComboBox->currentData().toString());
        commit(routing, tr("Set what happens when a contact stops matching"));
    });
    connect(m_document, &ProfileDocument::changed, this, [this] {
        if (!m_committing)
            refresh();
    });
    refresh();
}

RoutingEditor::~RoutingEditor() = default;

void RoutingEditor::connectRouteForm(const RouteForm& form, bool isDefault) {
    connect(form.name, &QLineEdit::editingFinished, this, [this, edit = form.name, isDefault] {
        if (!edit->isModified())
            return;
        edit->setModified(false);
        isDefault ? commitDefault() : commitRoute();
    });
    for (QComboBox* choice : {form.powerlist, form.cadence})
        connect(choice, &QComboBox::activated, this,
                [this, isDefault] { isDefault ? commitDefault() : commitRoute(); });
    for (QCheckBox* check : {form.note, form.task, form.tags, form.contact})
        connect(check, &QCheckBox::clicked, this,
                [this, isDefault] { isDefault ? commitDefault() : commitRoute(); });
}

QString RoutingEditor::actionsInWords(const QStringList& actions) {
    QStringList words;
    for (const QString& action : actions) {
        if (action == QLatin1String("note"))
            words << tr("note");
        else if (action == QLatin1String("task"))
            words << tr("task");
        else if (action == QLatin1String("tags"))
            words << tr("tags");
        else if (action == QLatin1String("contact"))
            words << tr("contact update");
        else
            words << action;
    }
    return words.isEmpty() ? tr("nothing") : words.join(QStringLiteral(", "));
}

QListWidget* RoutingEditor::routeList() const {
    return m_ui->routesListWidget;
}

void RoutingEditor::setDirectory(KixieDirectory* directory) {
    m_directory = directory;
    connect(directory, &KixieDirectory::changed, this, &RoutingEditor::updateChoices);
    updateChoices();
}

void RoutingEditor::updateChoices() {
    using Kind = store::KixieDirectoryEntry::Kind;
    for (const RouteForm* form : {&m_route, &m_default}) {
        form->powerlists->setEntries(m_directory ? m_directory->entries(Kind::PowerList)
                                                 : QList<KixieDirectory::Entry>());
        form->cadences->setEntries(m_directory ? m_directory->entries(Kind::Cadence)
                                               : QList<KixieDirectory::Entry>());
    }
    refresh(); // the choices were reset: show each route's list again
}

QString RoutingEditor::powerlistName(const QString& id) const {
    if (m_directory) {
        for (const KixieDirectory::Entry& entry :
             m_directory->entries(store::KixieDirectoryEntry::Kind::PowerList)) {
            if (entry.id == id)
                return entry.name;
        }
    }
    return id.isEmpty() ? tr("no PowerList yet") : tr("Unknown list %1").arg(id);
}

void RoutingEditor::setConditionFields(const QStringList& paths) {
    m_ui->routeConditionEdit->setFields(paths);
}

void RoutingEditor::setConditionValueSuggestions(
    std::function<QStringList(const QString& field)> suggestions) {
    m_ui->routeConditionEdit->setValueSuggestions(std::move(suggestions));
}

QJsonObject RoutingEditor::routing() const {
    return m_document->json().value(routingKey).toObject();
}

mapping::Direction RoutingEditor::direction() const {
    return mapping::directionFromName(m_document->json().value(QLatin1String("direction")).toString())
        .value_or(mapping::Direction::GhlToKixie);
}

void RoutingEditor::updateDirection() {
    const bool toKixie = direction() == mapping::Direction::GhlToKixie;
    for (const RouteForm* form : {&m_route, &m_default}) {
        auto* layout = qobject_cast<QFormLayout*>(form->name->parentWidget()->layout());
        layout->setRowVisible(form->powerlist, toKixie);
        layout->setRowVisible(form->cadence, toKixie);
        layout->setRowVisible(actionsRow, !toKixie);
    }
    m_ui->onStopMatchingWidget->setVisible(toKixie);
    m_ui->editListsPushButton->setVisible(toKixie);
}

void RoutingEditor::loadRouteForm(const RouteForm& form, const QJsonObject& route) {
    form.name->setText(route.value(QLatin1String("name")).toString());
    // An ID the account's lists lack gets a row of its own, so loading never changes the route.
    form.powerlist->setCurrentIndex(
        form.powerlists->rowOf(route.value(QLatin1String("powerlist")).toVariant().toString()));
    form.cadence->setCurrentIndex(
        form.cadences->rowOf(route.value(QLatin1String("cadence")).toVariant().toString()));
    QStringList actions;
    for (const QJsonValue& action : route.value(actionsKey).toArray())
        actions << action.toString();
    form.note->setChecked(actions.contains(QLatin1String("note")));
    form.task->setChecked(actions.contains(QLatin1String("task")));
    form.tags->setChecked(actions.contains(QLatin1String("tags")));
    form.contact->setChecked(actions.contains(QLatin1String("contact")));
}

QJsonObject RoutingEditor::routeFromForm(const RouteForm& form, QJsonObject route) const {
    setOrRemove(route, QStringLiteral("name"), form.name->text());
    if (direction() == mapping::Direction::GhlToKixie) {
        setOrRemove(route, QStringLiteral("powerlist"),
                    form.powerlist->currentData(KixieChoiceModel::IdRole).toString());
        setOrRemove(route, QStringLiteral("cadence"),
                    form.cadence->currentData(KixieChoiceModel::IdRole).toString());
    } else {
        QJsonArray actions;
        if (form.note->isChecked())
            actions.append(QStringLiteral("note"));
        if (form.task->isChecked())
            actions.append(QStringLiteral("task"));
        if (form.tags->isChecked())
            actions.append(QStringLiteral("tags"));
        if (form.contact->isChecked())
            actions.append(QStringLiteral("contact"));
        route.insert(actionsKey, actions);
    }
    return route;
}

void RoutingEditor::refresh() {
    updateDirection();
    const QJsonObject routing = this->routing();
    const QJsonArray routes = routing.value(routesKey).toArray();
    const int keep = m_ui->routesListWidget->currentRow();
    {
        const QSignalBlocker blocker(m_ui->routesListWidget);
        m_ui->routesListWidget->clear();
        for (const QJsonValue& value : routes) {
            const QJsonObject route = value.toObject();
            QString target =
                direction() == mapping::Direction::GhlToKixie
                    ? powerlistName(route.value(QLatin1String("powerlist")).toVariant().toString())
                    : actionsInWords(route.value(actionsKey).toVariant().toStringList());
            m_ui->routesListWidget->addItem(
                tr("%1 → %2").arg(route.value(QLatin1String("name")).toString(), target));
        }
        m_ui->routesListWidget->setCurrentRow(
            std::min(std::max(keep, 0), static_cast<int>(routes.size()) - 1));
    }
    showRoute(m_ui->routesListWidget->currentRow());
    const QJsonValue fallback = routing.value(defaultKey);
    {
        const QSignalBlocker blocker(m_ui->defaultRouteGroupBox);
        m_ui->defaultRouteGroupBox->setChecked(fallback.isObject());
    }
    loadRouteForm(m_default, fallback.toObject());
    m_ui->onStopMatchingComboBox->setCurrentIndex(std::max(
        0,
        m_ui->onStopMatchingComboBox->findData(routing.value(QLatin1String("onStopMatching")).toString())));
}

void RoutingEditor::showRoute(int row) {
    const QJsonArray routes = routing().value(routesKey).toArray();
    const bool valid = row >= 0 && row < routes.size();
    m_ui->selectedRouteGroupBox->setEnabled(valid);
    m_ui->removeRoutePushButton->setEnabled(valid);
    m_ui->moveRouteUpPushButton->setEnabled(valid && row > 0);
    m_ui->moveRouteDownPushButton->setEnabled(valid && row < routes.size() - 1);
    const QJsonObject route = valid ? routes.at(row).toObject() : QJsonObject();
    loadRouteForm(m_route, route);
    m_ui->routeConditionEdit->setCondition(route.value(QLatin1String("when")).toObject());
}

void RoutingEditor::commit(const QJsonObject& routing, const QString& description) {
    m_committing = true;
    m_document->setKey(routingKey, routing, description);
    m_committing = false;
    // The list's lines follow; the form the admin is in stays as it is.
    const int row = m_ui->routesListWidget->currentRow();
    const QSignalBlocker blocker(m_ui->routesListWidget);
    const QJsonArray routes = routing.value(routesKey).toArray();
    if (routes.size() == m_ui->routesListWidget->count()) {
        refresh();
        m_ui->routesListWidget->setCurrentRow(row);
    }
}

void RoutingEditor::commitRoute() {
    const int row = m_ui->routesListWidget->currentRow();
    QJsonObject routing = this->routing();
    QJsonArray routes = routing.value(routesKey).toArray();
    if (row < 0 || row >= routes.size())
        return;
    QJsonObject route = routeFromForm(m_route, routes.at(row).toObject());
    bool ok = true;
    const QJsonObject when = m_ui->routeConditionEdit->condition(&ok);
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
    if (m_ui->defaultRouteGroupBox->isChecked())
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
    m_ui->routesListWidget->setCurrentRow(static_cast<int>(routes.size()) - 1);
}

void RoutingEditor::removeRoute() {
    const int row = m_ui->routesListWidget->currentRow();
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
    const int row = m_ui->routesListWidget->currentRow();
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
    m_ui->routesListWidget->setCurrentRow(to);
}

} // namespace fieldlink
