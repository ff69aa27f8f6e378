#include "CreditCode.h"

#include <QCoreApplication>

namespace piadesk::CreditCode {

namespace {
constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

} // namespace

QString normalized(const QString& input)
{
    return input.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
}

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype value = kAlphabet.indexOf(first17.at(i));
        if (value < 0)
            return {};
        sum += int(value) * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return kAlphabet.at(check);
}

bool isValid(const QString& code, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (code.size() != 18)
        return fail(QCoreApplication::translate("piadesk::CreditCode",
            "A unified social credit code has 18 characters; this one has %n.", nullptr, int(code.size())));
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (kAlphabet.indexOf(code.at(i)) < 0)
            return fail(QCoreApplication::translate("piadesk::CreditCode",
                "Character %1 (\"%2\") cannot appear in a unified social credit code: "
                "only digits and the capital letters A-Y without I, O, S, V and Z are used.")
                            .arg(i + 1)
                            .arg(code.at(i)));
    }
    for (int i = 2; i < 8; ++i) {
        if (!code.at(i).isDigit())
            return fail(QCoreApplication::translate("piadesk::CreditCode",
                "Characters 3 to 8 of a unified social credit code are the administrative "
                "division code and must be digits."));
    }
    const QChar expected = checkCharacter(QStringView(code).left(17));
    if (code.at(17) != expected)
        return fail(QCoreApplication::translate("piadesk::CreditCode",
            "The check character (the 18th) is \"%1\" but should be \"%2\": "
            "the code has a typing error.")
                        .arg(code.at(17))
                        .arg(expected));
    return true;
}

} // namespace piadesk::CreditCode
