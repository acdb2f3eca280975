#pragma once

#include "core/domain/money.h"

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <optional>

namespace dealboard {

// Reads an amount of money as a user types it into a form: "1234.5", "1,234.50", "-20",
// "1.234,50" (the last separator is the decimal one when both appear). The result is exact
// minor units of the currency; nothing goes through floating point.
//
// Failures are sentences for the user: what is wrong with which text, e.g.
// "USD amounts have at most 2 decimals: “12.345” has 3."
class AmountParser final
{
    Q_DECLARE_TR_FUNCTIONS(AmountParser)

public:
    // The money, or nothing when amount is blank (the deal has no value). The currency is
    // upper-cased first; it only matters when there is an amount.
    [[nodiscard]] static std::expected<std::optional<Money>, QString>
    parse(const QString &amount, const QString &currency);

    // The text parse() reads back to money, for filling a form.
    static QString toText(const Money &money);

private:
    struct Parts
    {
        bool negative = false;
        QString whole;
        QString fraction;
    };

    static std::optional<Parts> split(const QString &amount);
    static QString normalizedDecimalText(const QString &digits);
};

} // namespace dealboard
