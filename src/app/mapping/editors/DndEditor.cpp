#include "app/mapping/editors/DndEditor.h"

#include "app/mapping/ProfileDocument.h"
#include "core/mapping/Profile.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fieldlink {
namespace {

const auto dndKey = QStringLiteral("doNotDisturb");
const auto messageKey = QStringLiteral("dndMessage");

QStringList splitDispositions(const QString& text) {
    QStringList dispositions;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty() && !dispositions.contains(trimmed))
            dispositions << trimmed;
    }
    return dispositions;
}

} // namespace

DndEditor::DndEditor(ProfileDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("When a call ends with one of these dispositions, Fieldlink turns on the contact's do-not-disturb "
           "in GHL for the ticked channels. It never turns it off: lifting it is done in GHL."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* rowsWidget = new QWidget(scroll);
    m_rows = new QVBoxLayout(rowsWidget);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel = new QLabel(tr("No disposition sets do-not-disturb."), rowsWidget);
    m_emptyLabel->setObjectName(QStringLiteral("dndEmptyLabel"));
    m_rows->addWidget(m_emptyLabel);
    m_rows->addStretch();
    scroll->setWidget(rowsWidget);
    layout->addWidget(scroll, 1);

    auto* messageRow = new QHBoxLayout;
    auto* messageLabel = new QLabel(tr("&Message in GHL:"), this);
    m_message = new QLineEdit(this);
    m_message->setObjectName(QStringLiteral("dndMessageLineEdit"));
    m_message->setPlaceholderText(tr("Default: names the call's date, agent and disposition"));
    messageLabel->setBuddy(m_message);
    messageRow->addWidget(messageLabel);
    messageRow->addWidget(m_message, 1);
    layout->addLayout(messageRow);

    m_add = new QPushButton(tr("Add a do-not-disturb &rule"), this);
    m_add->setObjectName(QStringLiteral("addDndPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &DndEditor::addMapping);
    connect(m_message, &QLineEdit::editingFinished, this, [this] {
        if (!m_message->isModified())
            return;
        m_message->setModified(false);
        m_committing = true;
        const QString text = m_message->text().trimmed();
        // An empty message means the built-in text: the key goes rather than holding "".
        if (text.isEmpty())
            m_document->setKey(messageKey, QJsonValue(QJsonValue::Undefined),
                               tr("Use the default do-not-disturb message"));
        else
            m_document->setKey(messageKey, text, tr("Change the do-not-disturb message"));
        m_committing = false;
    });
    connect(m_document, &ProfileDocument::changed, this, [this] {
        if (!m_committing)
            refresh();
    });
    refresh();
}

QString DndEditor::channelInWords(const QString& channel) {
    if (channel == QLatin1String("Call"))
        return tr("Calls");
    if (channel == QLatin1String("SMS"))
        return tr("Text messages");
    if (channel == QLatin1String("Email"))
        return tr("Emails");
    if (channel == QLatin1String("WhatsApp"))
        return tr("WhatsApp");
    if (channel == QLatin1String("GMB"))
        return tr("Google Business messages");
    if (channel == QLatin1String("FB"))
        return tr("Facebook messages");
    return channel;
}

QJsonArray DndEditor::mappings() const {
    return m_document->json().value(dndKey).toArray();
}

void DndEditor::commit(const QJsonArray& mappings, const QString& description) {
    m_committing = true;
    m_document->setKey(dndKey, mappings.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(mappings),
                       description);
    m_committing = false;
}

void DndEditor::addMapping() {
    QJsonArray all = mappings();
    all.append(QJsonObject{{QStringLiteral("dispositions"), QJsonArray()},
                           {QStringLiteral("channels"), QJsonArray{QStringLiteral("Call")}}});
    commit(all, tr("Add a do-not-disturb rule"));
    refresh();
    if (auto* edit = findChild<QLineEdit*>(QStringLiteral("dndDispositionsLineEdit_%1").arg(all.size() - 1)))
        edit->setFocus();
}

void DndEditor::removeMapping(int index) {
    QJsonArray all = mappings();
    if (index < 0 || index >= all.size())
        return;
    all.removeAt(index);
    commit(all, tr("Remove a do-not-disturb rule"));
    refresh();
}

QJsonObject DndEditor::mappingFromRow(int index) const {
    QJsonObject mapping = mappings().at(index).toObject();
    const auto* edit = findChild<QLineEdit*>(QStringLiteral("dndDispositionsLineEdit_%1").arg(index));
    mapping.insert(QStringLiteral("dispositions"),
                   QJsonArray::fromStringList(splitDispositions(edit->text())));
    QJsonArray channels;
    for (const QString& channel : mapping::contactupdate::dndChannels()) {
        const auto* check = findChild<QCheckBox*>(QStringLiteral("dndChannel_%1_%2").arg(index).arg(channel));
        if (check && check->isChecked())
            channels.append(channel);
    }
    mapping.insert(QStringLiteral("channels"), channels);
    return mapping;
}

QWidget* DndEditor::makeRow(int index, const QJsonObject& mapping) {
    auto* row = new QWidget;
    row->setObjectName(QStringLiteral("dndRow_%1").arg(index));
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 6);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Dispositions:"), row);
    auto* edit = new QLineEdit(row);
    edit->setObjectName(QStringLiteral("dndDispositionsLineEdit_%1").arg(index));
    edit->setPlaceholderText(tr("Do Not Call, DNC"));
    edit->setToolTip(tr("Kixie dispositions, separated by commas; any case"));
    QStringList dispositions;
    for (const QJsonValue& value : mapping.value(QLatin1String("dispositions")).toArray())
        dispositions << value.toString();
    edit->setText(dispositions.join(QStringLiteral(", ")));
    label->setBuddy(edit);
    auto* remove = new QPushButton(tr("Remove"), row);
    remove->setObjectName(QStringLiteral("removeDndPushButton_%1").arg(index));
    top->addWidget(label);
    top->addWidget(edit, 1);
    top->addWidget(remove);
    layout->addLayout(top);

    auto* channelsRow = new QHBoxLayout;
    channelsRow->addWidget(new QLabel(tr("Turn on for:"), row));
    QStringList checked;
    for (const QJsonValue& value : mapping.value(QLatin1String("channels")).toArray())
        checked << value.toString();
    for (const QString& channel : mapping::contactupdate::dndChannels()) {
        auto* check = new QCheckBox(channelInWords(channel), row);
        check->setObjectName(QStringLiteral("dndChannel_%1_%2").arg(index).arg(channel));
        check->setChecked(checked.contains(channel));
        channelsRow->addWidget(check);
        connect(check, &QCheckBox::clicked, this, [this, index, check, channel] {
            QJsonArray all = mappings();
            all[index] = mappingFromRow(index);
            commit(all,
                   check->isChecked()
                       ? tr("Turn on do-not-disturb for %1").arg(channelInWords(channel).toLower())
                       : tr("Stop turning on do-not-disturb for %1").arg(channelInWords(channel).toLower()));
        });
    }
    channelsRow->addStretch();
    layout->addLayout(channelsRow);

    connect(edit, &QLineEdit::editingFinished, this, [this, index, edit] {
        if (!edit->isModified())
            return;
        edit->setModified(false);
        QJsonArray all = mappings();
        all[index] = mappingFromRow(index);
        commit(all, tr("Change the dispositions that set do-not-disturb"));
        // Shown as kept: trimmed, without empty or repeated entries.
        edit->setText(splitDispositions(edit->text()).join(QStringLiteral(", ")));
    });
    connect(remove, &QPushButton::clicked, this, [this, index] { removeMapping(index); });
    return row;
}

void DndEditor::refresh() {
    // Rows are rebuilt from the profile: after an undo they show exactly what it holds.
    while (m_rows->count() > 2) {
        QLayoutItem* item = m_rows->takeAt(1);
        // Later, not now: the row's own Remove button may be what asked for this.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    const QJsonArray all = mappings();
    for (int i = 0; i < all.size(); ++i)
        m_rows->insertWidget(1 + i, makeRow(i, all.at(i).toObject()));
    m_emptyLabel->setVisible(all.isEmpty());
    const QString message = m_document->json().value(messageKey).toString();
    if (m_message->text() != message && !m_message->hasFocus())
        m_message->setText(message);
}

} // namespace fieldlink
