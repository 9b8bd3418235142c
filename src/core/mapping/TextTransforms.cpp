#include "core/mapping/TextTransforms.h"

#include "core/mapping/ValueText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fieldlink::mapping {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::Transforms)
};

} // namespace

Step DefaultIfEmptyTransform::apply(const QJsonValue& input, const TransformContext&) const {
    return {isEmptyValue(input) ? m_value : input};
}

Step TrimTransform::apply(const QJsonValue& input, const TransformContext&) const {
    if (!input.isString())
        return {input};
    // simplified() trims and folds inner runs of white space to one space, without a regex.
    return {m_collapse ? input.toString().simplified() : input.toString().trimmed()};
}

Step CaseTransform::apply(const QJsonValue& input, const TransformContext&) const {
    if (isEmptyValue(input))
        return {input};
    const QString text = valueText(input);
    switch (m_mode) {
    case Mode::Lower:
        return {text.toLower()};
    case Mode::Upper:
        return {text.toUpper()};
    case Mode::Title:
        break;
    }
    // Upper-case the first letter of each word, lower-case the rest: "o'BRIEN-SMITH" -> "O'brien-Smith".
    QString out = text.toLower();
    bool startOfWord = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isLetter()) {
            if (startOfWord)
                out[i] = c.toTitleCase();
            startOfWord = false;
        } else {
            startOfWord = c.isSpace() || c == QLatin1Char('-');
        }
    }
    return {out};
}

Step ConcatTransform::apply(const QJsonValue& input, const TransformContext&) const {
    if (!input.isArray())
        return {input};
    QStringList parts;
    for (const QJsonValue& item : input.toArray()) {
        if (!isEmptyValue(item))
            parts << valueText(item).trimmed();
    }
    return {parts.join(m_separator)};
}

TemplateTransform::TemplateTransform(const QString& pattern, const CustomFieldDirectory& customFields) {
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    qsizetype last = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.capturedStart() > last)
            m_pieces.push_back({pattern.mid(last, match.capturedStart() - last), {}, false});
        const QString name = match.captured(1).trimmed();
        if (name == QLatin1String("value")) {
            m_pieces.push_back({{}, {}, true});
        } else {
            const QString key = FieldPath::customFieldKey(name);
            const auto* definition = key.isEmpty() ? nullptr : customFields.byKey(key);
            m_pieces.push_back({{}, FieldPath(name, definition ? definition->id : QString()), false});
        }
        last = match.capturedEnd();
    }
    if (last < pattern.size())
        m_pieces.push_back({pattern.mid(last), {}, false});
}

QStringList TemplateTransform::fieldsRead() const {
    QStringList fields;
    for (const Piece& piece : m_pieces)
        if (!piece.field.isEmpty())
            fields << piece.field.text();
    return fields;
}

Step TemplateTransform::apply(const QJsonValue& input, const TransformContext& context) const {
    QString out;
    bool anyPlaceholder = false;
    bool anyFilled = false;
    for (const Piece& piece : m_pieces) {
        if (piece.literal.isNull() || piece.isValue) {
            const QString text =
                piece.isValue ? valueText(input) : valueText(piece.field.read(context.record));
            anyPlaceholder = true;
            anyFilled = anyFilled || !text.trimmed().isEmpty();
            out += text;
        } else {
            out += piece.literal;
        }
    }
    // "{companyName} ({city})" with nothing to fill in gives nothing, not "()".
    if (anyPlaceholder && !anyFilled)
        return {QString()};
    return {out.simplified()};
}

Step SplitTransform::apply(const QJsonValue& input, const TransformContext&) const {
    if (isEmptyValue(input))
        return {input};
    QStringList parts = valueText(input).split(m_separator);
    for (QString& part : parts)
        part = part.trimmed();
    if (!m_index)
        return {QJsonArray::fromStringList(parts)};
    const qsizetype index = *m_index < 0 ? parts.size() + *m_index : *m_index;
    if (index < 0 || index >= parts.size())
        return {QString()};
    return {parts.at(index)};
}

Step TruncateTransform::apply(const QJsonValue& input, const TransformContext& context) const {
    if (!input.isString())
        return {input};
    const QString text = input.toString();
    if (text.size() <= m_length)
        return {input};
    qsizetype cut = std::max<qsizetype>(0, m_length - m_ellipsis.size());
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    context.report(Severity::Info, code::truncated,
                   Tr::tr("Shortened from %1 to %2 characters.").arg(text.size()).arg(m_length));
    return {QString(text.left(cut) + m_ellipsis)};
}

Step EmailTransform::apply(const QJsonValue& input, const TransformContext& context) const {
    if (isEmptyValue(input))
        return {input};
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    const QString email = valueText(input).trimmed().toLower();
    if (shape.match(email).hasMatch())
        return {email};
    const QString message = Tr::tr("\"%1\" is not an email address.").arg(email);
    switch (m_invalid) {
    case Invalid::Keep:
        context.report(Severity::Warning, code::invalidEmail, message);
        return {email};
    case Invalid::Empty:
        context.report(Severity::Warning, code::invalidEmail, message);
        return {QString()};
    case Invalid::Skip:
        break;
    }
    context.report(Severity::Warning, code::invalidEmail,
                   message + QLatin1Char(' ') + Tr::tr("The record is skipped."));
    return {QString(), Outcome::SkipRecord};
}

} // namespace fieldlink::mapping
