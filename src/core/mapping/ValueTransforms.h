#pragma once

#include "core/mapping/Condition.h"
#include "core/mapping/Transform.h"

#include <QHash>
#include <QTimeZone>

namespace fieldlink::mapping {

/// Phone number to E.164 via libphonenumber. The region for numbers without a country code comes from the
/// record's `regionField` (e.g. "country") when it holds a region code, else `defaultRegion`. An invalid
/// number follows `invalid`: skip the record, leave the field empty, or keep the raw text.
class PhoneE164Transform final : public Transform {
public:
    enum class Invalid { Skip, Empty, Keep };
    PhoneE164Transform(QString defaultRegion, QString regionField, Invalid invalid)
        : m_defaultRegion(std::move(defaultRegion))
        , m_regionField(regionField)
        , m_invalid(invalid) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    QString m_defaultRegion;
    FieldPath m_regionField;
    Invalid m_invalid;
};

/// Dates between GHL ISO strings, epoch milliseconds or seconds, Kixie's split forms and custom patterns,
/// converted to `timeZone` before formatting, optionally moved by `addDays` (e.g. "due the next day").
class DateTransform final : public Transform {
public:
    enum class Input { Auto, Iso, EpochMs, EpochSeconds, Pattern };
    enum class Output { Iso, EpochMs, Date, Time, Pattern };
    DateTransform(Input input, QString inputPattern, Output output, QString outputPattern, QTimeZone zone,
                  int addDays)
        : m_input(input)
        , m_inputPattern(std::move(inputPattern))
        , m_output(output)
        , m_outputPattern(std::move(outputPattern))
        , m_zone(std::move(zone))
        , m_addDays(addDays) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    QDateTime parse(const QJsonValue& input) const;

    Input m_input;
    QString m_inputPattern;
    Output m_output;
    QString m_outputPattern;
    QTimeZone m_zone;
    int m_addDays = 0; ///< calendar days in `m_zone`, so a due date keeps its wall-clock time across DST
};

/// A lookup table: GHL tag or status to Kixie list, disposition to GHL tag... Case-insensitive unless told
/// otherwise. A value the table does not cover follows `unmapped`: use the default, keep the value, skip
/// the record or fail it.
class ValueMapTransform final : public Transform {
public:
    enum class Unmapped { Default, Keep, Skip, Fail };
    ValueMapTransform(QList<QPair<QString, QJsonValue>> entries, bool caseSensitive, QJsonValue fallback,
                      Unmapped unmapped);
    Step apply(const QJsonValue& input, const TransformContext& context) const override;
    QStringList mappedKeys() const override;
    bool covers(const QJsonValue& input) const override;

private:
    QString keyOf(const QString& text) const;
    std::optional<QJsonValue> lookup(const QJsonValue& input) const;

    QHash<QString, QJsonValue> m_table;
    QStringList m_keys;
    bool m_caseSensitive;
    QJsonValue m_fallback;
    Unmapped m_unmapped;
};

/// Tag lists: join to text, split text to a list, or test for one tag (true/false).
class TagsTransform final : public Transform {
public:
    enum class Mode { Join, Split, Contains };
    TagsTransform(Mode mode, QString separator, QString tag)
        : m_mode(mode)
        , m_separator(std::move(separator))
        , m_tag(std::move(tag)) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    Mode m_mode;
    QString m_separator;
    QString m_tag;
};

/// Joins a list into text.
class JoinTransform final : public Transform {
public:
    explicit JoinTransform(QString separator)
        : m_separator(std::move(separator)) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    QString m_separator;
};

/// From a list of objects (notes, tasks, appointments): the first or latest `count` by `sortBy`, optionally
/// only those matching `where`, reduced to their `field`. One item gives a value, several a list.
class PickTransform final : public Transform {
public:
    PickTransform(bool latest, int count, QString sortBy, QString field, std::unique_ptr<Condition> where)
        : m_latest(latest)
        , m_count(count)
        , m_sortBy(std::move(sortBy))
        , m_field(std::move(field))
        , m_where(std::move(where)) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    bool m_latest;
    int m_count;
    QString m_sortBy;
    QString m_field;
    std::unique_ptr<Condition> m_where;
};

/// When the record matches `condition`, `then` (or the input when absent); otherwise `else` (or the input).
class WhenTransform final : public Transform {
public:
    WhenTransform(std::unique_ptr<Condition> condition, QJsonValue thenValue, QJsonValue elseValue)
        : m_condition(std::move(condition))
        , m_then(std::move(thenValue))
        , m_else(std::move(elseValue)) {}
    Step apply(const QJsonValue& input, const TransformContext& context) const override;

private:
    std::unique_ptr<Condition> m_condition;
    QJsonValue m_then;
    QJsonValue m_else;
};

} // namespace fieldlink::mapping
