#include "gui/deals/amountparser.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;
using namespace Qt::StringLiterals;

TEST_CASE("Amounts as users type them become exact minor units", "[gui][deals]")
{
    struct Case
    {
        QString amount;
        QString currency;
        std::int64_t minor;
        std::string code;
    };
    const Case c = GENERATE(
        Case{u"1234.5"_s, u"USD"_s, 123450, "USD"}, Case{u"1,234.50"_s, u"USD"_s, 123450, "USD"},
        Case{u"1.234,50"_s, u"EUR"_s, 123450, "EUR"}, Case{u"12,5"_s, u"EUR"_s, 1250, "EUR"},
        Case{u"1,234"_s, u"USD"_s, 123400, "USD"},
        Case{u" 1 000 000 "_s, u"usd"_s, 100000000, "USD"}, Case{u"-20"_s, u"GBP"_s, -2000, "GBP"},
        Case{u".5"_s, u"USD"_s, 50, "USD"}, Case{u"1500"_s, u"JPY"_s, 1500, "JPY"},
        Case{u"1.5"_s, u"KWD"_s, 1500, "KWD"}, Case{u"0"_s, u"USD"_s, 0, "USD"});

    CAPTURE(c.amount.toStdString(), c.currency.toStdString());
    const auto parsed = AmountParser::parse(c.amount, c.currency);
    REQUIRE(parsed.has_value());
    REQUIRE(parsed->has_value());
    CHECK((*parsed)->minor == c.minor);
    CHECK((*parsed)->currency == c.code);
}

TEST_CASE("A blank amount means no value, whatever the currency", "[gui][deals]")
{
    for (const QString &currency : {u"USD"_s, QString(), u"nonsense"_s}) {
        const auto parsed = AmountParser::parse(u"   "_s, currency);
        REQUIRE(parsed.has_value());
        CHECK_FALSE(parsed->has_value());
    }
}

TEST_CASE("Amounts that are wrong are refused with a reason", "[gui][deals]")
{
    struct Case
    {
        QString amount;
        QString currency;
        QString message;
    };
    const Case c = GENERATE(
        Case{u"abc"_s, u"USD"_s, u"The amount “abc” is not a number."_s},
        Case{u"12 apples"_s, u"USD"_s, u"The amount “12 apples” is not a number."_s},
        Case{u"-"_s, u"USD"_s, u"The amount “-” is not a number."_s},
        Case{u"12.345"_s, u"USD"_s, u"USD amounts have at most 2 decimals: “12.345” has 3."_s},
        Case{u"10.5"_s, u"JPY"_s, u"JPY amounts have no decimals: “10.5” has some."_s},
        Case{u"10"_s, u"US"_s,
             u"“US” is not a currency code: use three letters, such as USD or EUR."_s},
        Case{u"10"_s, u"€"_s,
             u"“€” is not a currency code: use three letters, such as USD or EUR."_s},
        Case{u"10"_s, QString(), u"Choose a currency for the amount, such as USD or EUR."_s},
        Case{u"99999999999999999999"_s, u"USD"_s,
             u"The amount “99999999999999999999” is too large."_s});

    CAPTURE(c.amount.toStdString(), c.currency.toStdString());
    const auto parsed = AmountParser::parse(c.amount, c.currency);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().toStdString() == c.message.toStdString());
}

TEST_CASE("Money written into a form reads back unchanged", "[gui][deals]")
{
    const Money money =
        GENERATE(Money{123456, "USD"}, Money{-5, "EUR"}, Money{700, "JPY"}, Money{1001, "KWD"});
    const auto parsed =
        AmountParser::parse(AmountParser::toText(money), QString::fromStdString(money.currency));
    REQUIRE(parsed.has_value());
    REQUIRE(parsed->has_value());
    CHECK(**parsed == money);
}
