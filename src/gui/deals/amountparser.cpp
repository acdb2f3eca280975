#include "gui/deals/amountparser.h"

#include <limits>

namespace dealboard {

namespace {

bool isDigits(const QString &text)
{
    return std::ranges::all_of(text, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

std::expected<std::optional<Money>, QString> AmountParser::parse(const QString &amount,
                                                                 const QString &currency)
{
    const QString text = amount.trimmed();
    if (text.isEmpty())
        return std::optional<Money>();

    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty())
        return std::unexpected(tr("Choose a currency for the amount, such as USD or EUR."));
    if (!isCurrencyCode(code.toStdString()))
        return std::unexpected(tr("“%1” is not a currency code: use three letters, such as "
                                  "USD or EUR.")
                                   .arg(currency.trimmed()));

    const std::optional<Parts> parts = split(text);
    if (!parts)
        return std::unexpected(tr("The amount “%1” is not a number.").arg(text));

    const int exponent = currencyExponent(code.toStdString());
    if (parts->fraction.size() > exponent) {
        if (exponent == 0)
            return std::unexpected(
                tr("%1 amounts have no decimals: “%2” has some.").arg(code, text));
        if (exponent == 1)
            return std::unexpected(tr("%1 amounts have at most one decimal: “%2” has %3.")
                                       .arg(code, text)
                                       .arg(parts->fraction.size()));
        return std::unexpected(tr("%1 amounts have at most %2 decimals: “%3” has %4.")
                                   .arg(code)
                                   .arg(exponent)
                                   .arg(text)
                                   .arg(parts->fraction.size()));
    }

    const QString digits = parts->whole + parts->fraction.leftJustified(exponent, u'0');
    bool ok = false;
    const qlonglong minor = digits.isEmpty() ? 0 : digits.toLongLong(&ok);
    if (!digits.isEmpty() && !ok)
        return std::unexpected(tr("The amount “%1” is too large.").arg(text));

    return std::optional<Money>(Money{parts->negative ? -minor : minor, code.toStdString()});
}

QString AmountParser::toText(const Money &money)
{
    return QString::fromStdString(formatAmount(money));
}

std::optional<AmountParser::Parts> AmountParser::split(const QString &amount)
{
    Parts parts;
    QString text = amount;
    text.remove(u' ').remove(QChar(0x00a0)).remove(QChar(0x202f));
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        parts.negative = text.startsWith(u'-');
        text.remove(0, 1);
    }

    text = normalizedDecimalText(text);
    const qsizetype point = text.indexOf(u'.');
    parts.whole = point < 0 ? text : text.left(point);
    parts.fraction = point < 0 ? QString() : text.mid(point + 1);

    if (parts.whole.isEmpty() && parts.fraction.isEmpty())
        return std::nullopt;
    if (!isDigits(parts.whole) || !isDigits(parts.fraction))
        return std::nullopt;
    return parts;
}

// Drops thousands separators and turns the decimal separator into '.'. With both ',' and
// '.', the last one is the decimal separator; a lone ',' followed by exactly three digits
// groups thousands ("1,234"), otherwise it is a decimal comma ("12,5").
QString AmountParser::normalizedDecimalText(const QString &digits)
{
    QString text = digits;
    const qsizetype lastComma = text.lastIndexOf(u',');
    const qsizetype lastPoint = text.lastIndexOf(u'.');

    if (lastComma >= 0 && lastPoint >= 0) {
        const QChar grouping = lastComma > lastPoint ? u'.' : u',';
        text.remove(grouping);
        return text.replace(u',', u'.');
    }
    if (lastComma >= 0) {
        const bool grouping = text.count(u',') > 1 || text.size() - lastComma - 1 == 3;
        return grouping ? text.remove(u',') : text.replace(u',', u'.');
    }
    if (text.count(u'.') > 1)
        text.remove(u'.');
    return text;
}

} // namespace dealboard
