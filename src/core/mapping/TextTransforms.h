#pragma once

#include "core/mapping/Transform.h"

#include <QRegularExpression>

#include <vector>

namespace fieldlink::mapping {

/// Passes the value on unchanged.
class CopyTransform final : public Transform {
public:
    Step apply(const QJsonValue& input, const TransformContext&) const override { return {input}; }
};

/// Always the configured value, whatever the input.
class ConstantTransform final : public Transform {
public:
    explicit ConstantTransform(QJsonValue value)
        : m_value(std::move(value)) {}
    Step apply(const QJsonValue&, const TransformContext&) const override { return {m_value}; }

private:
    QJsonValue m_value;
};

/// The configured value when the input is empty.
class DefaultIfEmptyTransform final : public Transform {
public:
    explicit DefaultIfEmptyTransform(QJsonValue value)
        : m_value(std::move(value)) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    QJsonValue m_value;
};

/// Removes surrounding white space; with `collapse`, also runs of inner white space.
class TrimTransform final : public Transform {
public:
    explicit TrimTransform(bool collapse)
        : m_collapse(collapse) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    bool m_collapse;
};

/// lower, upper or title case, for any script Qt knows.
class CaseTransform final : public Transform {
public:
    enum class Mode { Lower, Upper, Title };
    explicit CaseTransform(Mode mode)
        : m_mode(mode) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    Mode m_mode;
};

/// Joins the values of a multi-source rule (or an array) with a separator, skipping empty ones.
class ConcatTransform final : public Transform {
public:
    explicit ConcatTransform(QString separator)
        : m_separator(std::move(separator)) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    QString m_separator;
};

/// "{firstName} {lastName}": placeholders read record fields; {value} is the rule's input. Collapses the
/// white space left by empty placeholders.
class TemplateTransform final : public Transform {
public:
    TemplateTransform(const QString& pattern, const CustomFieldDirectory& customFields);
    Step apply(const QJsonValue& input, const TransformContext& context) const override;
    QStringList fieldsRead() const;

private:
    struct Piece {
        QString literal;
        FieldPath field;
        bool isValue = false;
    };
    std::vector<Piece> m_pieces;
};

/// Splits text on a separator and takes one part (negative index counts from the end), or all parts.
class SplitTransform final : public Transform {
public:
    SplitTransform(QString separator, std::optional<int> index)
        : m_separator(std::move(separator))
        , m_index(index) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    QString m_separator;
    std::optional<int> m_index;
};

/// Shortens text to `length` characters (never splitting a surrogate pair), ending with `ellipsis`.
class TruncateTransform final : public Transform {
public:
    TruncateTransform(int length, QString ellipsis)
        : m_length(length)
        , m_ellipsis(std::move(ellipsis)) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    int m_length;
    QString m_ellipsis;
};

/// Trims and lower-cases an email address; one that is not shaped like an address follows `invalid`
/// (keep, empty or skip the record).
class EmailTransform final : public Transform {
public:
    enum class Invalid { Keep, Empty, Skip };
    explicit EmailTransform(Invalid invalid)
        : m_invalid(invalid) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    Invalid m_invalid;
};

} // namespace fieldlink::mapping
